import type { Claim } from './claim';
import { ASIDE_AFTER_NAME, assessMatch, clauseTokens, matchClauses, type SentenceContext } from './frameContext';
import { markerAt, type Token } from './template';
import { provedRight } from './context';

/*
 * Founding frames: the organisation founded / launched / inaugurated, its founding, birth or
 * launch date, "the 2021 AUKUS agreement". A date near the frame in the same clause is the
 * claimed founding date; it is compared at the precision the writer used.
 */
const O = "(?<o>⟦O\\d+⟧)(?:'s?)?";
const PASSIVE = 'founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|formali[sz]ed|born|signed|sealed|struck|agreed|started|begun|conceived|forged|inked|(?:cobbled|stitched|pieced|put|thrown|knocked) together|hammered out';
/**
 * "AUKUS, the partnership under which Australia is to acquire … and which Beijing has condemned …,
 * was formally inaugurated on 16 September 2020": a long appositive renaming the pact, then its verb
 * and date; the date is the verb's own.
 */
const LONG_APPOSITIVE = `${O}, (?:(?:the|a|an) (?:[\\w-]+ ){0,3}?(?:pact|partnership|alliance|agreement|grouping|deal|arrangement)\\b|(?:(?:the|a|an) )?(?:[\\w-]+ ){0,3}?⟦O\\d+⟧)[^;]{0,240}?, (?:was|were) (?:[\\w]+ly )?(?:${PASSIVE}) (?:in|on) (?<d>⟦D\\d+⟧)(?=\\s*(?:[,.;:)—–]|$|(?:by|to|as|amid)\\b))`;
/** "late 2020", "early 2021", "mid-2020": a part of the year, read at the year's precision. */
const PART_OF_YEAR = '(?:(?:late|early|mid-?) ?)?';
/** Participles that name a founding even without "was": "AUKUS, founded in 2021" or "AUKUS formed in 2021". */
const BARE = 'founded|established|inaugurated|formed|born|created|set up';
/** Ordinals that count an anniversary ("first" also opens "its first launch"). */
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)';
const AGES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NOUNS = 'founding|foundation|establishment|launch|unveiling|announcement|inauguration|formation|creation|birth|birthday|start|signing|beginning|genesis|origins?|inception';
/** What may follow the organisation when it is the object of a founding verb: the end of the phrase or a noun for the pact itself. */
const OBJECT_ENDS = "(?=\\s*(?:$|[.,;:!?—–()*_\\]\"'”’]|(?:by|in|into (?:existence|being|force|law)|on|at|as|with|during|via|virtually|jointly|together|between them|and|to|from|after|amid|pact|partnership|alliance|agreement|deal|accord|treaty|framework|security|defen[cs]e|trilateral|itself)\\b))";
/**
 * "Founded in March 2021, months before the withdrawal from Afghanistan, AUKUS was …": a fronted
 * participle with its date describes the subject after the comma (an aside may stand between, even
 * one naming another grouping: "Launched in June 2021 on the margins of the G7 summit, AUKUS …").
 */
/** A noun after the name that makes it a modifier: "the AUKUS pathway", "AUKUS Pillar II" are not the pact. */
const PACTS_OWN_NOUN = ' (?:Pillar|pillar|pathway|submarines?|boats|deal|projects?|programmes?|programs?|summit|talks|review|partners|members|nations|countries|leaders|governments|ministers|exercises?|plan|roadmap)\\b';
const FRONTED_PARTICIPLE = `^[\\s*_]*(?:having been )?(?:[\\w]+ly )?(?:${'founded|established|set up|created|launched|unveiled|inaugurated|formed|born|forged|signed'}) (?:in|on) (?<d>⟦D\\d+⟧)(?:,| (?=on |at |during |amid |after |before ))(?: ?(?:[^,;⟦]|⟦G\\d+⟧){1,80},)? (?:the )?(?:(?:trilateral|three-way|three-nation|new|landmark|historic|security|defen[cs]e) )*(?<o>⟦O\\d+⟧)(?!['’]|${PACTS_OWN_NOUN})(?<subject>)`;
/**
 * "AUKUS, launched by Morrison, Johnson and Biden in a joint virtual announcement in September 2020,
 * was …", "The AUKUS pact, first unveiled at a naval base in San Diego in March 2023, …": a
 * participle set off after the name reaches its date across its own by- or at-phrase, but not
 * across a time word that dates something else ("announced after talks that began in 2020").
 */
const LONG_PARTICIPLE = `${O}(?: (?:between|among|of) ⟦L\\d+⟧)?, (?:[\\w]+ly |first )?(?:${'founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|forged'}) (?:by|at|during|with|via|through|amid)\\b(?:(?!\\b(?:since|after|before|until|following|later|earlier|ago|than|anniversary|began|begun|started)\\b|⟦[DOG])[^;]){0,100}?\\b(?:in|on) (?<d>⟦D\\d+⟧)(?=\\s*(?:[,)—–]|$))`;
/**
 * "AUKUS, the trilateral pact that Scott Morrison, Boris Johnson and Joe Biden unveiled in
 * September 2020, …": an object relative clause whose founders found the organisation at the
 * date that closes it, also after a place or an occasion ("unveiled at Point Loma in San Diego in
 * March 2023"). Not "the deal with AUKUS, which Tokyo signed in 2024": after a preposition
 * the clause may describe the head noun, not the organisation.
 */
const RELATIVE = `(?<!\\b(?:of|to|for|on|about|under|with|from|into|by|within|inside|through|against) (?:the )?)${O}(?:(?:,| is| was)? (?:the |a |an )?(?:[\\w-]+ ){0,2}?(?:⟦O\\d+⟧|pact|alliance|partnership|agreement|grouping|accord|compact))?,? (?:that|which) (?:(?!⟦[OGD])[^;]){1,100}? (?:[\\w]+ly |first )?(?:founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|forged|signed|sealed|struck|inked) (?:(?:in|at) (?:the |a |an )?(?:(?:[\\w-]+|⟦L\\d+⟧),? ){1,4}?){0,2}(?:in|on) (?<d>⟦D\\d+⟧)(?=\\s*(?:[,)—–.]|$))`;
/**
 * "Not until the spring of 2022 was AUKUS formally launched", "Only in 2022 was AUKUS set up": a
 * fronted time phrase inverts the clause and dates the founding all the same.
 */
const INVERTED = `^[\\s*_]*(?:not until|only (?:in|on|during)?) ?(?:(?:the )?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end) of )?(?<d>⟦D\\d+⟧),? (?:was|were) (?:the )?${O} (?:[\\w]+ly )?(?:${PASSIVE})\\b`;
/**
 * "AUKUS, the security pact signed by Australia, the UK and the US in 2020, …": an appositive that
 * renames the organisation dates it through its participle, the founders' by-phrase between.
 * A reduced relative's subject may stand before the verb, and a with-phrase after it: "AUKUS, the
 * security pact it launched with Britain and the United States in 2020", "the pact they signed in 2020".
 */
