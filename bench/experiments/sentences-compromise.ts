// Experiment variant of src/core/claims/sentences.ts: sentence boundaries from compromise
// (the tokenizer-only build, compromise/one). Swapped in at build time by build-variants.mjs.
// Only the boundary decisions come from the library: every span runs from the previous boundary to
// this one (trimmed), so no text falls between sentences.
// @ts-ignore: resolved from /tmp/nlpdeps/node_modules by esbuild's nodePaths
import nlp from 'compromise/one';
import type { Span } from '../../src/core/types';
import { spansFromEnds } from './spans';

export function splitSentences(text: string): Span[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const s of nlp(text).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
    let end = s.offset.start + s.offset.length;
    // Offsets are character offsets into text; fall back to a search if a sentence does not line up.
    if (text.slice(s.offset.start, end) !== s.text) {
      const i = text.indexOf(s.text, cursor);
      if (i < 0) continue;
      end = i + s.text.length;
    }
    if (end > cursor) { ends.push(end); cursor = end; }
  }
  return spansFromEnds(text, ends);
}
