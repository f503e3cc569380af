import type { Span } from '../types';

/**
 * Fact-check layouts: "Claim: Tokyo joined AUKUS. Verdict: False." and "Myth: … Fact: …". The
 * labelled sentence is someone else's claim under review, not the writer's; the verdict the writer
 * gives it is their assertion. A claim rated true is read as asserted; one rated false is wrong
 * only if everything in it is true; one rated otherwise ("Half true", "Unproven") says nothing.
 *
 * A bare "Claim:" with no verdict stays the writer's own (a student's claim–evidence–reasoning
 * paragraph); a "Myth:" is false by its label; a "Rumour:" with no verdict is someone else's.
 */
export const CLAIM_LABEL = /^[\s>*_#-]*(?:(?:the|a|viral|false|popular|common|online|social media)\s+)*(claims?|rumou?rs?|allegations?|myths?|misconceptions?|misperceptions?|fictions?|falsehoods?)\s*[:—–]\s*/i;
const MAY_BE_RATED = /\b(?:claims?|rumou?rs?|allegations?|myths?|misconceptions?|misperceptions?|fictions?|falsehoods?)\s*[:—–]/i;
const FALSE_BY_LABEL = /^(?:myth|misconception|misperception|fiction|falsehood)/i;
const NEEDS_VERDICT = /^(?:rumou?r|allegation)/i;
/** "Verdict: False", "Our rating: Mostly false", "Fact: the partners said …" (raw Markdown too: "**Verdict:** False"). */
const VERDICT_LABEL = /(?:^|[.;!]\s+|\s[—–]\s*)[>*_\s-]*(?:(?:our|the)\s+)?(verdict|rating|ruling|finding|conclusion|assessment|fact[- ]check|reality|truth|the facts?|facts?)\s*[:—–]\s*[*_"“]*\s*([\p{L}-]+(?:\s+[\p{L}-]+)?)/giu;
const FALSE_VALUE = /^(?:false|mostly false|untrue|not true|wrong|incorrect|fake|fabricated|misleading|denied|baseless|unfounded|pants on fire|debunked|myth|no|bogus|inaccurate|unsupported|fiction)\b/i;
const TRUE_VALUE = /^(?:true|mostly true|correct|accurate|confirmed|right|yes|verified)\b/i;
/** Only a plain "False" turns over into "True"; "Misleading" or "Denied by …" has no one-word opposite. */
const FLIPPABLE = /^(?:false|untrue|wrong|incorrect|fake|inaccurate)$/i;
/** A fact set against a claim ("Fact: the three allies asked Tokyo …") rates it false unless it says "True". */
const FACT_LABEL = /^(?:reality|truth|the facts?|facts?)$/i;
const RATING_LABEL = /^(?:verdict|rating|ruling|fact[- ]check)$/i;

export interface Rating {
  verdict: 'false' | 'true' | 'unrated';
  /** The word that rates the claim false, and the word a fix writes in its place. */
  flip?: { span: Span; text: string; inNextBlock: boolean; title: string };
}

/** Whether a block may hold a fact-check layout: the cheap test before any other. */
export function mayBeRated(text: string): boolean {
  return MAY_BE_RATED.test(text) || QUOTED_THEN_DENIED.test(text);
}

/**
 * '"Japan is in AUKUS now." No, it isn't, mate.': a sentence in quotation marks answered by a denial
 * is someone's claim rated false in the same breath, as "Claim: … Verdict: False" is.
 */
const DENIAL = '(?:no|nope|wrong|false|not true|nonsense|rubbish|untrue)\\b';
const QUOTED_THEN_DENIED = new RegExp(`["“][^"”]{8,}[.!?]["”]\\s+${DENIAL}`, 'i');
const QUOTED_SENTENCE = /^[\s>*_]*["“][^"”]+["”][\s*_]*$/;
const DENIAL_OPENER = new RegExp(`^\\s+${DENIAL}`, 'i');

/**
 * The rating a fact-check layout gives the claim in `sentence` (block offsets), if that sentence is
 * labelled as one. `nextBlock`: the paragraph after, which may give the verdict ("**Claim:** …"
 * then "**Verdict:** False.").
 */
export function ratingOf(text: string, sentence: Span, nextBlock?: string): Rating | undefined {
  if (QUOTED_SENTENCE.test(text.slice(sentence.start, sentence.end)) && DENIAL_OPENER.test(text.slice(sentence.end))) return { verdict: 'false' };
  const label = CLAIM_LABEL.exec(text.slice(sentence.start, sentence.end));
  if (!label) return undefined;
  const kind = label[1];
  const verdict = verdictAfter(text, sentence.start + label[0].length, false)
    ?? (nextBlock !== undefined && opensWithVerdict(nextBlock) ? verdictAfter(nextBlock, 0, true) : undefined);
  if (FALSE_BY_LABEL.test(kind)) {
    if (verdict?.verdict === 'true') return verdict;
    // A myth that is true is relabelled a fact.
    const at = sentence.start + label[0].lastIndexOf(kind);
    return { verdict: 'false', flip: { span: { start: at, end: at + kind.length }, text: capitalLike(kind, 'fact'), inNextBlock: false, title: `Relabel it "${capitalLike(kind, 'fact')}"` } };
  }
  if (verdict) return verdict;
  return NEEDS_VERDICT.test(kind) ? { verdict: 'unrated' } : undefined;
}

/** Whether a block opens with a verdict label: the verdict on a claim labelled in the block before. */
export function opensWithVerdict(text: string): boolean {
  VERDICT_LABEL.lastIndex = 0;
  return VERDICT_LABEL.exec(text)?.index === 0;
}

function verdictAfter(text: string, from: number, inNextBlock: boolean): Rating | undefined {
  VERDICT_LABEL.lastIndex = from;
  const m = VERDICT_LABEL.exec(text);
  if (!m) return undefined;
  const value = m[2];
  if (TRUE_VALUE.test(value)) return { verdict: 'true' };
  if (FALSE_VALUE.test(value)) {
    const word = /^\p{L}+/u.exec(value)![0];
    if (!FLIPPABLE.test(word)) return { verdict: 'false' };
    const at = m.index + m[0].length - value.length;
    const text = capitalLike(word, 'true');
    return { verdict: 'false', flip: { span: { start: at, end: at + word.length }, text, inNextBlock, title: `Correct the verdict to "${text}"` } };
  }
  // "Rating: Half true" rates it neither way; "Conclusion: the pact …" is no rating at all.
  return FACT_LABEL.test(m[1]) ? { verdict: 'false' } : RATING_LABEL.test(m[1]) ? { verdict: 'unrated' } : undefined;
}

function capitalLike(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