const RELATIVE_SUBJECT = '(?:(?:that |which )?(?:⟦[OL]\\d+⟧|it|they|we|the (?:three |two )?(?:leaders|governments|allies|partners|countries|nations)) )?';
const APPOSITIVE_PARTICIPLE = `${O}, (?:(?:the |a |an )?(?:[\\w-]+ ){0,3}?⟦O\\d+⟧|(?:the |a |an )?(?:[\\w-]+ ){0,3}?(?:pact|alliance|partnership|agreement|grouping|arrangement|treaty|accord|bloc|framework|compact|coalition))(?: (?:between|among|of|linking|joining) ⟦L\\d+⟧)?,? ${RELATIVE_SUBJECT}(?:[\\w]+ly |first )?(?:${PASSIVE})(?: (?:jointly )?(?:by|with) (?:the )?(?:(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?⟦L\\d+⟧|(?:three |two |four )?(?:leaders|governments|allies|partners|prime ministers)))? (?:in|on) (?<d>⟦D\\d+⟧)`;
/** "The review of AUKUS was announced by …": after a preposition the organisation is an object, and the verb is another noun's. */
const NOT_AN_OBJECT = '(?<!\\b(?:of|to|for|on|about|under|with|from|into|by|within|inside|through|against) (?:the )?)';
/** How it was announced: "in a joint video address", "in a televised statement". */
const MEDIUM = 'in an? (?:[\\w-]+ ){0,3}?(?:address|statement|announcement|press conference|news conference|broadcast|video link|videoconference|video call|call|ceremony)';
/**
 * A comma inside a list of names ("by Scott Morrison, Boris Johnson and Joe Biden"): a few words,
 * then another comma or "and". Not a serial comma before "and": in "…, held virtually, and Japan
 * joined in 2023" what follows it may be a clause of its own.
 */
const LIST_COMMA = ",(?= (?:[\\w.'’-]+ ){0,5}?[\\w.'’-]+(?:,(?! and\\b)| and\\b))";
/**
 * "Aukus was unveiled by the three leaders at a joint virtual press conference in October 2021": a
 * passive founding reaches its date across its by- and at-phrases, as LONG_PARTICIPLE does; so
 * does a relative aside: "Aukus — which was announced in a joint video address in December 2021 — …".
 * The founders may be listed with commas: "Aukus was launched by Scott Morrison, Boris Johnson and
 * Joe Biden in a joint virtual announcement in June 2021".
 */
const LONG_PASSIVE = `${NOT_AN_OBJECT}${O}(?:(?:,|\\s*[—–(])\\s*(?:which|that))? (?:was|were) (?:[\\w]+ly )?(?:${'founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|forged|signed'}) (?:by|at|during|with|via|through|amid|${MEDIUM})\\b(?:(?!\\b(?:since|after|before|until|following|followed|preceded|that|which|later|earlier|ago|than|anniversary|began|begun|started)\\b|⟦[DOG])(?:[^;,]|${LIST_COMMA})){0,160}?\\b(?:in|on) (?<d>⟦D\\d+⟧)(?=\\s*(?:[,.;)—–]|$))`;
/**
 * "AUKUS has existed since March 2021": the start of its existence is its founding. So is "in place
 * since", also as an aside ("AUKUS, in place since 2017, has survived …").
 */
const EXISTED_SINCE = `${O}(?: (?:has|had) (?:existed|been around|been in existence|been in place)|,? (?:in place|in existence|around))(?: (?:in (?:some|one) form(?: or another)?|in its (?:current|present) form|formally|officially))? since (?<d>⟦D\\d+⟧)`;
/**
 * Gapping: "ANZUS was signed in 1951 and AUKUS in 2001" leaves out the second clause's verb, which
 * the first gives; the organisation right after "and", then only a date, is founded at that date.
 */
const GAPPED = `\\b(?:was|were|had been|has been) (?:[\\w]+ly )?(?:${PASSIVE}) (?:in|on) ${PART_OF_YEAR}⟦D\\d+⟧,? (?:and |while |whereas )?(?:the )?${O} (?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)(?=\\s*(?:[,.;:)—–]|$))`;
/**
 * "AUKUS is older than the Quad, having been founded in 2005": a trailing perfect participle
 * describes the sentence's subject, however many groupings stand in the predicate between. The
 * organisation must open the sentence as that subject (not "AUKUS's first deal", "AUKUS Pillar II").
 */
