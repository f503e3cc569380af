import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectMarkdown, projectText } from '../../src/core/prose/projectMarkdown';
import { splitChunks } from '../../src/core/prose/chunks';
import type { ProjectedDocument } from '../../src/core/prose/prose';
import { LruCache } from '../../src/core/text/lruCache';
import { Checker, builtinPack } from '../../src/core';
import { fixtureDrafts } from './helpers';

const all = () => true;

/** Everything a projection gives the engine, in source terms. */
function observable(doc: ReturnType<typeof projectText>) {
  return {
    blocks: doc.blocks.map((b) => ({ kind: b.kind, line: b.line, text: b.text,
      source: Array.from({ length: b.text.length }, (_, i) => b.map.toSource(i)) })),
    directives: doc.directives,
  };
}

const TRICKY = [
  '# Title\n\nPara one\nlazy line\n\n- item one\n\n  continued item\n\n- item two\n\nAfter the list.\n',
  '```\nJapan joined AUKUS.\n\nstill code\n```\n\nProse after the fence AUKUS.\n',
  '~~~~md\n```\n\nstill code\n~~~~\n\nAUKUS text.\n',
  '<!--\ncomment\n\ngrounded-disable\n-->\n\nJapan joined AUKUS.\n',
  '<pre>\npre\n\nstill pre\n</pre>\n\nAUKUS here.\n',
  '> quote AUKUS\n>\n> more quote\n\nout of quote\n',
  '| a | b |\n|---|---|\n| AUKUS cell | x |\n\nNext para.\n',
  '1. one\n\n    indented code in list\n\n2. two AUKUS\n',
  'Line\r\n\r\nCRLF paragraph AUKUS\r\n\r\n  indented para\r\n',
  '---\ntitle: x\n---\n\nAUKUS after front matter.\n',
  '<!-- grounded-disable-next-line reason="x" -->\nJapan joined AUKUS.\n\n<div>\nhtml\n</div>\n\ntext\n',
];

describe('chunked projection', () => {
  it('splits at blank lines before unindented lines, never inside fences or HTML blocks', () => {
    const chunks = splitChunks(TRICKY[1]);
    assert.equal(chunks.length, 2);
    assert.match(chunks[0].text, /still code\n```\n\n$/);
    assert.equal(splitChunks(TRICKY[3]).length, 2);
    assert.equal(splitChunks(TRICKY[0]).map((c) => c.text).join(''), TRICKY[0]);
  });

  const docs = [...TRICKY.map((text, i) => ({ name: `tricky ${i}`, text })), ...fixtureDrafts(),
    { name: 'examples/draft.md', text: readFileSync(join(__dirname, '..', '..', 'examples', 'draft.md'), 'utf8') }];
  for (const { name, text } of docs) {
    it(`${name}: chunk by chunk gives what the whole document gives`, () => {
      assert.deepEqual(observable(projectMarkdown(text, all)), observable(projectText(text.replace(/^---\n[^]*?\n---\n/, (m) => m.replace(/[^\n]/g, ' ')), all)));
    });
  }

  it('reuses unchanged chunks after an edit, at their new offsets', () => {
    const cache = new LruCache<string, ProjectedDocument>(100);
    const before = 'AUKUS one.\n\nAUKUS two.\n\nAUKUS three.\n';
    projectMarkdown(before, all, cache);
    const after = 'AUKUS one, edited.\n\nAUKUS two.\n\nAUKUS three.\n';
    const doc = projectMarkdown(after, all, cache);
    assert.equal(cache.size, 4); // three old chunks and the edited one
    const three = doc.blocks[2];
    assert.equal(after.slice(three.map.toSource(0), three.map.toSource(three.text.length - 1) + 1), 'AUKUS three.');
    assert.equal(three.line, 4);
  });
});

describe('LruCache', () => {
  it('keeps the most recently used entries and drops the oldest tenth when full', () => {
    const cache = new LruCache<number, string>(10);
    for (let i = 0; i < 10; i++) cache.set(i, `v${i}`);
    assert.equal(cache.get(0), 'v0'); // 0 is now the most recent
    cache.set(10, 'v10');
    assert.equal(cache.size, 10);
    assert.equal(cache.get(1), undefined, 'the least recently used entry went first');
    assert.equal(cache.get(0), 'v0');
    for (let i = 11; i < 1000; i++) cache.set(i, `v${i}`);
    assert.ok(cache.size <= 10);
    assert.equal(cache.get(999), 'v999');
  });

  it('grows to hold a document read in one pass, so a second pass finds every part', () => {
    const cache = new LruCache<number, number>(10);
    cache.reserve(50);
    for (let pass = 0; pass < 2; pass++) for (let i = 0; i < 50; i++) if (cache.get(i) === undefined) cache.set(i, pass);
    assert.equal(cache.size, 50);
    assert.ok([...Array(50).keys()].every((i) => cache.get(i) === 0), 'all from the first pass');
  });

  it('a checker keeps the claims of every paragraph of a long document', () => {
    const checker = new Checker([builtinPack()]);
    const paragraphs = Array.from({ length: 6000 }, (_, i) => `AUKUS met for the ${i}th time with Japan as an observer.`);
    checker.check(paragraphs.join('\n\n'));
    assert.ok((checker as unknown as { claimCache: LruCache<string, unknown> }).claimCache.size >= 6000);
  });
});
