// `npm run bench`: throughput of `grounded check` vs markdown-it and markdownlint-cli2 on two
// corpora, the engine's in-process edit-to-diagnostics time, and packaging/extension figures.
// Never part of the tests. Prints a table; also writes bench/results.json (not committed).
//
// Environment: BENCH_REPS (default 5) repetitions, interleaved; medians are reported.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_ROOT, denseDocument, ensureCorpus } from './corpus.mjs';
import { MB, fmt, listMarkdown, median, peakRssMb, table, timeCommand, timeSync } from './measure.mjs';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(HERE);
const require = createRequire(import.meta.url);
const REPS = Math.max(3, Number(process.env.BENCH_REPS ?? 5));
const CLI = join(REPO, 'dist', 'cli.js');
const MDL2 = join(REPO, 'node_modules', '.bin', 'markdownlint-cli2');
const MDL2_SCRIPT = join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

const TARGETS = {
  denseRate: 5, // MB/s, grounded check on the AUKUS-dense corpus
  plainRate: 50, // MB/s, grounded check on the plain corpus
  ratio: 0.5, // grounded wall time / markdownlint-cli2 wall time
  engine100k: 20, // ms
  engine1m: 100, // ms
};

const log = (...a) => console.error('[bench]', ...a);

// ---- corpora ----------------------------------------------------------------------------------

function loadCorpora() {
  const m = ensureCorpus({ log });
  const tinyDir = join(CORPUS_ROOT, 'tiny');
  mkdirSync(tinyDir, { recursive: true });
  writeFileSync(join(tinyDir, 'one.md'), '# Startup\n\nOne short paragraph, nothing to check.\n');
  writeFileSync(join(tinyDir, '.markdownlint-cli2.jsonc'), '{ "config": { "default": true }, "gitignore": false }\n');
  return [
    { key: 'plain', label: '(a) plain', dir: m.plain.dir },
    { key: 'dense', label: '(b) AUKUS-dense', dir: m.dense.dir },
  ].map((c) => {
    const files = listMarkdown(c.dir);
    return { ...c, files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), texts: files.map((f) => readFileSync(f.path, 'utf8')) };
  }).concat([{ key: 'tiny', label: 'startup (1 tiny file)', dir: tinyDir, files: 1, bytes: statSync(join(tinyDir, 'one.md')).size }]);
}

// ---- the three measured tools -----------------------------------------------------------------

/** Findings in the CLI's JSON output: its summary when present, else objects with a verdict. */
function countFindings(json) {
  const sum = json?.summary;
  if (sum && typeof sum.contradicted === 'number') return { contradicted: sum.contradicted, supported: sum.supported ?? 0, files: sum.files };
  const n = { contradicted: 0, supported: 0 };
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (v.verdict === 'contradicted' || v.verdict === 'supported') n[v.verdict]++;
      Object.values(v).forEach(walk);
    }
  };
  walk(json);
  return n;
}

async function runGrounded(corpus, extra = []) {
  const r = await timeCommand(process.execPath, [CLI, 'check', ...extra, '--format', 'json', corpus.dir], { cwd: REPO, keepAll: true });
  let ok = r.code === 0 || r.code === 1;
  let error = ok ? undefined : firstErrors(r.stderr || r.stdout);
  let findings = null;
  if (ok) {
    try {
      findings = countFindings(JSON.parse(r.stdout));
    } catch {
      findings = null;
    }
    if (findings?.files != null && findings.files !== corpus.files) {
      ok = false;
      error = `reported ${findings.files} of ${corpus.files} files`;
    }
  }
  return { ms: r.ms, ok, code: r.code, findings, error };
}

async function runMarkdownlint(corpus) {
  // Globs relative to the corpus folder, whose .markdownlint-cli2.jsonc enables every default rule.
  const r = await timeCommand(MDL2, ['**/*.md'], { cwd: corpus.dir });
  const m = /Linting: (\d+) file/.exec(r.stdout + r.stderr);
  const linted = m ? Number(m[1]) : null;
  const ok = (r.code === 0 || r.code === 1) && linted === corpus.files;
  const issues = (r.stderr.match(/\n/g) ?? []).length;
  return { ms: r.ms, ok, code: r.code, linted, issueLines: issues, error: ok ? undefined : `exit ${r.code}, linted ${linted}/${corpus.files}: ${r.stderr.slice(0, 300)}` };
}

function runMarkdownIt(corpus, md) {
  let tokens = 0;
  const { ms } = timeSync(() => {
    for (const text of corpus.texts) tokens += md.parse(text, {}).length;
  });
  return { ms, ok: true, tokens };
}

