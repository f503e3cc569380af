#!/usr/bin/env node
// Hand-written sentence splitting and negation vs compromise 14.17.0 and sbd 1.0.19.
//
//   mkdir -p /tmp/nlpdeps && cd /tmp/nlpdeps && npm init -y && npm install compromise@14.17.0 sbd@1.0.19
//   node bench/experiments/nlp-compare.mjs [build] [score] [evalsplit] [speed] [torture] [bundle] [e2e]   (default: all)
//
// build    dist-exp/cli-<variant>.js for every variant (see build-variants.mjs)
// score    /work/shared/eval/score.mjs on dev.jsonl and test/fixtures/eval/*.jsonl, per variant
// evalsplit  how many eval cases each library splits differently from the hand-written splitter
// speed    each splitter alone over the prose paragraphs of the dense benchmark corpus
// torture  the hand-made list in torture.mjs, through each splitter
// bundle   minified size of dist/extension.js with each swap, and of each library alone
// e2e      each CLI over the whole dense corpus: wall time and contradicted findings
// Writes a Markdown report: bench/experiments/nlp-compare-results.md for a full run, dist-exp/nlp-compare-<sections>.md otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TORTURE } from './torture.mjs';
import { VARIANTS, NLP_DEPS, buildVariant } from './build-variants.mjs';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
process.chdir(ROOT);
const esbuild = require(join(ROOT, 'node_modules/esbuild'));
const { builtinPackPlugin } = require(join(ROOT, 'esbuild.js'));
const SCORER = process.env.SCORER ?? '/work/shared/eval/score.mjs';
const DEV = process.env.DEV_SET ?? '/work/shared/eval/dev.jsonl';
const CORPUS = process.env.DENSE_CORPUS ?? '/work/main/bench/.corpus/dense';
const SETS = [DEV, ...readdirSync(join(ROOT, 'test/fixtures/eval')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(ROOT, 'test/fixtures/eval', f))];

const out = [];
const say = (s = '') => { console.log(s); out.push(s); };
const sections = process.argv.slice(2).length ? process.argv.slice(2) : ['build', 'score', 'evalsplit', 'speed', 'torture', 'bundle', 'e2e'];

// ---- build ---------------------------------------------------------------------------------------
async function build() {
  for (const n of Object.keys(VARIANTS)) await buildVariant(n);
  say(`built ${Object.keys(VARIANTS).map((n) => `dist-exp/cli-${n}.js`).join(', ')}`);
}

// ---- score ---------------------------------------------------------------------------------------
function scoreOne(variant, set) {
  const r = spawnSync('node', [SCORER, '--cli', `node dist-exp/cli-${variant}.js`, '--show-errors', set], { encoding: 'utf8', cwd: ROOT });
  const last = /score: precision (\S+) recall (\S+) f1 (\S+) \(tp (\d+) fp (\d+) fn (\d+), cases (\d+)\)/.exec(r.stdout);
  if (!last) throw new Error(`scorer failed for ${variant} ${set}:\n${r.stdout}\n${r.stderr}`);
  const errors = [...r.stdout.matchAll(/^(FP|FN) (\S+) \[[^\]]*\] (.*)$/gm)].map((m) => ({ kind: m[1], id: m[2], text: m[3] }));
  return { tp: +last[4], fp: +last[5], fn: +last[6], cases: +last[7], errors };
}
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(3) : '—');
function score() {
  const results = {};
  for (const v of Object.keys(VARIANTS)) {
    results[v] = {};
    for (const s of SETS) results[v][basename(s, '.jsonl')] = scoreOne(v, s);
  }
  writeFileSync(join(ROOT, 'dist-exp/scores.json'), JSON.stringify(results, null, 1));
  const names = SETS.map((s) => basename(s, '.jsonl'));
  say('## Scores (score.mjs, per set)');
  say();
  say(`| set | cases | ${Object.keys(VARIANTS).map((v) => `${v} P / R (fp, fn)`).join(' | ')} |`);
  say(`|---|---|${Object.keys(VARIANTS).map(() => '---').join('|')}|`);
  const tot = Object.fromEntries(Object.keys(VARIANTS).map((v) => [v, { tp: 0, fp: 0, fn: 0, cases: 0 }]));
  for (const n of names) {
    const cells = Object.keys(VARIANTS).map((v) => {
      const r = results[v][n];
      for (const k of ['tp', 'fp', 'fn', 'cases']) tot[v][k] += r[k];
      return `${fmt(r.tp / (r.tp + r.fp))} / ${fmt(r.tp / (r.tp + r.fn))} (${r.fp}, ${r.fn})`;
    });
    say(`| ${n} | ${results.baseline[n].cases} | ${cells.join(' | ')} |`);
  }
  say(`| **total** | ${tot.baseline.cases} | ${Object.keys(VARIANTS).map((v) => {
    const t = tot[v]; return `**${fmt(t.tp / (t.tp + t.fp))} / ${fmt(t.tp / (t.tp + t.fn))}** (${t.fp}, ${t.fn})`;
  }).join(' | ')} |`);
  say();
  say('Totals (sum over the 17 sets):');
  say();
  say('| variant | tp | fp | fn | precision | recall | F1 |');
  say('|---|---|---|---|---|---|---|');
  for (const v of Object.keys(VARIANTS)) {
    const t = tot[v]; const p = t.tp / (t.tp + t.fp), r = t.tp / (t.tp + t.fn);
    say(`| ${v} | ${t.tp} | ${t.fp} | ${t.fn} | ${fmt(p)} | ${fmt(r)} | ${fmt((2 * p * r) / (p + r))} |`);
  }
  say();
  say('Cases whose outcome differs from the baseline (new error `+`, fixed error `-`):');
  for (const v of Object.keys(VARIANTS).filter((x) => x !== 'baseline')) {
    say();
    say(`### ${v}`);
    let n = 0;
    for (const s of names) {
      const base = new Map(results.baseline[s].errors.map((e) => [e.id, e]));
      const mine = new Map(results[v][s].errors.map((e) => [e.id, e]));
      for (const [id, e] of mine) if (!base.has(id)) { say(`- + ${e.kind} ${s}/${id}: ${e.text}`); n++; }
      for (const [id, e] of base) if (!mine.has(id)) { say(`- − ${e.kind} ${s}/${id}: ${e.text}`); n++; }
    }
    if (!n) say('- (none)');
  }
  say();
}

