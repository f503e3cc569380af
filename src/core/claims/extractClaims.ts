import type { ProseBlock } from '../prose/prose';
import type { PackFact } from '../facts/packTypes';
import type { Claim } from './claim';
import type { Span } from '../types';
import type { Lexicon } from './lexicon';
import { findMentions } from './mentions';
import { splitSentences } from './sentences';
import { buildTemplate, type Template, type Token } from './template';
import { makeContext } from './frameContext';
import { answerClaims, joinedThemClaims, labelListClaims, MAY_JOIN_THEM, membershipClaims, OPENS_WITH_IT, OPENS_WITH_ORG } from './membership';
import { invitationClaims } from './invitation';
import { DATES_WHAT_CAME_BEFORE, foundingClaims, foundingOfPair } from './founding';
import { countClaims } from './count';
import { statementClaims } from './statement';
import { motiveClaims } from './motive';
import { answerAsStatement, mayAnswer } from './answers';
import { ellipsisClaims, MAY_BE_ELLIPSIS } from './ellipsis';
import { sentenceCased } from './titleCase';
import { tableRowClaims } from './tableRows';

const orgOf = (t: Token) => t.ids[0];
const MAY_COUNT = /\b(?:two|three|four|five|six|seven|eight|[2-8]|bi|tri|quadri|duo|pair|trio|troika|threesome|quartet|foursome|quintet|fourth|fifth|sixth|seventh|both)(?:\b|lateral|partite|-)/i;

/** "So does AUKUS.", "So does the pact.": a short sentence that gives the pact what the one before said (see countClaims' "and so does"). */
const SO_DOES_THE_PACT = /^[\s*_>]*(?:and\s+)?so\s+(?:does|did|do|has|have)\s+(?:the\s+)?[\w.-]+(?:\s+(?:pact|alliance|partnership))?[\s*_]*[.!]?[\s*_]*$/i;
const GROUP_NOUN = /\b(?:pact|alliance|partnership|grouping|bloc|compact|accord)\b/;

