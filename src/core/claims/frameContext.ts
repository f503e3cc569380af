import type { Span } from '../types';
import type { PackFact } from '../facts/packTypes';
import { assess, splitClauses, withoutGap, type Assessment, type Span2 } from './context';
import { markerAt, tokensIn, type Template, type Token } from './template';

/** What every frame sees of one sentence. */
export interface SentenceContext {
  text: string;            // block prose
  sentence: Span;          // in block prose
  template: Template;
  clauses: Span2[];        // in template offsets
  previous?: Template;     // the sentence before, in the same block
  facts: readonly PackFact[];
  /** The organisation the block's story is about when it names none (see Lexicon.contextOf). */
  contextOrg?: string;
  /** The sentence is (part of) a heading: a title, whose noun phrases stand for statements. */
  heading?: boolean;
  /** The clauses' texts, filled on first use. */
  pieces?: string[];
  /** The next sentence bears out what this one reports ("Some reports say Japan joined. That is true."). */
  endorsedByNext?: boolean;
}

export function makeContext(text: string, sentence: Span, template: Template, previous: Template | undefined,
  facts: readonly PackFact[], contextOrg?: string, heading = false): SentenceContext {
  return { text, sentence, template, clauses: splitClauses(template.text), previous, facts, contextOrg, heading };
}

/**
 * "AUKUS, often loosely called a trilateral pact, actually has four members": an aside between the
 * name and its verb that names nothing (a date at most) leaves the name the verb's subject.
 */
export const ASIDE_AFTER_NAME = ",\\s(?:which|that|like|unlike|often|long|sometimes|once|now|also|widely|originally|usually|commonly|first|still|already|so-called|dubbed|billed|described|called|known|seen|hailed|touted|lauded|praised|criticised|criticized|branded|regarded|viewed)\\b(?:[^,;⟦]|⟦[DG]\\d+⟧){1,80},";

/** Global copies of frame patterns, compiled once (compiling per sentence dominated the profile). */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** A frame's match within a clause, with offsets into the sentence template. */
export interface ClauseMatch { m: RegExpExecArray; clause: Span2; start: number; end: number }

/**
 * Runs `pattern` over each clause that holds every one of `markers`. Returns an array (not a generator) and reuses the clause
 * texts: with ~50 frames a sentence, the bookkeeping cost more than the regexes themselves.
 */
