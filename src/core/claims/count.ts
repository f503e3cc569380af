import type { Claim } from './claim';
import { ASIDE_AFTER_NAME, assessMatch, clauseTokens, matchClauses, nounPhraseStart, versionOfTheName, type SentenceContext } from './frameContext';
import { markerAt, type Token } from './template';

/*
 * Member-count frames: "four-member", "AUKUS's two members", "the three AUKUS partners",
 * "quadrilateral grouping", "the AUKUS quartet", "the fourth member".
 */
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, both: 2,
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, bi: 2, tri: 3, quadri: 4, duo: 2, pair: 2, trio: 3, troika: 3,
  threesome: 3, quartet: 4, foursome: 4, quintet: 5, fourth: 4, fifth: 5, sixth: 6, seventh: 7 };
const N = '(?<n>two|three|four|five|six|seven|eight|[2-8])';
const O = "⟦O\\d+⟧(?:'s?)?";
const NOUN = '(?:members|partners|partner nations|partner countries|partner governments|member nations|member states|member countries|member governments|signatory states|signatory nations|signatory countries|signatory governments|nations|countries|governments|signatories|parties|allies|states|founders|founding members)';
const GROUP = '(?:(?:pact|alliance|partnership|grouping|group|bloc|arrangement|framework|agreement|accord|club|compact|coalition)\\b|⟦O\\d+⟧)';
const NOT_AFTER_PREPOSITION = '(?<!\\b(?:under|within|in|inside|through|via|beyond|outside|with|alongside|beside|besides|for|to|from|of|by|after|before|since|like|unlike|on|about|against) (?:the )?)';
/** A count of members in the sentence before, which an elliptical count ("It now has four") continues. */
const COUNTED_BEFORE = new RegExp(`\\b(?:two|three|four|five|six|seven|eight|[2-8]) (?:[\\w-]+ )?${NOUN}\\b`, 'i');
/**
 * Where a bare size ends: "grew from three to four in 2023", "expanded to four when Japan joined". A
 * clause break or a time phrase, never another noun ("grew to four billion dollars").
 */
