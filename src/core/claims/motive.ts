import type { Claim } from './claim';
import type { PackFact } from '../facts/packTypes';
import { assessMatch, matchClauses, type SentenceContext } from './frameContext';
import { tokenOf, type Token } from './template';

/*
 * Motive facts ("AUKUS is considered a response to China's dominance"): what the organisation
 * answers. "AUKUS is a response to China", "aimed squarely at Beijing", "designed to counter
 * China's rise" agree; "not a response to China", "has nothing to do with China", "a response to
 * Russia rather than to China" deny it.
 */
type MotiveFact = Extract<PackFact, { kind: 'statement' }>;

/** What the subject may be the head of: "China's rise", "the rise of China", "Chinese" is not read. */
const OF_IT = "(?:the )?(?:(?:rise|growth|power|dominance|domination|assertiveness|expansion|influence|ambitions?|threat|military build-?up|coercion) of (?:the )?)?";
const ANSWERS = [
  '(?:an? |the )?(?:[\\w-]+ )?(?:response|reaction|answer|riposte|counter|counterweight|counterbalance|bulwark|hedge) (?:to|against)',
  '(?:aimed|directed|targeted|pointed)(?: [\\w]+ly)? at',
  '(?:designed |meant |intended |built |created |formed |set up )?to (?:counter|contain|deter|check|balance|counterbalance|push back (?:against|on)|respond to|blunt|offset)',
].join('|');
/** The organisation, then how it answers, then the subject. */
const MOTIVE = new RegExp(`(?<o>⟦O\\d+⟧)(?:(?!⟦O)[^;])*?\\b(?:${ANSWERS}) ${OF_IT}(?<s>⟦L\\d+⟧)`, 'gi');
/** "… has nothing to do with China", "… is not about China": a denial by its words. */
const UNRELATED = new RegExp(`(?<o>⟦O\\d+⟧)(?:(?!⟦O)[^;])*?\\b(?:(?:has|have|had) (?:nothing|little) to do with|(?:is|was|are|were)(?: not|n't) (?:really |primarily |mainly |chiefly )?about) ${OF_IT}(?<s>⟦L\\d+⟧)`, 'gi');
/** "… a response to Russian pressure rather than to China's dominance": the subject set aside. */
const SET_ASIDE = new RegExp(`(?<o>⟦O\\d+⟧)(?:(?!⟦O)[^;])*?\\b(?:${ANSWERS})\\b[^;⟦]{1,80}?\\b(?:rather than|instead of|and not|not)(?: to| at| against)? ${OF_IT}(?<s>⟦L\\d+⟧)`, 'gi');

export function motiveClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const facts = ctx.facts.filter((f): f is MotiveFact => f.kind === 'statement' && f.relation === 'motive');
  const claims: Claim[] = [];
  for (const [re, denied] of [[SET_ASIDE, true], [UNRELATED, true], [MOTIVE, false]] as const) {
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      const orgToken = tokenOf(ctx.template, m.groups?.o), subject = tokenOf(ctx.template, m.groups?.s);
      const fact = orgToken && subject && facts.find((f) => f.organisation === org(orgToken) && subject.ids.some((id) => f.subject.includes(id)));
      if (!fact || claims.some((c) => c.factId === fact.id)) continue;
      // Negations are read from the organisation on: "While the leaders did not name the country, AUKUS is
      // intended to counter China" is not denied by the concession before it.
      const a = assessMatch(ctx, clause, start, end, { futureIsHedge: true, negationFrom: start, negationEnd: denied ? start : end });
      if (!a.asserted) continue;
      claims.push({ kind: 'statement', sentence: ctx.sentence, organisation: fact.organisation, positive: denied === a.negated, entities: [], factId: fact.id });
    }
  }
  return claims;
}
