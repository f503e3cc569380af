import type { Span } from '../core';

/**
 * The sentence around `offset`, as the writer sees it while typing: back to the previous
 * sentence end (., ! or ? then whitespace) or blank line, forward to the next sentence end or
 * blank line. Used to keep the sentence under the cursor quiet while it is being typed.
 */
export function sentenceAround(text: string, offset: number): Span {
  let start = 0;
  for (let i = Math.min(offset, text.length) - 2; i >= 0; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1])) { start = i + 1; break; }
    if (c === '\n' && i > 0 && text[i - 1] === '\n') { start = i + 1; break; }
  }
  let end = text.length;
  if (offset > 0 && /[.!?]/.test(text[offset - 1])) return { start, end: offset };
  for (let j = Math.max(offset, 0); j < text.length; j++) {
    const c = text[j];
    if (c === '.' || c === '!' || c === '?') { end = j + 1; break; }
    if (c === '\n' && text[j + 1] === '\n') { end = j; break; }
  }
  return { start, end };
}

export function intersects(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
