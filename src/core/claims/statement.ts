import type { Claim } from './claim';
import { assessMatch, clauseTokens, matchClauses, type SentenceContext } from './frameContext';
import type { PackFact } from '../facts/packTypes';
import { termsPattern } from './terms';

/*
 * Other statements of the source, checked by stance: who supports a piece of work ("Japan
 * supports the hypersonic work") and who cooperates on what ("the US and UK are helping build
 * the submarines"). A sentence about the same topic and subject with the opposite stance
 * contradicts the fact.
 */
type StatementFact = Extract<PackFact, { kind: 'statement' }>;

const SUPPORT = /\b(?:support\w*|back(?:s|ed|ing|ers?)?|welcom\w*|endors\w*|cheer\w*|favou?r\w*|prais\w*|applaud\w*|meaningful|worthwhile|valu\w*|approv\w*|embrac\w*)\b/i;
const OPPOSE = /\b(?:oppos\w*|against|object\w*|criticis\w*|criticiz\w*|condemn\w*|reject\w*|hostil\w*|disapprov\w*|resist\w*|protest\w*|denounc\w*|sceptic\w*|skeptic\w*|pointless|meaningless|worthless|useless|futile|provocative|destabilis\w*|destabiliz\w*)\b/i;
const COOPERATE = /\b(?:help\w*|cooperat\w*|co-operat\w*|collaborat\w*|work(?:s|ed|ing)? (?:together|jointly)|pool\w*|combin\w*|shar\w*|assist\w*|partner\w*|build\w*|develop\w*|jointly|together|aid|support\w*)\b/i;
const NEGATED_COOPERATION = /\b(?:no|not|never|without|refus\w* to|declin\w* to|won't|will not|cannot|can't|don't|doesn't|didn't|isn't|aren't|stopped|halted|withdr[ae]w\w* from)\b(?:\s+\w+){0,3}?\s+(?:help\w*|cooperat\w*|co-operat\w*|collaborat\w*|work\w*|pool\w*|combin\w*|shar\w*|assist\w*|partner\w*|build\w*|develop\w*|aid|support\w*|involvement|role|part)\b|\bno (?:help|assistance|support|cooperation|collaboration|role|part|joint work)\b|\brul(?:ed|es|ing|e) out (?:any )?(?:\w+ )?(?:work|cooperation|collaboration|help|assistance)\b|\b(?:pool|share|combine)\w* nothing\b/i;

export function statementClaims(ctx: SentenceContext, orgInSentence: string | undefined): Claim[] {
  const claims: Claim[] = [];
  const facts = ctx.facts.filter((f): f is StatementFact => f.kind === 'statement' && f.relation !== 'cites' && f.topic.length > 0);
  for (const fact of facts) {
    const topic = topicPattern(fact);
    // Stances are read over the whole sentence: "Japan's stance on the work: opposed".
    const whole = { start: 0, end: ctx.template.text.length };
    for (const { start, end } of matchClauses(ctx, topic)) {
      const clause = whole;
      const tokens = clauseTokens(ctx, clause);
      const named = tokens.filter((t) => t.type === 'L').flatMap((t) => t.ids).filter((id) => fact.subject.includes(id));
      const aboutOrg = orgInSentence === fact.organisation;
      if (fact.relation === 'supports' ? named.length === 0 || !aboutOrg : named.length === 0 && !aboutOrg) continue;
      const text = ctx.template.text.slice(clause.start, clause.end);
      const verdict = fact.relation === 'supports' ? stance(text) : cooperation(text);
      if (verdict === undefined) continue;
      const a = assessMatch(ctx, clause, start, end, {
        futureIsHedge: false, speakers: [], speakerEntities: fact.subject, negationEnd: clause.end,
      });
      if (!a.asserted && !/attributed/.test(a.why ?? '')) continue;
      if (!a.asserted && !speakerIsSubjectOrOrg(text, tokens, fact)) continue;
      claims.push({ kind: 'statement', sentence: ctx.sentence, organisation: fact.organisation, positive: verdict !== Boolean(a.inverted),
        entities: named, factId: fact.id });
      break;
    }
  }
  return claims;
}

const topics = new WeakMap<StatementFact, RegExp>();
function topicPattern(fact: StatementFact): RegExp {
  let re = topics.get(fact);
  if (!re) topics.set(fact, (re = new RegExp(termsPattern(fact.topic), 'g')));
  return re;
}

/** true: supports; false: opposes; undefined: says neither. */
function stance(text: string): boolean | undefined {
  const oppose = OPPOSE.test(text), support = SUPPORT.test(text);
  const negated = /\b(?:not|never|no|n't|without)\b/i.test(text);
  if (oppose && !support) return negated;
  if (support && !oppose) return !negated;
  return undefined;
}

function cooperation(text: string): boolean | undefined {
  if (NEGATED_COOPERATION.test(text)) return false;
  return COOPERATE.test(text) ? true : undefined;
}

/** "The AUKUS partners have said they will not cooperate": reporting the parties' own words. */
function speakerIsSubjectOrOrg(text: string, tokens: { type: string; ids: string[] }[], fact: StatementFact): boolean {
  const beforeSpeech = /^(.*?)\b(?:said|say|says|stated|told|announced)\b/i.exec(text)?.[1] ?? '';
  return /⟦O\d+⟧/.test(beforeSpeech) || tokens.some((t) => t.type === 'L' && t.ids.some((id) => fact.subject.includes(id)) && beforeSpeech.includes('⟦L'));
}

