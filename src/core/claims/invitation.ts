import type { Claim } from './claim';
import { assessMatch, clauseTokens, matchClauses, type SentenceContext } from './frameContext';
import { tokenOf, type Token } from './template';
import type { PackFact } from '../facts/packTypes';

/*
 * Invitation frames: someone invited / asked / offered a country membership, the country was
 * invited, or an invitation is spoken of as real ("accepted the AUKUS invitation").
 */
const L = '(?<s>⟦L\\d+⟧)';
const GAP = '(?:(?!⟦[LG])[^])*?';
const VERB_FRAMES = [
  `\\binvit(?:e|es|ed|ing)\\s+(?:[\\w-]+ )?${L}`,
  `\\boffer(?:ed|s|ing)? ${L} (?:a |an |the |full |formal |permanent )*(?:seat|place|spot|membership|role|invitation|chance to join)`,
  `\\bask(?:ed|s|ing)? ${L} (?:\\w+ )?to (?:join|become|sign|take part|enter|participate)`,
  `\\bextend(?:ed|s|ing)? (?:an |the )?invitation to ${L}`,
  `${L}${GAP}\\b(?:was|were|has been|have been|had been|been|is|are|being|got|gets|get)(?: not| n't|n't| never)? (?:[\\w]+ly )?(?:invited|asked to (?:join|become|sign|take part|participate)|offered (?:a |an |full |formal )*(?:seat|place|spot|membership|invitation))`,
].map((s) => new RegExp(s, 'gi'));
const NOUN = /\b(?:invitation|invite|offer of (?:full )?(?:⟦O\d+⟧ )?membership|membership offer)\b/gi;

export function invitationClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const facts = ctx.facts.filter((f): f is Extract<PackFact, { kind: 'invitation' }> => f.kind === 'invitation');
  if (facts.length === 0) return [];
  const claims: Claim[] = [];
  const opts = (f: Extract<PackFact, { kind: 'invitation' }>, negationEnd?: number) =>
    ({ speakers: f.saidBy, speakerEntities: [f.entity], futureIsHedge: true, negationEnd });

  for (const re of VERB_FRAMES) {
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      const invitee = tokenOf(ctx.template, m.groups?.s);
      const orgToken = groupingOf(ctx, clause);
      const fact = invitee && orgToken && facts.find((f) => invitee.ids.includes(f.entity) && f.organisation === org(orgToken));
      if (!fact || !invitee || !orgToken) continue;
      const a = assessMatch(ctx, clause, start, end, opts(fact));
      if (a.asserted) claims.push(claim(ctx, fact, invitee, !a.negated));
    }
  }
  for (const { clause, start, end } of matchClauses(ctx, NOUN)) {
    const tokens = clauseTokens(ctx, clause);
    const orgToken = groupingOf(ctx, clause);
    const invitee = tokens.find((t) => t.type === 'L' && facts.some((f) => t.ids.includes(f.entity)));
    const fact = invitee && orgToken && facts.find((f) => invitee.ids.includes(f.entity) && f.organisation === org(orgToken));
    if (!fact || !invitee) continue;
    // A noun's negation may come after it: "an invitation was never extended to Tokyo".
    const a = assessMatch(ctx, clause, start, end, opts(fact, clause.end));
    if (a.asserted) claims.push(claim(ctx, fact, invitee, !a.negated));
  }
  return claims;
}

/** The organisation the clause is about, unless another grouping is named there too. */
function groupingOf(ctx: SentenceContext, clause: { start: number; end: number }): Token | undefined {
  const tokens = ctx.template.tokens;
  const inSentence = tokens.filter((t) => t.type === 'O' || t.type === 'G');
  if (clauseTokens(ctx, clause).some((t) => t.type === 'G')) return undefined;
  return inSentence.find((t) => t.type === 'O');
}

function claim(ctx: SentenceContext, fact: Extract<PackFact, { kind: 'invitation' }>, invitee: Token, positive: boolean): Claim {
  return {
    kind: 'invitation', sentence: ctx.sentence, organisation: fact.organisation, positive,
    entities: [fact.entity], list: { span: { start: invitee.start, end: invitee.end }, parts: invitee.parts, exhaustive: false },
  };
}