// ---- splitters, bundled for direct calls ----------------------------------------------------------
async function splitters() {
  const entry = `
    export { splitSentences as handwritten } from ${JSON.stringify(join(ROOT, 'src/core/claims/sentences.ts'))};
    export { splitSentences as compromise } from ${JSON.stringify(join(HERE, 'sentences-compromise.ts'))};
    export { splitSentences as sbd } from ${JSON.stringify(join(HERE, 'sentences-sbd.ts'))};
    import nlp from 'compromise/one';
    import sbdLib from 'sbd';
    export const raw = { compromise: (t) => nlp(t).json({ offset: true }), sbd: (t) => sbdLib.sentences(t, { preserve_whitespace: true }) };`;
  const r = await esbuild.build({ stdin: { contents: entry, resolveDir: HERE, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, nodePaths: [NLP_DEPS], logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } });
  const file = join(mkdtempSync(join(tmpdir(), 'nlp-compare-')), 'splitters.mjs');
  writeFileSync(file, r.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
const NAMES = ['handwritten', 'compromise', 'sbd'];

/** Prose paragraphs of the dense corpus: blank-line chunks, minus front matter, headings, tables, comments, code. */
function corpusParagraphs() {
  const files = [];
  const walk = (d) => { for (const e of readdirSync(d)) { const p = join(d, e); statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') && files.push(p); } };
  walk(CORPUS);
  const paras = [];
  for (const f of files.sort()) {
    const text = readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^```[\s\S]*?^```$/gm, '');
    for (const chunk of text.split(/\n[ \t]*\n/)) {
      const c = chunk.trim();
      if (!c || /^(?:#|\||<!--|```|---)/.test(c)) continue;
      // A list is one paragraph per item; a blockquote loses its "> "; other lines join with a space.
      const lines = c.split('\n').map((l) => l.replace(/^\s*>\s?/, ''));
      if (lines.every((l) => /^\s*(?:[-*+]|\d+[.)])\s/.test(l))) for (const l of lines) paras.push(l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
      else paras.push(lines.join(' ').trim());
    }
  }
  return { files: files.length, paras };
}

async function speed() {
  const S = await splitters();
  const { files, paras } = corpusParagraphs();
  const bytes = paras.reduce((n, p) => n + Buffer.byteLength(p), 0);
  say('## Splitting speed');
  say();
  say(`${paras.length} prose paragraphs from ${files} files of ${CORPUS} (${(bytes / 1e6).toFixed(2)} MB UTF-8; front matter, headings, tables, comments and code blocks left out; a list gives one paragraph per item without its marker, a blockquote loses its "> ", other line breaks become spaces). ` +
    `Each splitter returns Span[] (library call plus mapping back to offsets); best of 5 interleaved rounds after one warm-up, node ${process.version}. MB = 10^6 bytes.`);
  say();
  const all = [...NAMES.map((n) => [n, S[n]]), ['compromise (library call only)', S.raw.compromise], ['sbd (library call only)', S.raw.sbd]];
  const best = Object.fromEntries(all.map(([n]) => [n, Infinity]));
  const counts = {};
  for (const [n, f] of all) { let c = 0; for (const p of paras) c += f(p).length; counts[n] = c; }
  for (let round = 0; round < 5; round++) {
    for (const [n, f] of round % 2 ? [...all].reverse() : all) {
      const t0 = performance.now();
      for (const p of paras) f(p);
      best[n] = Math.min(best[n], performance.now() - t0);
    }
  }
  say('| splitter | sentences | best time (ms) | MB/s | time vs hand-written |');
  say('|---|---|---|---|---|');
  for (const [n] of all) say(`| ${n} | ${counts[n]} | ${best[n].toFixed(0)} | ${(bytes / 1e6 / (best[n] / 1000)).toFixed(2)} | ${(best[n] / best.handwritten).toFixed(1)}× |`);
  say();
  // How often the boundaries differ, and whether the libraries' text lines up with the input.
  const key = (spans) => spans.map((s) => `${s.start}-${s.end}`).join(',');
  let mismatchC = 0, lostC = 0, mismatchS = 0, diffC = 0, diffS = 0;
  const examples = { compromise: [], sbd: [] };
  for (const p of paras) {
    let curC = 0;
    for (const s of S.raw.compromise(p)) {
      if (p.slice(s.offset.start, s.offset.start + s.offset.length) !== s.text) mismatchC++;
      const i = p.indexOf(s.text, curC); if (i < 0) lostC++; else curC = i + s.text.length;
    }
    let cur = 0; for (const s of S.raw.sbd(p)) { const t = s.trim(); const i = p.indexOf(t, cur); if (t && i < 0) mismatchS++; else cur = i + t.length; }
    const h = key(S.handwritten(p));
    if (key(S.compromise(p)) !== h) { diffC++; if (examples.compromise.length < 6) examples.compromise.push(p); }
    if (key(S.sbd(p)) !== h) { diffS++; if (examples.sbd.length < 6) examples.sbd.push(p); }
  }
  say(`Paragraphs split differently from the hand-written splitter: compromise ${diffC}, sbd ${diffS} (of ${paras.length}). ` +
    `Library sentences whose offsets did not line up with their text: compromise ${mismatchC} of ${counts['compromise (library call only)']} ` +
    `(its offset.start skips leading punctuation such as "*Tokyo*" or "[AUKUS](…)", so the adapter finds the sentence's text instead); ` +
    `sentences not found in the input at all: compromise ${lostC}, sbd ${mismatchS}.`);
  say();
  for (const lib of ['compromise', 'sbd']) {
    say(`First differing corpus paragraphs, ${lib} vs hand-written (sentences separated by ‖):`);
    say();
    for (const p of examples[lib]) {
      const show = (spans) => spans.map((s) => p.slice(s.start, s.end)).join(' ‖ ');
      say(`- hand-written: ${show(S.handwritten(p))}`);
      say(`  - ${lib}: ${show(S[lib](p))}`);
    }
    say();
  }
}

// ---- torture ---------------------------------------------------------------------------------------
async function torture() {
  const S = await splitters();
  say('## Torture list');
  say();
  say(`${TORTURE.length} hand-made paragraphs (bench/experiments/torture.mjs). ✓ = the splits a careful reader would make; otherwise the splitter's output, sentences separated by ‖.`);
  say();
  say(`| # | paragraph | ${NAMES.join(' | ')} |`);
  say(`|---|---|${NAMES.map(() => '---').join('|')}|`);
  const right = Object.fromEntries(NAMES.map((n) => [n, 0]));
  TORTURE.forEach(([text, want], i) => {
    const cells = NAMES.map((n) => {
      const got = S[n](text).map((s) => text.slice(s.start, s.end));
      const ok = JSON.stringify(got) === JSON.stringify(want);
      if (ok) right[n]++;
      return ok ? '✓' : `✗ ${got.join(' ‖ ')}`;
    });
    say(`| ${i + 1} | ${text.replace(/\|/g, '\\|')} | ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  });
  say(`| | **right** | ${NAMES.map((n) => `**${right[n]} / ${TORTURE.length}**`).join(' | ')} |`);
  say();
}

// ---- bundle ---------------------------------------------------------------------------------------
async function bundle() {
  const size = async (opts) => {
    const r = await esbuild.build({ bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, write: false, nodePaths: [NLP_DEPS], logLevel: 'error', ...opts });
    const t = r.outputFiles[0].contents;
    return { min: t.length, gz: gzipSync(t).length };
  };
  const ext = (plugins, define = {}, extra = {}) => size({ entryPoints: [join(ROOT, 'src/vscode/extension.ts')], external: ['vscode', './pack-loader.js'], plugins: [builtinPackPlugin, ...plugins],
    define: { GROUNDED_VERSION: '"0.1.0"', 'import.meta.url': '__importMetaUrl', ...define }, banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" }, ...extra });
  const plug = (name) => VARIANTS[name].plugins.filter((p) => p.name !== 'builtin-pack');
  /** sbd needs sanitize-html only for its `sanitize` option; its own browser build stubs it. */
  const stubSanitize = { name: 'stub-sanitize', setup(b) { b.onResolve({ filter: /^sanitize-html$/ }, () => ({ path: join(NLP_DEPS, 'sbd/lib/sanitize-html-browser.js') })); } };
  const lib = (code, plugins = []) => size({ stdin: { contents: code, resolveDir: HERE, loader: 'js' }, plugins });
  const rows = [
    ['dist/extension.js (as `node esbuild.js --production`)', await ext([])],
    ['… with splitSentences from compromise/one', await ext(plug('split-compromise'))],
    ['… with splitSentences from sbd (sanitize-html bundled, as sbd requires it)', await ext(plug('split-sbd'))],
    ['… with splitSentences from sbd, sanitize-html stubbed (sbd\'s browser shim)', await ext([...plug('split-sbd'), stubSanitize])],
    ['… with negation from compromise (full build, tagger)', await ext(plug('neg-compromise'), VARIANTS['neg-compromise'].define)],
  ];
  say('## Bundle size');
  say();
  say('esbuild 0.28 `--minify`, CommonJS, node20, the extension entry src/vscode/extension.ts (vscode external), bytes. gzip = node zlib at its default level.');
  say();
  say('| bundle | minified | delta | gzip | gzip delta |');
  say('|---|---|---|---|---|');
  const base = rows[0][1];
  for (const [n, s] of rows) say(`| ${n} | ${s.min} | ${s === base ? '—' : `+${s.min - base.min}`} | ${s.gz} | ${s === base ? '—' : `+${s.gz - base.gz}`} |`);
  say();
  say('Each library alone (`import` + one call, minified):');
  say();
  say('| library | minified | gzip |');
  say('|---|---|---|');
  for (const [n, code, pl] of [
    ['compromise/one (tokenizer, sentences)', "import nlp from 'compromise/one'; console.log(nlp(process.argv[2]).json({offset:true}))"],
    ['compromise (full, with tagger: #Negative)', "import nlp from 'compromise'; console.log(nlp(process.argv[2]).has('#Negative'))"],
    ['sbd + sanitize-html', "import sbd from 'sbd'; console.log(sbd.sentences(process.argv[2]))"],
    ['sbd, sanitize-html stubbed', "import sbd from 'sbd'; console.log(sbd.sentences(process.argv[2]))", [stubSanitize]],
  ]) { const s = await lib(code, pl); say(`| ${n} | ${s.min} | ${s.gz} |`); }
  say();
}

// ---- e2e -----------------------------------------------------------------------------------------
function e2e() {
  say('## Whole CLI over the dense corpus');
  say();
  say(`\`node dist-exp/cli-<variant>.js check --format json ${CORPUS}\`: best wall time of 3 runs and contradicted findings.`);
  say();
  say('| variant | best wall (ms) | findings | contradicted | contradicted differing from baseline (by file:line:col) |');
  say('|---|---|---|---|---|');
  let baseKeys, baseSpans;
  const examples = [], lostFully = [];
  for (const v of Object.keys(VARIANTS)) {
    let best = Infinity, stdout = '';
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync('node', [`dist-exp/cli-${v}.js`, 'check', '--format', 'json', CORPUS], { encoding: 'utf8', maxBuffer: 1 << 30 });
      best = Math.min(best, performance.now() - t0); stdout = r.stdout;
    }
    const json = JSON.parse(stdout);
    const findings = (Array.isArray(json) ? json : json.files ?? json.results ?? []).flatMap((f) => (f.findings ?? []).map((x) => ({ ...x, file: f.file ?? f.path })));
    const contra = findings.filter((f) => f.verdict === 'contradicted');
    const keys = new Map(contra.map((f) => [`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}`, f.claim]));
    if (v === 'baseline') baseKeys = keys;
    const gained = [...keys].filter(([k]) => !baseKeys.has(k)), lost = [...baseKeys].filter(([k]) => !keys.has(k));
    say(`| ${v} | ${best.toFixed(0)} | ${findings.length} | ${contra.length} | ${v === 'baseline' ? '—' : `${gained.length + lost.length} (${gained.length} only here, ${lost.length} only in baseline)`} |`);
    if (gained.length + lost.length) examples.push([v, gained, lost]);
    // A finding only in the baseline may live on inside a longer one (two sentences read as one).
    const spans = contra.map((f) => [f.file, f.offset.start, f.offset.end]);
    if (v === 'baseline') baseSpans = spans;
    else {
      const inside = (x, list) => list.some(([file, s, e]) => file === x[0] && s <= x[1] && e >= x[2]);
      const gone = baseSpans.filter((b) => !inside(b, spans));
      lostFully.push(`${v}: ${gone.length} baseline contradicted findings are not inside any finding of this variant` +
        (gone.length ? ` (${gone.slice(0, 10).map(([file, s, e]) => `${file.replace(CORPUS + '/', '')}@${s}`).join(', ')}${gone.length > 10 ? ', …' : ''})` : '') +
        `; ${spans.filter((x) => !inside(x, baseSpans)).length} of its findings are not inside any baseline finding.`);
    }
  }
  say();
  for (const l of lostFully) say(`- ${l}`);
  say();
  for (const [v, gained, lost] of examples) {
    say(`${v}: first contradicted findings that differ from the baseline (the flagged text as the CLI reports it):`);
    say();
    for (const [k, c] of gained.slice(0, 8)) say(`- only ${v}: ${k.replace(CORPUS + '/', '')} — ${c}`);
    for (const [k, c] of lost.slice(0, 8)) say(`- only baseline: ${k.replace(CORPUS + '/', '')} — ${c}`);
    say();
  }
}

// ---- evalsplit -------------------------------------------------------------------------------------
/** How many eval cases each library splits differently from the hand-written splitter (raw case text). */
async function evalsplit() {
  const S = await splitters();
  const key = (spans) => spans.map((s) => `${s.start}-${s.end}`).join(',');
  say('## Eval cases split differently');
  say();
  say('Raw `text` of each case (Markdown included), split by each library vs the hand-written splitter.');
  say();
  say('| set | cases | compromise differs | sbd differs |');
  say('|---|---|---|---|');
  const shown = [];
  let tc = 0, ts = 0, tn = 0;
  for (const set of SETS) {
    const cases = readFileSync(set, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    let c = 0, b = 0;
    for (const k of cases) {
      const h = key(S.handwritten(k.text));
      const dc = key(S.compromise(k.text)) !== h, ds = key(S.sbd(k.text)) !== h;
      c += dc; b += ds;
      if ((dc || ds) && shown.length < 12) shown.push([basename(set, '.jsonl'), k, dc, ds]);
    }
    tc += c; ts += b; tn += cases.length;
    say(`| ${basename(set, '.jsonl')} | ${cases.length} | ${c} | ${b} |`);
  }
  say(`| **total** | ${tn} | ${tc} | ${ts} |`);
  say();
  say('First differing cases (sentences separated by ‖):');
  say();
  for (const [set, k, dc, ds] of shown) {
    const show = (spans) => spans.map((s) => k.text.slice(s.start, s.end)).join(' ‖ ');
    say(`- ${set}/${k.id} (${k.label}) hand-written: ${show(S.handwritten(k.text))}`);
    if (dc) say(`  - compromise: ${show(S.compromise(k.text))}`);
    if (ds) say(`  - sbd: ${show(S.sbd(k.text))}`);
  }
  say();
}

const steps = { build, score, evalsplit, speed, torture, bundle, e2e };
for (const s of sections) {
  if (!steps[s]) throw new Error(`unknown section ${s}`);
  await steps[s]();
}
// The full run is the committed record; a partial run goes beside the variant builds.
const report = process.argv.slice(2).length ? join(ROOT, `dist-exp/nlp-compare-${sections.join('-')}.md`) : join(HERE, 'nlp-compare-results.md');
writeFileSync(report, `# nlp-compare results\n\nGenerated by \`node bench/experiments/nlp-compare.mjs ${sections.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}.\n\n${out.join('\n')}\n`);
