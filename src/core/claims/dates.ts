/**
 * A date as the writer gave it: only the parts they wrote are set. A part of a year ("the first
 * half of 2021", "Q3 2021", "early 2021") keeps the months it spans; a decade ("the late 2010s")
 * the years, from `year`. `relative`: worked out from another date ("the following month", see relativeDates.ts).
 */
export interface PartialDate { year: number; month?: number; day?: number; months?: readonly [number, number]; lastYear?: number; relative?: boolean }

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})(?![\\d-]*\\d)';

/** Days written as ordinal words, as formal and spoken prose does: "the sixteenth of September". */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAYS: Record<string, number> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, i + 1]),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
    'nineteenth', 'twentieth'].map((w, i) => [w, i + 10]),
  ...UNITS.map((w, i) => [`twenty-${w}`, i + 21]),
  ['thirtieth', 30], ['thirty-first', 31],
]);
/** Longest first, so "twenty-sixth" is not read as "twenty"; a space may stand for the hyphen. */
const ORDINAL_DAY = `(?:${Object.keys(ORDINAL_DAYS).sort((a, b) => b.length - a.length).map(anyCaseInitial).join('|')})`;
function anyCaseInitial(word: string): string {
  return `[${word[0]}${word[0].toUpperCase()}]${word.slice(1).replace('-', '[- ]')}`;
}

/**
 * Day-month-year, month-day-year, month-year, ISO and bare years, most specific first. A day
 * written with its article ("on the 16th of September, 2022") takes the article in, as the
 * ordinal words do, so the words before the date read as they would before "16 September 2022".
 */
export const DATE_PATTERN = new RegExp([
  `(?<dmyD>\\b(?:[Tt]he )?${DAY.replace('(\\d', '(?<d1>\\d').replace(')(?:', ')(?:')})(?: of)? ${MONTH.replace('(', '(?<m1>')},? ${YEAR.replace('(', '(?<y1>')}`,
  `\\b${MONTH.replace('(', '(?<m2>')} ${DAY.replace('(', '(?<d2>')},? ${YEAR.replace('(', '(?<y2>')}`,
  `\\b(?:[Tt]he )?(?<w1>${ORDINAL_DAY}) (?:day )?of ${MONTH.replace('(', '(?<m5>')},? ${YEAR.replace('(', '(?<y6>')}`,
  `\\b${MONTH.replace('(', '(?<m6>')} (?:the )?(?<w2>${ORDINAL_DAY}),? ${YEAR.replace('(', '(?<y7>')}`,
  `\\b${MONTH.replace('(', '(?<m3>')},? (?:of )?${YEAR.replace('(', '(?<y3>')}`,
  `\\b(?<y4>(?:19|20)\\d{2})-(?<m4>\\d{2})-(?<d4>\\d{2})\\b`,
  // Parts of a year and decades, compared by the months or years they span.
  `\\b(?:[Tt]he )?(?<half>[Ff]irst|[Ss]econd|1st|2nd|[Ll]atter|[Ff]ormer) half of (?:the year )?${YEAR.replace('(', '(?<y8>')}`,
  `\\b(?:[Tt]he )?(?<quarter>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th) quarter of (?:the year )?${YEAR.replace('(', '(?<y9>')}`,
  `\\b(?<hq>[HQ][1-4]|[1-4][HQ]),? ${YEAR.replace('(', '(?<y10>')}`,
  // A decade before a part of a year: "the early 2020s" is not "early 2020".
  `\\b(?:[Tt]he )?(?:(?<dpart>[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?<decade>(?:19|20)\\d0)[’']?s\\b`,
  `\\b(?:[Tt]he )?(?<part>[Ee]arly|[Ll]ate|(?:[Ss]tart|[Bb]eginning) of)[- ]${YEAR.replace('(', '(?<y11>')}`,
  // A bare year, not a number's tail ("1,2021", "F-2021"), but "mid-2022", "early-2021" are years.
  `(?:(?<![\\d,.$£€-])|(?<=\\b(?:mid|early|late|Mid|Early|Late)-))\\b${YEAR.replace('(', '(?<y5>')}\\b`,
].join('|'), 'g');

/** The date pattern, tried at one position at a time (sticky: set lastIndex first). */
export const DATE_AT = new RegExp(DATE_PATTERN.source, 'y');

export function parseDateMatch(groups: Record<string, string | undefined>): PartialDate | undefined {
  if (groups.decade) return decadeOf(Number(groups.decade), groups.dpart?.toLowerCase());
  const span = monthsOf(groups);
  if (span) return { year: Number(groups.y8 ?? groups.y9 ?? groups.y10 ?? groups.y11), months: span };
  const year = Number(groups.y1 ?? groups.y2 ?? groups.y3 ?? groups.y4 ?? groups.y5 ?? groups.y6 ?? groups.y7);
  if (!year) return undefined;
  const monthText = groups.m1 ?? groups.m2 ?? groups.m3 ?? groups.m5 ?? groups.m6;
  const month = monthText ? MONTHS[monthText.replace('.', '').toLowerCase()] : groups.m4 ? Number(groups.m4) : undefined;
  const dayText = groups.d1 ?? groups.d2 ?? groups.d4;
  const dayWord = groups.w1 ?? groups.w2;
  const day = dayText ? Number(dayText) : dayWord ? ORDINAL_DAYS[dayWord.toLowerCase().replace(' ', '-')] : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const ORDINAL_PART: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 0, last: 0, former: 1, latter: 2 };
