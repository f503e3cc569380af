import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinPack, loadPack, Checker } from '../../src/core';
import { BUILTIN_PACK_TEXT } from '../../src/core/facts/builtinPack';

const SOURCES = join(__dirname, '..', '..', '..', 'shared', 'sources');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('fact packs', () => {
  it('every fact of the built-in pack quotes its source verbatim', function () {
    let files: string[];
    try { files = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')); } catch { this.skip(); return; }
    const corpus = fold(files.map((f) => readFileSync(join(SOURCES, f), 'utf8')).join('\n'));
    const pack = builtinPack();
    assert.ok(pack.facts.length >= 10);
    for (const f of pack.facts) assert.ok(corpus.includes(fold(f.quote)), `${f.id}: quote not in the source: "${f.quote}"`);
  });

  it('the built-in pack is valid against the pack schema', () => {
    assert.deepEqual(loadPack(BUILTIN_PACK_TEXT, 'aukus.yaml').errors, []);
  });

  it('covers membership, invitation, founding date, count and other statements, each with an as-of date', () => {
    const kinds = new Set(builtinPack().facts.map((f) => f.kind));
    for (const k of ['membership', 'invitation', 'founding', 'count', 'statement']) assert.ok(kinds.has(k as never), k);
    for (const f of builtinPack().facts) assert.match(f.asOf, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the place of a schema error in the pack file', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'packs', 'bad-count.yaml'), 'utf8');
    const { pack, errors } = loadPack(text, 'bad-count.yaml');
    assert.equal(pack, undefined);
    assert.equal(errors[0].origin, 'bad-count.yaml');
    assert.match(errors[0].message, /count must be integer/);
    assert.equal(errors[0].line, text.split('\n').findIndex((l) => l.includes('count: "three"')));
  });

  it('reports YAML syntax errors and unknown references without throwing', () => {
    assert.match(loadPack('grounded: 1\nid: [unclosed', 'x.yaml').errors[0].message, /YAML/);
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'packs', 'unknown-source.yaml'), 'utf8');
    assert.match(loadPack(text, 'u.yaml').errors[0].message, /unknown source "nowhere"/);
    assert.match(loadPack('\u0000', 'bin.yaml').errors[0].message, /not a text file/);
  });

  it('loads a user pack for another topic and checks against it', () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'packs', 'quad.yaml'), 'utf8');
    const { pack, errors } = loadPack(text, 'quad.yaml');
    assert.deepEqual(errors, []);
    const checker = new Checker([pack!]);
    const { findings } = checker.check('The Quadrilateral Security Dialogue includes Canada.\n\nThe Quad was founded in 2007.\n');
    assert.deepEqual(findings.map((f) => `${f.verdict} ${f.code}`), ['contradicted contradicted-membership', 'supported supported-founding-date']);
  });
});
