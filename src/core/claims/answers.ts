import type { Template } from './template';

/*
 * Questions and their answers (FAQs, Q&A interviews, exam answers): "Q: Is Japan part of AUKUS?
 * A: Yes — …" asserts that Japan is part of AUKUS, and "Q: When was AUKUS formed? A: On
 * 16 September 2019." that it was formed then, and "What is AUKUS? A pact between …" that it is
 * one. The answer is read as the question turned into a statement, followed by whatever the
 * answer goes on to say (so "Yes, according to the Sankei Shimbun" stays attributed). The frames
 * then read that statement as they read any sentence.
 */

/** A label before a question or an answer: "Q:", "A:", "Question:", "Answer —", "FAQ:". */
const LABEL = String.raw`(?:(?:Q|A|Question|Answer|Reply|Response|FAQ)\s*[:.)—–-]\s*)?`;
/** "So is Japan a member of AUKUS?", "And when was it founded?": a discourse word before the question. */
const OPENER = String.raw`(?:(?:so|and|but|well|then|now|okay|ok)\b,?\s+)?`;
/** A yes/no question: an auxiliary, then the subject (a country list or the organisation), then the rest. */
const YES_NO_QUESTION = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*${OPENER}(?<aux>is|are|was|were|has|have|had|does|do|did)\s+(?<subject>(?:the\s+)?⟦[LO]\d+⟧)\s+(?<rest>[^?]+?)[\s*_]*\?[\s*_"'”’)]*$`, 'i');
/** "When was AUKUS formed?", "In what year was the pact launched?": the answer gives the date. */
const WHEN_QUESTION = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*${OPENER}(?:when|in what year|what year|in which year)\s+(?:(?<aux>was|were)\s+(?<subject>(?:the\s+)?⟦O\d+⟧)\s+(?<rest>[^?]+?)|(?<did>did|does)\s+(?<began>(?:the\s+)?⟦O\d+⟧)\s+(?:start|begin|come into (?:being|existence)|come about|get started|launch|form|take shape))[\s*_]*\?[\s*_"'”’)]*$`, 'i');
/** "How many members does AUKUS have?" / "How many countries are in AUKUS?": the answer gives the number. */
const HOW_MANY_QUESTION = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*${OPENER}how many\s+(?<noun>[a-z]+(?: [a-z]+)?)\s+(?:(?:does|do|did)\s+(?<subject>(?:the\s+)?⟦O\d+⟧)\s+(?<verb>have|count|number)|(?<rest>(?:are|were|belong to|belonged to|make up|made up|sit in|sat in|form|formed|founded)\s+[^?]*?⟦O\d+⟧[^?]*?))[\s*_]*\?[\s*_"'”’)]*$`, 'i');
/** "What is AUKUS?": the answer is a noun phrase that describes it ("A defence pact between …"). */
const WHAT_IS_QUESTION = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*${OPENER}what\s+(?<aux>is|was)\s+(?<subject>(?:the\s+)?⟦O\d+⟧)[\s*_]*\?[\s*_"'”’)]*$`, 'i');
const DESCRIPTION_ANSWER = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*(?<np>(?:an?|the)\s+\S)`, 'i');
/** A question that negates ("Isn't Japan a member?") leaves "yes" and "no" ambiguous. */
const NEGATIVE_QUESTION = /n't\b|\bnot\b|\bnever\b/i;

const YES_NO_ANSWER = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*(?:(?<yes>yes|yeah|yep|correct|indeed|that's right|of course|certainly|absolutely|definitely)|(?<no>no|nope)|(?<echo>(?:it|they|he|she|⟦[LO]\d+⟧)\s+(?:is|are|was|were|has|have|had|does|do|did)(?<echoNo>n't|\s+not)?(?=\s*(?:[,.;:!—–]|$))))\b[*_]*`, 'i');
/** "A: On 16 September 2019.", "In September 2020": a date and nothing else but its founders ("…, by Australia, the UK and the US"). */
/** ("In 2020, under Prime Minister Scott Morrison": a phrase after the date that opens with a preposition adds no claim.) */
const DATE_ANSWER = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*(?<date>(?:(?:in|on)\s+)?⟦D\d+⟧)(?:,?\s+by\s+(?:the\s+)?⟦L\d+⟧|,?\s+(?:under|with|during|amid|by|at|in|via|after|following|before)\s+[^.,;:?!⟦]{1,80})?[\s*_]*[.!]?[\s*_]*$`, 'i');
/** "A: Four.", "Four: Australia, …", "4". */
const NUMBER_ANSWER = new RegExp(String.raw`^[\s*_]*${LABEL}[*_]*(?<n>two|three|four|five|six|seven|eight|[2-8])\b`, 'i');

/** Cheap prose tests before any template is built: the sentence before asks, this one may answer. */
/** The punctuation that opens a reply's own clause: "No, ⟦L0⟧ has …", "Yes — it …". */
const OWN_CLAUSE = /^[*_]*\s*[,;:.!—–-]+[*_]*\s*(?=(?:the\s+)?⟦[LO]\d+⟧\s+(?!and\b|or\b|,)|(?:it|they|we|he|she)\s)/i;

export function mayAnswer(question: string, answer: string): boolean {
  return /\?[\s*_"'”’)]*$/.test(question) && !NEGATIVE_QUESTION.test(question) &&
    /^[\s*_]*(?:(?:Q|A|Question|Answer|Reply|Response)\s*[:.)—–-]\s*)?[*_]*(?:yes|yeah|yep|correct|indeed|that's right|of course|certainly|absolutely|definitely|no|nope|(?:it|they|he|she)\s+(?:is|are|was|were|has|have|had|does|do|did)(?:n't|\s+not)?(?=\s*(?:[,.;:!—–]|$))|in|on|two|three|four|five|six|seven|eight|[2-8]|an?\s|the\s|\p{Lu}[a-z]+ \d|\d)/iu.test(answer);
}

/** A piece of the statement: copied from the template (its start offset there) or written here. */
type Piece = [text: string, from?: number];

/**
 * The answer as a statement, over `both` (the template of the question and the answer together,
 * whose first `questionLength` characters are the question's own template). undefined when the
 * pair is not a question with an answer of the kind read here.
 */
export function answerAsStatement(both: Template, questionLength: number): Template | undefined {
  const question = both.text.slice(0, questionLength);
  const answerAt = questionLength + (/^\s*/.exec(both.text.slice(questionLength))?.[0].length ?? 0);
  const answer = both.text.slice(answerAt);
  const copy = (a: number, b: number): Piece => [both.text.slice(a, b), a];
  const at = (m: RegExpExecArray, group: string) => m.index + m[0].indexOf(m.groups![group]);

  const yesNo = YES_NO_QUESTION.exec(question);
  const reply = yesNo && YES_NO_ANSWER.exec(answer);
  if (yesNo && reply) {
    const g = yesNo.groups!;
    const subject = at(yesNo, 'subject'), rest = at(yesNo, 'rest');
    const doSupport = /^d(?:o|oes|id)$/i.test(g.aux);
    const aux = copy(at(yesNo, 'aux'), at(yesNo, 'aux') + g.aux.length);
    // Yes: "Japan is part of AUKUS", "AUKUS cover long-range strike" (the auxiliary "does" dropped).
    // No: "Japan is not part of AUKUS", "AUKUS does not cover long-range strike".
    // "It is, and has been since 2023", "They did": an echo of the auxiliary answers yes ("It isn't": no).
    const yes = reply.groups!.yes !== undefined || (reply.groups!.echo !== undefined && reply.groups!.echoNo === undefined);
    const verb: Piece[] = yes ? (doSupport ? [] : [aux, [' ']]) : [aux, [' not ']];
    // "No, Wellington has stayed out of the pact": a reply that goes on with a clause of its own
    // says that itself (the answer is read as a sentence too); the statement ends at the "no".
    const after = answerAt + reply[0].length;
    const tail: Piece[] = OWN_CLAUSE.test(both.text.slice(after)) ? [['.']] : [copy(after, both.text.length)];
    return spliced(both, [copy(subject, subject + g.subject.length), [' '], ...verb, copy(rest, rest + g.rest.length), ...tail]);
  }
  const when = WHEN_QUESTION.exec(question);
  const date = when && DATE_ANSWER.exec(answer);
  if (when && date) {
    const g = when.groups!;
    const d = answerAt + at(date, 'date');
    const dated: Piece[] = [[/^(?:in|on)\s/i.test(date.groups!.date) ? ' ' : ' in '], copy(d, d + date.groups!.date.length), ['.']];
    // "When did AUKUS start? June 2021." reads "AUKUS began in June 2021."
    if (g.did) return spliced(both, [copy(at(when, 'began'), at(when, 'began') + g.began.length), [' began'], ...dated]);
    const subject = at(when, 'subject'), rest = at(when, 'rest');
    // "AUKUS was formed on 16 September 2019."
    return spliced(both, [copy(subject, subject + g.subject.length), [' '], copy(at(when, 'aux'), at(when, 'aux') + g.aux.length), [' '],
      copy(rest, rest + g.rest.length), ...dated]);
  }
  const howMany = HOW_MANY_QUESTION.exec(question);
  const count = howMany && NUMBER_ANSWER.exec(answer);
  if (howMany && count) {
    const g = howMany.groups!;
    const n = answerAt + at(count, 'n'), noun = at(howMany, 'noun');
    const number = copy(n, n + count.groups!.n.length);
    // "AUKUS have four members" / "four countries are in AUKUS".
    if (g.subject) {
      const subject = at(howMany, 'subject'), verb = at(howMany, 'verb');
      return spliced(both, [copy(subject, subject + g.subject.length), [' '], copy(verb, verb + g.verb.length), [' '], number, [' '],
        copy(noun, noun + g.noun.length), ['.']]);
    }
    const rest = at(howMany, 'rest');
    return spliced(both, [number, [' '], copy(noun, noun + g.noun.length), [' '], copy(rest, rest + g.rest.length), ['.']]);
  }
  const whatIs = WHAT_IS_QUESTION.exec(question);
  const description = whatIs && DESCRIPTION_ANSWER.exec(answer);
  if (whatIs && description) {
    const g = whatIs.groups!;
    const subject = at(whatIs, 'subject'), aux = at(whatIs, 'aux'), np = answerAt + at(description, 'np');
    // "AUKUS is a defence pact between Australia and the United Kingdom, …".
    return spliced(both, [copy(subject, subject + g.subject.length), [' '], copy(aux, aux + g.aux.length), [' '], copy(np, both.text.length)]);
  }
  return undefined;
}

/**
 * A template made of pieces: a copied piece maps back to the prose as it did in `from`; a written
 * one ("not") to the prose just after the piece copied before it.
 */
function spliced(from: Template, pieces: Piece[]): Template {
  let text = '';
  const map: { at: number; origin: number; copied: boolean }[] = [];
  let next = 0;
  for (const [s, origin] of pieces) {
    map.push({ at: text.length, origin: origin ?? next, copied: origin !== undefined });
    text += s;
    if (origin !== undefined) next = origin + s.length;
  }
  return {
    text,
    tokens: from.tokens,
    toProse(offset: number) {
      let i = map.length - 1;
      while (i > 0 && map[i].at > offset) i--;
      return from.toProse(map[i].copied ? map[i].origin + (offset - map[i].at) : map[i].origin);
    },
  };
}