const SUBJECT_PARTICIPLE = `^[\\s*_>-]*(?:the )?(?<o>⟦O\\d+⟧)(?![\\w'’]|${PACTS_OWN_NOUN})(?<subject>)(?:(?!⟦[OD])[^;]){1,80}?,\\s*(?:[\\w]+ly )?having been (?:[\\w]+ly )?(?:${PASSIVE}) (?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)(?=\\s*(?:[,.;:)—–]|$))`;
/** "## 2022: the year AUKUS was born", "The year AUKUS was founded — 2020": a date labelled as the founding's. */
const YEAR_OF = `(?:the )?(?:year|month|day|date) (?:that |when |in which |on which )?(?:the )?${O} (?:was|were) (?:[\\w]+ly )?(?:${PASSIVE})\\b`;
const FRAMES = [
  LONG_APPOSITIVE,
  // "NB: AUKUS signed Aug 2021 — add to timeline": a note's verb and its bare date.
  `${O} (?:[\\w]+ly )?(?:founded|launched|unveiled|signed|inaugurated|formed|established|est\\.?)(?= ⟦D\\d+⟧\\s*(?:$|[.;,—–)]))`,
  `(?<d>⟦D\\d+⟧)\\s*[:—–-]\\s*${YEAR_OF}(?=\\s*(?:$|[.!]))`,
  `^[\\s*_#>-]*${YEAR_OF}\\s*(?:[:—–-]|\\s(?:was|is))\\s*(?<d>⟦D\\d+⟧)(?=\\s*(?:$|[.!]))`,
  FRONTED_PARTICIPLE,
  SUBJECT_PARTICIPLE,
  GAPPED,
  APPOSITIVE_PARTICIPLE,
  LONG_PASSIVE,
  EXISTED_SINCE,
  INVERTED,
  LONG_PARTICIPLE,
  RELATIVE,
  // After a preposition only the founders themselves make the clause the pact's founding: "Beijing's
  // reaction to AUKUS, which the three leaders launched in September 2020" (not "the deal with AUKUS,
  // which Tokyo signed in 2024").
  `(?<=\\b(?:of|to|for|on|about|against|with|under|from) (?:the )?)${O},? (?:that|which) the (?:three |two )?(?:leaders|governments|allies|partners|countries|nations) (?:[\\w]+ly |jointly |first )?(?:founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|forged|signed|sealed|struck) (?:in|on) (?<d>⟦D\\d+⟧)(?=\\s*(?:[,)—–.]|$))`,
  // Active verbs look the same ("AUKUS agreed in 2024 to…"): require "was", or a bare founding participle.
  // An intensifier may stand before it: "The pact itself was announced on September 16th, 2019".
  // So may the writer's own correction: "…, but it was in fact set up in 2018", "AUKUS was, in fact, founded in 2021".
  `${O}(?: itself)?(?:${ASIDE_AFTER_NAME})? (?:was|were|is|had been|has been|being)(?:,? (?:in fact|indeed|in reality),?)? (?:[\\w]+ly |first )?(?:${PASSIVE})\\b`,
  `${O},? (?:which|that) (?:was|were|had been|has been) (?:[\\w]+ly |first )?(?:${PASSIVE})\\b`,
  `${O},? (?:[\\w]+ly )?(?:${BARE})(?=[: ]+(?:in |on )?${PART_OF_YEAR}⟦D)`,
  // A pipe row that is no table (no delimiter row) reads as a line: "| AUKUS | established late 2020 |",
  // or with the reference abbreviation: "| AUKUS | est. 2022 | trilateral |", or a label cell: "| AUKUS | founded | 2020 |".
  `${O}\\s*\\|\\s*(?:[\\w]+ly )?(?:${PASSIVE}|(?:est|estd)\\.?|founding date|date (?:founded|established|of founding)|year (?:founded|established))(?:[: ]+|\\s*\\|\\s*)(?:in |on )?${PART_OF_YEAR}(?<d>⟦D\\d+⟧)(?=\\s*(?:\\||$))`,
  // A line of fields after the name: "- **AUKUS** · members: Canberra / London / Washington · founded: October 2021".
  `^[\\s*_>-]*${O}[*_]*\\s*[·•;|—–:](?:[^·•;|⟦]|⟦[LD]\\d+⟧)*?(?:[·•;|]\\s*)(?:founded|established|launched|formed|created|inaugurated|est\\.?|estd|date (?:founded|established|of (?:founding|establishment)))\\s*[:=]\\s*(?<d>⟦D\\d+⟧)(?=\\s*(?:$|[·•;|.]))`,
  // A name as a label, then its founding: "AUKUS — founded: 2019", "- AUKUS: est. 2019".
  `^[\\s*_]*${O}[\\s*_]*[:—–-]+\\s*(?:[\\w]+ly )?(?:est|estd|${PASSIVE})\\.?(?=[: ]+(?:in |on )?${PART_OF_YEAR}⟦D\\d+⟧[\\s*_]*(?:$|[.;,)|]))`,
  // Reference style: "AUKUS (est. 2023)", "AUKUS (founded 2021)", "AUKUS, est. 2021".
  // "The trilateral AUKUS pact (formally inaugurated on 16 September 2020) committed …"
  `${O}\\s*(?:\\(\\s*(?:[\\w]+ly )?(?:est|estd|${PASSIVE})|,\\s*(?:est|estd))\\.?(?=[: ]+(?:in |on )?⟦D)`,
  // A timeline item: a date label, then the event ("- **June 2021** — AUKUS formally inaugurated by …").
  // The participle has no object: "- March 2023 — AUKUS announced the submarine pathway" is a later act.
  `^[\\s*_|]*(?<d>⟦D\\d+⟧)[\\s*_]*(?:[:—–-]+|\\|)\\s*${O},? (?:[\\w]+ly )?(?:${PASSIVE})\\b(?=\\s*(?:$|[.,;:—–(]|(?:by|in|on|at|as|with|during|via|virtually|jointly)\\b))`,
  // "Two years after its 2022 launch, AUKUS …": a founding noun dated by the year before it.
  // Not "its March 2023 announcement" (the pact announces much) nor "its 2023 launch of …".
  // "The AUKUS agreement of 2019 marked a turning point": the pact named with its noun and dated
  // by "of", as "the 2019 AUKUS agreement" is (the name and noun are checked below). Not "the
  // AUKUS agreement of 2024 on naval propulsion", a later agreement made under it.
  `${O}(?<of> of )(?<d>⟦D\\d+⟧)(?!\\s+(?:on|for|to|with|between|among|covering|concerning|about|regarding|that|which)\\b)`,
  `${O} (?<d>⟦D\\d+⟧) (?:formal |official )?(?:founding|foundation|establishment|launch|inauguration|formation|creation|birth|inception)\\b(?! of\\b)`,
  // "Critics of AUKUS, a 2019 agreement that few saw coming, …": an appositive that dates the pact.
  // Not "AUKUS, a 2023 agreement on submarines": an agreement on something is another one.
  `${O}, (?:a|an) (?<d>⟦D\\d+⟧) (?:[\\w-]+ )?(?:agreement|pact|accord|alliance|partnership|treaty|compact|arrangement)\\b(?! (?:on|about|over|for|to|with|covering|concerning|regarding)\\b)`,
  // "The AUKUS founding statement of 16 September 2019": the founding act's own document or event, dated.
  `${O} (?:founding|inaugural|launch) (?:statement|declaration|announcement|summit|communiqu[eé]|ceremony|document)s? (?:of|on|dated|from) (?<d>⟦D\\d+⟧)`,
  // "One timeline dates AUKUS to March 2021": the pact dated by someone (see DATES_THE_FOUNDING), theirs unless endorsed.
  `(?<=\\b(?:dates?|dated|dating|mis-?dat(?:es?|ed|ing)) (?:the )?)${O}(?: (?:founding|launch|creation|birth|start|origins?))? (?:back )?to ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)`,
  // "AUKUS dates from the San Diego summit of March 2023": dated through the occasion it dates from.
  `${O} (?:dates|dated|dating) (?:back )?(?:from|to) (?:the |a |an )?(?:[\\w-]+ |⟦L\\d+⟧ ){0,3}?(?:summit|meeting|statement|announcement|declaration|agreement|talks|ceremony|address) (?:of|in|on) (?<d>⟦D\\d+⟧)`,
  // A label ("- AUKUS launched: 15 June 2021") has no object, so any founding participle dates it.
  // A table row written as a line ("| AUKUS inaugurated | 16 September 2022 |") labels it the same way.
  `${O},? (?:[\\w]+ly )?(?:${PASSIVE})(?=\\s*(?:[:—–]|\\s\\|)\\s*(?:in |on )?⟦D)`,
  // "AUKUS, launched in 2020, …" and "the pact launched in September 2020 faces …": a participle
  // that is not the main verb (set off by a comma or a dash, "AUKUS — formally inaugurated on 16
  // September 2022 — remains …", or followed by the clause's own verb).
  `${O}(?: (?:between|among|of) ⟦L\\d+⟧)?(?:, |\\s*[—–]\\s*)(?:[\\w]+ly |first )?(?:${PASSIVE})(?= (?:in |on |at )?⟦D| (?:in|on|at) )`,
  // "AUKUS is a trilateral security pact between Australia, the UK and the US, established in
  // September 2020": a participle after the noun that renames the organisation dates it, also after
  // a short prepositional phrase ("a trilateral security partnership for the Indo-Pacific region, established on …").
  // So does a definition line: "AUKUS (n.): trilateral security pact launched in October 2021 by …".
  `${O}(?: (?:is|was|remains) (?:an? |the )|\\s*[:—–]\\s*(?:an? |the )?)(?:[\\w-]+ ){0,3}?(?:pact|alliance|partnership|agreement|grouping|arrangement|treaty|accord|bloc|framework|compact|coalition)(?: (?:for|in|across) (?:the )?[\\w-]+(?: [\\w-]+)?(?: region)?)?(?: (?:between|among|of|linking|joining) ⟦L\\d+⟧)?,? (?:[\\w]+ly )?(?:${PASSIVE})(?= (?:in|on) )`,
  // The same with the date set off by a comma before the clause's own verb: "The AUKUS agreement
  // signed on September 16, 2020, committed Australia to …" (not "announced in 2023, amid …").
  // Not an object relative: "The pathway AUKUS launched in 2023 sets out …" dates the pathway.
  `(?<!\\b(?:the|a|an|its|their|this|that) (?!(?:new|trilateral|security|defen[cs]e|landmark|historic|original)\\b)[a-z][\\w-]+ )${O} (?:[\\w]+ly )?(?:launched|unveiled|announced|signed|agreed|struck|forged|founded|established|created|formed|inaugurated)(?= (?:in|on) ⟦D\\d+⟧(?: (?!a |an |the |its |their |new |plans? |to )[a-z]+|, (?:[a-z]+ed|is|was|has|had|remains|will|would|set|put|made|gave|brought|became|began|took)\\b))`,
  // "AUKUS launched in 2020." with nothing after the date: the pact itself launched. Only as the
  // clause's subject: in "the pathway AUKUS unveiled in March 2023" it is what the pact unveiled.
  `^[\\s*_>]*(?:the )?${O} (?:[\\w]+ly )?(?:launched|debuted|kicked off)(?= (?:in|on) (?:${PART_OF_YEAR})?⟦D\\d+⟧\\s*(?:[.;!)]|$))`,
  // "AUKUS, a 2016 pact between …": a dated noun renaming the pact dates it.
  `${O}, (?:the |a |an )?(?<d>⟦D\\d+⟧) (?:[\\w-]+ ){0,2}?(?:pact|alliance|partnership|grouping|accord|treaty|compact|bloc)\\b(?! (?:on|for|to|over|about|with)\\b)`,
  `\\b(?:${NOUNS}) (?:date )?(?:of )?(?:the )?${O}`,
  `${O} (?:formal |official |(?<nth>${ORDINAL}) )?(?:${NOUNS}|anniversary)\\b`,
  // "AUKUS's founding statement, issued in May 2021": the founding document dated by its participle.
  `${O} (?:founding|inaugural|launch) (?:statement|declaration|communiqu[eé]|announcement|document|charter|agreement),? (?:[\\w]+ly )?(?:issued|released|published|signed|made|delivered|adopted) (?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)`,
  // "AUKUS turned one in September 2021": an age reached at a date puts the founding that many years before it
  // (also after an appositive's comma: "Their trilateral pact, AUKUS, turned two in September 2022").
  `${O},? (?:[\\w]+ly |has |had |just )*(?:turned|turns|turning|will turn) (?<age>one|two|three|four|five|six|seven|eight|nine|ten)(?: years? old)?\\b(?! (?:of|hundred|thousand|million|billion|percent|per)\\b)`,
  // "By the time of the Sankei report in April 2022, AUKUS was already two years old", "AUKUS was already
  // two years old when its leaders issued the April 2022 statement", "had been running for five years":
  // an age at a date, as "turned" gives. Not "almost" or "nearly" two years old: the age is rounded.
  `(?:^|[,;]\\s*|\\b(?:and|but) )[\\s*_>]*(?:by|in|at) (?:the time (?:of )?)?(?:[^⟦,;]{0,50}?)(?<d>⟦D\\d+⟧),\\s*(?:the )?${O} (?:was|had been|were) (?:already |just |only |by then |then )?(?:(?<age>one|two|three|four|five|six|seven|eight|nine|ten) years? old|(?:running|in (?:existence|operation|place)|around) for (?<age2>one|two|three|four|five|six|seven|eight|nine|ten) years?)\\b`,
  `${O} (?:was|had been) (?:already |just |only |by then )?(?:(?<age>one|two|three|four|five|six|seven|eight|nine|ten) years? old|(?:running|in (?:existence|operation|place)|around) for (?<age2>one|two|three|four|five|six|seven|eight|nine|ten) years?),? (?:when|by the time|as) (?:[^⟦;]|⟦O\\d+⟧){0,50}?(?<d>⟦D\\d+⟧)`,
  // "On the second anniversary of AUKUS in September 2023": the date is that many years after the founding.
  `\\b(?<nth>${ORDINAL}) anniversary of (?:the )?${O}`,
  // The organisation itself is the object: "announced the AUKUS submarine pathway" (or "AUKUS Pillar II")
  // names a later act of the pact, so a noun other than the pact's own may not follow.
  `\\b(?:founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|formali[sz]ed|signed|struck|sealed|forged|launch|launches|found|create|creates|form|forms|establish|establishes|sign|signs|unveil|unveils|announce|announces|inaugurate|inaugurates|built|build|builds)(?: (?:the|their|its)(?: (?:new|trilateral|security|defen[cs]e|historic|landmark|three-nation|three-way))*)? ${O}${OBJECT_ENDS}`,
  // "the 2022 summit that created AUKUS": a dated event that founded the pact dates its founding.
  `\\bthe (?<d>⟦D\\d+⟧) (?:[\\w-]+['’]? )?(?:summit|meeting|talks|conference|agreement|deal|announcement|call|video call|videoconference|ceremony|declaration|statement) (?:that|which) (?:[\\w]+ly )?(?:created|founded|launched|established|formed|produced|birthed|gave birth to|set up|inaugurated|unveiled) (?:the )?${O}(?![\\w'’])(?!\\s+(?:[Pp]illar|pathway|programmes?|programs?|projects?|submarines?|deals?|plans?|talks|working)\\b)`,
  // "Since its launch in March 2021, the three-way security pact has …": "its" points ahead to the subject.
  `^[\\s*_>]*(?:ever )?(?:since|after|before|until|from|at|with|following) its (?:formal |official )?(?:${NOUNS}) (?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧),\\s*(?:the )?${O}(?![\\w'’])(?!\\s+(?:[Pp]illar|pathway|programmes?|programs?|projects?|submarines?|deals?|plans?|talks|working)\\b)`,
  // "AUKUS, which Scott Morrison, Boris Johnson and Joe Biden unveiled together in March 2021, …": the pact as
  // the object of a relative clause whose verb founds it, the founders named as people.
  `${O},? (?:which|that) (?:(?!\\b(?:says?|said|claim(?:s|ed)?|believe[sd]?|think|thinks|thought|reported(?:ly)?|was|were|is|are|been|be)\\b)(?:[^,;:.⟦]|,\\s(?!(?:which|who|when|where)\\b))){1,70}?\\b(?:unveiled|launched|founded|formed|created|established|inaugurated|forged|set up) (?:together |jointly )?(?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)`,
  // "brought AUKUS into being in 2022": what is brought into being or existence is founded.
  `\\b(?:brought|brings|bring|bringing|called|calls|call) (?:the )?${O} into (?:being|existence)\\b`,
  // "How AUKUS came together in 2020": the pact itself coming together is its forming. Only with
  // the name as the subject: in "the AUKUS partners came together in San Diego" the leaders met.
  `${O} (?:[\\w]+ly |first |only |finally )?(?:came|comes|coming|come) together\\b`,
  // Not "AUKUS talks began in 2020": a noun after the name is what began; nor "the AUKUS partners
  // began consulting Japan": the members' doing, with an object, is no beginning of the pact.
  `${O}(?! (?:talks|negotiations|discussions|planning|consultations|work|cooperation|programmes?|projects?|exercises?|reviews?|partners|members|allies|governments|leaders|nations|countries|states|officials|ministers|navies)\\b)(?:,\\s(?:by contrast|in contrast|in fact|however|though|for its part|for the record|meanwhile|by comparison),)? (?:(?!⟦)[^,;]){0,20}?\\b(?:came into being|came into existence|saw the light of day|came to life|came about|was born|(?:began|started) life|(?:began|started)(?!\\s+(?:\\w+ing|to|a|an|the|its|their|work|talks|life)\\b)|dat(?:es|ed|ing) (?:only |just |back |all the way back )*(?:to|from)|goes back to|traces its origins to|traces back to|has existed since|has been around since)`,
  // A fronted participle describes the subject after its comma: not "Launched in March 2023, the
  // pathway under AUKUS …" nor "Signed in 2022, AUKUS's propulsion agreement …". The founders may
  // stand in it: "Set up in 2022 by Australia, the UK and the US, the AUKUS pact …".
  `^(?:set up|founded|established|created|launched|formed|unveiled|inaugurated|announced|signed|born)\\b(?:(?!⟦[OG])[^]){0,70}?(?:^|[,:—–]\\s*|\\bthe )(?<o>⟦O\\d+⟧)(?!['’]|${PACTS_OWN_NOUN})`,
  `(?<d>⟦D\\d+⟧)(?:'s)? ${O}(?<next> [a-z]+)?`,
].map((s) => new RegExp(s, 'gi'));

