import type { Span } from '../types';

/**
 * Headlines in Title Case ("Japan Invited to Join AUKUS Security Pact", "How the Pact Forged in
 * October 2021 Reshaped Canberra's Navy") are read as if they were written in sentence case: the
 * frames match "invited to join" and "the pact", and lower-casing a first letter keeps every offset.
 * Names stay as written: the names of countries and groupings the packs know, the words of people
 * and outlets they name, months and days, and words in capitals ("AUKUS", "US").
 */
const WORD = /\p{L}[\p{L}'’]*/gu;
const CAPITALISED = /^[A-Z][a-z'’]/;
const CALENDAR = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** What may stand before a capital that opens a sentence or follows a label. */
const OPENS = /(?:^|[.!?:]\s+)[\s"'“‘(*_#>-]*$/;
/** Longest text read as a headline: a paragraph of prose is never in Title Case. */
const MAX_HEADLINE = 240;

/** The words of these names: the words Title Case must leave capitalised. */
export function properWordsOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) for (const [w] of name.matchAll(WORD)) if (/^\p{Lu}/u.test(w)) out.add(w);
  return out;
}

/**
 * The text in sentence case when it is a headline in Title Case; undefined otherwise. `proper` holds
 * the words of people and outlets the packs name; `names` finds the names of countries and groupings
 * (run only on a short text with capitals to spare, so that "Quadrilateral Security Dialogue" keeps
 * "Security" and "AUKUS Security Pact" does not).
 */
export function sentenceCased(text: string, proper: ReadonlySet<string>, names: (text: string) => readonly Span[]): string | undefined {
  if (text.length > MAX_HEADLINE || !mostlyCapitalised(text)) return undefined;
  // Words that may be lower-cased: not a person's or outlet's, not a month or a day.
  const common = [...text.matchAll(WORD)].filter(([w]) => !proper.has(w) && !CALENDAR.has(w));
  const capitals = common.filter(([w]) => CAPITALISED.test(w));
  if (capitals.length < 3) return undefined;
  const spans = names(text);
  const named = (at: number) => spans.some((s) => s.start <= at && at < s.end);
  const words = common.filter((m) => m[0].length >= 4 && !named(m.index!));
  const capitalised = words.filter(([w]) => CAPITALISED.test(w));
  if (capitalised.length < 3 || capitalised.length < 0.7 * words.length) return undefined;
  // Capitals that no sentence or label opening explains: "Claim: AUKUS was founded in 2021. Rating: False." has none.
  if (capitalised.filter((m) => !OPENS.test(text.slice(0, m.index))).length < 2) return undefined;
  let out = '';
  let at = 0;
  for (const m of capitals) {
    if (named(m.index!)) continue;
    out += text.slice(at, m.index) + m[0][0].toLowerCase();
    at = m.index! + 1;
  }
  return out + text.slice(at);
}

/**
 * A cheap first test, run on every short block: are 70% of the words of four letters or more
 * capitalised, names included? Leaving names out only lowers the share, so a text that fails here
 * is no headline. One pass over the characters, no strings built.
 */
function mostlyCapitalised(text: string): boolean {
  let words = 0, capitals = 0, length = 0, first = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter) { if (length++ === 0) first = c; continue; }
    if (length >= 4) {
      words++;
      if (first >= 65 && first <= 90) capitals++;
    }
    length = 0;
  }
  return words > 0 && capitals >= 0.7 * words;
}
