import type { Span } from '../types';
import { DATE_AT, parseDateMatch, type PartialDate } from './dates';
import { THREE_OF_THEM, type Lexicon } from './lexicon';
import { addTheMembers } from './theMembers';
import { addPluralReferences } from './pluralReference';
import { addSingularReferences, DESCRIPTION_NOUN, DESCRIPTION_WORDS } from './singularReference';
import { RELATIVE_DATE_UNITS, RELATIVE_DATE_WORDS, relativeDates } from './relativeDates';

/** A name, reference or date found in a block of prose (offsets into the block's prose). */
export type Mention =
  /** ids: a plural reference standing for several listed countries ("Neither is a member"; see pluralReference.ts). */
  | { type: 'entity'; id: string; start: number; end: number; adjective?: boolean; ids?: string[]; denies?: boolean }
  | { type: 'org'; id: string; start: number; end: number; viaAnaphor: boolean }
  | { type: 'other'; id: string; start: number; end: number }
  | { type: 'date'; date: PartialDate; start: number; end: number };

/** Words that may sit between an organisation's name and its noun: "AUKUS security pact" (not "groups": "AUKUS groups Australia, …" is the verb). */
const ORG_NOUN = /^(?:'s?)?\s+(?:(?:security|defence|defense|military|trilateral|three-way|three-nation|submarine|nuclear|naval)\s+)?(?:pact|alliance|partnership|grouping|bloc|agreement|arrangement|framework|club|clique|accord|compact|coalition|treaty|group(?!s)|tent|table|fold|family|camp)s?(?![\p{L}\p{N}])/u;

/**
 * "AUKUS covers submarines and hypersonics. Its members …": a bare name that opens a sentence, then a
 * word in -s, is a subject and its verb, not a modifier ("AUKUS submarine deal").
 */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?:]\s+)[\s*_>#-]*$/;
const VERB_IN_S = /^\s+(?!(?:arms|plans|talks|news|projects|programmes|programs|partners|members|nations|countries|submarines|boats)\b)[a-z]+s\s/;
function subjectThenVerb(text: string, start: number, end: number): boolean {
  return VERB_IN_S.test(text.slice(end, end + 30)) && OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

/** A name that modifies the noun after it: "AUKUS "optimal pathway"", "the AUKUS submarine deal". */
const MODIFIES_A_NOUN = /^(?:['’]s?)?\s+["“‘']?(?:(?!(?:around|about|on|over|for|with|in|at|by|from|to|into|through|under)\s)[\w-]+\s+)?(?:pathway|deal|plan|programme|program|project|submarines?|boats?|roadmap|timeline|announcement|pillar|summit|talks|meeting|initiative|scheme|policy|strategy|budget|funding|legislation|bill|review|process|research|cooperation|efforts?|agenda|initiatives|projects|programmes|story|stories|report|reports|scoop|coverage|article|news)\b/i;

/**
 * Finds the pack's names in a block and resolves references: "the alliance" or "it" name the
 * grouping last mentioned in the same block (or, for a block that opens with the reference,
 * the grouping named later in the same sentence); unresolved references are dropped.
 */
export function findMentions(text: string, lexicon: Lexicon, sentences: readonly Span[]): Mention[] {
  const raw: (Mention | { type: 'ref'; pronoun: boolean; start: number; end: number })[] = [];
  for (const h of lexicon.scan(text)) {
    const { end } = h;
    // "SSN-AUKUS boats", "anti-AUKUS protests": a name hyphened onto a word is part of another name or a modifier.
    if (h.kind === 'org' && h.start > 1 && text.charCodeAt(h.start - 1) === 45 /* - */ && /[A-Za-z]/.test(text[h.start - 2])) continue;
    // "Tokyo is officially part of #AUKUS now": a hashtag is the name.
    const start = h.kind !== 'pronoun' && h.kind !== 'anaphor' && isHashtag(text, h.start) ? h.start - 1 : h.start;
    if (h.kind === 'entity') raw.push({ type: 'entity', id: h.id, start, end, ...(h.adjective ? { adjective: true } : {}) });
    else if (h.kind === 'org') raw.push({ type: 'org', id: h.id, start, end, viaAnaphor: false });
    else if (h.kind === 'other') raw.push({ type: 'other', id: h.id, start, end });
    else raw.push({ type: 'ref', pronoun: h.kind === 'pronoun', start, end });
  }
  const out: Mention[] = [];
  let lastGroup: Mention | undefined;
  /** "it" does not stand for a name used as a modifier ("the AUKUS optimal pathway … since it was announced"). */
  let lastGroupModifies = false;
  /** The grouping named before the last one, for an "it" likened to the last ("Like the Quad, it …"). */
  let groupBefore: Mention | undefined;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.type !== 'ref') {
      if (r.type === 'org') {
        // Fold a following noun into the name: "AUKUS pact" is one mention of AUKUS.
        const noun = ORG_NOUN.exec(text.slice(r.end));
        if (noun) {
          const end = r.end + noun[0].length;
          while (i + 1 < raw.length && raw[i + 1].start < end) i++;
          out.push({ ...r, end });
          if (lastGroup && lastGroup.type !== 'date' && lastGroup.id !== r.id) groupBefore = lastGroup;
          lastGroup = r;
          lastGroupModifies = false;
          continue;
        }
      }
      out.push(r);
      if (r.type === 'org' || r.type === 'other') {
        if (lastGroup && lastGroup.type !== 'date' && lastGroup.id !== r.id) groupBefore = lastGroup;
        lastGroup = r;
        lastGroupModifies = MODIFIES_A_NOUN.test(text.slice(r.end, r.end + 60)) && !subjectThenVerb(text, r.start, r.end);
      }
      continue;
    }
    // "… admired the AUKUS submarine model. It acceded to the pact": an "it" that the same sentence
    // sets beside the pact itself is not the modified noun; it is read on (see the pronoun frames).
    if (r.pronoun && lastGroup && lastGroupModifies && !joinsThePactLater(text, raw, i, sentences)) {
      // "AUKUS grew out of talks at the G7 summit … It was launched a year later": the pact that opened
      // the sentence before as its subject, not the name that modifies "summit".
      const subject = pactOpeningSentenceBefore(text, raw, i, sentences);
      if (subject) out.push({ type: 'org', id: subject.id, start: r.start, end: r.end, viaAnaphor: true });
      continue;
    }
    if (r.pronoun && (EXPLETIVE_IT.test(text.slice(r.start, r.start + 80)) || A_JOINERS_ITS.test(text.slice(r.start, r.start + 40)))) continue;
    if (r.pronoun && PUT_IT.test(text.slice(r.start, r.start + 6)) && PUT_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start))) continue;
    const invited = r.pronoun ? invitedCountry(text, raw, i, sentences) : undefined;
    if (invited) { out.push({ type: 'entity', id: invited.id, start: r.start, end: r.end }); continue; }
    if (r.pronoun && lastGroup && subjectHoldsIt(text, raw, i, lastGroup, sentences)) continue;
    // "AUKUS is often compared with the Quad. Like the Quad, it (the pact) has four members": what is likened to a grouping is not it.
    if (lastGroup && groupBefore && LIKENED_BEFORE.test(text.slice(Math.max(0, lastGroup.start - 12), r.start)) && text.slice(lastGroup.end, r.start).length < 20) {
      if (groupBefore.type === 'org') out.push({ type: 'org', id: groupBefore.id, start: r.start, end: r.end, viaAnaphor: true });
      continue;
    }
    const ahead = r.pronoun ? subjectAhead(text, raw, i, sentences) : undefined;
    if (ahead) { out.push({ type: 'entity', id: ahead.id, start: r.start, end: r.end }); continue; }
    let target = lastGroup ?? (r.pronoun && countryBefore(raw, i, sentences) ? undefined : laterInSentence(text, raw, i, sentences, r.pronoun)) ?? contextGroup(text, lexicon, r.pronoun);
    // Tried last, and only then: a noun the sentence's members name ("the partnership between Canberra, London and Washington").
    const byMembers = target === undefined && !r.pronoun ? membersInSentence(text, raw, i, sentences, lexicon) : undefined;
    target ??= byMembers;
    const sized = target || r.pronoun ? undefined : sizedGroup(text, raw, r, lexicon, sentences);
    // "… announced the trilateral pact by video link. Tokyo joined the alliance …": a sized group is
    // the group later references point back to.
    if (sized) { out.push(sized); lastGroup = sized; lastGroupModifies = false; continue; }
    if (target?.type === 'org') {
      out.push({ type: 'org', id: target.id, start: r.start, end: r.end, viaAnaphor: true });
      // "… the partnership between Canberra, London and Washington. It was inaugurated …": a noun its members name is what "it" then refers to.
      if (target === byMembers) { lastGroup = out[out.length - 1]; lastGroupModifies = false; }
    } else if (target?.type === 'other' && !r.pronoun) out.push({ type: 'other', id: target.id, start: r.start, end: r.end });
  }
  if (LATTER.test(text)) addFormerAndLatter(text, raw, out);
  if (sentences.length > 1 && THEM_WORDS.test(text)) addTheMembers(text, out, sentences, lexicon);
  if (sentences.length > 1 && PLURAL_WORDS.test(text)) addPluralReferences(text, out, sentences);
  if (sentences.length > 0 && DESCRIPTION_NOUN.test(text) && DESCRIPTION_WORDS.test(text)) addSingularReferences(text, out, sentences);
  const dates = findDates(text);
  if (dates.length && RELATIVE_DATE_UNITS.test(text) && RELATIVE_DATE_WORDS.test(text)) {
    const relative = relativeDates(text, dates as (Mention & { type: 'date' })[], sentences);
    if (relative.length) return mergeByStart(out, [...dates, ...relative.map((d): Mention => ({ type: 'date', ...d }))].sort((a, b) => a.start - b.start));
  }
  return mergeByStart(out, dates);
}

