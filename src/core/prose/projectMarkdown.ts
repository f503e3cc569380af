import MarkdownIt from 'markdown-it';
import { SourceMap } from './sourceMap';
import type { Directive, ProjectedDocument, ProseBlock } from './prose';
import { parseDirective } from './directives';
import { frontMatterLength } from './frontMatter';
import { splitChunks } from './chunks';
import { LineIndex } from '../text/lineIndex';
import { LruCache } from '../text/lruCache';

/**
 * Markdown → prose. markdown-it finds the blocks (it is the fastest CommonMark parser we
 * measured); only blocks that `mayHoldClaim` accepts get their inline markup parsed and
 * projected, so documents that never mention a pack subject cost a block parse and no more.
 * Prose keeps paragraph, heading, list, quote and table-cell text, link and emphasis text; it drops
 * code, HTML, link and image addresses and autolinks. Each block keeps a SourceMap back to the source.
 */
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
md.core.ruler.disable(['inline', 'text_join']);
type Token = ReturnType<typeof md.parse>[number];

/** Stands in for an inline code span, so the words on either side do not run together. */
export const CODE_PLACEHOLDER = '…';

/** Projections of chunks by chunk text; the caller owns it (one per checker) and its lifetime. */
export type ChunkCache = LruCache<string, ProjectedDocument>;

/**
 * Projects a document chunk by chunk (see chunks.ts): a chunk seen before, at any place in any
 * document, is reused with its offsets and lines moved, so an edit re-parses one chunk.
 */
export function projectMarkdown(source: string, mayHoldClaim: (blockText: string) => boolean,
  cache: ChunkCache = new LruCache(1000)): ProjectedDocument {
  const fm = frontMatterLength(source);
  // Blank the front matter but keep its line breaks, so line numbers still match the source.
  const parsed = fm > 0 ? source.slice(0, fm).replace(/[^\r\n]/g, ' ') + source.slice(fm) : source;
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const chunks = splitChunks(parsed);
  cache.reserve(2 * chunks.length); // see LruCache.reserve: a document's chunks must fit
  for (const chunk of chunks) {
    let projected = cache.get(chunk.text);
    if (!projected) {
      projected = projectText(chunk.text, mayHoldClaim);
      cache.set(chunk.text, projected);
    }
    for (const b of projected.blocks) blocks.push({ ...b, map: b.map.shifted(chunk.start), line: b.line + chunk.line });
    for (const d of projected.directives) directives.push({ ...d, line: d.line + chunk.line });
  }
  return { blocks, directives };
}

/** Projects one chunk (or, in tests, a whole document): offsets and lines relative to its start. */
export function projectText(source: string, mayHoldClaim: (blockText: string) => boolean): ProjectedDocument {
  const lines = new LineIndex(source).lineStarts;
  const tokens = md.parse(source, {});
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const cellCursor = new Map<number, number>();
  let rowLine = 0; // table cells carry no line map of their own: they sit on their row's line
  let table: TableCells | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'tr_open' && t.map) rowLine = t.map[0];
    if (t.type === 'inline' && !t.map) t.map = [rowLine, rowLine + 1];
    if (t.type === 'table_open') table = { head: [], body: [] };
    else if (t.type === 'tr_open' && table) (tokens[i - 1]?.type === 'thead_open' ? table.head : table.body).push([]);
    else if (t.type === 'inline' && table && (tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open')) {
      (table.body.length ? table.body : table.head).at(-1)?.push(t);
    } else if (t.type === 'table_close' && table) {
      blocks.push(...rowBlocks(source, lines, table, mayHoldClaim));
      table = undefined;
    }
    if (t.type === 'html_block' && t.map) {
      collectDirectives(t.content, t.map[0], directives);
      continue;
    }
    if (t.type !== 'inline' || !t.map) continue;
    const opener = tokens[i - 1]?.type;
    const kind = opener === 'heading_open' ? 'heading' : opener === 'th_open' || opener === 'td_open' ? 'cell' : 'paragraph';
    if (t.content.includes('<!--')) collectInlineDirectives(t.content, t.map[0], directives);
    if (!mayHoldClaim(t.content)) continue;
    const locate = locateContent(source, lines, t, kind, cellCursor);
    blocks.push(projectInline(t.content, inlineTokens(t.content), locate, kind, t.map[0]));
  }
  return { blocks, directives };
}

