import type { Span } from '../types';
import type { Mention } from './mentions';

/**
 * "Japan is a close US ally. The country joined AUKUS in 2023", "… and the nation became its fourth
 * member", "The newcomer signed up in 2024": a definite description of one country that opens a
 * sentence (or a clause after a comma and a conjunction) stands for the one country named before it:
 * in the sentence before, or in the clause before in the same sentence. Nothing is read when that
 * text names more than one country, or none (a reader could not tell which is meant).
 */
/** A cheaper test first: most blocks hold none of these nouns. */
export const DESCRIPTION_NOUN = /country|nation|newcomer|latecomer|government|city-state|kingdom|republic|archipelago/;
export const DESCRIPTION_WORDS = /\b[Tt]he (?:[\w-]+ ){0,2}?(?:country|nation|newcomer|latecomer|government|city-state|kingdom|republic|archipelago)\b/;
const NOUN = '(?:country|nation|newcomer|latecomer|government|city-state|kingdom|republic|archipelago)';
const DESCRIPTION = `(?<who>the (?:(?!${NOUN}\\b)[a-zA-Z-]+ ){0,2}?${NOUN})`;
/** A verb of the kinds claims are read from, after optional adverbs: the description is the subject. */
const AS_SUBJECT = '(?=\\s+(?:[a-z]+ly\\s+|also\\s+|now\\s+|still\\s+|since\\s+|later\\s+|then\\s+|never\\s+|not\\s+|itself\\s+)*(?:is|was|has|had|became|joined|belongs|belonged|signed|sits|sat|remains|remained|holds|held|acceded|entered|received|accepted|declined|did|does|got|gets)\\b)';
// After a fronted adverbial of a few words and its comma ("Even so, ", "In 2023, ", "A year later, ").
const OPENS_SENTENCE = new RegExp(`^[\\s*_>]*(?:(?:and|but|yet|so|today|now|in fact|indeed|however|still|since then|later|then|in \\d{4})\\s*,?\\s+|(?:[\\w-]+\\s+){0,3}[\\w-]+,\\s+)?${DESCRIPTION}${AS_SUBJECT}`, 'i');
const OPENS_CLAUSE = new RegExp(`[,;]\\s+(?:and|but|yet|so|while)\\s+(?:(?:in \\d{4}|later|since then|then)\\s*,?\\s+)?${DESCRIPTION}${AS_SUBJECT}`, 'gi');

type EntityMention = Extract<Mention, { type: 'entity' }>;

export function addSingularReferences(text: string, mentions: Mention[], sentences: readonly Span[]): void {
  let added = false;
  const resolve = (who: string, at: number, before: Span) => {
    if (mentions.some((x) => x.start < at + who.length && x.end > at)) return;
    const id = onlyCountryIn(text, mentions, before);
    if (id === undefined) return;
    mentions.push({ type: 'entity', id, start: at, end: at + who.length });
    added = true;
  };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const prose = text.slice(s.start, s.end);
    if (!DESCRIPTION_WORDS.test(prose)) continue;
    const opener = i > 0 ? OPENS_SENTENCE.exec(prose.slice(0, 80)) : null;
    if (opener) {
      const who = opener.groups!.who;
      resolve(who, s.start + opener.index + opener[0].length - who.length, sentences[i - 1]);
    }
    OPENS_CLAUSE.lastIndex = 0;
    for (let m = OPENS_CLAUSE.exec(prose); m; m = OPENS_CLAUSE.exec(prose)) {
      const who = m.groups!.who;
      const at = s.start + m.index + m[0].length - who.length;
      resolve(who, at, { start: s.start, end: s.start + m.index });
    }
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * The one country a span names, or undefined when it names none or several. Adjectives ("Japanese")
 * do not count. Nor, after a country that opens the span as its subject, do names a preposition
 * governs or that modify a noun ("Canada has long sought closer ties with Canberra", "Japan is a
 * close US ally"): the subject is the one a description takes up.
 */
function onlyCountryIn(text: string, mentions: readonly Mention[], span: Span): string | undefined {
  const names = mentions.filter((x): x is EntityMention => x.type === 'entity' && x.start >= span.start && x.end <= span.end && !x.adjective);
  if (names.length === 0 || names.some((x) => x.ids)) return undefined;
  if (names.every((x) => x.id === names[0].id)) return names[0].id;
  const opener = names[0];
  if (!SUBJECT_FIRST.test(text.slice(span.start, opener.start))) return undefined;
  const aside = (x: EntityMention) => x.id === opener.id || GOVERNED_BEFORE.test(text.slice(Math.max(span.start, x.start - 30), x.start)) || MODIFIER_AFTER.test(text.slice(x.end, x.end + 20));
  return names.every(aside) ? opener.id : undefined;
}
const SUBJECT_FIRST = /^[\s*_>]*(?:the\s+)?$/i;
const GOVERNED_BEFORE = /\b(?:with|to|from|of|by|for|than|at|in|on|against|towards?|alongside|like|including|between|among)\s+(?:the\s+)?$/i;
const MODIFIER_AFTER = /^[\s-]+(?:ally|allies|partner|partners|officials?|forces|navy|military|troops|diplomats?|counterparts?|led|based|backed)\b/;
