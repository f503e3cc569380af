import type { Span } from '../types';
import type { Mention } from './mentions';

/**
 * "Japan and Britain have both funded hypersonic research. Neither is a member of AUKUS", "… Both
 * are also AUKUS members", "Japan's Quad partners are Australia, India and the United States. All
 * of them belong to AUKUS": a plural subject that opens a sentence stands for the countries the
 * sentence before listed. "Both", "neither", "the two" need a list of two; "all three" one of three;
 * "they" only the list that opened the sentence before (as its subject). A sentence before with
 * more than one such list is ambiguous, and nothing is read. "Neither" and "none of them" deny what
 * the sentence says of them (see deniedByReference in extractClaims).
 */
const REFERENCE = /^[\s*_>]*(?:(?:and|but|yet|so|today|now|in fact|indeed|however|still)\s*,?\s+)?(?<who>neither(?: of them)?|both(?: of them)?|none of them|all of them|each of them|all (?<n>two|three|four|five)(?: of them)?|the (?:two|pair)|the (?<n2>three|four|five)(?: (?:nations|countries|governments|states))?|they)(?=\s*,?\s+(?:(?:however|though|too|in fact|indeed|of course),\s+)?(?:[a-z]+ly\s+|also\s+|now\s+|still\s+|since\s+|later\s+|then\s+|together\s+)*(?:is|are|was|were|has|have|had|became|become|joined|join|belongs?|belonged|signed|sits?|sat|remains?|remained|holds?|held|founded|formed|created|launched|established|set up|make up|made up)\b)/i;
/** "Tokyo and Seoul worry about China's navy. Their AUKUS membership lets them …": a plural possessive on membership. */
const THEIR = /^[\s*_>]*(?:(?:and|but|yet|so|today|now|in fact|indeed|however|still)\s*,?\s+)?(?<who>their)(?=\s+(?:[\w-]+\s+)?(?:membership|accession|entry|admission|seats?)\b)/i;
const LISTED = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i;
const SIZES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

type EntityMention = Extract<Mention, { type: 'entity' }>;

export function addPluralReferences(text: string, mentions: Mention[], sentences: readonly Span[]): void {
  let added = false;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const m = REFERENCE.exec(text.slice(s.start, Math.min(s.end, s.start + 60))) ?? THEIR.exec(text.slice(s.start, Math.min(s.end, s.start + 60)));
    if (!m) continue;
    // "Their AUKUS membership" reads as "they" do: the list that opened the sentence before.
    const who = m.groups!.who.toLowerCase().replace(/^their$/, 'they');
    const at = s.start + m.index + m[0].length - who.length;
    if (mentions.some((x) => x.start >= s.start && x.start < at + who.length)) continue;
    // Only a list of two or more can be "they" or "both": a single name beside it ("… court Washington") is no rival.
    const lists = listsIn(text, mentions, sentences[i - 1]).filter((l) => l.length >= 2);
    const n = m.groups!.n ?? m.groups!.n2;
    const size = /^(?:neither|both|the two|the pair)/.test(who) ? 2 : n ? SIZES[n.toLowerCase()] : 0;
    const fitting = lists.filter((l) => (size === 0 || l.length === size) && (who !== 'they' || l[0].start === firstNameAt(text, mentions, sentences[i - 1])));
    if (fitting.length !== 1 || (who === 'they' && lists.length !== 1)) continue;
    const list = fitting[0];
    mentions.push({ type: 'entity', id: list[0].id, ids: list.map((x) => x.id), start: at, end: at + who.length, ...(/^n/.test(who) ? { denies: true } : {}) });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/** The coordinated runs of country names in a sentence ("Australia, India and the United States"). */
function listsIn(text: string, mentions: readonly Mention[], s: Span): EntityMention[][] {
  const lists: EntityMention[][] = [];
  let run: EntityMention[] = [];
  for (const x of mentions) {
    if (x.start < s.start || x.end > s.end) continue;
    if (x.type !== 'entity' || x.ids) { if (run.length) lists.push(run); run = []; continue; }
    if (run.length && !LISTED.test(text.slice(run[run.length - 1].end, x.start))) { lists.push(run); run = []; }
    run.push(x);
  }
  if (run.length) lists.push(run);
  return lists;
}

/** Where the sentence's first name starts, if nothing but a list marker or emphasis stands before it. */
function firstNameAt(text: string, mentions: readonly Mention[], s: Span): number {
  const first = mentions.find((x) => x.start >= s.start);
  return first && /^[\s*_>-]*(?:the\s+)?$/i.test(text.slice(s.start, first.start)) ? first.start : -1;
}