/** A table's cells as inline tokens, row by row: the header row, then the body. */
interface TableCells { head: Token[][]; body: Token[][] }

/**
 * A table whose header may hold a claim ("| Country | AUKUS member? |") is also read row by row
 * (and so is a row that may hold one itself):
 * each body row becomes one block of its cells joined by " | ", with the header's text per column,
 * so "| Japan | Yes |" can say that Japan is a member.
 */
function rowBlocks(source: string, lines: readonly number[], table: TableCells, mayHoldClaim: (blockText: string) => boolean): ProseBlock[] {
  const header = table.head[0] ?? [];
  const headerHolds = mayHoldClaim(header.map((c) => c.content).join(' | '));
  const columns = header.map((c) => c.content.trim());
  const out: ProseBlock[] = [];
  for (const row of table.body) {
    // A row names the organisation itself: "| Japan | AUKUS member since 2023 |".
    if (row.length === 0 || (!headerHolds && !mayHoldClaim(row.map((c) => c.content).join(' | ')))) continue;
    const cursor = new Map<number, number>();
    const map = new SourceMap();
    const cells: { start: number; end: number }[] = [];
    let text = '';
    for (const cell of row) {
      const projected = projectInline(cell.content, inlineTokens(cell.content), locateContent(source, lines, cell, 'cell', cursor), 'cell', cell.map![0]);
      if (text) text += ' | ';
      map.append(projected.map, text.length);
      cells.push({ start: text.length, end: text.length + projected.text.length });
      text += projected.text;
    }
    out.push({ kind: 'row', text, map, line: row[0].map![0], columns, cells });
  }
  return out;
}

/** The parts of an inline token that projection reads. */
export type InlineToken = Pick<Token, 'type' | 'content' | 'markup'>;