/** An occasion of the sentence before that marked an anniversary, with no date of its own. */
const ANNIVERSARY_OF_THE_OCCASION = /^[\s*_>]*(?:the|that|this) (?:meeting|summit|gathering|event|occasion|ceremony|visit|talks|session|conference|celebration) (?:[\w]+ly )?(?:marked|marks|celebrated|celebrates|fell on|coincided with|commemorated)\b[^.\d]*\banniversary\b[^\d]*$/i;
/** "Who is in AUKUS?": the next sentence lists the members. */
const MEMBERSHIP_QUESTION = /^[\s*_]*(?:(?:Q|Question)\s*[:.)—–-]\s*)?[*_]*(?:who|which (?:countries|nations|states|governments)|what countries)\b[^?]*(?:\b(?:in|of|members?|belongs? to|part of)\b[^?]*⟦O\d+⟧|⟦O\d+⟧(?:['’]s?)?\s+(?:members|partners|member (?:states|countries|nations)|founders|founding members|signatories|parties)\b)[^?]*\?[\s*_]*$/i;
/**
 * "Australia is building its nuclear-powered submarines alone. The United States and Britain are
 * playing no part in the effort.": a noun that refers back to the work carries the topic of the
 * sentence before into this one. Tested only after a sentence that named a topic.
 */
const BACK_TO_THE_WORK = /\b(?:the|this|that|its|their) (?:effort|project|programme|program|work|undertaking|endeavou?r|venture|build)\b/i;
/**
 * "The AUKUS partners announced new work on hypersonics. Japan criticised the move.": a reaction
 * to what the sentence before announced carries its topic and its organisation into this one.
 * Tested only after a sentence that named the organisation.
 */
const REACTION_TO_IT = /\b(?:the|this|that) (?:move|step|decision|initiative|announcement|plan|plans|effort|project|programme|program|work)\b/i;
/** An offer or invitation referred back to, or one whose pact is left out ("It has been invited to."; see offerOf in extractClaims). */
const OFFER_BACK = /\b(?:their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:offer|invitation|invite)\b|\b(?:was|were|is|has been|had been|been)\s+(?:\w+ly\s+|never\s+|not\s+)?(?:invited|asked)(?:\s+to(?:\s+join)?)?[\s*_]*[.!]?[\s*_]*$/i;
/** Words of a motive frame (see motive.ts). */
const MAY_ANSWER = /respon|reaction|answer|riposte|counter|bulwark|hedge|aimed|directed|targeted|pointed|contain|deter|check|balanc|blunt|offset|to do with|about/i;
const MAY_INVITE = /invit|offer|confirm|\bask|\burg|\bpress|encourag|lobb|approach|sound|[ie]nquir|report|story|scoop|account|\bit (?:was|is) |having been|turn\w* down|declin|rebuff|spurn/i;

/** Every claim in one block of prose. Sentences naming no organisation or topic are skipped early. */
export function extractClaims(written: ProseBlock, lexicon: Lexicon, facts: readonly PackFact[], topic: RegExp | undefined): Claim[] {
  if (written.kind === 'row') return tableRowClaims(written, lexicon);
  // "## Japan Invited to Join AUKUS Security Pact" is read in sentence case (same offsets).
  const headline = sentenceCased(written.text, lexicon.properWords, (t) => lexicon.scan(t).filter((h) => h.kind === 'entity' || h.kind === 'org' || h.kind === 'other'));
  // "india joined aukus in 2023": an all-lower-case note is read with its names cased (same offsets).
  const cased = headline ?? lexicon.withNamesCased(written.text);
  const block = cased === undefined ? written : { ...written, text: cased };
  const sentences = splitSentences(block.text);
  const mentions = findMentions(block.text, lexicon, sentences);
  const claims: Claim[] = [];
  let previous: Template | undefined;
  const orgOfMembers = lexicon.orgOfMembers;
  const contextOrg = lexicon.contextOf(block.text);
  let m = 0;
  let skipped: Span | undefined;
  let topicBefore = false;
  let orgAndTopicBefore: string | undefined;
  let lastSentence: Span | undefined;
  // Two sentences read as one, when together they name the organisation.
  const pairContext = (before: Span, sentence: Span) => {
    const pair = { start: before.start, end: sentence.end };
    const both = buildTemplate(block.text, pair, mentions, lexicon.orgOfMembers);
    return both.tokens.some((t) => t.type === 'O') ? makeContext(block.text, pair, both, undefined, facts, contextOrg) : undefined;
  };
  for (const [index, sentence] of sentences.entries()) {
    const prose = block.text.slice(sentence.start, sentence.end);
    // "Q: Is Japan part of AUKUS? A: Yes — …": the answer asserts what the question asks.
    const asked = lastSentence;
    lastSentence = sentence;
    if (asked && mayAnswer(block.text.slice(asked.start, asked.end), prose)) {
      claims.push(...claimsOfAnswer(block, asked, sentence, mentions, lexicon, facts, contextOrg, topic));
    }
    // "AUKUS was unveiled to a surprised world. That was in September 2020.": the date belongs to the sentence before.
    const datedPair = asked && DATES_WHAT_CAME_BEFORE.test(prose) ? pairContext(asked, sentence) : undefined;
    if (datedPair) claims.push(...foundingOfPair(datedPair, orgOf));
    // "AUKUS defence ministers gathered in September 2024. The meeting marked the pact's fifth anniversary.": the occasion's date is the one before.
    const anniversaryPair = asked && ANNIVERSARY_OF_THE_OCCASION.test(prose) ? pairContext(asked, sentence) : undefined;
    if (anniversaryPair && !claims.some((c) => c.kind === 'founding' && c.sentence.start === asked!.start)) {
      // The date is the occasion's, in the sentence before: no date to correct in place (see judge.ts).
      claims.push(...foundingClaims(anniversaryPair, orgOf).filter((c) => c.date?.yearsAfter)
        .map((c) => ({ ...c, sentence, date: { ...c.date!, value: { ...c.date!.value, relative: true } } })));
    }
    // "The Quad has four members. So does AUKUS.": the pact takes the count the sentence before gave another grouping.
    const countedPair = asked && SO_DOES_THE_PACT.test(prose) ? pairContext(asked, sentence) : undefined;
    if (countedPair) claims.push(...countClaims(countedPair, orgOf).map((c) => ({ ...c, sentence, count: c.count && { ...c.count, borrowed: true } })));
    // "… So has Canada.": a name and a bare auxiliary repeat what the sentence before said (a short sentence).
    if (asked && sentence.end - sentence.start <= 64 && MAY_BE_ELLIPSIS.test(prose)) {
      const before = claims.filter((c) => c.sentence.start === asked.start);
      if (before.length) claims.push(...ellipsisClaims(buildTemplate(block.text, sentence, mentions, lexicon.orgOfMembers), sentence, before, facts));
    }
    // Sentences that name no organisation (nor a statement's topic) hold no claim: skip them
    // before building anything.
    while (m < mentions.length && mentions[m].end <= sentence.start) m++;
    let named = false, entities = 0;
    for (let k = m; k < mentions.length && mentions[k].start < sentence.end; k++) {
      if (mentions[k].type === 'org') { named = true; break; }
      if (mentions[k].type === 'entity') entities++;
    }
    // "the Australia-UK-US pact" may name the organisation by its members (see buildTemplate).
    if (!named && entities >= 2 && GROUP_NOUN.test(prose)) named = true;
    const answers = previous !== undefined && MEMBERSHIP_QUESTION.test(previous.text);
    const topicHere = !named && !contextOrg && !answers && topic !== undefined && topic.test(prose);
    const carried = topicBefore && !topicHere && BACK_TO_THE_WORK.test(prose);
    const carriedOrg = !named && orgAndTopicBefore && REACTION_TO_IT.test(prose) ? orgAndTopicBefore : undefined;
    // "Japan's ties with all three AUKUS partners are close. Tokyo nonetheless turned down their offer
    // of membership": "their offer" is the offer of the organisation the sentence before named.
    const offerOf = !named && !contextOrg && orgAndTopicBefore && OFFER_BACK.test(prose) ? orgAndTopicBefore : undefined;
    // "The three were joined by Japan": the founders named with the organisation in the sentence before.
    const joinsThem = !named && !skipped && previous !== undefined && MAY_JOIN_THEM.test(prose) ? foundersOrg(previous) : undefined;
    topicBefore = topicHere;
    orgAndTopicBefore = undefined;
    if (!named && !contextOrg && !answers && !topicHere && !carried && !carriedOrg && !joinsThem && !offerOf) {
      if (entities > 0 && sentences.length === 1) {
        claims.push(...labelListClaims(makeContext(block.text, sentence, buildTemplate(block.text, sentence, mentions), undefined, facts), lexicon.orgOfLabelList));
      }
      skipped = sentence;
      continue;
    }
    const template = buildTemplate(block.text, sentence, mentions, orgOfMembers);
    // "It later joined the pact" reads its subject from the sentence before, skipped or not.
    if (skipped) { previous = buildTemplate(block.text, skipped, mentions); skipped = undefined; }
    const org = template.tokens.find((t) => t.type === 'O');
    const ctx = makeContext(block.text, sentence, template, previous, facts, contextOrg ?? offerOf, block.kind === 'heading');
    // "Some reports say New Zealand has joined AUKUS. That is true.": the next sentence bears the report out.
    const next = sentences[index + 1];
    if (next && BORNE_OUT.test(block.text.slice(next.start, next.end))) ctx.endorsedByNext = true;
    if (answers) claims.push(...answerClaims(ctx, orgOf(previous!.tokens.find((x) => x.type === 'O')!)));
    if (joinsThem) claims.push(...joinedThemClaims(ctx, joinsThem));
    // Each kind of frame needs something the template shows at a glance; skip the rest.
    const t = template.text;
    if (org) {
      // "In 2023 it joined AUKUS": an "it" left unresolved may stand for the country before (see membership's pronoun frames).
      if (t.includes('⟦L') || OPENS_WITH_ORG.test(t) || (previous !== undefined && OPENS_WITH_IT.test(t))) claims.push(...membershipClaims(ctx, orgOf));
      if (t.includes('⟦D')) claims.push(...foundingClaims(ctx, orgOf));
      if (MAY_COUNT.test(t)) claims.push(...countClaims(ctx, orgOf));
    }
    if ((org || contextOrg || offerOf) && MAY_INVITE.test(t)) claims.push(...invitationClaims(ctx, orgOf));
    if (org && t.includes('⟦L') && MAY_ANSWER.test(t)) claims.push(...motiveClaims(ctx, orgOf));
    if (org || topicHere || carried || carriedOrg || (topic && topic.test(prose))) {
      claims.push(...statementClaims(ctx, org ? orgOf(org) : carriedOrg, carried || carriedOrg !== undefined));
    }
    if (template.tokens.some((x) => x.reference === 'denies')) deniedByReference(template, claims, sentence);
    // Whether it also named a statement's topic is for statementClaims to read (see carriesTopic).
    if (org && !org.viaAnaphor) orgAndTopicBefore = orgOf(org);
    previous = template;
  }
  // '"Japan is now AUKUS's fourth member." That viral line is wrong.', "… They are wrong.": the next sentence calls it false
  // (or credits it: "… — an anonymous post on X").
  if (claims.length === 0) return claims;
  const wrong = calledWrongAfter(block.text, sentences, facts);
  return wrong.size === 0 ? claims : claims.filter((c) => !wrong.has(c.sentence.start));
}

/**
 * '"Japan is now a full AUKUS member," a senator said. She is right.', "Those reports were accurate.",
 * "The editorial has the arithmetic right", "… had invited Japan to join. They had.": a sentence that
 * says the report before it is true (a bare auxiliary repeats its verb).
 */
const BORNE_OUT = /^[\s*_>]*(?:and\s+|indeed,?\s+|sure enough,?\s+)?(?:they|it|he|she)\s+(?:had|did|was|were|has|have)(?:\s+indeed|\s+too|,\s+in fact)?[\s*_]*[.!]?[\s*_]*$|^[\s*_>]*(?:(?:and|but|indeed|in fact|sure enough)\s*,?\s+|(?:whatever|for all|despite)\s[^,.;]{1,40},\s*)?(?:(?:that|this|it|they|he|she)|(?:the|that|this|those|these|its|their|such)\s+(?:[\w-]+\s+){0,2}?(?:reports?|claims?|stor(?:y|ies)|posts?|rumou?rs?|lines?|statements?|accounts?|editorials?|papers?|outlets?|articles?|descriptions?|figures?|dates?|count|senator|minister|official|analysts?|commentators?|pundits?|bloggers?))\s+(?:(?:is|are|was|were|has been|have been|had been|turned out to be|turn(?:s|ed)? out to be|proved|prove[sd]?(?: to be)?)\s+(?:(?:\w+ly|quite|absolutely|entirely|completely|dead|in fact|indeed)\s+)?(?:true|right|correct|accurate|spot[- ]on|well[- ]founded)|(?:has|had|have|got|gets)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+)?(?:right))(?=\s*(?:[.!:;—–,]|$))/i;
const CALLED_WRONG = /^[\s*_>]*(?:(?:that|this|the|such an?)\s+(?:[\w-]+\s+){0,2}?(?:line|claim|statement|quote|quotation|post|tweet|assertion|rumou?r|sentence|caption|headline|description|characteri[sz]ation|label|figure|date|dating|count|tally|version|framing)\s+(?:is|was)\s+(?:\w+ly\s+)?(?:wrong|false|untrue|incorrect|mistaken|inaccurate|a myth|nonsense|baseless|fake)\b|(?:they|he|she|(?:those|these|the|such)\s+(?:[\w-]+\s+)?(?:histories|accounts|reports|stories|posts|claims|sources|writers|authors|bloggers|commentators|columnists|pundits|outlets|papers|timelines|textbooks))\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:wrong|mistaken|incorrect|in error|misinformed)(?=\s*(?:[.;:!—–,]|$)))/i;
/**
 * "> Japan joined AUKUS in 2023. — an anonymous post on X, since deleted": a credit line after a
 * quotation says whose words they were; they are not the writer's.
 */
const CREDIT_LINE = /^[\s*_>]*(?:[—–]|--)\s*\S/;
const DASH_CHARS = /[—–]|--/;
/** The same credit after the sentence's own full stop, when the splitter kept them together. */
const ENDS_THEN_CREDIT = /[.!?]["”’]?\s+(?:[—–]|--)\s*[^.!?⟦]{1,80}$/;
/** The starts of the sentences the next sentence calls wrong, or credits to someone. */
function calledWrongAfter(text: string, sentences: readonly Span[], facts: readonly PackFact[]): Set<number> {
  const out = new Set<number>();
  // A quotation signed by the official the facts quote is his own statement, to be checked (see isSpeaker).
  const credits = (line: string) => !facts.some((f) => f.kind === 'invitation' && f.saidBy.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && line.includes(w)));
  // Credit lines open with a dash: most blocks have none, and skip those tests.
  const dashed = DASH_CHARS.test(text);
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = text.slice(sentences[i + 1].start, sentences[i + 1].end);
    if (CALLED_WRONG.test(next) || (dashed && CREDIT_LINE.test(next) && credits(next))) out.add(sentences[i].start);
  }
  if (!dashed) return out;
  for (const x of sentences) {
    const credit = ENDS_THEN_CREDIT.exec(text.slice(x.start, x.end));
    if (credit && credits(credit[0])) out.add(x.start);
  }
  return out;
}