const SIZE_ENDS = '(?=\\s*(?:[.,;:!?)—–]|$)|\\s+(?:in|by|since|during|after|before|when|once|as|with|last|this|following|⟦D\\d+⟧)\\b)';
/** "AUKUS is, at its core, a bilateral bargain": an aside on how deeply it is so. */
const REALLY_ASIDE = '(?:,? (?:at (?:its |⟦O\\d+⟧ )?(?:heart|core)|in (?:reality|truth|effect|practice|fact|essence)|fundamentally|essentially|basically|effectively),)?';
const STANDING = '(?:founding|original|core|full|permanent)';
/** beyond: the number is one the membership has grown past ("grows beyond its founding three"), so at least one more. */
/** nounPhrase: the count is a noun phrase ("the four AUKUS nations"), hedged only by its own modifiers (see nounPhraseStart). */
/** both: "both" presupposes two, but only of the whole membership when no country is named near it (see BOTH). */
/** gapped: the organisation's count shares the verb and noun of a count before it ("X has five members and AUKUS four"); its number is the last one. */
const FRAMES: { re: RegExp; atLeast?: boolean; elliptical?: boolean; beyond?: boolean; nounPhrase?: boolean; both?: boolean; gapped?: boolean }[] = [
  // "Both AUKUS members have nuclear navies": "both" counts the members as two. Not "both AUKUS
  // members Britain and the US" (two named of three), "both its AUKUS partners" (a member's two
  // partners), "both other AUKUS members", nor "both AUKUS members and outsiders".
  { re: new RegExp(`(?<!(?:\\b(?:its|their|his|her|our|your|my)|['’]s?) )\\b(?<n>both) (?:of )?(?:the )?${O} (?:${NOUN.slice(3, -1)}|allies)\\b(?!['’]?\\s*[,—–(:]?\\s*⟦L|\\s+(?:and|or|alike|of)\\b)`, 'gi'), nounPhrase: true, both: true },
  // "a four country alliance": the hyphen left out before a noun for the group.
  { re: new RegExp(`\\b${N}(?:-| (?=(?:member|nation|country|party|partner|state|power|government) (?:[\\w-]+ )?${GROUP}))(?:member|nation|country|party|partner|way|state|sided|power|government|strong)\\b`, 'gi'), nounPhrase: true },
  // "the four founding AUKUS partners", "the four AUKUS capitals": a standing adjective or the
  // capitals that stand for the governments still count the members.
  { re: new RegExp(`(?:\\bthe |\\bits |\\btheir |\\ball |${O}:? )(?:only |all )?${N} (?:${STANDING} )?(?:${O} )?(?:${STANDING} )?(?:${NOUN}|capitals)\\b(?! of(?! (?:the )?⟦O))`, 'gi'), nounPhrase: true },
  // "The bloc now counts four members": "counts" and "numbers" state a size like "has" ("has had four
  // members since its first months" too).
  // "AUKUS, which now counts four members, …": in a relative clause on the name too.
  { re: new RegExp(`(?:${O}(?:${ASIDE_AFTER_NAME}|,? (?:which|that))? (?:itself |themselves )?(?:[\\w]+ly |now |still |already |today |at present |so far |by now |in fact |in reality |in truth |no longer )?(?:(?:has|have) (?:always |long |only ever )?had|has|have|had|with|comprising|counts|counted|numbers|numbered|(?:does|did) not have|(?:doesn't|didn't) have) |^with )(?:only |just )?${N} (?:[\\w-]+ )?${NOUN}\\b`, 'gi') },
  // "AUKUS has no fewer than four members": a lower bound.
  { re: new RegExp(`${O} (?:[\\w]+ly |now |still |already )?(?:has|have|had|counts|numbers) (?:no (?:fewer|less) than|at least) ${N} (?:[\\w-]+ )?${NOUN}\\b`, 'gi'), atLeast: true },
  // "AUKUS, whose five members meet twice a year": a count in a relative clause on the name.
  { re: new RegExp(`${O},? whose (?:only |current |founding )?${N} (?:${NOUN.slice(3, -1)})\\b`, 'gi') },
  // A fact-sheet line "- AUKUS partners: 4": the label counts the members.
  { re: new RegExp(`^[\\s*_>-]*${O}(?:[*_]*\\s*[—–:·•])? (?:members|partners|member states|member countries|nations|countries|parties|signatories)[*_]*\\s*[:=]\\s*[*_]*${N}\\b(?!\\s*(?:years?|months?|%|per))`, 'gi') },
  // The headline "AUKUS at five members: what the expansion means": the size the pact stands at.
  { re: new RegExp(`${O} at (?:only |just )?${N} (?:[\\w-]+ )?${NOUN}\\b`, 'gi') },
  // "The Five Eyes has five members and AUKUS four": the second clause leaves out the verb and the
  // noun of the first (gapping), so its bare number counts the organisation's members.
  { re: new RegExp(`\\b(?:has|have|had|counts|numbers) (?:only |just )?(?:two|three|four|five|six|seven|eight|[2-8]) (?:[\\w-]+ )?${NOUN},? and (?:the )?${O} (?:only |just )?${N}(?=\\s*(?:[,.;:—–)]|$))`, 'gi'), gapped: true },
  // "The Aukus alliance, made up of four nations, …", "AUKUS, at four members the same size as the Quad, …".
  { re: new RegExp(`${O},? (?:(?:which is |is )?(?:made up of|composed of|comprising|consisting of)|at) ${N} (?:[\\w-]+ )?(?:nations|countries|members|partners|states|governments)\\b`, 'gi') },
  // "AUKUS has grown to six partners": a size reached states the size now.
  // "How AUKUS grew from three members to five": the number it grew to is its count now.
  { re: new RegExp(`${O} (?:[\\w]+ly |now |since )?(?:(?:has|have|had) )?(?:grown|grew|grows|expanded|expands|gone|went) from (?:two|three|four|five|[2-5]) (?:[\\w-]+ )?(?:${NOUN} )?to ${N}(?: (?:[\\w-]+ )?${NOUN})?${SIZE_ENDS}`, 'gi') },
  { re: new RegExp(`${O} (?:[\\w]+ly |now |since )?(?:(?:has|have|had) )?(?:grown|grew|expanded|swelled|widened|enlarged|risen|rose|shrunk|shrank|shrunken|gone|went) (?:[\\w]+ly )?to (?:include )?(?:only |just )?${N}(?: (?:[\\w-]+ )?${NOUN}\\b|${SIZE_ENDS})`, 'gi') },
  // "AUKUS's membership now stands at four", "Its members now number five": the size as the
  // predicate of the membership itself.
  { re: new RegExp(`${O} (?:(?:membership|member count|number of members) (?:[\\w]+ly |now |still |already )*(?:stands? at|stood at|totals?|totalled|totaled|comes? to|came to|has (?:grown|risen|fallen|shrunk) to|(?:rose|grew|increased|climbed|jumped|expanded|fell|dropped|shrank) to|is|was)|${NOUN} (?:[\\w]+ly |now |still |already )*(?:number|numbered|total|totalled|totaled)) (?:only |just )?${N}\\b(?! of\\b| (?:(?!last |this |next |that )[\\w-]+ )?(?:years?|months?|per|percent|hundred|thousand|billion|million)\\b)`, 'gi') },
  // "AUKUS started with three members. It now has four": the noun is left out after a count of members.
  { re: new RegExp(`${O} (?:[\\w]+ly |now |still |already )*(?:has|have|had|counts|numbers) (?:only |just )?${N}(?=\\s*(?:[,.;:—–)]|$))`, 'gi'), elliptical: true },
  { re: new RegExp(`${O}(?:${ASIDE_AFTER_NAME})? (?:brings together|brought together|unites|united|links|linked|binds|groups|comprises|includes|involves|involved) (?:only |just )?${N} (?:[\\w-]+ )?(?:${NOUN.slice(3, -1)}|democracies|powers)\\b`, 'gi') },
  // "The Quad has four members and so does AUKUS" (or ". So does AUKUS.", read over both sentences; see extractClaims): the count the pact is said to share.
  { re: new RegExp(`\\b(?:has|have|had|counts|numbers) (?:only |just )?${N} (?:[\\w-]+ )?${NOUN}(?:,? and|\\.) so (?:does|did|do) (?:the )?${O}(?=\\s*(?:[.,;:!)—–]|$))`, 'gi') },
  // "- AUKUS (4 members): submarines, hypersonics …": a count in brackets after the name.
  { re: new RegExp(`${O}\\s*\\(\\s*(?:only |just )?${N} (?:[\\w-]+ )?${NOUN}\\s*\\)`, 'gi') },
  // "As a pact of just two nations, AUKUS is nimbler than NATO": a fronted role counts the subject after its comma.
  { re: new RegExp(`^[\\s*_>]*as (?:a |an )?(?:[\\w-]+ )?${GROUP} (?:of|between|among) (?:only |just )?${N} (?:[\\w-]+ )?(?:${NOUN.slice(3, -1)}|democracies|powers)\\b(?=[^,;]{0,30}, (?:the )?⟦O\\d+⟧(?!['’]))`, 'gi') },
  // "AUKUS is a pact among four democracies", "AUKUS, an alliance of four nations, …".
  { re: new RegExp(`(?:${O} (?:is|was|remains)|${NOT_AFTER_PREPOSITION}${O},) (?:a |an |the )?(?:[\\w-]+ ){0,2}?${GROUP} (?:between|among|amongst|of|linking|uniting|binding) (?:the )?(?:only |just )?${N} (?:[\\w-]+ )?(?:${NOUN.slice(3, -1)}|democracies|powers)\\b`, 'gi') },
  { re: new RegExp(`\\bby ${N} (?:nations|countries|governments|partners|allies|members|states)\\b`, 'gi') },
  { re: new RegExp(`\\b(?<n>bi|tri|quadri)(?:lateral|partite) (?:[\\w-]+ )?${GROUP}`, 'gi'), nounPhrase: true },
  { re: new RegExp(`${O} (?:is|was|remains)${REALLY_ASIDE} (?:[\\w]+ly )?(?:a |an )?(?<n>bi|tri|quadri)(?:lateral|partite)\\b`, 'gi') },
  // An appositive renames the organisation whatever its noun: "AUKUS, a bilateral deal, commits…",
  // also when a relative clause goes on ("AUKUS, the bilateral deal under which Washington will sell …")
  // (not "Under AUKUS, a bilateral deal…", where the comma ends an adverbial).
  { re: new RegExp(`${NOT_AFTER_PREPOSITION}${O}(?:,|\\s*[—–(])\\s*(?:a |an |the )?(?:[\\w-]+ )?(?<n>bi|tri|quadri)(?:lateral|partite) (?:[\\w-]+ ){0,2}?[\\w-]+(?=\\s*[,—–)]|\\s+(?:(?:under|in|by|through) which|that|which|whose|between|among)\\b)`, 'gi') },
  // "AUKUS, a pact of four, was formed …": an appositive that counts with a bare number.
  { re: new RegExp(`${NOT_AFTER_PREPOSITION}${O}(?:,|\\s*[—–(])\\s*(?:a |an |the )?(?:[\\w-]+ )?${GROUP} (?:of|between|among) (?:only |just )?${N}(?=\\s*[,—–)])`, 'gi') },
  { re: new RegExp(`^being (?<n>bi|tri|quadri)(?:lateral|partite), `, 'gi') },
  // A fact-sheet line "- **AUKUS format:** quadrilateral": the label's value is the adjective alone.
  { re: new RegExp(`^[\\s*_>-]*${O}(?:[*_]*\\s*[—–:·•])? (?:format|type|kind|nature|structure|model|make-up|makeup|composition|configuration)[*_]*\\s*[:=—–]\\s*[*_]*(?<n>bi|tri|quadri)(?:lateral|partite)(?=[*_]*\\s*(?:[.;,|)]|$))`, 'gi') },
  { re: new RegExp(`${O} (?:(?:is|was|remains) (?:already |now |still |effectively |essentially |no longer )?(?:a |an |the )?)?(?<n>duo|pair|trio|troika|threesome|quartet|foursome|quintet)\\b`, 'gi') },
  // The same noun in an appositive: "AUKUS, a quartet of maritime democracies, was designed …". It
  // must count the countries ("of … democracies") or close the appositive: not "AUKUS, a pair of
  // submarines later, …".
  { re: new RegExp(`${NOT_AFTER_PREPOSITION}${O}(?:,|\\s*[—–(])\\s*(?:a |an |the )?(?:[\\w-]+ )?(?<n>duo|pair|trio|troika|threesome|quartet|foursome|quintet)(?= of (?:[\\w-]+ ){0,2}?(?:democracies|nations|countries|allies|powers|states|governments|partners|members)\\b|\\s*[,—–)])`, 'gi') },
  // "All four AUKUS defence ministers signed …": one minister (leader, navy) for each member, all of them.
  { re: new RegExp(`\\ball ${N} (?:of )?(?:the )?${O} (?:(?:defen[cs]e|foreign|trade|finance|industry) )?(?:ministers|leaders|heads of government|navies|capitals|governments)\\b`, 'gi') },
  // "- Slide 2: AUKUS = 4 partners, 2 pillars, 1 mission": a note that equates the name with a count.
  { re: new RegExp(`${O}\\s*[=:]\\s*${N} (?:[\\w-]+ )?${NOUN}\\b`, 'gi') },
  // "All four of its member states": "all" makes the partitive the whole membership.
  { re: new RegExp(`\\ball ${N} of (?:the |its |their )?(?:${O} )?(?:${STANDING} )?${NOUN}\\b(?! of\\b)`, 'gi') },
  // "The quartet of AUKUS nations has pledged …": "the" makes the group noun all of them ("a pair
  // of AUKUS partners" is two of them).
  { re: new RegExp(`\\bthe (?<n>duo|pair|trio|troika|threesome|quartet|foursome|quintet) of (?:the )?${O} ${NOUN}\\b`, 'gi') },
  { re: new RegExp(`\\b${N} (?:[\\w-]+ )?(?:countries|nations|members|partners|states|governments|democracies) (?:that |which |who )?(?:make up|makes up|made up|form|formed|comprise|constitute|belong to|are in|sit in|are members of) ${O}`, 'gi') },
  // "Ministers from the foursome that makes up AUKUS met …": a group noun that makes up the organisation.
  { re: new RegExp(`\\bthe (?<n>duo|pair|trio|troika|threesome|quartet|foursome|quintet) (?:that |which |who )?(?:make up|makes up|made up|form|forms|formed|comprise|comprises|constitute|constitutes) ${O}`, 'gi') },
  // "AUKUS expands into a quintet", "The trio became a quartet in 2023": the group noun it grows into.
  { re: new RegExp(`${O} (?:[\\w]+ly |now |has |have |had |since |already )*(?:(?:expands?|expanded|grows?|grew|grown|turns?|turned|becomes?|became) (?:in)?to|becomes?|became|has become|had become) (?:a |an )?(?<n>duo|pair|trio|troika|threesome|quartet|foursome|quintet)\\b`, 'gi') },
  // "Number of AUKUS members — two", "| AUKUS | members: 4 |": a count as a label and its value.
  { re: new RegExp(`\\bnumber of ${O} ${NOUN}\\s*(?:[:—–=]|\\sis|\\swas)\\s*${N}(?=\\s*(?:[.;,|)]|$))`, 'gi') },
  { re: new RegExp(`${O}\\s*\\|\\s*(?:${NOUN}|member count|(?:no\\.?|number) of (?:members|partners|countries|nations))\\s*(?::|\\|)\\s*${N}(?=\\s*(?:\\||$))`, 'gi') },
  // A label or a table row written as a line: "AUKUS members: 4", "| AUKUS members | 4 |".
  { re: new RegExp(`${O} (?:${NOUN}|member count|number of members)(?: \\(count\\))?\\s*(?::|\\s\\|)\\s*${N}(?=\\s*(?:[.;,|)]|$))`, 'gi') },
  // "AUKUS grows beyond its founding three", "the pact has expanded beyond its original three
  // members": a size grown past is at least one more.
  { re: new RegExp(`${O}(?! (?:Pillar|pillar)) (?:[\\w]+ly |now |has |have |had )*(?:grows?|grew|grown|growing|expands?|expanded|expanding|moves?|moved|moving|goes|went|gone|reaches|reached|extends?|extended) (?:[\\w]+ly )?beyond (?:its |their |the |⟦O\\d+⟧ )?(?:${STANDING} |original |first |initial )?${N}(?: (?:${STANDING} |original )?(?:${NOUN}|founders))?(?=\\s*(?:[,.;:!?—–)]|$))`, 'gi'), atLeast: true, beyond: true },
  { re: new RegExp(`\\b(?<n>fourth|fifth|sixth|seventh) (?:${O} )?(?:[\\w-]+ )?(?:member|partner|country|nation|signatory|state|participant)\\b`, 'gi'), atLeast: true },
];

