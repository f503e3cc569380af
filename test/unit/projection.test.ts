import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { inlineTokens, plainInlineTokens, projectMarkdown } from '../../src/core/prose/projectMarkdown';
import { LineIndex } from '../../src/core';
import { checker } from './helpers';

const all = () => true;
const proseOf = (md: string) => projectMarkdown(md, all).blocks.map((b) => b.text);

describe('Markdown → prose projection', () => {
  it('keeps paragraph, heading, list, quote and table text', () => {
    assert.deepEqual(proseOf('# Head\n\nPara *em* **strong**.\n\n- item\n\n> quote\n\n| a | b |\n|---|---|\n| c | d |\n'),
      ['Head', 'Para em strong.', 'item', 'quote', 'a', 'b', 'c', 'd', 'c | d']);  // a row is also read whole, with its header
  });

  it('drops code, HTML, front matter, link and image addresses and autolinks', () => {
    const md = '---\ntitle: Japan joined AUKUS\n---\nSee [the pact](https://x.org/japan-joined) and ![alt](i.png) <https://aukus.example>.\n\n    indented code\n\n```\nfenced\n```\n\n<div>html</div>\n\nUse `inline code` here.\n';
    const prose = proseOf(md).join(' | ');
    for (const gone of ['title', 'https', 'japan-joined', 'i.png', 'aukus.example', 'indented', 'fenced', 'html', 'inline code']) {
      assert.ok(!prose.includes(gone), `"${gone}" should be dropped from: ${prose}`);
    }
    assert.match(prose, /See the pact and/);
  });

  it('drops pronunciations in brackets and footnote markers, keeping link text', () => {
    assert.deepEqual(proseOf('AUKUS (/ˈɔːkʊs/) is a pact.[1] It grew.[^2][citation needed] See [1](https://x.org) and/or [a] list.\n'),
      ['AUKUS is a pact. It grew. See 1 and/or [a] list.']);
  });

  it('maps every prose character back to the same character in the source (CRLF, tabs, emoji, escapes)', () => {
    const md = '# Title 🎉\r\n\r\nA *b* \\*c\\* &amp; 😀\tend [link](http://x) `code` x.\r\nNext\tline **bold**.\r\n\r\n> quoted 𝒳 text\r\n> more\r\n';
    for (const block of projectMarkdown(md, all).blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const c = block.text[i];
        if (c === ' ' || c === '…' || c === '&') continue; // stand-ins for breaks, code and entities
        assert.equal(md[block.map.toSource(i)], c, `char ${i} of "${block.text}"`);
      }
    }
  });

  it('reports positions in UTF-16 code units, lines split on CRLF', () => {
    const md = '😀 intro line\r\n\r\nText with 𝒳 then Japan joined AUKUS.\r\n';
    const [f] = checker.check(md).findings;
    assert.equal(md.slice(f.offset.start, f.offset.end), 'Text with 𝒳 then Japan joined AUKUS.');
    assert.deepEqual(f.range.start, { line: 2, character: 0 });
    assert.deepEqual(f.range.end, { line: 2, character: 'Text with 𝒳 then Japan joined AUKUS.'.length });
    assert.deepEqual(new LineIndex(md).positionAt(md.indexOf('Japan')), { line: 2, character: md.indexOf('Japan') - md.indexOf('Text') });
  });

  it('treats a claim split by markup as one claim', () => {
    const md = '**Japan** joined [AUKUS](https://example.org/a).';
    const { findings } = checker.check(md);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].claim, 'Japan joined AUKUS.');
    assert.deepEqual(findings[0].offset, { start: 0, end: md.length });
  });

  it('skips what is too large or binary, and says why', () => {
    assert.match(checker.check('AUKUS '.repeat(10), { maxLength: 20 }).skipped ?? '', /too large/);
    assert.match(checker.check('Japan joined AUKUS.\u0000').skipped ?? '', /not a text file/);
  });

  it('survives half-typed sentences and odd Markdown without throwing', () => {
    for (const md of ['Japan joined AU', 'AUKUS was founded in', '**Japan', '[AUKUS](', '| AUKUS |', '> AUKUS\n>', '- [ ] AUKUS', 'AUKUS &#', '`AUKUS']) {
      assert.doesNotThrow(() => checker.check(md), md);
    }
  });
});

describe('inline tokens of markup-free prose', () => {
  // The fast path must give what markdown-it's inline parser gives, configured as the projection's.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const viaMarkdownIt = (content: string) => {
    const children: ReturnType<typeof md.parse> = [];
    md.inline.parse(content, md, {}, children);
    return children.map((t) => ({ type: t.type, content: t.content }));
  };
  const pieces = ['Japan joined AUKUS', ' ', '  ', '   ', '\t', '\n', 'the pact.', ' it', 'U.S.', 'é😀', '-', ':', '#', '+', '=', '{', '}', '%', '$', '@', '^', '>'];

  it('are the tokens markdown-it gives, for generated contents', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let content = 'A';
      const parts = 1 + (next() % 12);
      for (let p = 0; p < parts; p++) content += pieces[next() % pieces.length];
      content = content.replace(/\n[ \t]*\n/g, '\n').trimEnd(); // one paragraph, as the block parser gives it
      assert.deepEqual(plainInlineTokens(content).map((t) => ({ type: t.type, content: t.content })), viaMarkdownIt(content), JSON.stringify(content));
    }
  });

  it('take the markdown-it path when there is markup', () => {
    assert.deepEqual(inlineTokens('Japan **joined** AUKUS').map((t) => t.type), viaMarkdownIt('Japan **joined** AUKUS').map((t) => t.type));
    assert.ok(inlineTokens('a `b` c').some((t) => t.type === 'code_inline'));
    assert.ok(inlineTokens('a\\\nb').some((t) => t.type === 'hardbreak'));
  });
});
