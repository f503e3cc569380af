import type { Span } from '../types';

/**
 * Splits a block of prose into sentences. A period ends a sentence unless it closes an
 * abbreviation ("U.S.", "Sept.", "Mr.") or an initial; after "U.S." or "U.K." it still ends one
 * when the next word is a usual sentence opener ("...joined the U.S. The bloc...").
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sen', 'rep', 'gov', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'jr', 'sr', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'a.u.k.u.s', 'approx', 'fig', 'cf', 'adm', 'capt', 'est', 'estd']);
const OPENERS = /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|However|Meanwhile|A|An|Yet|So|Since|After|Before|When|While|As|Still|Now|Then|There)\b/;
// A sentence may open with an emoji, as posts do ("… Pillar II! 🇦🇺🇬🇧 With Japan now …").
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}*_\p{Extended_Pictographic}\p{Regional_Indicator}]|\s*$)/gu;
const LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}$/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' || m[0].startsWith('.') && m[0].length === 1) {
      const word = lastWord(text, Math.max(start, m.index - 12), m.index);
      const lower = word.toLowerCase();
      if (INITIAL.test(word)) continue; // an initial: "Hirokazu M. Matsuno"
      // "No." abbreviates "number" only before one ("No. 10"): "A: No. AUKUS has three members"
      // answers a question, and the denial is a sentence of its own.
      if (lower === 'no' && !/^\s*\d/.test(text.slice(end))) { pushTrimmed(text, start, end, spans); start = end; continue; }
      if (ABBREVIATIONS.has(lower) && !((lower === 'u.s' || lower === 'u.k') && OPENERS.test(text.slice(end).trimStart()))) continue;
    }
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The letters and dots that end text[from, to) ("U.S" before the last period of "U.S."). */
function lastWord(text: string, from: number, to: number): string {
  let i = to;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || (c > 127 && LETTER.test(text[i - 1]));
    if (!letter) break;
  }
  return text.slice(i, to);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