/** Whether a pack's membership fact lists the country. */
function isAnyMember(ctx: SentenceContext, id: string): boolean {
  return ctx.facts.some((f) => f.kind === 'membership' && f.members.includes(id));
}

/**
 * "A fourth AUKUS member remains, for now, a topic for seminars", "… is not on the agenda": a newcomer spoken of as a topic of
 * discussion is an idea, not an arrival (read to the end of the clause, as other hedges on "fourth" are).
 */
const A_TOPIC = /\b(?:an? (?:topic|subject|matter|question) (?:for|of)|talking point|thought experiment|(?:the|an?) (?:idea|notion) of|(?:on|off) the (?:agenda|table|cards)|in the cards|under (?:discussion|consideration|review))\b/i;

/** "no longer" right before the count: "is no longer a trilateral pact", "no longer has three members". */
const NO_LONGER = /\bno longer\s+(?:(?:be|is|are|was|were|has|have|had|a|an|the|counts?|numbers?)\s+)*$/i;
/**
 * "AUKUS is not a trilateral pact", "AUKUS does not have three members": the count itself denied,
 * the pact its subject and the counted phrase closing the clause. Not "not a trilateral alliance
 * but …" nor "not a trilateral treaty", which may deny the noun; not "not just a trilateral pact".
 */
