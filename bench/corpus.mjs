// Deterministic benchmark corpora, written to bench/.corpus/ (gitignored).
//   plain/  realistic Markdown notes that never mention AUKUS (≥ 200 files, ≥ 5 MB)
//   dense/  AUKUS-dense news copy: context prose mixed with true and false claims (≥ 5 MB)
// Regenerated only when missing or when this file, words.mjs or the parameters change.
//
//   node bench/corpus.mjs          ensure the corpus exists and print its summary
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AUKUS, CODE, GENERIC, HEADINGS, QUOTES, SENTENCES, TITLES, TOPICS } from './words.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(HERE, '.corpus');

const MB = 1024 * 1024;
export const PARAMS = {
  seed: 20261127,
  plain: { minFiles: 200, minBytes: 5.5 * MB },
  dense: { minFiles: 100, minBytes: 5.5 * MB },
};

// Words that must never appear in the plain corpus: the pack's subject, its members, its
// non-member aliases and alliance vocabulary. Case-sensitive for abbreviations.
const FORBIDDEN_PLAIN =
  /AUKUS|aukus|Australia|Britain|British|United Kingdom|United States|America|Japan|Canberra|Tokyo|Washington|London|New Zealand|Canada|India|Germany|France|South Korea|\bUK\b|\bU\.K\.|\bUS\b|\bU\.S\.|[Ss]ubmarine|[Aa]lliance|\bpact\b|[Tt]rilateral|Pillar II/;

// ---- seeded PRNG -------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for text generation. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ---- (a) plain prose ---------------------------------------------------------------------------

/**
 * Front matter and the title heading of a generated document. The random draws keep their order
 * (date, then tags, then author) so the corpora stay the same for a given seed.
 */
function frontMatter(r, title, fromYear, tags) {
  const date = `${r.int(fromYear, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const tagList = tags();
  return ['---', `title: "${title}"`, `date: ${date}`, `tags: [${tagList}]`, `author: ${r.pick(GENERIC.persons)}`, '---', '', `# ${title}`, ''];
}

function plainFiller(r, topic) {
  const banks = {
    noun: topic.nouns, verb: topic.verbs, adj: topic.adjs, tool: topic.tools,
    adj2: GENERIC.adjs2, adv: GENERIC.advs, person: GENERIC.persons, role: GENERIC.roles,
    place: GENERIC.places, month: GENERIC.months,
  };
  const value = (slot) => {
    const base = slot.replace(/\d$/, '');
    switch (base) {
      case 'num': return String(r.int(10, 999));
      case 'small': return String(r.int(2, 12));
      case 'year': return String(r.int(2009, 2026));
      case 'topic': return topic.name;
      default: {
        const bank = banks[base];
        if (!bank) throw new Error(`unknown slot {${slot}}`);
        return r.pick(bank);
      }
    }
  };
  // Inline markup on some slot values: emphasis, strong, code, links.
  const decorate = (slot, v) => {
    if (!/^(noun|tool|place|person)/.test(slot) || !r.chance(0.08)) return v;
    switch (r.int(0, 4)) {
      case 0: return `*${v}*`;
      case 1: return `**${v}**`;
      case 2: return slot.startsWith('tool') ? `\`${v}\`` : `_${v}_`;
      default: return `[${v}](https://${r.pick(GENERIC.domains)}/${slug(topic.name)}/${slug(v)})`;
    }
  };
  // markup: decorate some slot values; capitalize: sentence case (off for code).
  return (tpl, markup = true, capitalize = true) => {
    const out = tpl.replace(/\{(\w+)\}/g, (_, slot) => {
      const v = value(slot);
      return markup ? decorate(slot, v) : v;
    });
    return capitalize ? cap(out) : out;
  };
}

