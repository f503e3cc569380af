/**
 * Splits Markdown into chunks that parse the same apart as together, so a re-check after an
 * edit re-parses only the chunk that changed. A chunk starts at a line that follows a blank line
 * and is not indented (so it cannot continue a list item, an indented code block or a lazy
 * paragraph), unless that line is inside a fenced code block or an HTML block that runs across
 * blank lines (comments, <script>, <pre>, <style>, <textarea>, processing instructions, CDATA).
 */
export interface Chunk { start: number; line: number; text: string }

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0, chunkLine = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let line = 0;
  for (let pos = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    const content = text.slice(pos, nl < 0 || text.charCodeAt(nl - 1) !== 13 ? (nl < 0 ? text.length : nl) : nl - 1);
    const blank = isBlank(content);
    if (fence) {
      const close = FENCE.exec(content);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && content.trim() === close[1]) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && !/^[ \t]/.test(content) && pos > chunkStart) {
        chunks.push({ start: chunkStart, line: chunkLine, text: text.slice(chunkStart, pos) });
        chunkStart = pos;
        chunkLine = line;
      }
      // Only lines opening with ` ~ or < can open a fence or an HTML block: test nothing else.
      const first = content.trimStart()[0];
      const open = first === '`' || first === '~' ? FENCE.exec(content) : null;
      if (open && !(open[1][0] === '`' && content.slice(open.index + open[0].length).includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
      } else if (first === '<') {
        const html = HTML_OPEN.find(([o]) => o.test(content));
        if (html && !html[1].test(content.replace(html[0], ''))) htmlEnd = html[1];
      }
    }
    previousBlank = blank && !fence && !htmlEnd;
    pos = end;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, line: chunkLine, text: text.slice(chunkStart) });
  return chunks;
}