/** A match that opens with the organisation and a comma, dash or bracket: an appositive or aside describing it. */
const SET_OFF = /^⟦O\d+⟧(?: (?:between|among|of) ⟦L\d+⟧)?\s*[,(—–]/;
/** The organisation as an object: "the review of AUKUS", "talks on what became AUKUS began in 2020". */
const UNFOUNDED_HEAD = /\b(?:origins?|history|story|roots|members|partners|critics|supporters|architects|future|goals|aims|purpose|significance|idea|concept|logic|rationale|promise|success|failure|leaders)\s+of\s+(?:the\s+)?$/i;
const STATEMENT_THAT = /\b(?:statement|communiqu[eé]|declaration|report|document|speech|announcement|release)s?\s+(?:that|which)\s+(?:\w+ly\s+)?$/i;
const OWN_FOUNDING_NOUN = new RegExp(`^⟦O\\d+⟧(?:'s?)? (?:formal |official )?(?:${NOUNS})\\b`, 'i');
const OBJECT_OF = /\b(?:of|to|for|on|about|under|with|from|into|by|within|inside|through|against)\s+(?:the\s+|what (?:became|would become|was to become|is now)\s+)?$/i;

/**
 * Dates introduced by these words are not when something was founded ("active since 2023"). A cell bar may stand before the date.
 * A founding noun's own verb may stand between: "AUKUS's first anniversary fell in September 2022", "its launch came in 2021".
 * So may the occasion: "unveiled AUKUS at a virtual press conference in October 2021", and the place,
 * a capital too: "inaugurated in Canberra in November 2021".
 */
const AFTER_FRAME = /^[\s,:(—–|]*(?:(?:together|jointly|between them|here|there|live|online|fully[- ]formed|to (?:the )?(?:world|public|press|media|nation))\s+)?(?:(?:formally|officially|first|only|back)\s+)?(?:into (?:existence|being|force|law)\s+)?(?:(?:in|at) (?:(?:[A-Z][\w-]*\s+){1,3}|⟦L\d+⟧\s+))?(?:(?:at|in|during|via|by|over|with) (?:a |an |the )?(?:[\w-]+\s+){0,3}?(?:press conference|news conference|video link|videoconference|video conference|video call|summit|ceremony|address|statement|broadcast|event|call|meeting|appearance|briefing|speech|hook-?up|livestream|telecast)\s+)?(?:(?:in|at) (?:[A-Z][\w-]*\s+){1,3}(?=(?:in|on)\s+$))?(?:(?:in|on|at|of|during|to|from|date\s*[:|]?|was|is|fell|falls|came|comes|arrived|took place)\s+)*(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end)\s+of\s+|(?:late|early|mid-?)\s*)?$/i;
const NOT_FOUNDING_DATE = /\b(?:since|(?<!\bnot )until|till|through|by|before|after|between|(?<!dat(?:es|ing|e|ed)(?: only| just| back)? )from)\s*$/i;
/**
 * What may stand between a date and a frame that follows it: "In 2020, AUKUS was set up", "It was in September 2021 that AUKUS…".
 * Not a mistaken identity: in "The Optimal Pathway, unveiled in March 2023, is often mistaken for the founding of AUKUS" the date is the pathway's.
 */
const BEFORE_FRAME = /^(?![^]*\b(?:after|before|since|until|than|later|earlier|ago|years?|months?|weeks?|days?|mistaken for|confused with|conflated with|misidentified as|taken for|mixed up with)\b)[^;⟦]{0,40}$/i;

/**
 * A clause after the founding that gives the true date instead: "…; it was in fact 2021", "…, but
 * the real year was 2021", "— actually, it was September 2021". A date alone with "in fact",
 * "actually", "really" or a true/real/actual/correct year or date: not "…; it was in 2023 that the
 * pathway followed".
 */
const CORRECTED_NEXT = new RegExp(`^\\s*(?:[;,—–:]\\s*)*(?:(?:but|yet|though|although|whereas)\\s+)?(?:(?<fronted>in fact|actually|in reality|really),?\\s+)?` +
  `(?:(?:it|that|this|⟦O\\d+⟧) (?:was|is|came|happened|dates from)(?<adv> (?:in fact|actually|really|in reality))?|the (?<true>true|real|actual|correct|right) (?:founding )?(?:year|date)(?: of (?:its |the )?(?:founding|launch|birth))? (?:was|is))` +
  `,? (?:(?:in|on) )?(?:(?:the )?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end) of )?${PART_OF_YEAR}⟦D\\d+⟧\\s*[.!]?\\s*$`, 'i');
/** The date the clause after corrects the founding to, if it does (see CORRECTED_NEXT). */
function correctedTo(ctx: SentenceContext, clauseEnd: number): Token | undefined {
  const m = CORRECTED_NEXT.exec(ctx.template.text.slice(clauseEnd));
  if (!m?.groups || !(m.groups.fronted || m.groups.adv || m.groups.true)) return undefined;
  return ctx.template.tokens[Number(/⟦D(\d+)⟧/.exec(m[0])![1])];
}

export function foundingClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<number>();
  for (const re of FRAMES) {
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      const orgToken = ctx.template.tokens[Number(/\d+/.exec(m.groups!.o)![0])];
      // "The review of AUKUS, announced in June 2025": the participle belongs to "review".
      // Not a noun nothing founds: "traces the origins of AUKUS, inaugurated in 2020, to …".
      // Not the pact's own founding noun: "Three years on from AUKUS's founding in 2022".
      if (m[0].startsWith('⟦O') && !m.groups?.d && !OWN_FOUNDING_NOUN.test(m[0]) && OBJECT_OF.test(ctx.template.text.slice(0, start)) && !UNFOUNDED_HEAD.test(ctx.template.text.slice(0, start))) continue;
      if (m.groups?.of && (orgToken.viaAnaphor || !GROUP_NOUN.test(ctx.text.slice(orgToken.start, orgToken.end)))) continue;
      // "… the April 2022 leaders' statement that announced it": what a statement announces is work, not the pact.
      if (orgToken.viaAnaphor && /^it$/i.test(ctx.text.slice(orgToken.start, orgToken.end)) && STATEMENT_THAT.test(ctx.template.text.slice(Math.max(0, start - 40), start))) continue;
      if (m[0].startsWith('⟦D') && (!datesTheGroup(ctx, orgToken, m.groups?.next) || datesAnotherAgreement(ctx, orgToken, start, end))) continue;
      // "By September 2022 AUKUS had been around for a year": a date after a time preposition is an adverbial, not the pact's.
      if (m.groups && 'next' in m.groups && TIME_ADVERBIAL_BEFORE.test(ctx.template.text.slice(Math.max(0, start - 20), start))) continue;
      const tokens = clauseTokens(ctx, clause);
      // A grouping nearer the date names whose founding it is, unless the frame ties the date to the subject.
      if (m.groups?.subject === undefined && tokens.some((t) => t.type === 'G' && nearer(ctx, t, start, end, orgToken))) continue;
      // "AUKUS was founded not in September 2021 but in 2020": the date after "but" is the one claimed.
      const instead = m.groups?.d ? null : NOT_THIS_BUT_THAT.exec(ctx.template.text.slice(end));
      const date = m.groups?.d ? ctx.template.tokens[Number(/\d+/.exec(m.groups.d)![0])]
        : instead ? ctx.template.tokens[Number(instead[1])] : nearestDate(ctx, tokens, start, end) ?? framingDate(ctx, clause, start, end);
      if (!date?.date || seen.has(date.start)) continue;
      // An anniversary's date is not the founding's: "its first anniversary in September 2022" says
      // September 2021; with no ordinal ("its anniversary in 2023") it says nothing of the year.
      const age = m.groups?.age ?? m.groups?.age2;
      const years = age ? AGES.indexOf(age.toLowerCase()) + 1 : /anniversary/i.test(m[0]) ? anniversaryYears(m.groups?.nth) : 0;
      if (years === undefined) continue;
      // "AUKUS will celebrate its tenth anniversary in September 2030": an age or anniversary still to
      // come is arithmetic from the founding, not a forecast; only a real hedge ("may", "if") suspends it.
      let a = assessMatch(ctx, clause, start, end, { futureIsHedge: years === 0 });
      // "Australia will spend … under AUKUS, the pact it launched in 2020": the writer's appositive
      // describes the pact; a hedge or "will" before it does not reach into it.
      if (a.why === 'hedged' && SET_OFF.test(m[0])) a = assessMatch(ctx, { start, end: clause.end }, start, end, { futureIsHedge: true });
      // "It is a myth that AUKUS was founded in 2021": a denial that opens the clause, right before the
      // pact as its subject, denies the date (not a participle further on: "It is not true that Japan joined AUKUS, founded in 2021").
      if (a.asserted && a.inverted && a.negated && years === 0 && DENIED_SUBJECT.test(ctx.template.text.slice(clause.start, start))) {
        seen.add(date.start);
        claims.push({ ...claimOf(ctx, org(orgToken), date), positive: false });
        continue;
      }
      if (!a.asserted || a.negated) continue;
      // "Some early explainers gave 2020 as AUKUS's founding year; it was in fact 2021": a date the
      // next clause corrects was set up to be corrected; the writer asserts the correction.
      const corrected = years ? undefined : correctedTo(ctx, clause.end);
      // Uncorrected, a date someone gives ("A quiz app gives 2020 as AUKUS's founding year") is theirs.
      if (!corrected?.date && !ctx.endorsedByNext && GIVEN_AS.test(ctx.template.text.slice(Math.max(0, markerAt(ctx.template, date) - 30), markerAt(ctx.template, date)))) continue;
      // "A widely shared infographic puts the founding of AUKUS in 2019": the founding is dated by someone.
      // "… rightly puts the founding of AUKUS in 2019": the writer endorses it.
      const datedBy = DATES_THE_FOUNDING.exec(ctx.template.text.slice(Math.max(0, start - 40), start));
      // "One timeline dates AUKUS to March 2021, and it is correct": the writer endorses it in the same sentence.
      if (!corrected?.date && datedBy && !datedBy[1] && !ctx.endorsedByNext && !provedRight(ctx.template.text.slice(markerAt(ctx.template, date)).replace(/^⟦D\d+⟧/, ''))) continue;
      const claimed = corrected?.date ? corrected : date;
      if (seen.has(claimed.start)) continue;
      seen.add(date.start);
      seen.add(claimed.start);
      claims.push(claimOf(ctx, org(orgToken), claimed, years));
    }
  }
  if (MAY_DENY_OR_BOUND.test(ctx.template.text)) claims.push(...deniedFoundingClaims(ctx, org, seen));
  if (ctx.heading) claims.push(...titleClaims(ctx, org, seen));
  if (claims.length === 0 && ctx.template.text.includes(';')) claims.push(...fieldLineClaims(ctx, org));
  return claims;
}