const DENIED_RIGHT_AFTER_NAME = /⟦O\d+⟧\s+(?:(?:is|was)\s+(?:not|never)|isn't|wasn't|(?:does|did)\s+not\s+have|(?:doesn't|didn't)\s+have|has\s+(?:not|never)\s+had)\s+(?:(?:a|an)\s+)?$/i;
const COUNTED_PHRASE_CLOSES = /^(?:[\s-]+(?:[\w-]+\s+)?(?:pact|partnership|grouping|group|arrangement|bloc|club|framework|body|members|partners|nations|countries|states|governments))?\s*(?:[.;:!?—–)]|$)/i;
/** "It is a myth that AUKUS has three members": a denial that opens the clause, the pact its subject and the count its predicate. */
const COUNT_DENIED_BY_LEAD = /(?:\bthat|^[\s*_>]*)\s+(?:the\s+)?⟦O\d+⟧\s+(?:\w+ly\s+)?(?:has|have|had|is|was|counts|numbers)\s+(?:(?:only|just|a|an)\s+)?$/i;
const NOUN_IN_DOUBT = /\b(?:alliance|treaty|agreement|accord|compact|coalition)\b/i;
function plainDenial(text: string, from: number, wordAt: number, end: number, clauseEnd: number): boolean {
  const after = text.slice(end, clauseEnd);
  return DENIED_RIGHT_AFTER_NAME.test(text.slice(from, wordAt)) && COUNTED_PHRASE_CLOSES.test(after) && !NOUN_IN_DOUBT.test(text.slice(wordAt, end) + after.slice(0, 30));
}
const PICKS_SOME_OUT = /^\s+(?:(?:that|which|who) (?:also |both |alone |still )?(?:belong|are|were|sit|sat|have|had|share|shared|border|field|operate|build|hold|lie|own|possess)\b|with (?:[\w-]+ ){0,2}?(?:navies|fleets|submarines|weapons|arsenals|forces|economies|coasts|bases|seats?)\b|(?:in|from|on|outside|beyond) (?:the )?(?:[\w-]+ ){0,2}?(?:Pacific|Indo-Pacific|Atlantic|Europe|Asia|hemisphere|region|continent)\b)/i;
const MADE_INTO = /\bto (?:make|turn|transform|render|convert|expand|grow) (?:the )?⟦O\d+⟧(?:['’]s?)? (?:into )?(?:an? |the )?$/i;
const DEFINITE_PHRASE = /^(?:the|its|their|this|that)\s/i;
const MEMBERS_IN = /^(?:(?:the|its|their|all) )?(?:only |all )?[\w-]+ (?:countries|nations|members|partners|states|governments|democracies) (?:in|within|inside) (?:the )?$/i;
const PICKED_OUT = /^⟦O\d+⟧(?:['’]s?)?\s+(?:that|which|who|with|to)\b/i;
/**
 * "Britain and its two AUKUS partners": "its" is the country named just before, so the number counts
 * the others and the membership is one more. Not "AUKUS and its three members" ("its" is the pact).
 */
const COUNTRY_AND_ITS = /⟦L(\d+)⟧,? (?:and|with|alongside|along with|together with|joined by) $/;
function besidesNamed(ctx: SentenceContext, match: string, start: number): number {
  if (!/^its\b/i.test(match)) return 0;
  const m = COUNTRY_AND_ITS.exec(ctx.template.text.slice(Math.max(0, start - 30), start));
  if (m) return ctx.template.tokens[Number(m[1])]?.ids.length === 1 ? 1 : 0;
  // "Australia relies on its two AUKUS partners": with no name between, "its" is the country named
  // last before it, so again the number counts the others.
  const last = LAST_NAME_BEFORE.exec(ctx.template.text.slice(0, start));
  return last?.[1] === 'L' && ctx.template.tokens[Number(last[2])]?.ids.length === 1 ? 1 : 0;
}
const LAST_NAME_BEFORE = /⟦([LO])(\d+)⟧(?![^⟦]*⟦)/;

export function countClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const claims: Claim[] = [];
  for (const { re, atLeast, elliptical, beyond, nounPhrase, both, gapped } of FRAMES) {
    // "Britain and the US have nuclear navies. Both AUKUS members …", "Australia buys from both
    // AUKUS partners": with a country named, "both" may pick two of the three.
    // A country the sentence before names that belongs to no pack grouping ("… to counter China") picks none out.
    if (both && (ctx.template.tokens.some((x) => x.type === 'L') || ctx.previous?.tokens.some((x) => x.type === 'L' && x.ids.some((id) => isAnyMember(ctx, id))))) continue;
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      // Without its noun, a number counts members only where a count came before: in the sentence
      // before, or earlier in this one ("Many assume AUKUS has three members, but it actually has four",
      // "Whereas ANZUS has three parties, AUKUS has four").
      if (elliptical && !COUNTED_BEFORE.test(ctx.previous?.text ?? '') && !COUNTED_BEFORE.test(ctx.template.text.slice(0, start))) continue;
      const tokens = clauseTokens(ctx, clause);
      // "With four partners around the table, though, the pact is …": a fronted with-phrase counts
      // the subject after its comma, however far off.
      const subject = /^with\b/i.test(m[0]) ? subjectAfterWith(ctx, start) : undefined;
      const group = subject ?? (POSSESSIVE.test(m[0]) ? groupingBefore(ctx, tokens, start) : undefined) ?? nearestGrouping(ctx, tokens, start, end);
      // A count describes the organisation only next to it: "the four-member AUKUS framework",
      // "As a quadrilateral grouping, AUKUS", not "a bilateral agreement … under AUKUS".
      if (group?.type !== 'O' || (!subject && distanceTo(ctx, group, start, end) > 25)) continue;
      // "The Quad … is often mentioned with AUKUS, though the four-nation grouping carries no treaty
      // obligations": a description opening a new clause may mean either grouping the sentence names.
      if (!subject && ambiguousDescription(ctx, group, start)) continue;
      // "a bilateral agreement under AUKUS" counts the agreement, not AUKUS; so does "a bilateral
      // pact that long predates AUKUS", where a relative clause relates the counted pact to AUKUS.
      const orgAt = markerAt(ctx.template, group);
      // "The two countries in the pact share …" count its members, unless a relative picks some of them out.
      const membersIn = MEMBERS_IN.test(ctx.template.text.slice(start, orgAt)) && !PICKED_OUT.test(ctx.template.text.slice(orgAt));
      if (orgAt >= end && !membersIn && /\b(?:under|within|inside|through|in|with|alongside|beside|outside|beyond|for|to|from|and|that|which)\b/i.test(ctx.template.text.slice(end, orgAt))) continue;
      // After a fronted with-phrase the main clause's modal ("the pact would move slowly") makes the
      // count a supposition; its future does not ("AUKUS was never going to be nimble" states why).
      const version = nounPhrase && aVersionOfTheName(ctx, group, end);
      // A definite noun phrase's count is read from its own words: "Japan, which has not been invited
      // into the four-member AUKUS alliance" denies the invitation, not the count ("has not joined a
      // four-member AUKUS" may deny that there is one).
      const phraseStart = nounPhrase ? nounPhraseStart(ctx, start) : undefined;
      const a = assessMatch(ctx, clause, start, end, { futureIsHedge: !subject, hedgeToClauseEnd: Boolean(atLeast) || Boolean(subject) || version, extraHedge: atLeast ? A_TOPIC : undefined,
        hedgeFrom: phraseStart, negationFrom: phraseStart !== undefined && DEFINITE_PHRASE.test(ctx.template.text.slice(phraseStart)) ? phraseStart : undefined });
      if (!a.asserted) continue;
      // "The two AUKUS members that also belong to ANZUS", "… with nuclear navies": a restrictive
      // phrase after a definite count picks some of the members out; it does not count them all.
      if (nounPhrase && PICKS_SOME_OUT.test(ctx.template.text.slice(end, clause.end))) continue;
      // "It would take a fourth signatory to make AUKUS a quadrilateral pact": the state a purpose aims at.
      if (MADE_INTO.test(ctx.template.text.slice(Math.max(clause.start, start - 50), start))) continue;
      // "AUKUS is no longer a threesome": a change denied says the count is not this one any more. Other
      // negations stay unread ("not a trilateral alliance but a partnership" may deny the noun).
      const wordAt = start + m[0].toLowerCase().indexOf(m.groups!.n.toLowerCase());
      const lead = ctx.template.text.slice(Math.max(clause.start, wordAt - 40), wordAt);
      const noLonger = a.negated && !atLeast && !gapped && (NO_LONGER.test(lead) || plainDenial(ctx.template.text, Math.max(clause.start, wordAt - 40), wordAt, end, clause.end) ||
        (Boolean(a.inverted) && COUNT_DENIED_BY_LEAD.test(lead)));
      if (a.negated && !noLonger) continue;
      // "a four-nation version of the pact that does not exist": the counted thing is denied to exist.
      if (DOES_NOT_EXIST.test(ctx.template.text.slice(end, clause.end))) continue;
      const word = m.groups!.n.toLowerCase();
      const besides = besidesNamed(ctx, m[0], start);
      const numberAt = start + (gapped ? m[0].toLowerCase().lastIndexOf(word) : m[0].toLowerCase().indexOf(word));
      const span = { start: ctx.template.toProse(numberAt), end: ctx.template.toProse(numberAt) + word.length };
      claims.push({
        kind: 'count', sentence: ctx.sentence, organisation: org(group), positive: !noLonger, entities: [],
        count: { value: NUMBERS[word] + (beyond ? 1 : 0) + besides, atLeast: Boolean(atLeast), span, text: ctx.text.slice(span.start, span.end), ...(beyond ? { beyond } : {}), ...(besides ? { besides } : {}) },
      });
    }
  }
  return claims;
}

/**
 * A relative clause right after the counted phrase that denies it exists: "a four-nation version of
 * the pact that does not exist", "a quadrilateral AUKUS, which has never existed". Only within the
 * phrase (its of-phrase and the name may stand between), not a later clause's "that"; not a time
 * ("which did not exist until 2023") nor a purpose ("that does not exist to contain China").
 */
const DOES_NOT_EXIST = /^(?:\s+(?:[\w-]+\s+){0,3}?(?:of|for|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:⟦O\d+⟧|pact|alliance|partnership|grouping|bloc))?(?:\s+(?:[\w-]+\s+)?(?:pact|alliance|partnership|grouping|bloc|version|arrangement|framework))?,?\s+(?:that|which)\s+(?:(?:does|did|do)\s+not|doesn't|didn't|don't|never|has\s+never|had\s+never|have\s+never|no\s+longer|only)\s+(?:yet\s+|really\s+|actually\s+)?(?:exists?|existed|been\s+(?:formed|created|set\s+up)|materiali[sz]ed|came\s+(?:about|into\s+being)|come\s+(?:about|into\s+being))\b(?!\s+(?:until|till|before|in\s+⟦D|at\s+the\s+time|then|back\s+then|to|for|solely|merely|just|only)\b)/i;

/**
 * The subject a fronted with-phrase describes: the organisation right after the phrase's comma,
 * past a connective ("With four partners around the table, though, the pact …"). Not the
 * organisation's talks or summit ("With four partners, the AUKUS summit …").
 */
const SUBJECT_AFTER_WITH = /^with\b[^,;⟦]*,\s*(?:(?:though|however|then|now|still|already|of course|inevitably|predictably),\s*)?(?:the\s+)?⟦O(\d+)⟧(?!(?:'s?)? (?:Pillar|pillar|summit|talks|meetings?|working|projects?|programmes?|programs?|exercises?)\b)/i;
function subjectAfterWith(ctx: SentenceContext, start: number): Token | undefined {
  const m = SUBJECT_AFTER_WITH.exec(ctx.template.text.slice(start));
  return m ? ctx.template.tokens[Number(m[1])] : undefined;
}

/** The count right before the bare name under "a": one version of the organisation (see versionOfTheName). */
function aVersionOfTheName(ctx: SentenceContext, group: Token, end: number): boolean {
  const after = ctx.template.text.slice(end);
  return markerAt(ctx.template, group) === end + after.length - after.trimStart().length && versionOfTheName(ctx, group);
}

/** "its five members", "their four partners": a possessive pronoun counts the grouping named before it. */
const POSSESSIVE = /^(?:its|their) /i;

/**
 * "Unlike the Five Eyes, with its five members, AUKUS is trilateral": "its" refers back to the
 * last grouping named before it, even when the organisation stands nearer after it. None named
 * before ("With its four members, AUKUS …"): the nearest one decides.
 */
function groupingBefore(ctx: SentenceContext, tokens: Token[], start: number): Token | undefined {
  let best: Token | undefined;
  let bestAt = -1;
  for (const t of tokens) {
    if (t.type !== 'O' && t.type !== 'G') continue;
    const at = markerAt(ctx.template, t);
    if (at < start && at > bestAt) { best = t; bestAt = at; }
  }
  return best;
}

function distanceTo(ctx: SentenceContext, t: Token, start: number, end: number): number {
  const at = markerAt(ctx.template, t);
  return at >= end ? at - end : at < start ? start - (at + 4) : 0;
}

const NEW_CLAUSE = /(?:[;:]|,\s*(?:though|although|but|while|whereas|and|yet|so)\b|\b(?:though|although|while|whereas)\b)\s*(?:the|this|that)\s+$/i;
function ambiguousDescription(ctx: SentenceContext, org: Token, start: number): boolean {
  // The organisation named before the clause, or a noun that only refers back to it ("the four-nation grouping").
  const from = org.viaAnaphor ? Math.max(0, start - 60) : markerAt(ctx.template, org);
  return from < start && NEW_CLAUSE.test(ctx.template.text.slice(from, start)) && ctx.template.tokens.some((t) => t.type === 'G');
}

/** The grouping a count belongs to: the organisation or another grouping, whichever is nearer. */
function nearestGrouping(ctx: SentenceContext, tokens: Token[], start: number, end: number): Token | undefined {
  let best: Token | undefined;
  let bestDistance = Infinity;
  for (const t of tokens) {
    if (t.type !== 'O' && t.type !== 'G') continue;
    const at = markerAt(ctx.template, t);
    const distance = at >= end ? at - end : at < start ? start - at : 0;
    if (distance < bestDistance) { best = t; bestDistance = distance; }
  }
  return best;
}