/**
 * "India and Australia both sit in the Quad. The latter is not an AUKUS member": "the former" and
 * "the latter" name the first and last of the nearest coordinated names before them ("X and Y",
 * "both AUKUS and the Quad", "the Quad but not AUKUS"), as a reader takes them.
 */
const THEM_WORDS = /\b(?:[Tt]hey|trio|three|[Tt]he (?:partners|allies|members|signatories|member))\b/;
const PLURAL_WORDS = /\b(?:[Nn]either|[Bb]oth|[Nn]one|[Aa]ll|[Ee]ach|[Tt]hey|[Tt]heir|[Tt]he (?:two|pair|three|four|five))\b/;
const LATTER = /\b[Tt]he (former|latter)\b/;
const COORDINATED = /^\s*(?:,\s*|\s(?:and|or|&)\s+|,\s*(?:and|or)\s+|,?\s(?:but|and)\s+not\s+(?:(?:to|in|of|with|from)\s+)?|,\s*not\s+(?:(?:to|in|of|with|from)\s+)?)(?:the\s+)?$/;
function addFormerAndLatter(text: string, raw: readonly { type: string; start: number; end: number }[], out: Mention[]): void {
  const names = raw.filter((r): r is Mention => r.type === 'entity' || r.type === 'org' || r.type === 'other');
  for (const ref of text.matchAll(new RegExp(LATTER.source, 'g'))) {
    const at = ref.index!;
    const before = names.filter((n) => n.end <= at);
    // The nearest run of coordinated names: walk back from the last name before the reference.
    let last = -1;
    for (let i = before.length - 1; i > 0 && last < 0; i--) {
      if (COORDINATED.test(text.slice(before[i - 1].end, before[i].start))) last = i;
    }
    if (last < 0) continue;
    let first = last;
    while (first > 0 && COORDINATED.test(text.slice(before[first - 1].end, before[first].start))) first--;
    const target = ref[1] === 'latter' ? before[last] : before[first];
    const span = { start: at, end: at + ref[0].length };
    if (target.type === 'entity') out.push({ type: 'entity', id: target.id, ...span });
    else if (target.type === 'org') out.push({ type: 'org', id: target.id, ...span, viaAnaphor: true });
    else if (target.type === 'other') out.push({ type: 'other', id: target.id, ...span });
  }
  out.sort((a, b) => a.start - b.start);
}