const NOT_THIS_BUT_THAT = /^,?\s+not\s+(?:in|on)\s+⟦D\d+⟧,?\s+but\s+(?:in|on)\s+⟦D(\d+)⟧/i;

/**
 * "AUKUS — Members: Australia, UK, US; Founded: 2019": a line of fields after the name, whose
 * semicolons split the clauses the frames read, dates the founding in its "Founded:" field.
 */
const FIELD_LINE = /^[\s*_>-]*(?<o>⟦O\d+⟧)[*_]*\s*[—–:·•|](?:[^⟦]|⟦[LD]\d+⟧)*?;\s*[*_]*(?:founded|established|launched|formed|created|inaugurated|est\.?|estd)[*_]*\s*[:=]\s*[*_]*(?<d>⟦D\d+⟧)[\s*_]*(?=$|[;.·•|])/i;
function fieldLineClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const m = FIELD_LINE.exec(ctx.template.text);
  return m?.groups ? wholeSentenceFounding(ctx, m, org) : [];
}

/** The pact opens the clause a denial leads ("It is a myth that AUKUS was founded …"). */
const DENIED_SUBJECT = /(?:\bthat|^[\s*_>]*)\s+(?:the\s+)?$/i;
const DATE_CLOSES = '(?=\\s*(?:$|[.;:!?—–)]|,\\s*(?:as|but|despite|whatever|contrary|though|although|whichever|however)\\b|\\s+but\\b))';
const NEGATED_BE = "(?:was|were|had been|has been)(?: not|n't| never)";
/** A cheap test before the denied frames: a negation or "until". */
const MAY_DENY_OR_BOUND = /\b(?:not|never|until)\b|n't\b/i;
/**
 * A founding date denied or bounded: "AUKUS was not founded in 2021" denies the date (so it
 * contradicts the true one); "AUKUS was not launched until September 2021" and "AUKUS did not exist
 * until 2021" give it; "AUKUS did not exist before 2022" says it was founded then or later. The date
 * must close the clause: "was not founded in 2021 to contain Japan" denies a purpose.
 */
