/**
 * Notes typed all in lower case ("india joined aukus in 2023 and now does the satellite stuff") are
 * read with the names the packs know written as the packs write them, and each sentence's first
 * letter capitalised; changing a letter's case keeps every offset. Only a text with no capital at
 * all: one capital shows the writer uses case, and then lower case means an ordinary word.
 */
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_LETTER = /\p{Ll}/u;
/** Aliases that are also ordinary lower-case words: "us" is the pronoun far more often than the country. */
const ORDINARY = new Set(['us', 'chad', 'china', 'turkey', 'jordan', 'georgia']);
/** "australia, uk, us": the pronoun cannot stand in a list of names, so "us" there is the country. */
const US_IN_A_LIST = /(?<=\p{Lu}[\p{L}.]*(?:\s*,\s*|\s+(?:and|&|\+)\s+|\s*[/+]\s*))us(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])us(?=(?:\s*,\s*|\s+(?:and|&)\s+|\s*[/+]\s*)\p{Lu})/gu;
/** A sentence's first letter, a to z only: upper-casing some letters changes their length ("ß" → "SS"). */
const SENTENCE_START = /(?:^|[.!?]\s+)[\s"'“‘(*_#>-]*([a-z])/gu;

/** A function that restores the names' case in an all-lower-case text, or returns undefined for any other text. */
export function lowerCaseReader(aliases: Iterable<string>): (text: string) => string | undefined {
  const byLower = new Map<string, string>();
  for (const alias of aliases) {
    const lower = alias.toLowerCase();
    // Only aliases that carry a capital, keep their length in lower case and are no ordinary word.
    if (lower === alias || lower.length !== alias.length || ORDINARY.has(lower) || byLower.has(lower)) continue;
    byLower.set(lower, alias);
  }
  if (byLower.size === 0) return () => undefined;
  const names = [...byLower.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    if (HAS_CAPITAL.test(text) || !HAS_LETTER.test(text)) return undefined;
    const named = text.replace(pattern, (m) => byLower.get(m) ?? m);
    if (named === text) return undefined;
    return named.replace(US_IN_A_LIST, 'US').replace(SENTENCE_START, (m, letter: string) => m.slice(0, -letter.length) + letter.toUpperCase());
  };
}
