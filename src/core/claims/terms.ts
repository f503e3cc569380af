const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source for a list of topic terms: acronyms ("AI") match exactly, words match with
 * either case of the first letter ("Long-range strike" at the start of a sentence).
 */
export function termsPattern(terms: readonly string[]): string {
  const parts = terms.map((t) => {
    if (t.length > 1 && t === t.toUpperCase()) return escape(t);
    const first = t[0];
    const rest = escape(t.slice(1));
    return first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]${rest}` : escape(t);
  });
  return `\\b(?:${parts.join('|')})\\b`;
}