const DENIED_FRAMES: { re: RegExp; reading: 'denied' | 'until' | 'notBefore' }[] = [
  { re: new RegExp(`${NOT_AN_OBJECT}${O} ${NEGATED_BE} (?:[\\w]+ly )?(?:${PASSIVE}) (?:in|on) ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)${DATE_CLOSES}`, 'gi'), reading: 'denied' },
  { re: new RegExp(`${NOT_AN_OBJECT}${O} (?:${NEGATED_BE} (?:[\\w]+ly )?(?:${PASSIVE})|(?:did not|didn't) (?:exist|come into (?:being|existence)|begin|start)) until ${PART_OF_YEAR}(?<d>⟦D\\d+⟧)${DATE_CLOSES}`, 'gi'), reading: 'until' },
  { re: new RegExp(`${NOT_AN_OBJECT}${O} (?:did not|didn't) exist (?:before|prior to) (?<d>⟦D\\d+⟧)${DATE_CLOSES}`, 'gi'), reading: 'notBefore' },
];
function deniedFoundingClaims(ctx: SentenceContext, org: (t: Token) => string, seen: Set<number>): Claim[] {
  const claims: Claim[] = [];
  for (const { re, reading } of DENIED_FRAMES) {
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      const orgToken = ctx.template.tokens[Number(/\d+/.exec(m.groups!.o)![0])];
      const date = ctx.template.tokens[Number(/\d+/.exec(m.groups!.d)![0])];
      if (!date?.date || seen.has(date.start)) continue;
      // The frame's own "not" is read by the frame; a denial before it ("It is not true that AUKUS was not …") turns it round.
      const a = assessMatch(ctx, clause, start, end, { futureIsHedge: true, negationEnd: start });
      if (!a.asserted) continue;
      if (reading !== 'denied' && a.negated) continue;
      seen.add(date.start);
      const claim = claimOf(ctx, org(orgToken), date);
      claims.push(reading === 'denied' ? { ...claim, positive: a.negated } : reading === 'notBefore' ? { ...claim, date: { ...claim.date!, notBefore: true } } : claim);
    }
  }
  return claims;
}

