import type { Span } from '../types';
import type { PartialDate } from './dates';

/**
 * Dates given relative to one written before: "ANZUS was signed in 1951. AUKUS was launched
 * sixty-nine years later", "The Quad's leaders met in March 2021. AUKUS was inaugurated the following
 * month", "… in October 2022. AUKUS was founded that same year", and the appositive "The Quad met in
 * 2021, a year before AUKUS was launched" (the launch is a year after the date before). Each is read
 * as the date it works out to, at the precision of the date it counts from, which must stand earlier
 * in the same sentence or in the one before. `relative` marks such a date: its words are no date to
 * correct in place (see judge.ts).
 */
export const RELATIVE_DATE_WORDS = /\b(?:same|following|next|subsequent|previous|preceding|later|earlier|afterwards?|before|after)\b/i;
/** Every relative date counts years or months: a block without either word holds none (a cheap second test). */
export const RELATIVE_DATE_UNITS = /year|month/i;

const UNITS = '(?<unit>years?|months?)';
const AMOUNT = '(?<amount>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';
const RELATIVE = new RegExp([
  `\\b(?:that|the) (?:very )?same (?<same>year|month)\\b`,
  `\\bthe (?<step>following|next|subsequent|previous|preceding) (?<stepUnit>year|month)\\b`,
  `\\bthe (?<aroundUnit>year|month) (?<around>before|after)(?=\\s*(?:[.,;:)—–]|$))`,
  `\\b${AMOUNT} (?:full |whole )?${UNITS} (?<dir>later|earlier|afterwards?|on|before that|after that|before then|after then)\\b`,
  // "…, a year before AUKUS was launched": the named thing's date is the one before, moved the other way.
  `\\b${AMOUNT.replace('<amount>', '<amount2>')} (?:full |whole )?${UNITS.replace('<unit>', '<unit2>')} (?<clause>before|after)(?= (?:the )?[A-Z])`,
].join('|'), 'gi');

const FOUNDING = 'founded|launched|inaugurated|announced|unveiled|formed|created|established|set up|born|signed|sealed|struck|formali[sz]ed';
const FOUNDED_BEFORE = new RegExp(`\\b(?:${FOUNDING})\\s+(?:\\w+ly\\s+)?$`, 'i');
const FOUNDING_CLAUSE_AFTER = new RegExp(`^\\s*,?\\s+(?:the\\s+)?[A-Z][\\w.-]*(?:\\s+[a-z]+)?\\s+(?:was|were|had been)\\s+(?:\\w+ly\\s+)?(?:${FOUNDING})\\b`);
const APPROXIMATE_BEFORE = /\b(?:almost|nearly|about|around|roughly|some|over|under|more than|less than|fewer than|just over|just under|barely|close to|upwards of)\s+$/i;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
function amountOf(words: string): number {
  const w = words.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  const [tens, ones] = w.split(/[- ]/);
  return tens in TENS ? TENS[tens] + (ones ? SMALL[ones] ?? 0 : 0) : SMALL[w] ?? 0;
}

export interface DatedSpan extends Span { date: PartialDate }

/** The relative dates of a block, each worked out from the absolute date before it. */
export function relativeDates(text: string, dates: readonly DatedSpan[], sentences: readonly Span[]): DatedSpan[] {
  const out: DatedSpan[] = [];
  for (const m of text.matchAll(RELATIVE)) {
    const at = m.index!;
    // "almost three years after", "more than two years after": no exact date to work out.
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    // Only where it dates a founding: right after the verb ("was launched sixty-nine years later") or
    // before a clause that founds something ("a year before AUKUS was launched", "the same year AUKUS
    // was founded", "A year later, AUKUS was launched"). Elsewhere the words stay words ("…; New Zealand signed on two years later").
    const end = at + m[0].length;
    if (!FOUNDED_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && !FOUNDING_CLAUSE_AFTER.test(text.slice(end, end + 80))) continue;
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    const here = sentences.findIndex((s) => s.start <= at && at < s.end);
    const from = sentences[Math.max(0, here - 1)]?.start ?? 0;
    const anchor = [...dates].reverse().find((d) => d.end <= at && d.start >= from);
    const date = anchor && shifted(anchor.date, m.groups!);
    if (date) out.push({ start: at, end: at + m[0].length, date: { ...date, relative: true } });
  }
  return out;
}

function shifted(anchor: PartialDate, g: Record<string, string | undefined>): PartialDate | undefined {
  if (anchor.months || anchor.lastYear !== undefined) return undefined;
  if (g.same) return g.same.toLowerCase() === 'year' ? { year: anchor.year } : anchor.month ? { year: anchor.year, month: anchor.month } : undefined;
  const unit = (g.stepUnit ?? g.aroundUnit ?? g.unit ?? g.unit2 ?? '').toLowerCase().replace(/s$/, '');
  const direction = g.step ? (/^(?:previous|preceding)$/i.test(g.step) ? -1 : 1)
    : g.around ? (g.around.toLowerCase() === 'before' ? -1 : 1)
      : g.clause ? (g.clause.toLowerCase() === 'before' ? 1 : -1)
        : /^(?:earlier|before)/i.test(g.dir ?? '') ? -1 : 1;
  const amount = g.amount ?? g.amount2 ? amountOf((g.amount ?? g.amount2)!) : 1;
  if (amount === 0) return undefined;
  // Years counted are read as years ("a year later" than 16 September 2021 says 2022, no more).
  if (unit === 'year') return { year: anchor.year + direction * amount };
  if (anchor.month === undefined) return undefined;
  const index = anchor.year * 12 + (anchor.month - 1) + direction * amount;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