/**
 * The months a part of a year spans. "Early 2021" is read as its first five months and "late 2021"
 * as its last six, wide enough that no reader would call a date inside them wrong.
 */
function monthsOf(groups: Record<string, string | undefined>): readonly [number, number] | undefined {
  if (groups.half) {
    const n = ORDINAL_PART[groups.half.toLowerCase()] || 2;
    return n === 1 ? [1, 6] : [7, 12];
  }
  if (groups.quarter || groups.hq) {
    const hq = groups.hq?.toUpperCase();
    const quarters = hq?.includes('H') ? 2 : 4;
    const n = hq ? Number(hq.replace(/[HQ]/, '')) : ORDINAL_PART[groups.quarter!.toLowerCase()] || 4;
    if (n > quarters) return undefined;
    const size = 12 / quarters;
    return [(n - 1) * size + 1, n * size];
  }
  if (groups.part) return /^[Ll]/.test(groups.part) ? [7, 12] : /^[Ee]/.test(groups.part) ? [1, 5] : [1, 3];
  return undefined;
}

/** "the 2010s" spans ten years; "the early 2020s" its first four, "the mid-2010s" three to seven, "the late 2010s" the last four. */
function decadeOf(start: number, part: string | undefined): PartialDate {
  const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 7] : part === 'late' ? [6, 9] : [0, 9];
  return { year: start + from, lastYear: start + to };
}

export function parseIsoDate(iso: string): PartialDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** Compares at the precision the writer used: "2021" agrees with 16 September 2021. */
export function datesAgree(claimed: PartialDate, fact: PartialDate): boolean {
  if (claimed.lastYear !== undefined) return fact.year >= claimed.year && fact.year <= claimed.lastYear;
  if (claimed.year !== fact.year) return false;
  if (claimed.months && fact.month !== undefined) return fact.month >= claimed.months[0] && fact.month <= claimed.months[1];
  if (claimed.month !== undefined && fact.month !== undefined && claimed.month !== fact.month) return false;
  if (claimed.day !== undefined && fact.day !== undefined && claimed.day !== fact.day) return false;
  return true;
}

/** Whether the fact's date falls before the claimed one, at the claimed one's precision. */
export function isEarlier(fact: PartialDate, claimed: PartialDate): boolean {
  if (fact.year !== claimed.year || claimed.month === undefined || fact.month === undefined) return fact.year < claimed.year;
  if (fact.month !== claimed.month || claimed.day === undefined || fact.day === undefined) return fact.month < claimed.month;
  return fact.day < claimed.day;
}

/**
 * A day either side of the fact at day precision: an event dated in one capital falls on the day
 * before or after in another (AUKUS was announced on 15 September in Washington, the 16th in
 * Canberra), so such a date is neither contradicted nor confirmed.
 */
export function aDayApart(claimed: PartialDate, fact: PartialDate): boolean {
  if (claimed.day === undefined || claimed.month === undefined || fact.day === undefined || fact.month === undefined) return false;
  const days = (Date.UTC(claimed.year, claimed.month - 1, claimed.day) - Date.UTC(fact.year, fact.month - 1, fact.day)) / 86_400_000;
  return Math.abs(days) === 1;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const MONTH_FIRST = new RegExp(`^${MONTH}`, 'i');

/** Writes the fact's date at the precision and in the order the writer used. */
export function formatLike(written: string, claimed: PartialDate, fact: PartialDate): string {
  if (claimed.day !== undefined && fact.day !== undefined && fact.month !== undefined) {
    // "the sixteenth of September" starts with a letter but puts the day first.
    const monthFirst = MONTH_FIRST.test(written.trim());
    return monthFirst ? `${MONTH_NAMES[fact.month - 1]} ${fact.day}, ${fact.year}` : `${fact.day} ${MONTH_NAMES[fact.month - 1]} ${fact.year}`;
  }
  // "late 2020" for September 2021: only the year was wrong, so only the year changes.
  if (claimed.months && fact.month !== undefined && fact.month >= claimed.months[0] && fact.month <= claimed.months[1] && written.includes(String(claimed.year))) {
    return written.replace(String(claimed.year), String(fact.year));
  }
  if ((claimed.month !== undefined || claimed.months) && fact.month !== undefined) return `${MONTH_NAMES[fact.month - 1]} ${fact.year}`;
  return String(fact.year);
}