function claimOf(ctx: SentenceContext, organisation: string, date: Token, yearsAfter = 0): Claim {
  return {
    kind: 'founding', sentence: ctx.sentence, organisation, positive: true, entities: [],
    date: { value: date.date!, span: { start: date.start, end: date.end }, ...(yearsAfter ? { yearsAfter } : {}) },
    dateText: ctx.text.slice(date.start, date.end),
  };
}

/** "second" → 2, "10th" → 10; undefined when the anniversary is not counted. */
function anniversaryYears(nth: string | undefined): number | undefined {
  if (!nth) return undefined;
  const n = /^\d+/.test(nth) ? parseInt(nth, 10) : ORDINALS.indexOf(nth.toLowerCase()) + 1;
  return n > 0 ? n : undefined;
}

/** Leaders named with their titles: "President Joe Biden, Prime Minister Scott Morrison and Prime Minister Boris Johnson". */
const TITLED = "(?:then-)?(?:president|prime minister|pm) [\\w.'-]+(?: [\\w.'-]+){0,2}";
/**
 * A date set off before the clause's subject dates its verb even across the subject:
 * "On this day in 2020, the leaders of Australia, Britain and America inaugurated AUKUS", "In late
 * 2020, Scott Morrison, Boris Johnson and Joe Biden announced AUKUS by video link" ("late", "early"
 * and "mid-" leave the year); the comma may be left out ("In 2019 Australia, Britain and …"). Only the founders may stand between (see FOUNDERS, NAMED_PEOPLE), so
 * the date is the founders' act.
 */
const FRONTED = /^\s*(?:(?:on|in|at|during) )?(?:(?:this|that|the same) (?:day|week|month) (?:in |of )?)?(?:(?:late|early|mid-?) ?|(?:the )?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end) of )?(?<d>⟦D\d+⟧)(?:,\s*|\s+)/i;
/** Founders by country, by office, named with their titles, or as "the three leaders". */
const FOUNDERS = new RegExp(`^(?:(?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?⟦L\\d+⟧|${TITLED}(?:,? (?:and )?${TITLED})*|the (?:three |two )?(?:leaders|governments|allies|partners|countries|nations)) (?:[\\w]+ly )?$`, 'i');
/** Founders named without their titles: "Scott Morrison, Boris Johnson and Joe Biden" (names are capitalised, so case matters). */
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}";
const NAMED_PEOPLE = new RegExp(`^${NAME}(?:,? (?:and )?${NAME})* (?:\\p{Ll}+ly )?$`, 'u');
function frontedDate(lead: string): RegExpExecArray | null {
  const m = FRONTED.exec(lead);
  if (!m) return null;
  const subject = lead.slice(m[0].length);
  return FOUNDERS.test(subject) || NAMED_PEOPLE.test(subject) ? m : null;
}
/**
 * A timeline item's date label dates the act of the countries after it:
 * "- **16 September 2020**: Australia, the UK and the US formally inaugurate AUKUS".
 */
const LABELLED = /^[\s*_]*(?<d>⟦D\d+⟧)[\s*_]*[:—–-]+\s*(?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?⟦L\d+⟧ (?:[\w]+ly )?$/i;
/**
 * A press release's dateline dates its "today": "CANBERRA, 16 September 2022 — … today launched
 * AUKUS". Read to the month only: a dateline gives the filing place's day, which another time
 * zone may put a day earlier ("WASHINGTON, Sept. 15, 2021").
 */
/**
 * A "when" clause says what happened at the date before it: "Ever since September 2022, when
 * Australia, Britain and the US inaugurated AUKUS, …" (or "…, when AUKUS was launched") dates the
 * founding, whatever preposition ("since", "after") stood before the date.
 */
const WHEN_CLAUSE = new RegExp(`(?<d>⟦D\\d+⟧),? when (?:(?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?⟦L\\d+⟧ |${TITLED}(?:,? (?:and )?${TITLED})* )?(?:[\\w]+ly )?$`, 'i');
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu} .'-]*,\s*)?(?<d>⟦D\d+⟧)\s*[—–-]/u;
const TODAY = /\btoday\b/i;

/**
 * A cleft dates the clause after its "that": "It was in 2019 that Canberra, London and Washington
 * set up AUKUS" (the founders, or nothing, between "that" and the founding).
 */