/** Characters that can open inline markup (with linkify and typographer off, as configured above). */
const INLINE_MARKUP = /[\\`~*_[\]!<&]/;

/**
 * The inline tokens of a block's content. Most prose has no inline markup at all: its tokens are
 * then text and line breaks, which are produced here without markdown-it's inline parser (a
 * third of the time on claim-dense text), by the same rules (see plainInlineTokens).
 */
export function inlineTokens(content: string): InlineToken[] {
  if (!INLINE_MARKUP.test(content)) return plainInlineTokens(content);
  const children: Token[] = [];
  md.inline.parse(content, md, {}, children);
  return children;
}

/**
 * markdown-it's inline result for content without markup: a text token per line; a line break is
 * a softbreak, or a hardbreak after two or more trailing spaces; trailing spaces before a break
 * and leading spaces and tabs after it are not text. A unit test holds this to markdown-it's output.
 */
export function plainInlineTokens(content: string): InlineToken[] {
  const out: InlineToken[] = [];
  let pos = 0;
  for (;;) {
    const nl = content.indexOf('\n', pos);
    if (nl < 0) {
      if (pos < content.length) out.push({ type: 'text', content: content.slice(pos), markup: '' });
      return out;
    }
    let end = nl;
    while (end > pos && content.charCodeAt(end - 1) === 32) end--;
    if (end > pos) out.push({ type: 'text', content: content.slice(pos, end), markup: '' });
    out.push({ type: nl - end >= 2 ? 'hardbreak' : 'softbreak', content: '', markup: '' });
    pos = nl + 1;
    while (pos < content.length && (content.charCodeAt(pos) === 32 || content.charCodeAt(pos) === 9)) pos++;
  }
}

/** Builds the prose of one inline token, mapping every character back to the source. */
function projectInline(content: string, children: readonly InlineToken[], locate: (k: number) => number,
  kind: ProseBlock['kind'], line: number): ProseBlock {
  const map = new SourceMap();
  let text = '';
  let cursor = 0;
  const emit = (s: string, contentIndex: number[] | number) => {
    if (typeof contentIndex === 'number') {
      for (let j = 0; j < s.length; j++) map.add(text.length + j, locate(contentIndex), 1);
    } else {
      // Runs of consecutive content indexes on one source line become one segment.
      let j = 0;
      while (j < s.length) {
        const k0 = contentIndex[Math.min(j, contentIndex.length - 1)];
        const src0 = locate(k0);
        let n = 1;
        while (j + n < s.length && j + n < contentIndex.length && contentIndex[j + n] === k0 + n && content.charCodeAt(k0 + n - 1) !== 10) n++;
        map.add(text.length + j, src0, n);
        j += n;
      }
    }
    text += s;
  };
  const emitRun = (s: string, at: number) => {
    let j = 0;
    while (j < s.length) {
      const nl = content.indexOf('\n', at + j);
      const n = nl < 0 || nl >= at + s.length ? s.length - j : nl - (at + j) + 1;
      map.add(text.length + j, locate(at + j), n);
      j += n;
    }
    text += s;
  };
  for (let c = 0; c < children.length; c++) {
    const tok = children[c];
    switch (tok.type) {
      case 'text':
      case 'text_special': {
        const at = verbatimAt(content, tok.content, cursor);
        const runs = proseRuns(tok.content);
        if (at >= 0) {
          // The common case: the text is in the source as is, so it maps as one run per line.
          if (runs) for (const [a, b] of runs) emitRun(tok.content.slice(a, b), at + a);
          else emitRun(tok.content, at);
          cursor = at + tok.content.length;
        } else {
          const found = matchText(content, tok.content, cursor);
          if (runs) for (const [a, b] of runs) emit(tok.content.slice(a, b), typeof found.positions === 'number' ? found.positions : found.positions.slice(a, b));
          else emit(tok.content, found.positions);
          cursor = found.end;
        }
        break;
      }
      case 'softbreak':
      case 'hardbreak': {
        const nl = content.indexOf('\n', cursor);
        emit(' ', nl >= 0 ? nl : cursor);
        if (nl >= 0) cursor = nl + 1;
        break;
      }
      case 'code_inline': {
        const at = content.indexOf(tok.markup, cursor);
        const start = at >= 0 ? at : cursor;
        const close = content.indexOf(tok.markup, start + tok.markup.length + tok.content.length - 1);
        emit(CODE_PLACEHOLDER, start);
        cursor = close >= 0 ? close + tok.markup.length : start;
        break;
      }
      case 'link_open':
        if (tok.markup === 'autolink' || tok.markup === 'linkify') {
          // The visible text of an autolink is its address: not prose.
          while (c + 1 < children.length && children[c + 1].type !== 'link_close') c++;
          const close = content.indexOf('>', cursor);
          if (close >= 0) cursor = close + 1;
        }
        break;
      case 'link_close':
        cursor = skipLinkDestination(content, cursor);
        break;
      case 'image': {
        const at = content.indexOf('](', cursor);
        if (at >= 0) cursor = skipLinkDestination(content, at);
        emit(' ', Math.max(0, at));
        break;
      }
      case 'html_inline': {
        const at = content.indexOf(tok.content, cursor);
        if (at >= 0) cursor = at + tok.content.length;
        break;
      }
      default:
        break; // emphasis and strikethrough markers: their text comes as text tokens
    }
  }
  // No-break, thin and other fixed-width spaces ("16\u00a0September\u00a02023") read as spaces.
  // One code unit for one, so offsets still map.
  return { kind, text: text.replace(UNICODE_SPACES, ' '), map, line };
}
const UNICODE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Text that is not prose: a pronunciation in brackets ("AUKUS (/ˈɔːkʊs/) is …") and footnote or
 * reference markers ("… the United States.[1]", "[^2]", "[citation needed]"), which sit between a
 * name and its verb or after a sentence's full stop. Reference-style links are link tokens, not text.
 */
const NOT_PROSE = /\s*\((?:pronounced:?\s*|IPA:?\s*)?\/[^/()\n]{1,40}\/\s*\)|(?<=\S)\[(?:\d{1,3}|\^[^\]\s]{1,40}|[a-z]|citation needed|clarification needed|better source needed|when\?|who\?|by whom\?)\]/g;
const MAY_NOT_BE_PROSE = /\/|\[/;

/** The runs of `s` that are prose, or undefined when all of it is. */
function proseRuns(s: string): [number, number][] | undefined {
  if (!MAY_NOT_BE_PROSE.test(s)) return undefined;
  const runs: [number, number][] = [];
  let from = 0;
  for (const m of s.matchAll(NOT_PROSE)) {
    if (m.index > from) runs.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from === 0) return undefined;
  if (from < s.length) runs.push([from, s.length]);
  return runs;
}

/** Where `target` stands verbatim at or just after `from` (past emphasis markers only), or -1. */
function verbatimAt(content: string, target: string, from: number): number {
  const at = content.indexOf(target, from);
  if (at < 0) return -1;
  for (let i = from; i < at; i++) if (!'*_~[] \t\n'.includes(content[i])) return -1;
  return at;
}

/**
 * Finds `target` (text after unescaping) in `content` from `from`. Usually it is there verbatim;
 * backslash escapes and character references make it differ, so fall back to a char-by-char walk.
 */
function matchText(content: string, target: string, from: number): { positions: number[] | number; end: number } {
  const at = content.indexOf(target, from);
  if (at >= 0 && (at === from || !/[^*_~\s[\]]/.test(content.slice(from, at)))) {
    const positions = new Array<number>(target.length);
    for (let j = 0; j < target.length; j++) positions[j] = at + j;
    return { positions, end: at + target.length };
  }
  const positions: number[] = [];
  let p = from;
  for (let j = 0; j < target.length; j++) {
    while (p < content.length && content[p] !== target[j]) {
      if (content[p] === '&') {
        const semi = content.indexOf(';', p);
        if (semi > p && semi - p < 12) { positions.push(p); p = semi + 1; j++; if (j >= target.length) break; continue; }
      }
      p++;
    }
    if (j >= target.length) break;
    positions.push(Math.min(p, content.length - 1));
    p++;
  }
  return { positions: positions.length ? positions : from, end: Math.min(p, content.length) };
}

/** After a link's text: skip `](address "title")` or `][ref]`, whichever follows. */
function skipLinkDestination(content: string, cursor: number): number {
  let p = content.indexOf(']', cursor);
  if (p < 0 || /[^\s*_~`]/.test(content.slice(cursor, p))) return cursor;
  p++;
  const open = content[p];
  const close = open === '(' ? ')' : open === '[' ? ']' : '';
  if (!close) return p;
  let depth = 0;
  for (; p < content.length; p++) {
    if (content[p] === '\\') { p++; continue; }
    if (content[p] === open) depth++;
    else if (content[p] === close && --depth === 0) return p + 1;
  }
  return cursor;
}