/** The statement's own verb right after a denying reference ("Neither, however, is helping …"; see deniedByReference). */
const DENIED_STATEMENT_VERB = /^[\s*_>]*⟦L\d+⟧(?:,[^,⟦]{1,25},)? (?:(?:is|are|was|were|has|have|had)(?: been)? )?(?:\w+ly )?(?:help|assist|build|support|cooperat|co-operat|contribut|work|aid|shar|pool|combin|back|endors|welcom|partner)\w*/;
/**
 * "Neither is a member of AUKUS": the reference's own word denies what the sentence says of the
 * countries it stands for (the template shows only the marker), so their claims are turned round.
 */
function deniedByReference(template: Template, claims: Claim[], sentence: Span): void {
  const denied = template.tokens.filter((x) => x.reference === 'denies').flatMap((x) => x.ids);
  // A statement only when its own verb follows ("Neither is helping …", not "Neither is opposed to helping …").
  const statementVerb = DENIED_STATEMENT_VERB.test(template.text);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.sentence.start === sentence.start && (c.kind === 'membership' || c.kind === 'invitation' || (c.kind === 'statement' && statementVerb)) && c.entities.length > 0 && c.entities.every((e) => denied.includes(e))) {
      claims[i] = { ...c, positive: !c.positive };
    }
  }
}