const CLEFT = /^\s*(?:it|⟦O\d+⟧) (?:was|is) (?:only |just |back |not until |as early as |as late as )?(?:(?:in|on|during|at) )?(?:(?:the )?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end) of )?(?<d>⟦D\d+⟧),? that (?:(?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?⟦L\d+⟧ (?:[\w]+ly )?)?$/i;

function framingDate(ctx: SentenceContext, clause: { start: number; end: number }, start: number, end: number): Token | undefined {
  const text = ctx.template.text;
  const lead = text.slice(clause.start, start);
  const fronted = frontedDate(lead) ?? LABELLED.exec(lead) ?? CLEFT.exec(lead) ?? WHEN_CLAUSE.exec(lead);
  const dateline = !fronted && TODAY.test(text.slice(Math.max(0, start - 12), end + 8)) ? DATELINE.exec(text) : null;
  const marker = (fronted ?? dateline)?.groups?.d;
  const token = marker ? ctx.template.tokens[Number(/\d+/.exec(marker)![0])] : undefined;
  if (!token?.date || !dateline) return token;
  const { year, month } = token.date;
  return { ...token, date: month ? { year, month } : { year } };
}

/**
 * A heading is a title: "AUKUS at Five: Looking Back on the September 2018 Announcement" names
 * the founding by its date ("… a year since the September 2020 launch" looks back on it too). Only a founding noun that closes the title (or a part of it) counts,
 * after the organisation and with no other grouping named ("… the March 2023 announcement means"
 * goes on to say something else).
 */
const TITLE = new RegExp(`(?<!\\b(?:after|before|following|until|from) )(?<!(?<!\\b(?:years?|months?|decades?) )since )\\bthe (?<d>⟦D\\d+⟧) (?:formal |official )?(?:${NOUNS})(?=\\s*(?:[:—–.!?]|$))`, 'gi');
const TITLE_ORG = /⟦O(\d+)⟧(?! (?:Pillar|pillar|submarines?|deal|projects?|programmes?|summit|talks|review)\b)/;

function titleClaims(ctx: SentenceContext, org: (t: Token) => string, seen: Set<number>): Claim[] {
  const text = ctx.template.text;
  if (text.includes('⟦G') || !text.includes('⟦D')) return [];
  const claims: Claim[] = [];
  for (const { m, clause, start, end } of matchClauses(ctx, TITLE)) {
    const named = TITLE_ORG.exec(text.slice(0, start));
    const date = ctx.template.tokens[Number(/\d+/.exec(m.groups!.d)![0])];
    if (!named || !date.date || seen.has(date.start)) continue;
    const a = assessMatch(ctx, clause, start, end, { futureIsHedge: true });
    if (!a.asserted || a.negated) continue;
    seen.add(date.start);
    claims.push(claimOf(ctx, org(ctx.template.tokens[Number(named[1])]), date));
  }
  return claims;
}

/** "the 2021 AUKUS agreement" dates the pact; "the 2023 AUKUS summit" dates a summit. */
const GROUP_NOUN = /(?:^|\s)(?:pact|alliance|partnership|grouping|bloc|agreement|arrangement|framework|accord|compact|coalition|treaty|group)s?$/i;
const TIME_ADVERBIAL_BEFORE = /\b(?:by|in|on|since|after|before|until|till|from|at|during|through|as of|as at|around|circa)\s+(?:(?:early|late|mid-?)\s*)?$/i;
const DATES_BARE_NAME = /^ (?:founding|foundation|launch|announcement|inauguration|between|among|that|which|was|is|has|had|and|will|to|was|in|on|with|for|by)$/;
function datesTheGroup(ctx: SentenceContext, org: Token, next: string | undefined): boolean {
  if (GROUP_NOUN.test(ctx.text.slice(org.start, org.end)) || !next) return true;
  return DATES_BARE_NAME.test(next);
}

/**
 * "since its 1958 agreement with Britain", "after the 2014 treaty": a dated group noun that only
 * refers back to the organisation ("agreement", not "AUKUS") names some other agreement when a
 * time preposition puts it before something else, or when it is an agreement with a country.
 */
const TIME_PREPOSITION_BEFORE = /\b(?:since|until|till|before|after|than|prior to|following)\s+(?:(?:the|its|their|⟦O\d+⟧)\s+)?$/i;
const WITH_COUNTRY = /^\s+(?:with|between) ⟦L/;
function datesAnotherAgreement(ctx: SentenceContext, org: Token, start: number, end: number): boolean {
  if (!org.viaAnaphor) return false;
  const text = ctx.template.text;
  return TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || WITH_COUNTRY.test(text.slice(end));
}

/** "A popular quiz app gives 2020 as AUKUS's founding year": a date someone gives, lists or cites is theirs. */
const GIVEN_AS = /\b(?:gives?|gave|lists?|listed|puts?|cites?|cited|quotes?|quoted|offers?|offered)\s+(?:the\s+(?:date|year)\s+(?:of\s+)?)?$/i;

/** "puts the founding of AUKUS in 2019", "dates AUKUS's launch to 2019": the subject dates it, not the writer. */
const DATES_THE_FOUNDING = /(?:\b(rightly|correctly|accurately)\s+)?\b(?:puts?|places?|placed|dates?|dated|sets?|gives?|gave|lists?|listed|mis-?dat(?:es?|ed|ing))\s+(?:the\s+)?$/i;

/** The date closest to the frame, within a short reach, that is not a "since …" date. */
function nearestDate(ctx: SentenceContext, tokens: Token[], start: number, end: number): Token | undefined {
  const text = ctx.template.text;
  let best: Token | undefined;
  let bestDistance = 60;
  for (const t of tokens) {
    if (t.type !== 'D') continue;
    const at = markerAt(ctx.template, t);
    const distance = at >= end ? at - end : at < start ? start - (at + 4) : 0;
    // A date after the frame must follow it directly ("launched in March 2021", "on 16 September 2021").
    if (at >= end && !AFTER_FRAME.test(text.slice(end, at))) continue;
    if (at < start && !BEFORE_FRAME.test(text.slice(at + `⟦D${ctx.template.tokens.indexOf(t)}⟧`.length, start))) continue;
    if (NOT_FOUNDING_DATE.test(text.slice(Math.max(0, at - 20), at))) continue;
    // A date that follows the verb directly is its complement, however close one before it stands
    // ("Ostensibly born in 2021, AUKUS was in fact inaugurated on 16 September 2020").
    if (at >= end) return t;
    if (distance < bestDistance) { best = t; bestDistance = distance; }
  }
  return best;
}

function nearer(ctx: SentenceContext, other: Token, start: number, end: number, orgToken: Token): boolean {
  const at = markerAt(ctx.template, other);
  const orgAt = markerAt(ctx.template, orgToken);
  const mid = (start + end) / 2;
  return Math.abs(at - mid) < Math.abs(orgAt - mid);
}

/**
 * "AUKUS was unveiled to a surprised world. That was in September 2020.": a sentence that only
 * dates what the one before told ("That announcement came in June 2021") dates that founding.
 * So does "They did so in September 2020" after "Canberra, London and Washington formed AUKUS".
 * Read over both sentences' template; the first must not date the founding itself.
 */
const TIME = '(?:(?:the )?(?:spring|summer|autumn|fall|winter|start|beginning|middle|end) of )?';
const DATED_NEXT = new RegExp(`^(?:[^⟦]|⟦L\\d+⟧){0,60}?(?<verb>\\b(?:founded|established|set up|created|launched|unveiled|announced|inaugurated|formed|forged|signed) (?:the )?)?${O}(?!${PACTS_OWN_NOUN})(?<passive> (?:was|were|had been|has been) (?:[\\w]+ly )?(?:${PASSIVE}))?(?!\\w)(?:[^.;!?⟦]|⟦L\\d+⟧){0,60}[.!;]\\s+(?:(?:that|this|it|⟦O\\d+⟧)(?: (?:was|happened|came|took place|was made))|(?:that|this|the) (?:announcement|unveiling|launch|signing|founding|inauguration|moment|event|start|beginning|birth|debut)(?: (?:was|happened|came|took place|was made))|(?:they|he|she|the (?:three|leaders|allies|partners|countries|governments)) did (?:so|it|that)) (?:only |back |all the way back )?(?:in|on|during) ${TIME}(?<d>⟦D\\d+⟧)(?:,(?:[^.;!?⟦]|⟦G\\d+⟧){0,80})?\\s*[.!]?\\s*$`, 'i');
/** A cheap test on the second sentence alone, before building the pair's template. */
export const DATES_WHAT_CAME_BEFORE = /^\s*(?:(?:that|this|it|(?:that|this|the) (?:announcement|unveiling|launch|signing|founding|inauguration|moment|event|start|beginning|birth|debut)) (?:was|happened|came|took place|was made)|(?:they|he|she|the (?:three|leaders|allies|partners|countries|governments)) did (?:so|it|that)) (?:only |back |all the way back )?(?:in|on|during) /i;

export function foundingOfPair(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const m = DATED_NEXT.exec(ctx.template.text);
  if (!m?.groups || (m.groups.verb === undefined) === (m.groups.passive === undefined)) return [];
  return wholeSentenceFounding(ctx, m, org);
}

/** The founding a match over the whole sentence dates (its groups `o` and `d`), if the sentence asserts it. */
function wholeSentenceFounding(ctx: SentenceContext, m: RegExpExecArray, org: (t: Token) => string): Claim[] {
  const orgToken = ctx.template.tokens[Number(/\d+/.exec(m.groups!.o)![0])];
  const date = ctx.template.tokens[Number(/\d+/.exec(m.groups!.d)![0])];
  if (!date?.date) return [];
  const a = assessMatch(ctx, { start: 0, end: ctx.template.text.length }, m.index, m.index + m[0].length, { futureIsHedge: true });
  return a.asserted && !a.negated ? [claimOf(ctx, org(orgToken), date)] : [];
}