// ---- engine, in-process -------------------------------------------------------------------------

/** Bundles src/core/index.ts with esbuild and requires it. Returns the module or throws. */
async function loadEngine() {
  const esbuild = require('esbuild');
  const out = await esbuild.build({
    entryPoints: [join(REPO, 'src/core/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The same build-time pack parsing as the shipped bundles (esbuild.js).
    plugins: [require(join(REPO, 'esbuild.js')).builtinPackPlugin],
    absWorkingDir: REPO,
    write: false,
    logLevel: 'silent',
  });
  const file = join(os.tmpdir(), `grounded-bench-engine-${process.pid}.cjs`);
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return require(file);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Edit-to-diagnostics, engine share: time checker.check() on a dense document after a one-character
 * edit, a different one each run, as typing does: the engine may reuse what it read of unchanged
 * paragraphs (it caches claims by paragraph text), never the edited one; median after warm-up. Runs stop
 * early (after `minRuns`) once `budgetMs` is spent, so a slow engine cannot stall the bench.
 */
function timeEngineDoc(checker, text, { warmup, runs, minRuns = 3, budgetMs = 30_000 }) {
  let edits = 0;
  const edited = () => {
    // Insert a space after a sentence somewhere in the middle third, like a keystroke.
    const i = edits++;
    let at = Math.floor(text.length / 3 + ((i * 7919) % Math.floor(text.length / 3)));
    at = text.indexOf('. ', at) + 1 || at;
    return text.slice(0, at) + ' ' + text.slice(at);
  };
  let spent = 0;
  let last;
  for (let i = 0; i < warmup && (i === 0 || spent < budgetMs / 3); i++) {
    const { ms, value } = timeSync(() => checker.check(edited()));
    spent += ms;
    last = value;
  }
  const times = [];
  spent = 0;
  while (times.length < runs && (times.length < minRuns || spent < budgetMs)) {
    const doc = edited();
    const { ms, value } = timeSync(() => checker.check(doc));
    times.push(ms);
    spent += ms;
    last = value;
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length, findings: last.findings.length, suppressed: last.suppressed.length, skipped: last.skipped };
}

/** Heap in use after a full garbage collection, in bytes. */
function heapAfterGc() {
  v8.setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
  return process.memoryUsage().heapUsed;
}

// ---- extras: .vsix, extension metrics -----------------------------------------------------------

/** The first lines that look like errors, on one line, for the notes. */
function firstErrors(text, n = 3) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const errs = lines.filter((l) => /error|✘|cannot|failed/i.test(l) && !/^at /.test(l));
  return (errs.length ? errs : lines.slice(-n)).slice(0, n).join(' | ').slice(0, 400);
}

function packageScriptExists() {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  return Boolean(pkg.scripts?.package);
}

function findVsix() {
  return readdirSync(REPO).filter((f) => /^grounded.*\.vsix$/.test(f)).map((f) => ({ file: f, bytes: statSync(join(REPO, f)).size, mtime: statSync(join(REPO, f)).mtimeMs })).sort((a, b) => b.mtime - a.mtime)[0];
}

async function extensionMetrics() {
  const script = join(REPO, 'scripts', 'measure-extension.js');
  if (!existsSync(script)) return { skipped: 'scripts/measure-extension.js not present' };
  const r = await timeCommand(process.execPath, [script], { cwd: REPO, keepAll: true });
  const lines = [];
  for (const line of r.stdout.split('\n')) {
    try {
      const j = JSON.parse(line);
      if (j && typeof j === 'object' && 'metric' in j) lines.push(j);
    } catch {
      /* not a metric line */
    }
  }
  return { code: r.code, lines, stderr: r.code === 0 ? undefined : r.stderr.slice(-800) };
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  console.log('$ npm run bench');
  console.log(`# ${new Date().toISOString()}  node ${process.version}  ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}  load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}  reps ${REPS} (interleaved, median)`);

  const corpora = loadCorpora();
  const [plain, dense, tiny] = corpora;
  for (const c of [plain, dense]) console.log(`# corpus ${c.label}: ${c.files} files, ${fmt.mb(c.bytes)} MB in ${c.dir.replace(REPO + '/', '')}`);

  const haveCli = existsSync(CLI);
  if (!haveCli) log('dist/cli.js missing: grounded rows will be skipped (run `npm run build`)');

  const MarkdownIt = require('markdown-it');
  const md = new MarkdownIt();
  for (const t of dense.texts.slice(0, 10).concat(plain.texts.slice(0, 10))) md.parse(t, {}); // JIT warm-up

  // Interleaved repetitions: every rep runs every tool on every corpus, rotating the tool order.
  const tools = [
    { key: 'grounded', run: (c) => runGrounded(c), enabled: haveCli },
    // The same on one thread: what the worker threads add (or cost) on this machine.
    { key: 'grounded-1', run: (c) => runGrounded(c, ['--jobs', '1']), enabled: haveCli, skipTiny: true },
    { key: 'markdownlint', run: runMarkdownlint, enabled: true },
    { key: 'markdown-it', run: async (c) => runMarkdownIt(c, md), enabled: true, skipTiny: true },
  ].filter((t) => t.enabled);
  const samples = {}; // `${tool}/${corpus}` -> results[]
  const startup = [];
  for (let rep = 0; rep < REPS; rep++) {
    startup.push((await timeCommand(process.execPath, ['-e', '0'])).ms);
    for (const corpus of corpora) {
      const order = tools.map((_, i) => tools[(i + rep) % tools.length]);
      for (const tool of order) {
        if (corpus.key === 'tiny' && tool.skipTiny) continue;
        const res = await tool.run(corpus);
        if (!res.ok) log(`${tool.key} on ${corpus.key} failed: ${res.error}`);
        (samples[`${tool.key}/${corpus.key}`] ??= []).push(res);
      }
    }
    log(`rep ${rep + 1}/${REPS} done`);
  }
  // Peak memory, one untimed run each: the whole process (worker threads included).
  const memory = { rss: {} };
  for (const c of [plain, dense]) {
    memory.rss[c.key] = {
      grounded: haveCli ? peakRssMb(CLI, ['check', '--format', 'json', c.dir], { cwd: REPO }) : null,
      markdownlint: peakRssMb(MDL2_SCRIPT, ['**/*.md'], { cwd: c.dir }),
    };
  }
  log('memory measured');
  const med = (k) => (samples[k] ? median(samples[k].map((s) => s.ms)) : null);
  const spread = (k) => (samples[k] ? `${fmt.s(Math.min(...samples[k].map((s) => s.ms)))}–${fmt.s(Math.max(...samples[k].map((s) => s.ms)))}` : '');

  // Engine in-process.
  let engine;
  try {
    const core = await loadEngine();
    const checker = new core.Checker([core.builtinPack()]);
    const doc100k = denseDocument(100, 100 * 1024);
    const doc1m = denseDocument(1000, 1024 * 1024);
    const heapBefore = heapAfterGc();
    engine = {
      k100: { bytes: Buffer.byteLength(doc100k), ...timeEngineDoc(checker, doc100k, { warmup: 5, runs: 21 }) },
      m1: { bytes: Buffer.byteLength(doc1m), ...timeEngineDoc(checker, doc1m, { warmup: 3, runs: 9 }) },
    };
    // What the checker keeps between checks (its paragraph caches), after some 40 edited checks.
    engine.retainedHeapMb = (heapAfterGc() - heapBefore) / MB;
    // Whole corpora in-process (no Node startup, no file I/O): the CLI's floor.
    engine.corpus = {};
    for (const c of [plain, dense]) {
      const passes = [];
      // A fresh checker each pass: whole-corpus figures are cold reads, with nothing cached.
      for (let i = 0; i < Math.min(REPS, 3); i++) {
        const cold = new core.Checker([core.builtinPack()]);
        passes.push(timeSync(() => c.texts.forEach((t) => cold.check(t))).ms);
      }
      engine.corpus[c.key] = { ms: median(passes), min: Math.min(...passes), max: Math.max(...passes) };
    }
  } catch (e) {
    engine = { error: String(e?.message ?? e).split('\n').slice(0, 6).join('\n') };
    log(`engine not available in-process: ${firstErrors(engine.error)}`);
  }

  // Packaging and extension figures (after the timing loop: packaging may rebuild dist/).
  let vsix = { skipped: 'no "package" script in package.json' };
  if (packageScriptExists()) {
    try {
      execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
      vsix = findVsix() ?? { skipped: 'npm run package produced no grounded-*.vsix' };
    } catch (e) {
      vsix = { skipped: `npm run package failed: ${firstErrors(String(e.stderr ?? e))}` };
    }
  } else if (findVsix()) vsix = findVsix();
  const ext = await extensionMetrics();

  // ---- report ---------------------------------------------------------------------------------
  const rows = [];
  const verdict = (...checks) => (checks.every(([, ok]) => ok) ? 'PASS' : checks.map(([n, ok]) => `${n} ${ok ? 'PASS' : 'FAIL'}`).join(', '));
  const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, reps: REPS, targets: TARGETS, corpora: {}, startup: {}, engine, vsix, extension: ext };
  for (const c of [plain, dense]) {
    const g = med(`grounded/${c.key}`);
    const l = med(`markdownlint/${c.key}`);
    const p = med(`markdown-it/${c.key}`);
    const rateTarget = c.key === 'dense' ? TARGETS.denseRate : TARGETS.plainRate;
    const entry = { files: c.files, bytes: c.bytes };
    if (g != null) {
      const rate = c.bytes / MB / (g / 1000);
      const ratio = g / l;
      entry.grounded = { medianMs: g, mbPerS: rate, ratioVsMarkdownlint: ratio, exitCodes: samples[`grounded/${c.key}`].map((s) => s.code), findings: samples[`grounded/${c.key}`].at(-1).findings };
      rows.push(['grounded check (CLI wall)', c.label, fmt.mb(c.bytes), fmt.s(g), spread(`grounded/${c.key}`), fmt.rate(c.bytes, g), fmt.ratio(ratio), `≥ ${rateTarget} MB/s, ≤ ${TARGETS.ratio}×`, verdict(['rate', rate >= rateTarget], ['ratio', ratio <= TARGETS.ratio])]);
    } else rows.push(['grounded check (CLI wall)', c.label, fmt.mb(c.bytes), '—', '', '—', '—', `≥ ${rateTarget} MB/s, ≤ ${TARGETS.ratio}×`, 'NOT RUN (no dist/cli.js)']);
    const g1 = med(`grounded-1/${c.key}`);
    if (g1 != null) {
      entry.groundedOneThread = { medianMs: g1, mbPerS: c.bytes / MB / (g1 / 1000), ratioVsMarkdownlint: g1 / l };
      rows.push(['grounded check --jobs 1 (CLI wall)', c.label, fmt.mb(c.bytes), fmt.s(g1), spread(`grounded-1/${c.key}`), fmt.rate(c.bytes, g1), fmt.ratio(g1 / l), '', '']);
    }
    entry.markdownIt = { medianMs: p, mbPerS: c.bytes / MB / (p / 1000), tokens: samples[`markdown-it/${c.key}`][0].tokens };
    rows.push(['markdown-it parse (in-process)', c.label, fmt.mb(c.bytes), fmt.s(p), spread(`markdown-it/${c.key}`), fmt.rate(c.bytes, p), fmt.ratio(p / l), '', '']);
    entry.markdownlint = { medianMs: l, mbPerS: c.bytes / MB / (l / 1000), linted: samples[`markdownlint/${c.key}`][0].linted, exitCodes: samples[`markdownlint/${c.key}`].map((s) => s.code), issueLines: samples[`markdownlint/${c.key}`][0].issueLines };
    rows.push(['markdownlint-cli2 (wall)', c.label, fmt.mb(c.bytes), fmt.s(l), spread(`markdownlint/${c.key}`), fmt.rate(c.bytes, l), fmt.ratio(1), '', '']);
    const startupMs = med('grounded/tiny');
    if (g != null && startupMs != null) {
      // Below a tenth of the startup time the difference is within run-to-run noise.
      const net = g - startupMs;
      const resolved = net > startupMs / 10;
      entry.grounded.netOfStartupMs = resolved ? net : null;
      rows.push(['grounded check, net of startup', c.label, fmt.mb(c.bytes), resolved ? fmt.s(net) : '< noise', '', resolved ? fmt.rate(c.bytes, net) : '—', resolved ? fmt.ratio(net / l) : '—', '', '']);
    }
    const e = engine?.corpus?.[c.key];
    if (e) {
      entry.engineInProcess = { medianMs: e.ms, mbPerS: c.bytes / MB / (e.ms / 1000) };
      rows.push(['engine check() in-process, no I/O', c.label, fmt.mb(c.bytes), fmt.s(e.ms), `${fmt.s(e.min)}–${fmt.s(e.max)}`, fmt.rate(c.bytes, e.ms), fmt.ratio(e.ms / l), '', '']);
    }
    results.corpora[c.key] = entry;
  }
  const nodeStart = median(startup);
  results.startup.nodeMs = nodeStart;
  rows.push(['node startup (node -e 0)', '—', '', fmt.s(nodeStart), '', '', '', '', '']);
  for (const [tool, name] of [['grounded', 'grounded check startup'], ['markdownlint', 'markdownlint-cli2 startup']]) {
    const t = med(`${tool}/tiny`);
    if (t == null) continue;
    results.startup[tool + 'Ms'] = t;
    rows.push([`${name} (1 tiny file)`, '—', '', fmt.s(t), spread(`${tool}/tiny`), '', '', '', '']);
  }
  if (engine && !engine.error) {
    for (const [k, target, name] of [['k100', TARGETS.engine100k, '100 KB'], ['m1', TARGETS.engine1m, '1 MB']]) {
      const e = engine[k];
      rows.push([`edit-to-diagnostics, engine share (${name} doc)`, '(b) dense doc', fmt.mb(e.bytes), fmt.s(e.ms), `${fmt.s(e.min)}–${fmt.s(e.max)}`, fmt.rate(e.bytes, e.ms), '', `< ${target} ms`, e.skipped ? `FAIL (skipped: ${e.skipped})` : e.ms < target ? 'PASS' : 'FAIL']);
    }
  } else {
    rows.push(['edit-to-diagnostics, engine share', '(b) dense doc', '', '—', '', '', '', `< ${TARGETS.engine100k} / ${TARGETS.engine1m} ms`, 'NOT RUN (engine unavailable)']);
  }
  rows.push(['.vsix size', '—', vsix.bytes ? fmt.mb(vsix.bytes) : '', '', '', '', '', '', vsix.bytes ? `${vsix.file}, ${vsix.bytes} bytes` : 'n/a (see notes)']);

  console.log('');
  console.log(table(['metric', 'corpus', 'MB', 'median s', 'min–max s', 'MB/s', 'vs mdl2', 'target', 'result'], rows));

  console.log('');
  console.log('# memory (one untimed run each)');
  const memRows = [];
  for (const c of [plain, dense]) {
    const m = memory.rss[c.key];
    memRows.push(['peak RSS, grounded check (whole process)', c.label, m.grounded == null ? '—' : m.grounded.toFixed(0), m.markdownlint == null ? '—' : m.markdownlint.toFixed(0)]);
  }
  if (engine && !engine.error) memRows.push(['engine heap retained by a Checker (caches), 1 MB dense doc', '(b) dense doc', engine.retainedHeapMb.toFixed(1), '']);
  console.log(table(['metric', 'corpus', 'grounded MB', 'markdownlint-cli2 MB'], memRows));
  results.memory = { ...memory, engineRetainedHeapMb: engine?.retainedHeapMb ?? null };

  console.log('');
  console.log('# extension metrics (scripts/measure-extension.js)');
  if (ext.skipped) console.log(`  skipped: ${ext.skipped}`);
  else {
    for (const l of ext.lines) console.log(`  ${JSON.stringify(l)}`);
    if (ext.code !== 0) console.log(`  exited ${ext.code}${ext.stderr ? `: ${ext.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
  }

  console.log('');
  console.log('# notes');
  console.log('  ratio "vs mdl2" = median wall time / median markdownlint-cli2 wall time on the same corpus (same run, interleaved).');
  console.log('  CLI rows are spawn-to-exit wall time including Node startup; markdown-it and engine rows exclude startup and file I/O.');
  console.log('  "net of startup" = grounded wall time minus its median wall time on one tiny file (Node startup + CLI load).');
  for (const c of [plain, dense]) {
    const g = results.corpora[c.key].grounded;
    const l = results.corpora[c.key].markdownlint;
    const f = g?.findings;
    if (g) console.log(`  grounded on ${c.label}: exit codes ${[...new Set(g.exitCodes)].join('/')}, ${f ? `${f.files ?? '?'} files reported, ${f.contradicted} contradicted + ${f.supported} supported findings` : 'output not parsed'}`);
    console.log(`  markdownlint-cli2 on ${c.label}: linted ${l.linted}/${c.files} files, exit codes ${[...new Set(l.exitCodes)].join('/')}, ${l.issueLines} issue lines`);
  }
  if (engine && !engine.error) {
    for (const k of ['k100', 'm1']) console.log(`  engine ${k === 'k100' ? '100 KB' : '1 MB'} doc: ${engine[k].findings} findings, ${engine[k].suppressed} suppressed${engine[k].skipped ? `, SKIPPED: ${engine[k].skipped}` : ''}, median of ${engine[k].runs} runs after warm-up`);
  } else if (engine?.error) console.log(`  engine unavailable: ${firstErrors(engine.error)}`);
  if (vsix.skipped) console.log(`  .vsix: ${vsix.skipped}`);

  writeFileSync(join(HERE, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('  wrote bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
