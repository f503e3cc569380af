// Shared by the splitter variants: sentence ends (offsets in text) to trimmed spans that run from
// boundary to boundary, so no text falls between sentences (as src/core/claims/sentences.ts does).
import type { Span } from '../../src/core/types';

export function spansFromEnds(text: string, ends: readonly number[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const end of ends) { pushTrimmed(text, start, end, spans); start = end; }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