/** Returns a function from an index in the inline token's content to an offset in the source. */
function locateContent(source: string, lines: readonly number[], t: Token, kind: ProseBlock['kind'],
  cellCursor: Map<number, number>): (k: number) => number {
  const contentLines = t.content.split('\n');
  const starts: number[] = [];   // content index where each content line starts
  const cols: number[] = [];     // source offset of each content line's first character
  let k = 0;
  contentLines.forEach((cl, i) => {
    const lineNo = t.map![0] + i;
    const lineStart = lines[lineNo] ?? source.length;
    const lineEnd = lineNo + 1 < lines.length ? lines[lineNo + 1] : source.length;
    const lineText = source.slice(lineStart, lineEnd).replace(/[\r\n]+$/, '');
    let col: number;
    if (kind === 'cell') {
      const from = cellCursor.get(lineNo) ?? 0;
      col = lineText.indexOf(cl, from);
      if (col >= 0) cellCursor.set(lineNo, col + cl.length);
    } else {
      const trimmedLine = lineText.trimEnd();
      const trimmedContent = cl.trimEnd();
      col = kind === 'paragraph' && trimmedLine.endsWith(trimmedContent)
        ? trimmedLine.length - trimmedContent.length
        : lineText.indexOf(cl);
    }
    starts.push(k);
    cols.push(lineStart + Math.max(0, col));
    k += cl.length + 1;
  });
  return (index: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid; else hi = mid - 1;
    }
    return cols[lo] + (index - starts[lo]);
  };
}

function collectDirectives(html: string, firstLine: number, out: Directive[]): void {
  const re = /<!--[\s\S]*?-->/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const endLine = firstLine + countNewlines(html.slice(0, m.index + m[0].length));
    const d = parseDirective(m[0], endLine);
    if (d) out.push(d);
  }
}

function collectInlineDirectives(content: string, firstLine: number, out: Directive[]): void {
  collectDirectives(content, firstLine, out);
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