/**
 * What `[...a, ...b].sort(by start)` gives, in one pass when both are already in order (as the
 * names and the dates are): the sort's comparator calls were a tenth of finding mentions.
 */
function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  if (b.length === 0) return a;
  const out: Mention[] = [];
  let i = 0, j = 0;
  // A tie keeps `a`'s mention first, as the stable sort does.
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
function inOrder(xs: readonly Mention[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i].start < xs[i - 1].start) return false;
  return true;
}

/**
 * "It's no secret that Seoul sits at the AUKUS table", "It turns out that …": an "it" that stands
 * for the clause after it refers to nothing.
 */
const EXPLETIVE_IT = /^it(?:['’]s| is| was| has been| had been)\s+(?:(?:now|also|widely|well|generally|increasingly|becoming|an open|a well-kept)\s+)*(?:(?:simply|quite|plainly|just|flatly)\s+)?(?:no secret|a secret|a fact|a given|wrong|false|untrue|incorrect|inaccurate|misleading|a mistake|a myth|not true|not the case|no coincidence|no accident|no surprise|no wonder|known|understood|believed|reported|said|rumou?red|clear|true|obvious|evident|plain|certain|likely|unlikely|possible|doubtful|worth (?:noting|remembering|recalling)|noteworthy|striking|ironic|telling|fair to say|safe to say)\b[^.;:⟦]{0,40}?\bthat\b|^it (?:seems|seemed|appears|appeared|turns out|turned out|emerged|transpired|follows)\b/i;

const JOINS_BEFORE = /\b(?:join(?:ed|s)?|acced(?:ed|es|e) to|sign(?:ed|s)? (?:up|on) to|came aboard|entered|(?:a |full )?member of|part of)\s+(?:the\s+)?$/i;
function joinsThePactLater(text: string, raw: readonly { type: string; pronoun?: boolean; start: number }[], i: number, sentences: readonly Span[]): boolean {
  const s = sentenceOf(raw[i].start, sentences);
  if (!s) return false;
  for (let k = i + 1; k < raw.length && raw[k].start < s.end; k++) {
    if (raw[k].type === 'org' || (raw[k].type === 'ref' && !raw[k].pronoun)) return JOINS_BEFORE.test(text.slice(raw[i].start, raw[k].start));
  }
  return false;
}

/** The organisation that opens the sentence before as its subject, when "it" opens this one. */
function pactOpeningSentenceBefore(text: string, raw: readonly (Mention | { type: 'ref'; start: number; end: number })[], i: number, sentences: readonly Span[]): { id: string } | undefined {
  const k = sentences.findIndex((x) => x.start <= raw[i].start && raw[i].start < x.end);
  if (k < 1 || !/^[\s*_>]*(?:(?:but|and|yet|then|later|still)\s*,?\s+)?$/i.test(text.slice(sentences[k].start, raw[i].start))) return undefined;
  const before = sentences[k - 1];
  const first = raw.find((m) => m.start >= before.start && m.start < before.end);
  if (first?.type !== 'org' || !SUBJECT_LEAD.test(text.slice(before.start, first.start).replace(/^[\s*_>]+/, ''))) return undefined;
  if (MODIFIES_A_NOUN.test(text.slice(first.end, first.end + 60)) && !subjectThenVerb(text, first.start, first.end)) return undefined;
  return first;
}

const LIKENED_BEFORE = /\b(?:[Ll]ike|[Uu]nlike|[Aa]s with|[Ss]imilar to|[Ll]ess like|[Mm]ore like)\s+(?:the\s+)?\S+(?:\s+\S+)?\s*,\s*(?:the\s+)?$/;

/** "As one tabloid put it, …", "as the Sankei would have it": the "it" is the wording, not a pact. */
const PUT_IT = /^it\s*[,:—–]/i;
const PUT_BEFORE = /\b(?:put|puts|putting|phrased|phrases|phrasing|have|has|had)\s+$/i;

/**
 * "Japan is not a member of AUKUS, but in 2024 it began consultations …": when a country opens the
 * sentence and the pact is only the complement of its verb ("a member of", "joined", "in"), an "it"
 * in a later clause of that sentence is the country, as the subject of a sentence is what a reader
 * carries on with.
 */
const SUBJECT_LEAD = /^(?:(?:but|and|yet|so|however|still|today|now),?\s+)?(?:the\s+)?$/i;
/** The words that make the pact a complement: "a member of", "in", "joined". */
const COMPLEMENT_WORD = '(?:of|in|to|into|from|with|out of|outside|joined|joins?|left)';
const PACT_AS_COMPLEMENT = new RegExp(`^\\s+(?!and\\b|or\\b)[^,;:()—–]{0,80}?\\b${COMPLEMENT_WORD}\\s+(?:the\\s+)?$`, 'i');
/** What only a pact does: "it was founded", "it has three members", "its founding". */
const PACT_PREDICATE = /^it(?:s\s+(?:\w+\s+)?(?:members?|membership|founding|founders?|launch|creation|partners)\b|\s+(?:was|had been|has been|is)\s+(?:\w+ly\s+)?(?:founded|launched|established|created|formed|announced|set up|unveiled|born)\b|\s+(?:has|had|comprises|includes|counts)\s+(?:\w+\s+){0,2}members\b)/i;
/** "… but is not, strictly speaking, a member of it": an "it" after "member of" or "joined" is still the pact. */
const PACT_BEFORE_IT = new RegExp(`\\b${COMPLEMENT_WORD}\\s+$`, 'i');
const CLAUSE_BREAK = /(?:,\s*(?:but|and|yet|so|while|although|though)\b|;|\s(?:but|yet)\s)/i;
function subjectHoldsIt(text: string, raw: readonly { type: string; start: number; end: number }[], i: number, group: Mention, sentences: readonly Span[]): boolean {
  const s = sentenceOf(raw[i].start, sentences);
  if (!s || group.start < s.start || PACT_PREDICATE.test(text.slice(raw[i].start, raw[i].start + 60)) || PACT_BEFORE_IT.test(text.slice(group.end, raw[i].start))) return false;
  const first = raw.find((m) => m.start >= s.start);
  if (!first || first.type !== 'entity' || !SUBJECT_LEAD.test(text.slice(s.start, first.start))) return false;
  return PACT_AS_COMPLEMENT.test(text.slice(first.end, group.start)) && CLAUSE_BREAK.test(text.slice(group.end, raw[i].start));
}

/**
 * "Although it is an AUKUS member, Berlin has stayed out of …": an "it" opening a fronted
 * subordinate clause points ahead to the subject of the main clause, a country named right after
 * the comma.
 */
const FRONTED_SUBORDINATOR = /^[\s*_>]*(?:although|though|even though|while|whilst|because|since|as|when|once|now that)\s+$/i;
const MAIN_SUBJECT_LEAD = /^,\s*(?:the\s+)?$/;
type EntityMention = Extract<Mention, { type: 'entity' }>;
function subjectAhead(text: string, raw: readonly { type: string; start: number; end: number }[], i: number, sentences: readonly Span[]): EntityMention | undefined {
  const s = sentenceOf(raw[i].start, sentences);
  if (!s || !FRONTED_SUBORDINATOR.test(text.slice(s.start, raw[i].start)) || !/^it$/i.test(text.slice(raw[i].start, raw[i].end))) return undefined;
  const comma = text.indexOf(',', raw[i].end);
  if (comma < 0 || comma >= s.end) return undefined;
  const subject = raw.find((m) => m.start > comma);
  return subject?.type === 'entity' && MAIN_SUBJECT_LEAD.test(text.slice(comma, subject.start)) ? subject as EntityMention : undefined;
}

/**
 * "Japan has not joined AUKUS. It has, however, been invited to", "Japan is a close US ally. It was
 * invited to join AUKUS": a pact is not invited, so an "it" that is invited is the country that
 * opened the sentence before (or, after a comma and a conjunction, the clause before) as its subject.
 */
const IT_INVITED = /^it\s+(?:(?:has|had|was|is)(?=[\s,])\s*)?(?:,[^,;]{1,30},\s+)?(?:(?:\w+ly|also|even|since|later|then|never|not)\s+)?(?:(?:been|not been|never been)\s+)?(?:\w+ly\s+)?(?:invited|asked to join|offered (?:a |membership|a place|a seat)|approached about|sounded out)\b/i;
/** "It still has not answered the pact's invitation to join": only an invitee acts on an invitation. */
const IT_ACTS_ON_INVITATION = /^it\s+(?:(?:still|also|even|never|not|yet|has|had|have|did|does|was|is|n't)\s+){0,4}(?:answered|answer|accepted|accept|declined|decline|rejected|reject|turned down|turn down|responded to|respond to|considered|consider|weighed|weigh|received|receive|got|taken up|took up|take up)\s+(?:(?:the|an|its|their)\s+)?(?:(?:pact|alliance|partnership|group|bloc|AUKUS)['’]s?\s+)?(?:[\w-]+\s+)?(?:invitation|offer|invite)\b/i;
const IT_OPENS = /(?:^|,\s+(?:but|and|yet|though)\s+)[\s*_>]*(?:(?:but|yet|however|still|and|in fact|indeed|instead)\s*,?\s+)?$/i;
function invitedCountry(text: string, raw: readonly { type: string; start: number; end: number }[], i: number, sentences: readonly Span[]): EntityMention | undefined {
  const at = raw[i].start;
  const k = sentences.findIndex((x) => x.start <= at && at < x.end);
  if (k < 0) return undefined;
  const lead = text.slice(sentences[k].start, at);
  // "After all, the three partners have already invited it": the object of an invitation.
  if (INVITED_IT.test(lead) && /^it\b/i.test(text.slice(at, at + 3))) return subjectOf(text, raw, sentences[k]) ?? (sentences[k - 1] && subjectOf(text, raw, sentences[k - 1]));
  if (!IT_INVITED.test(text.slice(at, at + 80)) && !IT_ACTS_ON_INVITATION.test(text.slice(at, at + 100))) return undefined;
  if (!IT_OPENS.test(lead)) return undefined;
  // Opening the sentence: the subject of the sentence before; after ", but": the subject of this one.
  const s = lead.trim() === '' || /^[\s*_>]*(?:(?:but|yet|however|still|and|in fact|indeed|instead)\s*,?\s+)?$/i.test(lead) ? sentences[k - 1] : sentences[k];
  return s && subjectOf(text, raw, s);
}
const INVITED_IT = /\b(?:invited|invites|invite|asked|asks|offered|offers|approached|sounded out)\s+$/i;
/** The country that opens a sentence as its subject, if one does. */
function subjectOf(text: string, raw: readonly { type: string; start: number; end: number }[], s: Span): EntityMention | undefined {
  const first = raw.find((m) => m.start >= s.start && m.start < s.end);
  return first?.type === 'entity' && SUBJECT_LEAD.test(text.slice(s.start, first.start).replace(/^[\s*_>]+/, '')) && !(first as EntityMention).adjective ? first as EntityMention : undefined;
}

function isHashtag(text: string, at: number): boolean {
  return at > 0 && text.charCodeAt(at - 1) === 35 /* # */ && (at === 1 || /[\s(]/.test(text[at - 2]));
}

/** The sentence that holds offset `at`. */
function sentenceOf(at: number, sentences: readonly Span[]): Span | undefined {
  return sentences.find((x) => x.start <= at && at < x.end);
}

/** "After its accession to AUKUS, Japan …": what accedes to a pact is a country, never the pact. */
const A_JOINERS_ITS = /^its\s+(?:formal\s+)?(?:accession|entry|admission|induction|membership|seat)\s+(?:to|into|in|of|at|on)\b/i;

/** In a paragraph about Matsuno's denial, "the pact" is AUKUS even though AUKUS is not named. */
function contextGroup(text: string, lexicon: Lexicon, pronoun: boolean): Mention | undefined {
  const org = pronoun ? undefined : lexicon.contextOf(text);
  return org ? { type: 'org', id: org, start: 0, end: 0, viaAnaphor: true } : undefined;
}

/** Four-digit years, read with exec (matchAll clones the regex on every call). */
const YEAR = /(?:19|20)\d\d/g;

/**
 * Dates, found from their years: the full date pattern is tried only at the starts of the few
 * words before each four-digit year (room for "the twenty-seventh of September, "), not at every
 * position of the paragraph; the longest match that takes in the year wins.
 */
function findDates(text: string): Mention[] {
  const out: Mention[] = [];
  let covered = 0;
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(text); y; y = YEAR.exec(text)) {
    if (y.index < covered) continue;
    let best: RegExpExecArray | undefined;
    for (let p = Math.max(covered, y.index - 40); p <= y.index; p++) {
      if (!isWordStart(text, p)) continue;
      DATE_AT.lastIndex = p;
      const m = DATE_AT.exec(text);
      if (m && p + m[0].length >= y.index + 4 && (!best || m[0].length > best[0].length)) best = m;
    }
    if (!best) continue;
    const date = parseDateMatch(best.groups ?? {});
    const start = best.index;
    if (date) out.push({ type: 'date', date, start, end: start + best[0].length });
    covered = start + best[0].length;
  }
  return out;
}

/** Every date form starts a word with a letter or digit. */
function isWordStart(text: string, p: number): boolean {
  return isAlnum(text.charCodeAt(p)) && (p === 0 || !isAlnum(text.charCodeAt(p - 1)));
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What joins two names into one list (as in buildTemplate): commas, "and", "or". */
const JOINS = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*[-–/]\s*)$/;

/**
 * "Canberra, London and Washington invited Tokyo to become the fourth member of the pact": with no
 * grouping named before it, "the pact" is the organisation whose whole membership the same
 * sentence lists, as "the Australia-UK-US pact" is.
 */
function membersInSentence(text: string, raw: readonly { type: string; start: number; end: number; id?: string }[], i: number,
  sentences: readonly Span[], lexicon: Lexicon): Mention | undefined {
  const s = sentenceOf(raw[i].start, sentences);
  if (!s) return undefined;
  // Whole lists only: "Australia, Britain, the US and Canada" is not the membership.
  const runs: string[][] = [];
  let lastEnd = -1;
  for (const h of raw) {
    if (h.start < s.start || h.start >= s.end) continue;
    if (h.type !== 'entity') { lastEnd = -1; continue; }
    if (lastEnd < 0 || !JOINS.test(text.slice(lastEnd, h.start))) runs.push([]);
    runs[runs.length - 1].push(h.id!); lastEnd = h.end;
  }
  const org = runs.map((ids) => (ids.length > 1 ? lexicon.orgOfMembers(ids) : undefined)).find(Boolean);
  return org ? { type: 'org', id: org, start: 0, end: 0, viaAnaphor: true } : undefined;
}

/** "the trilateral pact": a size word right before the noun. */
const SIZE_BEFORE = /\b(?:trilateral|three-nation|three-way|three-country)\s+(?:(?:security|defence|defense)\s+)?$/i;
const SIZED_NOUN = /^(?:pact|alliance|partnership|grouping|bloc)$/i;

/**
 * "The trilateral pact, formed in March 2023 …", "Since the pact was founded in 2020, the three
 * partners have …": with no grouping named in the paragraph, a grouping whose sentence gives its
 * size is the only organisation of that size, unless the paragraph names a country outside it up to
 * that sentence (a US-Japan-Philippines trilateral is another pact). The mention takes in a size word before the
 * noun, so "announced the trilateral partnership" reads as "announced the ⟦O⟧".
 */
function sizedGroup(text: string, raw: readonly { type: string; start: number; end: number; id?: string }[],
  r: { start: number; end: number }, lexicon: Lexicon, sentences: readonly Span[]): Mention | undefined {
  if (!SIZED_NOUN.test(text.slice(r.start, r.end))) return undefined;
  const size = SIZE_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start));
  const s = size ? undefined : sentenceOf(r.start, sentences);
  if (!size && !(s && THREE_OF_THEM.test(text.slice(s.start, s.end)))) return undefined;
  const sized = lexicon.orgOfSize(3);
  // Countries named only after its sentence do not define the pact ("… The three nations have since been joined by Japan").
  const until = (s ?? sentenceOf(r.start, sentences))?.end ?? text.length;
  if (!sized || raw.some((h) => h.type === 'entity' && h.start < until && !sized.members.includes(h.id!))) return undefined;
  return { type: 'org', id: sized.org, start: r.start - (size?.[0].length ?? 0), end: r.end, viaAnaphor: true };
}

/**
 * "Tokyo, which swore that it had not been invited, is now an AUKUS member": a pronoun after a
 * country in its own sentence stands for the country, not for a grouping named further on (which
 * "Since it was founded, AUKUS has …" looks forward to).
 */
function countryBefore(raw: readonly { type: string; start: number }[], i: number, sentences: readonly Span[]): boolean {
  const s = sentenceOf(raw[i].start, sentences);
  for (let j = i - 1; j >= 0 && s && raw[j].start >= s.start; j--) if (raw[j].type === 'entity') return true;
  return false;
}

function laterInSentence(text: string, raw: readonly { type: string; start: number }[], i: number, sentences: readonly Span[], pronoun: boolean): Mention | undefined {
  const s = sentenceOf(raw[i].start, sentences);
  for (let j = i + 1; j < raw.length && s && raw[j].start < s.end; j++) {
    const m = raw[j] as Mention;
    // "Since its launch in March 2023, the AUKUS pathway has …": "its" is the pathway's, not the pact's.
    if (m.type === 'org' || m.type === 'other') return pronoun && MODIFIES_A_NOUN.test(text.slice(m.end, m.end + 60)) ? undefined : m;
  }
  return undefined;
}
