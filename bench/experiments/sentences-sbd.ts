// Experiment variant of src/core/claims/sentences.ts: sentence boundaries from sbd 1.0.19
// (preserve_whitespace, no sanitising). Swapped in at build time by build-variants.mjs.
// Each sentence sbd returns is found in text after the previous one; spans run from boundary to
// boundary (trimmed), so no text falls between sentences.
// @ts-ignore: resolved from /tmp/nlpdeps/node_modules by esbuild's nodePaths
import sbd from 'sbd';
import type { Span } from '../../src/core/types';
import { spansFromEnds } from './spans';

export function splitSentences(text: string): Span[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const raw of sbd.sentences(text, { preserve_whitespace: true }) as string[]) {
    const s = raw.trim();
    if (!s) continue;
    const i = text.indexOf(s, cursor);
    if (i < 0) continue; // sbd changed the text (never seen on the corpus; counted by nlp-compare.mjs)
    cursor = i + s.length;
    ends.push(cursor);
  }
  return spansFromEnds(text, ends);
}