/**
 * The organisation a sentence names, with a list of two or more countries: the founders "the three"
 * refers to. By name, or by a noun the sentence resolves ("… announced the trilateral security partnership").
 */
function foundersOrg(template: Template): string | undefined {
  const org = template.tokens.find((t) => t.type === 'O');
  return org && template.tokens.some((t) => t.type === 'L' && t.ids.length >= 2) ? orgOf(org) : undefined;
}

/**
 * The claims an answer makes by answering the sentence before (see answers.ts), reported on the
 * answer. A list the question named is corrected there only when it claims the whole membership;
 * otherwise the answer itself is rewritten ("Is Britain part of AUKUS? No." keeps its question).
 */
function claimsOfAnswer(block: ProseBlock, asked: Span, sentence: Span, mentions: ReturnType<typeof findMentions>, lexicon: Lexicon,
  facts: readonly PackFact[], contextOrg: string | undefined, topic: RegExp | undefined): Claim[] {
  const question = buildTemplate(block.text, asked, mentions, lexicon.orgOfMembers);
  if (!contextOrg && !question.tokens.some((t) => t.type === 'O')) return [];
  const both = buildTemplate(block.text, { start: asked.start, end: sentence.end }, mentions, lexicon.orgOfMembers);
  const statement = answerAsStatement(both, question.text.length);
  if (!statement) return [];
  const ctx = makeContext(block.text, sentence, statement, undefined, facts, contextOrg);
  const org = statement.tokens.find((t) => t.type === 'O');
  const t = statement.text;
  const claims: Claim[] = [];
  if (org) {
    claims.push(...membershipClaims(ctx, orgOf));
    if (t.includes('⟦D')) claims.push(...foundingClaims(ctx, orgOf));
    if (MAY_COUNT.test(t)) claims.push(...countClaims(ctx, orgOf));
  }
  if ((org || contextOrg) && MAY_INVITE.test(t)) claims.push(...invitationClaims(ctx, orgOf));
  if (org || (topic && topic.test(t))) claims.push(...statementClaims(ctx, org && orgOf(org)));
  return claims.map((c) => (c.list && !c.list.exhaustive ? { ...c, list: undefined } : c));
}