function plainDoc(r, targetBytes) {
  const topic = r.pick(TOPICS);
  const fill = plainFiller(r, topic);
  const sentence = () => {
    const s = fill(r.pick(SENTENCES));
    return r.chance(0.12) ? `${r.pick(GENERIC.connectives)} ${s.charAt(0).toLowerCase()}${s.slice(1)}` : s;
  };
  const paragraph = () => Array.from({ length: r.int(2, 7) }, sentence).join(' ');
  const title = fill(r.pick(TITLES), false).replace(/"/g, "'");
  const parts = [...frontMatter(r, title, 2015, () => [r.pick(GENERIC.tags), r.pick(GENERIC.tags), slug(topic.name)].join(', ')), paragraph(), ''];
  const refs = [];
  let size = parts.join('\n').length;
  const push = (block) => {
    parts.push(block, '');
    size += block.length + 2;
  };
  while (size < targetBytes) {
    push(`${r.chance(0.8) ? '##' : '###'} ${fill(r.pick(HEADINGS), false)}`);
    const blocks = r.int(2, 6);
    for (let i = 0; i < blocks; i++) {
      const k = r.next();
      if (k < 0.5) push(paragraph());
      else if (k < 0.64) {
        const ordered = r.chance(0.3);
        const task = !ordered && r.chance(0.15);
        const items = Array.from({ length: r.int(3, 7) }, (_, j) => {
          const marker = ordered ? `${j + 1}.` : task ? `- [${r.chance(0.5) ? 'x' : ' '}]` : r.pick(['-', '*']);
          let item = `${marker} ${r.chance(0.5) ? sentence() : fill('{verb} the {noun}')}`;
          if (!ordered && r.chance(0.15)) item += `\n  - ${fill('{adj} {noun2}')}`;
          return item;
        });
        push(items.join('\n'));
      } else if (k < 0.72) {
        const lang = r.chance(0.7) ? topic.lang : r.pick(Object.keys(CODE));
        push(`\`\`\`${lang}\n${fill(r.pick(CODE[lang] ?? CODE.text), false, false)}\n\`\`\``);
      } else if (k < 0.8) {
        const cols = ['Item', 'Cost', 'Time (min)', 'Notes'].slice(0, r.int(3, 4));
        const rows = Array.from({ length: r.int(3, 8) }, () =>
          [fill('{noun}', false), String(r.int(5, 400)), String(r.int(1, 180)), fill('{adj}, {adj2}', false)].slice(0, cols.length));
        push([`| ${cols.join(' | ')} |`, `| ${cols.map((c, j) => (j ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
      } else if (k < 0.88) {
        push(r.chance(0.5) ? `> ${r.pick(QUOTES)}\n>\n> — ${r.pick(GENERIC.persons)}` : `> ${paragraph()}`);
      } else if (k < 0.92) {
        const label = fill('{noun}', false);
        refs.push(`[${slug(label)}]: https://${r.pick(GENERIC.domains)}/${slug(topic.name)}/${slug(label)}`);
        push(`${sentence()} See [${label}][${slug(label)}] for details.`);
      } else if (k < 0.95) {
        push(`![${fill('{adj} {noun}', false)}](images/${slug(topic.name)}-${r.int(1, 40)}.jpg)`);
      } else if (k < 0.97) push('---');
      else push(`<!-- ${fill('TODO: {verb} the {noun} section', false)} -->`);
    }
  }
  if (refs.length) parts.push([...new Set(refs)].join('\n'), '');
  return { topic: topic.name, text: parts.join('\n') };
}

// ---- (b) AUKUS-dense ---------------------------------------------------------------------------

function denseFiller(r) {
  const A = AUKUS;
  const value = {
    AU: () => r.pick(A.australia),
    UK: () => r.pick(A.uk),
    US: () => r.pick(A.us),
    NM: () => r.pick(A.nonMembers),
    NONMEMBER: () => r.pick(A.nonMembers),
    P: () => r.pick(A.pactNames),
    P_BARE: () => 'AUKUS',
    TD: () => r.pick(A.trueDates),
    FD: () => r.pick(A.falseDates),
    TM: () => r.pick(A.trueMonths),
    FDD: () => r.pick(A.falseDays),
    FY: () => r.pick(A.falseYears),
    TC: () => r.pick(A.trueCounts),
    FC: () => r.pick(A.falseCounts),
    TC_NUM: () => r.pick(['three', '3']),
    FC_NUM: () => r.pick(A.countNumbersFalse),
    SRC: () => r.pick(A.sources),
    OFFICIAL: () => r.pick(A.officials),
    MONTH: () => r.pick(GENERIC.months),
    YEAR: () => String(r.int(2022, 2026)),
    PLACE: () => r.pick(['Canberra', 'London', 'Washington', 'San Diego', 'Tokyo', 'Honolulu', 'Adelaide']),
  };
  const decorate = (slot, v) => {
    if (!['AU', 'UK', 'US', 'NM', 'P'].includes(slot) || !r.chance(0.1)) return v;
    const m = /^(the )(.*)$/.exec(v);
    const [pre, core] = m ? [m[1], m[2]] : ['', v];
    switch (r.int(0, 3)) {
      case 0: return `${pre}**${core}**`;
      case 1: return `${pre}_${core}_`;
      case 2: return `${pre}[${core}](${r.pick(A.urls)})`;
      default: return core === 'AUKUS' ? `${pre}\`AUKUS\`` : `${pre}*${core}*`;
    }
  };
  return (tpl, markup = true) => {
    const out = tpl.replace(/\{(\w+)\}/g, (_, slot) => {
      if (slot === 'claim_lc') return '{claim_lc}';
      const f = value[slot];
      if (!f) throw new Error(`unknown slot {${slot}}`);
      return markup ? decorate(slot, f()) : f();
    });
    return cap(out);
  };
}

function denseDoc(r, targetBytes) {
  const A = AUKUS;
  const fill = denseFiller(r);
  const lcFirst = (s) => (/^(The|Since|In|Under|Pillar)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  const claim = () => {
    const tpl = r.chance(0.5) ? r.pick(A.trueClaims) : r.pick(A.falseClaims);
    const c = fill(tpl);
    const k = r.next();
    if (k < 0.15) return fill(r.pick(A.attributions)).replace('{claim_lc}', lcFirst(c));
    if (k < 0.23) return fill(r.pick(A.questions));
    return c;
  };
  const sentence = () => (r.chance(0.45) ? claim() : fill(r.pick(A.context)));
  const paragraph = () => Array.from({ length: r.int(3, 6) }, sentence).join(' ');
  const title = fill(r.pick(A.titles), false);
  const parts = [...frontMatter(r, title, 2021, () => 'defence, aukus, draft'), paragraph(), ''];
  let size = parts.join('\n').length;
  const push = (block) => {
    parts.push(block, '');
    size += block.length + 2;
  };
  while (size < targetBytes) {
    push(`${r.chance(0.75) ? '##' : '###'} ${fill(r.pick(A.headings), false)}`);
    const blocks = r.int(2, 5);
    for (let i = 0; i < blocks; i++) {
      const k = r.next();
      if (k < 0.6) push(paragraph());
      else if (k < 0.75) {
        const ordered = r.chance(0.3);
        push(Array.from({ length: r.int(3, 6) }, (_, j) => `${ordered ? `${j + 1}.` : '-'} ${claim()}`).join('\n'));
      } else if (k < 0.83) {
        push(`> "${claim()}"\n>\n> — ${r.pick(A.officials)}, ${r.pick(GENERIC.months)} ${r.int(2021, 2026)}`);
      } else if (k < 0.89) {
        const rows = [r.pick(A.australia), r.pick(A.uk), r.pick(A.us), r.pick(A.nonMembers), r.pick(A.nonMembers)]
          .map((c) => `| ${cap(c)} | ${A.nonMembers.includes(c) ? r.pick(['No', 'Pillar II talks', 'Yes']) : r.pick(['Yes', 'Founding member'])} | ${r.pick(A.trueDates.concat(A.falseDates))} |`);
        push(['| Country | AUKUS member? | Since |', '| --- | --- | --- |', ...rows].join('\n'));
      } else if (k < 0.93) {
        push(['```yaml', 'pact: AUKUS', `members: [${fill('{AU}, {UK}, {US}', false)}${r.chance(0.5) ? `, ${fill('{NM}', false)}` : ''}]`, `founded: ${fill(r.chance(0.5) ? '{TD}' : '{FDD}', false)}`, '```'].join('\n'));
      } else if (k < 0.97) {
        push(`${fill(r.pick(A.context))} The code name \`AUKUS\` combines the initials of the members. ${claim()}`);
      } else push(`<!-- ${fill('source check: {SRC}', false)} -->`);
    }
  }
  return parts.join('\n');
}

/** One AUKUS-dense document of at least `targetBytes` (UTF-8), deterministic in `seed`. */
export function denseDocument(seed, targetBytes) {
  return denseDoc(rng(seed), targetBytes);
}

/** One plain (AUKUS-free) document of at least `targetBytes`, deterministic in `seed`. */
export function plainDocument(seed, targetBytes) {
  return plainDoc(rng(seed), targetBytes).text;
}

// ---- writing and caching -----------------------------------------------------------------------

function generatorHash() {
  const h = createHash('sha256');
  for (const f of ['corpus.mjs', 'words.mjs']) h.update(readFileSync(join(HERE, f)));
  h.update(JSON.stringify(PARAMS));
  return h.digest('hex').slice(0, 16);
}

// No config that skips files; markdownlint-cli2 would otherwise look no further than here.
const LINT_CONFIG = '// Benchmark corpus: lint every file with the default rules.\n{ "config": { "default": true }, "gitignore": false }\n';

function writeSet(dir, { minFiles, minBytes }, seed, make) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), LINT_CONFIG);
  const r = rng(seed);
  const files = [];
  let bytes = 0;
  const avg = (minBytes * 1.04) / minFiles;
  while (files.length < minFiles || bytes < minBytes) {
    const n = files.length;
    const { sub, text } = make(rng(seed + 7919 * (n + 1)), Math.round(avg * (0.3 + 1.4 * r.next())), n);
    const rel = `${sub}/${String(n).padStart(4, '0')}-${sub}.md`;
    mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, rel), text);
    const size = Buffer.byteLength(text);
    files.push({ path: rel, bytes: size });
    bytes += size;
  }
  return { dir, files: files.length, bytes };
}

/** Ensures bench/.corpus exists and is current. Returns { plain, dense } summaries. */
export function ensureCorpus({ log = () => {} } = {}) {
  const hash = generatorHash();
  const manifestPath = join(CORPUS_ROOT, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.hash === hash && existsSync(m.plain.dir) && existsSync(m.dense.dir)) return m;
  }
  log(`generating corpus in ${CORPUS_ROOT} (generator ${hash}) …`);
  const plain = writeSet(join(CORPUS_ROOT, 'plain'), PARAMS.plain, PARAMS.seed, (r, target) => {
    const doc = plainDoc(r, target);
    const bad = FORBIDDEN_PLAIN.exec(doc.text);
    if (bad) throw new Error(`plain corpus contains forbidden text "${bad[0]}"`);
    return { sub: slug(doc.topic), text: doc.text };
  });
  const dense = writeSet(join(CORPUS_ROOT, 'dense'), PARAMS.dense, PARAMS.seed + 1, (r, target, n) => ({
    sub: `batch-${Math.floor(n / 25)}`,
    text: denseDoc(r, target),
  }));
  const manifest = { hash, plain, dense };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const m = ensureCorpus({ log: console.log });
  console.log(JSON.stringify(m, null, 2));
  console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
