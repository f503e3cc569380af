import type { Span } from '../types';
import type { Claim } from './claim';
import type { Template } from './template';
import type { PackFact } from '../facts/packTypes';

/** Whether the statement's fact is said of these countries (a statement read of anyone else says nothing of it). */
function isSaidOf(facts: readonly PackFact[], factId: string | undefined, ids: readonly string[]): boolean {
  const fact = facts.find((f) => f.id === factId);
  return fact?.kind === 'statement' && ids.every((id) => fact.subject.includes(id));
}

/**
 * "Britain has been part of AUKUS since 2021. So has Canada.", "Japan has not joined AUKUS. South
 * Korea, however, has.", "South Korea was never asked to join AUKUS. **Japan was.**": a sentence of a
 * name and a bare auxiliary says of that name what the sentence before said of its subject. "So",
 * "too" and a bare auxiliary affirm it; "not", "nor" and "neither" deny it.
 */
const SO_HAS = /^[\s*_>]*(?:and\s+)?(?<lead>so|nor|neither)\s+(?:has|have|had|is|are|was|were|did|does|do)\s+(?:the\s+)?⟦L(?<l>\d+)⟧[\s*_]*[.!]?[\s*_]*$/i;
const NAME_HAS = /^[\s*_>]*(?:(?:but|yet|and)\s+)?(?:the\s+)?⟦L(?<l>\d+)⟧(?:,?\s+(?:however|though|by contrast|in contrast|on the other hand|meanwhile|for its part),?)?\s+(?:has|have|had|is|are|was|were|did|does|do)(?<not>\s+not|n['’]t)?(?:,?\s+(?:too|also|as well|either))?[\s*_]*[.!]?[\s*_]*$/i;

/** A cheap test on the prose before any template is built. */
export const MAY_BE_ELLIPSIS = /^[\s*_>]*(?:and\s+)?(?:so|nor|neither)\s+(?:has|have|had|is|are|was|were|did|does|do)\s|(?:^|\s)(?:has|have|had|is|are|was|were|did|does|do)(?:\s+not|n['’]t)?(?:\s+been)?(?:,?\s+(?:too|also|as well|either))?[\s*_]*[.!]?[\s*_]*$/i;
/**
 * "Tokyo said it had never been asked to join AUKUS. In reality, it had been.": a correction that
 * repeats only the auxiliary says the opposite of what the sentence before reported, of the same subject.
 */
const IN_REALITY = /^[\s*_>]*(?:but\s+)?(?:in (?:reality|fact|truth|actual fact)|actually|in practice),?\s+(?:it|they|he|she|⟦[LO]\d+⟧)\s+(?:has|have|had|is|are|was|were|did|does|do)(?<not>\s+not|n['’]t)?(?:\s+been)?[\s*_]*[.!]?[\s*_]*$/i;

/** The claims the elliptical sentence makes, from the membership, invitation and statement claims of the sentence before. */
export function ellipsisClaims(template: Template, sentence: Span, before: readonly Claim[], facts: readonly PackFact[]): Claim[] {
  const reality = IN_REALITY.exec(template.text);
  if (reality) {
    const positive = !reality.groups!.not;
    return before
      .filter((c) => (c.kind === 'membership' || c.kind === 'invitation') && c.entities.length === 1 && c.positive !== positive)
      .slice(0, 1)
      .map((c) => ({ kind: c.kind, sentence, organisation: c.organisation, positive, entities: [...c.entities] }));
  }
  const so = SO_HAS.exec(template.text);
  const bare = so ? null : NAME_HAS.exec(template.text);
  const m = so ?? bare;
  if (!m) return [];
  const name = template.tokens[Number(m.groups!.l)];
  if (name?.type !== 'L') return [];
  const positive = so ? so.groups!.lead.toLowerCase() === 'so' : !bare!.groups!.not;
  // What the sentence before said of its subjects carries over to the one name ("Australia, Britain
  // and the US founded AUKUS. So did Canada."), never as a whole membership list.
  // "Washington is helping Australia build nuclear-powered submarines. London is not.": a statement
  // said of one named subject carries over too.
  return before
    .filter((c) => (c.kind === 'membership' && c.entities.length >= 1) || ((c.kind === 'invitation' || (c.kind === 'statement' && isSaidOf(facts, c.factId, name.ids))) && c.entities.length === 1 && !c.list?.exhaustive))
    .filter((c, i, all) => all.findIndex((x) => x.kind === c.kind && x.organisation === c.organisation && x.factId === c.factId) === i)
    .filter((c) => !(so && (so.groups!.lead.toLowerCase() === 'so') !== c.positive))
    .map((c): Claim => c.kind === 'statement'
      ? { kind: c.kind, sentence, organisation: c.organisation, positive, entities: [...name.ids], factId: c.factId }
      : {
        kind: c.kind, sentence, organisation: c.organisation, positive, entities: [...name.ids],
        list: { span: { start: name.start, end: name.end }, parts: name.parts, exhaustive: false },
      });
}
