import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { Checker } from '../../src/core/check/checker';
import { builtinPack } from '../../src/core/facts/builtinPack';
import { formatJson } from '../../src/cli/formatJson';
import { summarise, withBody } from '../../src/cli/report';
import { checkText } from '../../src/cli/checkFile';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function grounded(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('grounded CLI (dist/cli.js)', function () {
  this.timeout(30000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'grounded-cli-'));
    writeFileSync(join(dir, 'bad.md'), 'Japan joined AUKUS in 2023.\n');
    writeFileSync(join(dir, 'good.md'), 'AUKUS was founded on 16 September 2021.\n');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'skipped.md'), 'Japan joined AUKUS.\n');
    writeFileSync(join(dir, 'notes.txt'), 'Japan joined AUKUS.\n');
  });

  it('exits 0 when nothing is contradicted', () => {
    const r = grounded(['check', join(dir, 'good.md')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 file checked: 0 contradicted, 1 supported/);
  });

  it('exits 1 with compiler-style lines, the fact id and the quote', () => {
    const r = grounded(['check', join(dir, 'bad.md')]);
    assert.equal(r.code, 1);
    assert.match(r.out, /bad\.md:1:1 {2}warning {2}Japan is not a member of AUKUS: the source lists Australia, the United Kingdom and the United States\. {2}\[aukus-members\]/);
    assert.match(r.out, /source: "the AUKUS security alliance which includes/);
  });

  it('does not follow symbolic links into loops', () => {
    const loopDir = mkdtempSync(join(tmpdir(), 'grounded-loop-'));
    writeFileSync(join(loopDir, 'a.md'), 'Japan joined AUKUS.\n');
    mkdirSync(join(loopDir, 'sub'));
    symlinkSync('..', join(loopDir, 'sub', 'loop'));
    const report = JSON.parse(grounded(['check', '--format', 'json', loopDir]).out);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path.split('/').pop()), ['a.md']);
  });

  it('checks folders (skipping node_modules and non-Markdown) and globs', () => {
    const r = grounded(['check', '--format', 'json', dir]);
    const report = JSON.parse(r.out);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path.split('/').pop()).sort(), ['bad.md', 'good.md']);
    const g = JSON.parse(grounded(['check', '--format', 'json', `${dir}/b*.md`]).out);
    assert.equal(g.files.length, 1);
  });

  it('gives the same report on worker threads as on one (--jobs), in the command line\'s order', () => {
    const many = mkdtempSync(join(tmpdir(), 'grounded-jobs-'));
    const lines = ['Japan joined AUKUS in 2023.', 'AUKUS was founded on 16 September 2021.', 'The four-member AUKUS pact met.', 'Nothing to see here.'];
    for (let i = 0; i < 12; i++) writeFileSync(join(many, `f${String(i).padStart(2, '0')}.md`), `${lines[i % lines.length]}\n\n${lines[(i + 1) % lines.length]}\n`);
    writeFileSync(join(many, 'binary.md'), 'a\u0000b');
    for (const format of ['json', 'text', 'sarif']) {
      const one = grounded(['check', '--jobs', '1', '--format', format, many]);
      const three = grounded(['check', '--jobs', '3', '--format', format, many]);
      assert.equal(one.code, 2, one.err); // the binary file is an error; the others are still checked
      assert.equal(three.code, one.code);
      assert.equal(three.out, one.out, `--format ${format}`);
      assert.equal(three.err, one.err);
    }
    const paths = JSON.parse(grounded(['check', '--jobs', '3', '--format', 'json', many]).out).files.map((f: { path: string }) => f.path.split('/').pop());
    assert.deepEqual(paths, [...paths].sort());
    assert.equal(grounded(['check', '--jobs', '0', many]).code, 2);
  });

  it('writes the JSON report the evaluation script reads', () => {
    const r = grounded(['check', '--format', 'json', join(dir, 'bad.md')]);
    const report = JSON.parse(r.out);
    assert.equal(report.version, 1);
    const [f] = report.files[0].findings;
    assert.equal(f.verdict, 'contradicted');
    assert.deepEqual(Object.keys(f).sort(), ['claim', 'code', 'fact', 'fixes', 'message', 'offset', 'range', 'severity', 'verdict']);
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 27 } });
    assert.deepEqual(f.offset, { start: 0, end: 27 });
    assert.deepEqual(Object.keys(f.fact.source).sort(), ['date', 'id', 'publisher', 'title', 'url']);
    assert.deepEqual(report.summary, { files: 1, contradicted: 1, supported: 0, suppressed: 0 });
  });

  it('writes SARIF 2.1.0 that validates against the schema, with rules, locations and fixes', () => {
    const r = grounded(['check', '--format', 'sarif', dir]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sarif: any = JSON.parse(r.out);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(sarif as object);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 3)));
    const run = sarif.runs[0];
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'contradicted-membership'));
    const bad = run.results.find((x: { ruleId: string }) => x.ruleId === 'contradicted-membership');
    assert.equal(bad.locations[0].physicalLocation.region.startLine, 1);
    assert.ok(bad.fixes.length >= 2);
  });

  it('reads --stdin', () => {
    const r = grounded(['check', '--stdin', '--format', 'json'], 'The four-member AUKUS pact met.\n');
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).files[0].findings[0].code, 'contradicted-member-count');
  });

  it('exits 2 on usage errors', () => {
    assert.equal(grounded([]).code, 2);
    assert.equal(grounded(['check', '--format', 'xml', 'x.md']).code, 2);
    assert.equal(grounded(['check', '--bogus']).code, 2);
  });

  it('exits 2 naming a bad pack, and still checks the files', () => {
    const pack = join(ROOT, 'test', 'fixtures', 'packs', 'bad-count.yaml');
    const r = grounded(['check', '--pack', pack, '--format', 'json', join(dir, 'bad.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad-count\.yaml:12:\d+: invalid pack: \/facts\/0\/count must be integer/);
    assert.equal(JSON.parse(r.out).summary.contradicted, 1);
  });

  it('exits 2 naming a missing file, and still checks the others', () => {
    const r = grounded(['check', '--format', 'json', join(dir, 'missing.md'), join(dir, 'bad.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.md: no such file or folder/);
    assert.equal(JSON.parse(r.out).files.length, 1);
  });

  it('skips a file over --max-size with a message', () => {
    const r = grounded(['check', '--max-size', '10', join(dir, 'bad.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.md: not checked: too large/);
  });

  it('uses a user pack given with --pack', () => {
    const pack = join(ROOT, 'test', 'fixtures', 'packs', 'quad.yaml');
    const r = grounded(['check', '--no-builtin', '--pack', pack, '--stdin', '--format', 'json'], 'Canada is part of the Quad.\n');
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).files[0].findings[0].fact.id, 'quad-members');
  });

  it('stops quietly when its reader closes the pipe early (grounded check … | head)', () => {
    // A long report into a pipe whose reader takes one line and leaves.
    const big = join(dir, 'big.md');
    writeFileSync(big, 'Japan joined AUKUS in 2023.\n\n'.repeat(20000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check --format json "${big}" | head -c 10`], { encoding: 'utf8' });
    assert.equal(r.stdout.length, 10);
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /, r.stderr);
  });

  it('checks the source article itself with zero contradictions', function () {
    const source = join(ROOT, '..', 'shared', 'sources', 'japan-not-invited-to-aukus.txt');
    let text: string;
    try { text = readFileSync(source, 'utf8'); } catch { this.skip(); return; }
    const r = grounded(['check', '--stdin', '--format', 'json'], text);
    assert.equal(r.code, 0, r.out);
    assert.ok(JSON.parse(r.out).summary.supported > 0);
  });
});

describe('JSON report', () => {
  it('is byte for byte what JSON.stringify gives for the report object', () => {
    const checker = new Checker([builtinPack()]);
    const text = readFileSync(join(ROOT, 'examples', 'draft.md'), 'utf8') + '\nJapan joined AUKUS.\n\nThe four-member AUKUS pact, founded in 2020, met.\n';
    const result = checker.check(text);
    assert.ok(result.findings.length >= 4);
    const files = [{ path: 'a "quoted" path.md', findings: result.findings, suppressed: 2 }, { path: 'b.md', findings: [], suppressed: 0, error: 'not checked' }];
    const expected = JSON.stringify({
      version: 1,
      files: files.map((f) => ({
        path: f.path, suppressed: f.suppressed, ...(f.error ? { error: f.error } : {}),
        findings: f.findings.map((x) => ({
          code: x.code, verdict: x.verdict, severity: x.severity, message: x.message, claim: x.claim, range: x.range, offset: x.offset,
          fact: { id: x.fact.id, statement: x.fact.statement, quote: x.fact.quote, source: { id: x.fact.source.id, title: x.fact.source.title,
            publisher: x.fact.source.publisher, date: x.fact.source.date, url: x.fact.source.url } },
          fixes: x.fixes.map((fix) => ({ title: fix.title, edits: fix.edits })),
        })),
      })),
      summary: summarise(files.map((f) => withBody(f, ''))),
    });
    assert.equal(formatJson(files), expected);
  });
});

describe('checkText', () => {
  it('reports a file the engine fails on as not checked, with the error, instead of ending the run', () => {
    // A checker whose engine throws: the failure must stay with this file.
    const failing = { check: () => { throw new Error('boom'); } } as unknown as Checker;
    const c = checkText(failing, 'draft.md', 'Japan joined AUKUS.', { format: 'json', showSupported: false, cwd: ROOT });
    assert.match(c.problem ?? '', /^draft\.md: not checked: internal error: boom$/);
    assert.equal(c.rendered.error, 'internal error: boom');
    assert.equal(c.rendered.contradicted, 0);
    assert.match(c.rendered.body, /internal error: boom/);
  });
});

describe('a paragraph the engine fails on', () => {
  // The real engine, made to fail on one paragraph (as the "he … said" bug of h26-033 did), so the
  // isolation around each paragraph is what is tested.
  function failingOn(word: string): Checker {
    const c = new Checker([builtinPack()]);
    const claimsOf = (c as unknown as { claimsOf: (b: { text: string }) => unknown }).claimsOf.bind(c);
    (c as unknown as { claimsOf: (b: { text: string }) => unknown }).claimsOf = (b) => {
      if (b.text.includes(word)) throw new Error('boom');
      return claimsOf(b);
    };
    return c;
  }
  const draft = 'Japan joined AUKUS in 2023.\n\nBOOM: AUKUS has four members.\n\nAUKUS was founded in 2020.\n';

  it('is left unchecked, named with its place, and the rest of the document is still checked', () => {
    const r = failingOn('BOOM').check(draft);
    assert.deepEqual(r.unchecked?.map((u) => [u.range.start.line, u.message]), [[2, 'internal error: boom']]);
    assert.deepEqual(r.findings.filter((f) => f.verdict === 'contradicted').map((f) => f.range.start.line), [0, 4]);
  });

  it('is a warning on standard error for the CLI, which keeps the findings and their exit status', () => {
    const c = checkText(failingOn('BOOM'), 'draft.md', draft, { format: 'json', showSupported: false, cwd: ROOT });
    assert.equal(c.problem, undefined);
    assert.deepEqual(c.warnings, ['draft.md:3:1: paragraph not checked: internal error: boom (a bug in Grounded: the rest of the file was checked)']);
    assert.equal(c.rendered.contradicted, 2);
  });
});