export function matchClauses(ctx: SentenceContext, pattern: RegExp, markers: readonly string[] = []): ClauseMatch[] {
  let re = pattern.global ? pattern : globalCopies.get(pattern);
  if (!re) globalCopies.set(pattern, (re = new RegExp(pattern.source, pattern.flags + 'g')));
  const pieces = ctx.pieces ??= ctx.clauses.map((c) => withoutGap(ctx.template.text.slice(c.start, c.end), c, c.start));
  const out: ClauseMatch[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i], clause = ctx.clauses[i];
    // A frame that needs a list (⟦L) or the organisation (⟦O) cannot match a clause without one.
    if (markers.length && !markers.every((k) => piece.includes(k))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      out.push({ m, clause, start: clause.start + m.index, end: clause.start + m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/**
 * Where a noun phrase's own modifiers start: the two words before it ("a possible AUKUS member",
 * "would-be AUKUS partner"). A noun-phrase frame reads hedges from there, not from the clause's verb
 * ("Australia will buy boats under a plan unveiled by the leaders of the four AUKUS nations").
 * Undefined for a predicate ("AUKUS could become a four-nation pact", "turning AUKUS into a four-member
 * pact"): the verb's mood is the claim's.
 */
const PREDICATE_BEFORE = /\b(?:be|become|becomes|became|becoming|is|are|was|were|been|being|remains?|remained|turns? into|turned into|grows? into|grew into|evolves? into|evolved into|(?:turn|make|transform|convert|remake|expand)(?:s|ed|ing)? ⟦O\d+⟧ into)\s+(?:(?:a|an|the)\s+)?$/i;
const TALKED_OF = /\b(?:(?:talk(?:s|ed|ing)?|dream(?:s|ed|t|ing)?) (?:of|about)|(?:calls?|proposals?|push(?:es)?|pleas?|hopes?|campaigns?|demands?|appetite|case) for) (?:a|an) (?:[\w'-]+ )?["“]?$/i;
export function nounPhraseStart(ctx: SentenceContext, start: number): number | undefined {
  const before = ctx.template.text.slice(Math.max(0, start - 40), start);
  if (PREDICATE_BEFORE.test(before)) return undefined;
  // "talk of a four-nation AUKUS", "calls for a four-member AUKUS": the phrase is only talked of or
  // asked for (see HEDGE).
  const talkedOf = TALKED_OF.exec(before);
  if (talkedOf) return start - talkedOf[0].length;
  // A definite phrase opens with its determiner: "will discuss the AUKUS alliance" (its "the" inside
  // the name's mention), "to discuss the newly formed AUKUS alliance"; the verb before it is the
  // clause's. ("If a four-member AUKUS emerges": an indefinite one keeps the two words before it.)
  if (DETERMINER_FIRST.test(ctx.text.slice(ctx.template.toProse(start), ctx.template.toProse(start) + 6))) return start;
  const determined = DETERMINED_BEFORE.exec(before);
  return start - (determined ?? /(?:[\w'-]+ ){0,2}$/.exec(before)!)[0].length;
}
const DETERMINER_FIRST = /^(?:the|its|their|this|that)\s/i;
const DETERMINED_BEFORE = /\b(?:the|its|their|this|that)\s+(?:[\w'-]+\s+){0,2}$/i;

/**
 * "A four-nation AUKUS would need a new acronym", "an AUKUS that took in Japan would…": the bare name
 * under "a" is one version of the organisation, which the rest of its clause may only suppose, so
 * the clause's hedges reach it ("A four-nation AUKUS was launched in 2021" still asserts it; "a
 * four-nation AUKUS pact" and "AUKUS, a four-nation pact" describe the organisation). Not as a
 * predicate ("the pact is now a four-nation AUKUS in all but name"), which says what it is.
 */
const INDEFINITE_BEFORE = /(?:^|[^\w'’-])(?:a|an)\s+(?:(?!(?:of|in|to|with|for|from|by|on|at|into|under|within|and|or)\b)[\w-]+\s+){0,2}$/i;
const PREDICATE = /\b(?:is|are|was|were|be|been|being|becomes?|became|remains?|remained)\s+(?:now\s+|already\s+|still\s+|effectively\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;
/** The name alone, as a noun: not "an AUKUS member", "an AUKUS pact", "AUKUS's". */
const NAME_ALONE = /^⟦O\d+⟧(?=\s*(?:$|[,;:.!?)—–]|(?:that|which|with|without|would|could|might|may|will|must|should|is|was|of|in|where|whose|including|minus|plus|led|run|built|modell?ed|made|for|to)\b))/i;
export function versionOfTheName(ctx: SentenceContext, org: Token): boolean {
  const at = markerAt(ctx.template, org);
  const before = ctx.template.text.slice(Math.max(0, at - 40), at);
  if (!INDEFINITE_BEFORE.test(before) || PREDICATE.test(before) || !NAME_ALONE.test(ctx.template.text.slice(at))) return false;
  // The mention may have taken in its noun ("AUKUS pact" is one mention): only the bare name.
  return !/\s/.test(ctx.text.slice(org.start, org.end).trim());
}

export interface AssessFor {
  speakers?: readonly string[];
  speakerEntities?: readonly string[];
  futureIsHedge?: boolean;
  negationEnd?: number;
  negationFrom?: number;
  extraHedge?: RegExp;
  hedgeToClauseEnd?: boolean;
  hedgeFrom?: number;
  ignoreFalsity?: boolean;
  plansAreWork?: boolean;
}

export function assessMatch(ctx: SentenceContext, clause: Span2, start: number, end: number, o: AssessFor = {}): Assessment {
  return assess(ctx.template.text, clause, { start, end }, {
    speakers: o.speakers ?? [], speakerEntities: o.speakerEntities ?? [], futureIsHedge: o.futureIsHedge ?? true,
    negationEnd: o.negationEnd ?? end, negationFrom: o.negationFrom, previous: ctx.previous?.text, extraHedge: o.extraHedge, hedgeToClauseEnd: o.hedgeToClauseEnd, hedgeFrom: o.hedgeFrom, ignoreFalsity: o.ignoreFalsity,
    plansAreWork: o.plansAreWork, endorsedAfter: ctx.endorsedByNext,
    entitiesIn: (piece) => tokensIn(ctx.template, piece).filter((t) => t.type === 'L').flatMap((t) => t.ids),
    previousEntitiesIn: ctx.previous && ((piece) => tokensIn(ctx.previous!, piece).filter((t) => t.type === 'L').flatMap((t) => t.ids)),
  });
}

export function clauseTokens(ctx: SentenceContext, clause: Span2): Token[] {
  return tokensIn(ctx.template, withoutGap(ctx.template.text.slice(clause.start, clause.end), clause, clause.start));
}
