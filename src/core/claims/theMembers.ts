import type { Span } from '../types';
import type { Lexicon } from './lexicon';
import type { Mention } from './mentions';

/**
 * "The AUKUS partners pooled their research in 2022. They admitted South Korea the following year",
 * "Britain, Australia and the US launched AUKUS. The trio has since grown into a quartet": a sentence
 * whose subject is "they", "the trio", "the three (nations)" or "the partners" continues the one before, when that one
 * named the organisation with its members (as a list of them, or as "the AUKUS partners"). The
 * members acting together are the organisation acting: the subject is read as a mention of it.
 */
const SUBJECT = /^[\s*_>]*(?:(?:in|on|by|after|later|then|soon|an? (?:day|week|month|year|fortnight|few (?:days|weeks|months|years))s? later|(?:days|weeks|months|years) later|(?:that|this|which) (?:is|was) why|hence|the (?:same|following|next) (?:month|year)|that (?:month|year)|to (?:that|this) end|for (?:that|this) reason|as a result|accordingly|therefore|thus|so|meanwhile|together|instead)\b[^,;]{0,30}?,?\s+)?(?<who>they|the trio|the three(?: (?:nations|countries|partners|governments|allies|members|founders|leaders))?|the (?:partners|allies|members|signatories|member (?:states|countries|nations|governments)))(?= (?:[a-z]+ly |have |has |had |then |since |also |later |soon )*[a-z]+\b)/i;
/** "the (three) AUKUS partners": the name with a plural of its members. */
const MEMBERS_NOUN = /^(?:['’]s?)?\s+(?:partners|governments|allies|members|nations|countries|leaders|capitals|founders)\b/;

export function addTheMembers(text: string, mentions: Mention[], sentences: readonly Span[], lexicon: Lexicon): void {
  let added = false;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const m = SUBJECT.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (!m) continue;
    const at = s.start + m.index + m[0].length - m.groups!.who.length;
    // The subject must be the sentence's first name: nothing the packs know stands before it, or on it.
    if (mentions.some((x) => x.start >= s.start && x.start < at + m.groups!.who.length)) continue;
    const who = m.groups!.who;
    const org = namedWithItsMembers(text, mentions, sentences[i - 1], lexicon) ?? (PLAIN_MEMBERS.test(who) ? namedAlone(mentions, sentences[i - 1]) : undefined) ??
      (COUNTED_MEMBERS.test(who) ? namedWithSize(mentions, sentences[i - 1], lexicon, 3) : undefined);
    if (!org) continue;
    mentions.push({ type: 'org', id: org, start: at, end: at + m.groups!.who.length, viaAnaphor: true });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * "AUKUS's second pillar covers cyber … The partners have ruled out …": "the partners" (allies,
 * members) are the members of the one organisation the sentence before named, when it named no
 * country that could be the partners instead.
 */
const PLAIN_MEMBERS = /^the (?:partners|allies|members|signatories|member )/i;
function namedAlone(mentions: readonly Mention[], s: Span): string | undefined {
  const inside = mentions.filter((x) => x.start >= s.start && x.end <= s.end);
  const orgs = new Set(inside.flatMap((x) => (x.type === 'org' ? [x.id] : [])));
  return orgs.size === 1 && !inside.some((x) => x.type === 'other' || (x.type === 'entity' && !x.adjective)) ? [...orgs][0] : undefined;
}

/**
 * "Japan could one day sit in AUKUS. After all, the three partners have already invited it": "the three
 * partners" are the members of the one organisation the sentence before named, when it has three.
 */
const COUNTED_MEMBERS = /^the three (?:nations|countries|partners|governments|allies|members|founders|leaders)$/i;
function namedWithSize(mentions: readonly Mention[], s: Span, lexicon: Lexicon, size: number): string | undefined {
  const orgs = new Set(mentions.flatMap((x) => (x.type === 'org' && x.start >= s.start && x.end <= s.end ? [x.id] : [])));
  const [org] = orgs;
  return orgs.size === 1 && lexicon.orgOfSize(size)?.org === org ? org : undefined;
}

/** The organisation the sentence names together with its members, if it does. */
function namedWithItsMembers(text: string, mentions: readonly Mention[], s: Span, lexicon: Lexicon): string | undefined {
  const inside = mentions.filter((x) => x.start >= s.start && x.end <= s.end);
  for (const o of inside) {
    if (o.type !== 'org') continue;
    if (MEMBERS_NOUN.test(text.slice(o.end, s.end))) return o.id;
    const ids = inside.flatMap((x) => (x.type === 'entity' ? [x.id] : []));
    if (ids.length >= 2 && lexicon.orgOfMembers(ids) === o.id) return o.id;
  }
  return undefined;
}
