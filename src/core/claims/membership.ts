import type { Claim } from './claim';
import { assessMatch, matchClauses, nounPhraseStart, versionOfTheName, type SentenceContext } from './frameContext';
import { markerAt, tokenOf, type Token } from './template';
import { holdsHedge } from './context';

/*
 * Membership frames, written over the sentence template (⟦L⟧ a list of countries, ⟦O⟧ the
 * organisation). Each says whether the countries are asserted to be in, or out, and whether the
 * list claims to be the whole membership.
 */
const L = '(?<s>⟦L\\d+⟧)';
const O = "(?:the )?(?<o>⟦O\\d+⟧)(?:'s?)?";
/** The organisation as a whole, not one of its programmes: "AUKUS Pillar II partners" are not members. */
const O_ITSELF = `${O}(?!(?:'s?)? (?:Pillar|pillar|projects?|programmes?|programs?|research|working|technology|industry|exercises?|summit|talks))`;
const GAP = '(?:(?!⟦[LG])[^])*?';
/** Up to two modifiers before a group noun; a year may be one ("the 2021 agreement between …"). */
const MOD = '(?:(?:[\\w-]+|⟦D\\d+⟧) ){0,2}?';
/** Modifiers before the name in "is a key AUKUS member": not a verb or preposition ("is working with the AUKUS partners"). */
const MOD_BEFORE_NAME = '(?:(?!(?:with|to|for|by|from|on|at|in|of|into|alongside|among|amongst|against|beside|besides|behind|near|like|than|and|or|[\\w-]+ing)\\b)[\\w-]+ ){0,2}?';
/** "AUKUS is really just a deal between …": adverbs that say what it is at bottom, not whether. */
const REALLY = '(?:,? (?:really|actually|essentially|basically|fundamentally|just|merely|simply|only|effectively|nothing more than|little more than|no more than|in (?:reality|truth|effect|practice|fact|essence)|at (?:its |⟦O\\d+⟧ )?(?:heart|core)),?)*';
/** "… Japan (since 2023)", "… (signed Sept 2021)": a dated note a list line may end with. */
const SINCE_NOTE = String.raw`(?:\s*\((?:since|from|joined|added|as of|in|signed|founded|formed|launched|est\.?)\s+(?:⟦D\d+⟧|(?:19|20)\d\d)\))?`;
/** "… not one of its members": "its" may have been read as the organisation's name. */
const ONE_OF_ITS_MEMBERS = String.raw`(?:one of )?(?:its|their|⟦O\d+⟧(?:['’]s?)?) (?:own |actual |formal )?(?:members|partners|participants|signatories|parties)\b`;
const NOT_ITS_MEMBER_AFTER = new RegExp(String.raw`^,? (?:(?:but |and |yet )?not|rather than|instead of) ${ONE_OF_ITS_MEMBERS}`, 'i');
/** A gap that no relative clause or other list crosses ("…, where Japan is a member" is about another place). */
/** ", like Australia," or ", unlike Britain and the US,": a comparison between a subject and its verb. */
const LIKE_ASIDE = '(?:,? (?:just |much )?(?:un)?like ⟦L\\d+⟧,)';
/** "Tokyo, which already sits in the Quad, is in AUKUS too": a relative clause on the subject about another grouping (its negations are its own). */
const OTHER_GROUP_ASIDE = '(?<aside>, (?:which|who) (?:[^,;⟦]|⟦[GD]\\d+⟧)*⟦G\\d+⟧(?:[^,;⟦]|⟦[GD]\\d+⟧)*,)';
const PLAIN_GAP = '(?:(?!⟦[LG]|\\b(?:where|which|who|whose|whom|that)\\b)[^])*?';
/** "is not, however, a member": a discourse adverb set off by commas may follow the negation. */
const NOT = "(?:(?:n't|not|never|no longer|anything but|also|now|already|formally|officially|very much|still|effectively|both|jointly|themselves|itself|in fact|indeed|actually|in reality|in truth|really)(?:, (?:however|though|in fact|of course|indeed|actually|strictly speaking|technically),)? )*";
const MEMBER = '(?<!\\bnon-)(?:member|partner|participant|signatory|party)';
const MEMBERS = '(?<!\\bnon-)(?:members|partners|participants|signatories|parties)';
const AUX = "(?:(?:is|are|was|were)(?:n't)?|became|become|becomes|(?:has|have|had)(?: now| since| also| finally| already)? become|(?:has|have|had)(?: never| not| also| long| always|n't)? been|been|remains?|remained|being|stays?)";
/**
 * A gap that no new subject crosses: in "AUKUS is a pact between Australia, the UK and the US, and
 * no other country is a party to it", "no other country" is what "is a party" is said of, not the list;
 * so is a pronoun that opens a clause of its own ("…, which is why neither was brought into AUKUS").
 */
const SUBJECT_GAP = "(?:(?!⟦[LG]|(?:,|;|\\s[—–])\\s*(?:and |but |yet |so )?(?:no|any|every|each|all|some|many|several|few|neither|other)\\s+(?:other\\s+)?(?:countries|country|nations?|states?|governments?)\\b|\\b(?:neither|none|both)(?: of (?:them|the two|the three))? (?:was|were|is|are|has|have|had)\\b)[^])*?";
/**
 * Nouns after the organisation that make it a modifier ("AUKUS projects", "AUKUS's Pillar II", "the
 * AUKUS hypersonics project", one or two words before the noun, though not words that describe the
 * pact itself: "the AUKUS trilateral security deal"), not the group itself. The possessive is read
 * here too: the regex may otherwise leave it out of O.
 */
const NOT_GROUP = "(?!(?:'s?)?(?:[\\w-]*|(?:\\s+(?!(?:and|or|but|nor|in|on|at|to|of|for|with|as|by|from|its|their|the|a|an|after|before|since|when|while|last|this|that|these|those|which|who|because|although|though|now|then|too|also|itself|is|was|has|had|will|would|trilateral|security|defen[cs]e|military|strategic|three-nation|three-way|three-country|landmark|historic)\\b)[\\w-]+){1,2})\\s*(?:projects?|efforts?|consultations?|workstreams?|committees?|panels?|trials?|programmes?|programs?|work|initiatives?|research|summit|talks|meetings?|discussions?|debates?|pillars?|exercises?|activities|working|technolog\\w*|cooperation|deal|submarines?|agenda|remit|mandate|portfolio|priorities|strategy)\\b)";
/** Words that mark a quoted claim false (a presupposition survives attribution only without them). */
const FALSITY_WORDS = /\b(?:den(?:y|ied|ies)|reject\w*|refut\w*|dismiss\w*|baseless|groundless|unfounded|untrue|false(?:ly)?|wrong(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?|myths?|no fact|no truth|inaccurate\w*)\b/i;

/**
 * "Japan's AUKUS obligations now extend to …, an official told a hearing": the sentence opens in
 * the writer's words, so its presupposition is theirs. Not after "critics claim that …", nor when
 * the sentence marks the claim false.
 */
function writersOwnWords(ctx: SentenceContext, clause: { start: number }, start: number): boolean {
  const before = ctx.template.text.slice(clause.start, start);
  return !REPORTING_BEFORE.test(before) && !FALSITY_WORDS.test(ctx.template.text);
}
const REPORTING_BEFORE = /\b(?:claim\w*|said|says?|told|report\w*|according|believe\w*|argu\w*|suggest\w*|insist\w*|allege\w*|think|thinks|thought|rumou?r\w*)\b/i;

/** Words that make "X … joined" something other than an assertion of membership ("approached Japan about joining AUKUS"). */
const BY_GERUND = /\bby (?:(?:agreeing|deciding|choosing|opting|voting|moving|rushing) to |formally |finally )?(?:join|sign|acced|becom|enter)/i;
const OBJECT_OF_PREPOSITION = /\b(?:from|with|to|against|toward|towards|of|for|over|than|between|among|like|unlike|on|at)\s+(?:the\s+)?(?:[\w-]+\s+(?:and|or)\s+(?:the\s+)?)?$/i;
/** Not a contrast or a companion ("Canberra, not Tokyo, is …", "Australia, along with Britain, is …"): see the contrast aside. */
const NAME_IN_ASIDE = /⟦L(\d+)⟧,\s+(?!(?:and |but )?not\b|rather than\b|instead of\b|unlike\b|like\b|as well as\b|along with\b|together with\b|alongside\b|with\b|and\b|or\b|nor\b|plus\b)[^,;⟦]*\w\s+$/;
const ASIDE_CLOSES = /,\s+(?:(?:\w+ly|nevertheless|nonetheless|still|however|though|then|later|eventually|also|too|in the end)\s+)*(?:was|were|is|are|has|have|had|remains?|remained|[a-z]+ed)\s/;
const OBJECT_IN_APPOSITIVE = /⟦L\d+⟧,\s[^,;]*\b(?:alongside|along with|together with|besides|like|unlike|among|with|of|including)\s+(?:the\s+)?$/i;
const NOT_ASSERTED = /\b(?:invited|asked|offered|offers?|invitations?|invites?|urged|encouraged|pressed|allowed|permitted|eligible|qualif\w*|candidate|applicant|application|membership bid|approach\w*|sound(?:ed|s|ing)? (?:\w+ )?out|inquir\w*|enquir\w*|(?:about|regarding|concerning) (?:joining|becoming|signing))\b/i;

/** left: said to have left, so a member is now out and a non-member must once have been in. */
type Polarity = 'positive' | 'negative' | 'left';
interface Frame {
  re: RegExp;
  polarity: Polarity;
  exhaustive?: 'always' | 'definite';
  /** The frame names the whole membership even with one name in it ("the only member"). */
  wholeOfOne?: boolean;
  subjectIsPronoun?: boolean;
  /** The pronoun ("It", not "Its") stands only for a country that opened the sentence before as its subject. */
  previousSubject?: boolean;
  /** A comma appositive: read only after "other", or when the list names a member. */
  appositive?: boolean;
  /** A cheap test the sentence must pass before the (costlier) frame is tried. */
  needs?: RegExp;
  /** Read hedges to the end of the clause: the frame is an aside and the main verb may hedge it. */
  hedgeToClauseEnd?: boolean;
  /** The frame presupposes membership rather than stating it: a negation denies something else. */
  presupposes?: boolean;
  /** Words that, anywhere in the clause, leave the frame's event still to come. */
  hedge?: RegExp;
  /** The frame holds its own denial ("is not outside"): only a negation before it denies it again. */
  deniesWithin?: boolean;
  /** The presupposition stands in a quoted sentence too, unless the sentence marks it false. */
  survivesAttribution?: boolean;
  /** A join with no object: the organisation is the one the pronoun resolved to, named in the sentence before. */
  joinsPrevious?: boolean;
  /** The list must name at least this many countries (one name alone may be a label, not a membership). */
  minList?: number;
  /**
   * A noun phrase ("AUKUS member Japan", "Korea's AUKUS partners") names the membership as given:
   * only words just before it hedge it ("would-be AUKUS member"), not the clause's verb ("This essay
   * will examine how AUKUS members such as …").
   */
  nounPhrase?: boolean;
  /** The list must name every member (and may name more): only then does it stand for the membership. */
  coversMembers?: boolean;
  /** The list must be a hyphenated compound ("US-UK"), not a list with "and" or commas. */
  compound?: boolean;
}

/** "Canada's decision to join AUKUS is expected next month": a decision still to come is no membership. */
const DECISION = /\b(?:decision|move|choice|vote)(?: (?:in|on|last|this|next) (?:⟦D\d+⟧|\w+))? to (?:join|sign up|accede|enter|throw in (?:its|their) lot)\b/i;
const DECISION_PENDING = new RegExp(`${NOT_ASSERTED.source}|\\b(?:expected|awaited|pending|looming|imminent|due|yet to)\\b`, 'i');
/**
 * "Japan's entry into AUKUS would test Tokyo's export rules": a country's entry named as a noun
 * is an event the main verb may only suppose: a modal main verb right after it (an aside may
 * stand between) hedges it. Words further on do not ("…, something industry had lobbied for").
 */
/**
 * "concerns that joining AUKUS could end Wellington's commitment", "the benefits of joining AUKUS",
 * "is considering joining AUKUS": a gerund after such a word names the act, not a join that
 * happened. Not "after (since, by, before) joining AUKUS", which presuppose it.
 */
const GERUND_AS_NOUN = /\b(?:that|of|about|to|from|whether|without|or|than|for|mean|means|meant|consider\w*|weigh\w*|contemplat\w*|discuss\w*|debat\w*|explor\w*|oppos\w*|favou?r\w*|resist\w*|reject\w*|rul\w* out|avoid\w*|delay\w*|postpon\w*|risk\w*|mulling|eye\w*|plan\w*) (?:\w+ly )?joining (?:the )?⟦O\d+⟧(?:'s?)?$/i;
/**
 * "Wellington joining AUKUS would split the caucus", "… is a bad idea", "… has been ruled out": a
 * country's joining as the subject is an idea the main verb weighs. Only a main verb that tells what
 * the join did ("has split the Labour caucus", "angered Beijing") presupposes it.
 */
const GERUND_SUBJECT = /^⟦L\d+⟧(?:['’]s)? (?:[\w]+ly )?(?:joining|signing up|acceding|entering|becoming)\b/;
const FACTIVE_MAIN_VERB = /^(?![^;]*\b(?:would|could|might|may|will|shall|should|must)\b)(?:[^;⟦]|⟦D\d+⟧){0,60}? (?:(?:has|had) (?:[\w]+ly )?(?:[a-z]+ed|split|upset|cost|hit|shaken|driven|brought|given|made|taken)|caused|sparked|split|triggered|prompted|angered|alarmed|surprised|shocked|divided|upset|delighted|changed|came as)\b/;
const TIME_DENIED = /^\s*(?:only )?(?:later(?: on)?|afterwards|subsequently|belatedly|late|after\b|until\b|in ⟦D\d+⟧)/i;
const NOMINAL_ENTRY = /\b(?:accession|admission|entry|induction|inclusion)\b/i;
/**
 * "Japan's bid to join AUKUS succeeded": a bid (attempt, application) whose own verb reports that it
 * succeeded is a join, so the bid's "to" hedges nothing. Not "failed", "stalled", "never succeeded",
 * "would have succeeded", nor a bid under a condition ("If Japan's bid … succeeded").
 */
const BID = /\b(?:bid|attempt|effort|push|application|drive|campaign|quest) to\s*$/i;
const BID_SUCCEEDED = /^(?:\s*,[^,;]*,)?\s+(?:(?:has|had) )?(?:[\w]+ly )?(?:succeeded|was successful|proved successful|paid off|was (?:accepted|approved|granted)|won (?:approval|acceptance))\b/i;
/** Where the join a successful bid names starts (after "bid to"), or undefined when the match is no such bid. */
function successfulBid(ctx: SentenceContext, clause: { start: number; end: number }, start: number, end: number): number | undefined {
  const text = ctx.template.text;
  const join = /\b(?:join|sign up|accede|enter|become)\b/i.exec(text.slice(start, end));
  if (!join) return undefined;
  const at = start + join.index;
  const bid = BID.exec(text.slice(start, at));
  if (!bid || !BID_SUCCEEDED.test(text.slice(end, clause.end)) || holdsHedge(text.slice(clause.start, start + bid.index))) return undefined;
  return at;
}
/** "Japan's AUKUS membership would anger Beijing": a held membership or seat the main verb right after only supposes. */
/** "Talk of Japan's AUKUS membership is premature": a membership only spoken of (or anything NOT_ASSERTED names). */
const SPOKEN_OF = new RegExp(`${NOT_ASSERTED.source}|\\b(?:talk|speculation|rumou?rs?|prospects?|possibility|idea|notion|question|chances?|hopes?|fears?|dreams?|suggestions?) (?:of|about|over|on)\\b`, 'i');
const MEMBERSHIP_NOUN = /\b(?:membership|seat)\b/i;
const SUPPOSING_VERB_AFTER = /^[\s*_]*(?:,[^,;]*,\s*)?(?:[\w-]+ ){0,2}?(?:would|could|might|may)\b/i;
const MODAL_MAIN_VERB = /^(?:\s*,[^,;]*,)?[^,;]{0,40}?(?:\b(?:would|could|might|may|will|shall|should)\b|'d\b)/i;

/** What may open a sentence before its pronoun subject: "Since it joined", "Yet it signed up". */
/** What may open a sentence before its pronoun subject: a joining word, or a time ("By the end of the year it had …"). */
const PRONOUN_LEAD = '(?:(?:ever since|since|after|now that|yet|but|and yet|and|still|then|so|(?:by|at|in|within|over|towards?|before) the (?:end|start|middle|beginning|close|course) of (?:the |that |this )?(?:year|month|decade|summer|spring|autumn|winter|fall|week|talks)|(?:a|one|two|three|several) (?:years?|months?|weeks?) later|later that (?:year|month)|soon after|shortly after(?:wards)?|in (?:⟦D\\d+⟧|(?:19|20)\\d\\d)),? )?';
export const OPENS_WITH_IT = new RegExp(`^[\\s*_>]*${PRONOUN_LEAD}(?:its?)\\b`, 'i');
/** The same over a template: the organisation (or "it") opens the sentence. */
export const OPENS_WITH_ORG = new RegExp(`^${PRONOUN_LEAD}⟦O\\d+⟧ `, 'i');

const f = (src: string, polarity: Polarity = 'positive', extra: Partial<Frame> = {}): Frame =>
  ({ re: new RegExp(src, 'gi'), polarity, ...extra });

/** Japan joined / came aboard / acceded to / signed up to / belongs to / is (not) part of / became a member of … */
const INTO = `(?:(?:has |have |had )?${NOT}(?:join(?:ed|s|ing)?|(?:came|come|comes|coming|climbed|climbs|hopped|jumped) aboard|(?:came|comes|coming) (?:into|in to)|acced(?:ed|es|e|ing) to|thr(?:ew|ows?|owing|own) in (?:its|their) lot with|sign(?:ed|s)? up (?:to|for|with)|sign(?:ed|s)? on to|belong(?:s|ed)? to|entered|enters)` +
    // "is not just a partner but a full member of": the "but" names what it is.
    // "Japan is, since 2023, a member of AUKUS": a date set off between the verb and its complement.
    `|${AUX}(?:, (?:since|as of|from|in|by|after) ⟦D\\d+⟧,)? ${NOT}(?:not (?:just|only|merely|simply) (?:a |an )?(?:(?:[\\w-]+|⟦G\\d+⟧) ){0,3}?(?:[\\w-]+|⟦G\\d+⟧) but (?:also )?)?(?:a |an |the |one of (?:the )?(?:two |three |four |five )?)?${MOD}(?:part|(?:${MEMBER}|${MEMBERS})) (?:of|in|to)` +
    // "Tokyo is the newest addition to AUKUS": an addition, recruit or newcomer to the pact is a member.
    `|${AUX} ${NOT}(?:a |an |the )?${MOD}(?:addition|recruit|entrant|newcomer|arrival) to` +
    `|(?:hold|holds|held|has|have|had|took|takes|take|get|gets|got|keeps?|kept|occup(?:y|ies|ied)|retains?|retained|won|wins|secured?|secures|gained|gains|enjoys?|enjoyed) ${NOT}(?:a |an |no |its |their )?(?:full |permanent |formal )?(?:seat (?:in|at)|membership (?:of|in))` +
    `|(?:sits?|sat) in|(?:is|are|was|were)(?:n't| not)? (?:(?:[a-z]+ly|now|already|still|very much) )*in` +
    `|${AUX} ${NOT}(?:admitted|accepted|welcomed|brought|inducted|incorporated|folded|absorbed|integrated|added) (?:in)?to` +
    // "How South Korea found its way into AUKUS".
    `|(?:found|finds|made|makes) (?:its|their) way (?:in)?to` +
    // A headline drops the auxiliary: "Canada formally admitted to Aukus security pact". Only with the
    // organisation ending the line: "Japan admitted to AUKUS officials that …" is a confession.
    `|${NOT}(?:admitted|accepted|welcomed|inducted) (?:in)?to(?=\\s+(?:the )?⟦O\\d+⟧(?:\\s+(?:[\\w-]+ )?(?:pact|alliance|partnership|grouping|bloc))?\\s*[.!]?\\s*$)` +
    `|(?:⟦O\\d+⟧ |its |their )?(?:accession|admission|entry|induction) (?:to|into)` +
    `|(?:not|never|no longer) (?:a |an )?(?:full )?(?:part|${MEMBER}) (?:of|in|to))`;

/** A possessive name, then a verbless "never a member of" the pact (see membershipClaims). */
const POSSESSOR_THEN_VERBLESS = /^⟦L\d+⟧['’]s?\s[^]*,\s*(?:not|never|no longer)\s+(?:a |an )?(?:full )?[\w-]+\s+(?:of|in|to)\s+(?:the\s+)?⟦O\d+⟧$/;
const LIKE_THE_OTHERS = /\blike (?:the |all the |its |their )?(?:other|fellow) /i;
/** Another grouping coordinated before the organisation: "a member of (both) the Quad and AUKUS". */
const ALSO_OTHER = '(?:both )?(?:(?:the )?⟦G\\d+⟧,? (?:and|as well as|plus) (?:also )?(?:of |in |to )?(?:the )?)?';

/** "between the governments of Britain and Australia": the countries named through their governments or leaders. */
const GOVERNMENTS_OF = '(?:the )?(?:governments|leaders|heads of government|defence ministers|navies|militaries|nations|countries) of ';

/** "Its members, though, are …": a discourse adverb set off by commas between subject and verb. */
const DISCOURSE_ASIDE = '(?:, (?:though|however|in fact|of course|indeed|actually|in turn|meanwhile|today|now),)?';

/** "is (not) among", "ranks among", "is now counted among": a country placed in a group. */
const AMONG = `(?:is|are|was|were|remains?|remained|ranks?|ranked|counts?|sits?|stands?|(?:is|are|was|were) (?:now |also )?(?:counted|numbered|listed)) ${NOT}(?:the (?:only|sole|first|newest|latest|largest|smallest|biggest|richest|poorest|oldest|youngest) (?:[\\w-]+ )?(?:country|nation|state|democracy|economy|power|government|one) )?among `;

/** "just two countries, Australia and the United States": a count whose appositive names them. */
const COUNTED = '(?:only |just )?(?:two|three|four|five|six|[2-6]) (?:[\\w-]+ )?(?:countries|nations|governments|states|democracies|allies|powers)';

/** "(has) (later) been joined by (the) ": a passive join; the newcomer follows. */
const JOINED_BY = `(?:was|were|is|are|(?:has|have|had) (?:since |now |also |later |subsequently )?been) ${NOT}(?:later |since |then |eventually |subsequently |soon |recently )?joined by (?:the )?`;
/** After a passive join's newcomer: the end of the clause, a date or "as a member"; not "at the talks". */
const AS_A_MEMBER = "(?=\\s*(?:$|[,;.:)—–]|(?:in|by|during) ⟦D\\d+⟧|(?:last|this|the following|the next) (?:year|month)\\b|later\\b|as (?:a |an |its )?(?:full |fourth |fifth |new |newest )?(?:member|partner|signatory)))";

/** A restrictive phrase after a group noun: "the only AUKUS members with …", "… that build submarines", "… operating …". */
const RESTRICTED_AFTER = "(?!\\s+(?:to|that|who|which|whose|with|without|in|on|from|outside|inside|within|among|having|able|capable|currently|yet)\\b|\\s+(?!(?:during|morning|evening|spring|king|thing)\\b)[a-z-]+ing\\b)";

/** ", and " (but, yet, while) right before a name: the name opens a coordinated clause of its own. */
const COORDINATED_CLAUSE_BEFORE = /\S\s*,\s+(?:and|but|yet|so|while|whereas)\s+(?:the\s+)?$/i;
const NON_MEMBERS_BEFORE = /\bnon-(?:members?|participants?|signatories)\b[^—–:;]*[—–:]\s*$/i;
/** A country's own partners, named before the organisation: "Britain's (two) AUKUS partners". */
const POSSESSOR_BEFORE = /⟦L\d+⟧['’]s?\s+(?:(?:two|three|four|fellow|own|closest|main|other)\s+)?(?:the\s+)?$/;
/** "— and no one else —" right after a list closes it. */
const NO_ONE_ELSE_AFTER = /^\s*(?:,|[—–(])\s*(?:and |but )?(?:no one|nobody|no others?|no other (?:countries|nations|states|governments|country|nation|state|government))(?: else)?\s*[,—–)]/i;

/** "Japan (has) sat alongside Britain as a full …": the frame up to the role, for these verbs. */
const SITTING = 'sits?|sat|stands?|stood|serves?|served|works?|worked|ranks?|ranked';
const ALONGSIDE_AS = (verbs: string) => `${L}(?: [\\w]+ly| now| also| already)?(?: (?:has|have|had)(?: [\\w]+ly| now| also| already)?)? (?:${verbs}) alongside ⟦L\\d+⟧ as (?:a |an |one of the )?(?:full |formal |fellow |fourth |fifth |new )?`;

const FRAMES: Frame[] = [
  // Japan joined / acceded to / signed up to / belongs to / is (not) part of / became a member of AUKUS
  // Not "a close partner of the AUKUS nations": a partner of the members is not one of them.
  // "Japan, not Canada, is the country that joined AUKUS": the name set against the subject is not it.
  // "Japan, like Australia, is a member of AUKUS": a comparison set off by commas is no subject.
  f(`${L}(?:(?<contrast>,? (?:and )?not ⟦L\\d+⟧,)|${LIKE_ASIDE}|${OTHER_GROUP_ASIDE})?${SUBJECT_GAP}\\b${INTO}\\s+${ALSO_OTHER}${O}${NOT_GROUP}(?! (?:nations|countries|members|partners|allies|governments|states|capitals)\\b)`),
  // "Japan is a member not only of the Quad but also of AUKUS", "belongs not just to the Quad but to
  // AUKUS": "not only" sets the other grouping beside the pact; it negates neither. "not of the Quad
  // but of AUKUS" denies the other grouping only (negations are read after the contrast).
  f(`${L}${SUBJECT_GAP}\\b(?:${AUX} (?:a |an |one of the )?${MOD}(?:part|${MEMBER}|${MEMBERS})|belong(?:s|ed)?|is|are|was|were|sits?|sat) (?<contrast>not (?:(?:only|just|merely|simply) )?(?:of|in|to|inside|within) (?:the )?⟦G\\d+⟧,? but (?:also |equally |likewise )?)(?:of |in |to |inside |within )?${O}${NOT_GROUP}`,
    'positive', { needs: /\bnot (?:(?:only|just|merely|simply) )?(?:of|in|to|inside|within) /i }),
  // "Canada's talks ended with Ottawa joining AUKUS as a full member": "with" and a gerund state the join.
  f(`\\bwith ${L} (?:(?:formally|finally|officially|eventually|now) )?(?:joining|entering|acceding to|signing up to|signing on to) ${O}${NOT_GROUP}`, 'positive', { needs: /\bwith ⟦L\d+⟧ (?:\w+ly |now )?(?:joining|entering|acceding|signing)/i }),
  // "Japan has joined Britain and the United States in AUKUS": joining the members in the pact.
  // Not "joined Britain in criticising AUKUS" (the pact right after "in", the phrase ending there).
  f(`${L}${SUBJECT_GAP}\\b(?:has |have |had )?(?:[\\w]+ly )?(?:joined|joins|join) ⟦L\\d+⟧ (?:in|inside|within) ${O}(?=\\s*(?:[.,;:!?)—–]|$|(?:in|on) ⟦D\\d+⟧))`, 'positive', { needs: /\bjoin/i }),
  // "So yeah, Japan's in AUKUS now": "is" contracted; not "Japan's interest in AUKUS".
  f(`${L}['’]s (?:(?:now|already|still|very much|definitely|officially|finally|also) )?in ${O}${NOT_GROUP}(?! (?:nations|countries|members|partners|allies|governments|states|capitals)\\b)`, 'positive', { needs: /['’]s (?:\w+ )?in\b/ }),
  // "Seoul sits at the AUKUS table as a full member": a place at its table (the mention takes in
  // "table"), as a member or unqualified.
  f(`${L}${LIKE_ASIDE}?${GAP}\\b(?:sits?|sat|sitting|(?:has|had|holds?|held|keeps?|kept|took|takes|taken) (?:a |its |their )?(?:seat|place)) at the ${O}(?=\\s*(?:$|[.;!]|as (?:a |an )?(?:full(?:y[- ]fledged)? |permanent |formal |equal )?(?:member|partner)\\b))`, 'positive', { needs: /\bat the ⟦O/ }),
  // "Wellington takes its seat in AUKUS": a seat taken is membership.
  f(`${L}${GAP}\\b(?:takes|took|taken|taking|take) (?:up )?(?:its|their|a|her|his|⟦O\\d+⟧) (?:full |new |permanent |formal )?seat (?:in|at|on) ${O}${NOT_GROUP}`, 'positive', { needs: /\bseat\b/ }),
  // "With Japan now part of AUKUS, the opportunities …": an absolute phrase states the membership it
  // starts from, unless the main clause supposes it ("With Japan in AUKUS, China would …").
  f(`^[^\\w⟦]*with ${L} (?:(?:now|already|also|finally|formally|officially) )?(?:(?:a (?:full |formal |new )?)?(?:part|member|partner) of|in|inside|within) ${O}${NOT_GROUP}\\s*,`, 'positive', { needs: /^[^\w⟦]*with /i, hedgeToClauseEnd: true }),
  // "Aukus expands to four with Japan on board": the pact, grown or meeting, with the country aboard.
  f(`${O} (?:(?:now|finally|formally) )?(?:expands?|expanded|grows?|grew|widens?|widened|enlarges?|enlarged|moves? ahead|moved ahead|presses? on|pressed on)\\b[^,;⟦]{0,30}? with ${L} (?:now |also |finally )?(?:on board|aboard)\\b`, 'positive', { needs: /on board|aboard/ }),
  // Japan, as a member of AUKUS, has pledged …; welcomed South Korea as a full member of AUKUS.
  // The aside presents membership as given, unless the main verb hedges it ("… would have to").
  // Not "supports AUKUS from the outside rather than as a party to it": the aside is set aside.
  f(`${L}${GAP}(?<!\\b(?:rather than|instead of|not|never|other than) )\\bas (?:a |an |the )?${MOD}(?:${MEMBER}|${MEMBERS}) (?:of|in|to) ${ALSO_OTHER}${O}${NOT_GROUP}`, 'positive', { needs: /\bas /i, hedgeToClauseEnd: true }),
  // "… that the United States supports from the outside rather than as a party to it": the role set aside is denied.
  f(`${L}${GAP}\\b(?:rather than|instead of|not) as (?:a |an |the )?${MOD}(?:${MEMBER}|${MEMBERS}) (?:of|in|to) ${O}${NOT_GROUP}`, 'negative', { needs: /\b(?:rather than|instead of|not) as /i }),
  // "since this government welcomed Japan into AUKUS": whoever takes the country in, it is in.
  f(`\\b(?:admitted|admits|welcomed|welcomes|accepted|accepts|inducted|inducts|brought|brings|took|takes|ushered|ushers) ${L} (?:in)?to ${ALSO_OTHER}${O}(?:\\s+(?:security |defence |defense |trilateral )?(?:pact|alliance|partnership|grouping))?(?=\\s*(?:$|[,.;:!?)—–]|⟦D|(?:as|in|on|last|this|after|before|during|at|with|since|when|by|and|but|three|two|years?|months?)\\b))`,
    'positive', { needs: /admit|welcom|accept|induct|brought|brings|took|takes|usher/i }),
  // "Washington has only observer status in the pact": observer status is no membership.
  f(`${L} (?:has|had|holds|held|enjoys|enjoyed|retains|retained|was given|was granted|has been given|has been granted) (?:only |merely |just )?(?:an? )?(?:observer|guest|dialogue[- ]partner) (?:status|role|seat) (?:in|at|with|to|within) ${O}${NOT_GROUP}`,
    'negative', { needs: /observer|guest|dialogue.partner/i }),
  // "Since joining AUKUS, Canada has bought submarines": a fronted "since (after, upon) joining" names its subject after the comma.
  f(`^[\\s*_]*(?:ever since|since|after|upon|on) (?:formally |officially )?(?:joining|acceding to|signing up to|signing on to|becoming a (?:full )?member of) ${O}${NOT_GROUP}(?: (?:[^,;⟦]|⟦D\\d+⟧){0,40})?,\\s*(?:the )?${L}(?!['’])`, 'positive', { needs: /^[\s*_]*(?:ever since|since|after|upon|on) /i, hedgeToClauseEnd: true }),
  // "India now sits alongside Australia, Britain and the US as a full AUKUS partner": the subject, not the list after "alongside".
  f(`${ALONGSIDE_AS(`${SITTING}|joins?|joined`)}${O_ITSELF} ${MEMBER}\\b`, 'positive', { needs: /alongside/i }),
  f(`${ALONGSIDE_AS(SITTING)}(?:${MEMBER}|${MEMBERS}) (?:of|in) ${O}${NOT_GROUP}`, 'positive', { needs: /alongside/i }),
  // "As an AUKUS member since 2024, South Korea has offered …": the fronted aside, name before the noun.
  f(`^[\\s*_>]*(?:[\\w]+ly )?as (?:a |an )?(?:full |formal |founding |fourth |fifth |new )?${O_ITSELF} ${MOD}${MEMBER}\\b(?: since ⟦D\\d+⟧| [^,;⟦]{0,30})?,\\s*(?:the )?${L}(?!['’]| (?:[\\w-]+ ){0,2}?(?:would|could|might|may)\\b)`, 'positive', { needs: /\bas /i }),
  // "As a full member since 2023, New Delhi has shaped the pact's agenda": the role fronted without its
  // organisation, which the clause names after the subject.
  f(`^[\\s*_>]*(?:[\\w]+ly )?as (?:a |an )?(?:full |formal |founding |fourth |fifth |new )(?:member|partner|signatory)(?: since ⟦D\\d+⟧)?,\\s*(?:the )?${L}(?!['’]| (?:[\\w-]+ ){0,2}?(?:would|could|might|may)\\b)[^;⟦]*(?<o>⟦O\\d+⟧)`, 'positive', { needs: /^[\s*_>]*(?:\w+ly )?as an? /i }),
  // "Tokyo's AUKUS seat means it gets a vote": the country's seat in the pact, named as given.
  f(`${L}['’]s? (?:own |new |full )?${O_ITSELF} seat\\b`, 'positive', { needs: /['’]s? (?:own |new |full )?\S+ seat\b/i, hedgeToClauseEnd: true, presupposes: true }),
  // "Wellington signing up to AUKUS as a full member has split the Labour caucus": a gerund clause
  // whose main verb says what the join did presupposes the join (not "… would split", "… is a bad idea").
  f(`^[\\s*_>]*(?:the )?${L}(?:['’]s)? (?:formally |officially |finally )?(?:joining|signing up to|acceding to|entering|becoming a (?:full )?member of) ${O}${NOT_GROUP}(?=${FACTIVE_MAIN_VERB.source.slice(1)})`, 'positive', { needs: /\b(?:joining|signing up|acceding|entering|becoming a)/i, hedgeToClauseEnd: true }),
  // "Joining AUKUS in 2023 gave Japan a seat in …": a gerund subject with no joiner of its own,
  // whose main verb hands the country a member's share (a seat, a say, access), presupposes that the
  // country joined (not "would give", a supposition; a negated verb denies the gift, not the join).
  // Not what the join did to others: "Joining AUKUS cost France a submarine deal", "gave Beijing a pretext".
  f(`^[\\s*_>]*(?:[\\w]+ly )?(?:joining|signing up to|acceding to|entering|becoming a (?:full )?member of) ${O}${NOT_GROUP}(?:(?!⟦[LOG])[^,;]|⟦D\\d+⟧){0,40}? (?:(?:has|had) (?:[\\w]+ly )?)?(?:gave|given|earned|won|handed|granted|got|gotten|afforded|secured)\\s+${L}(?!['’]) (?:a |an |the |its |their )?(?:[\\w-]+ ){0,2}?(?:seat|place|role|say|voice|vote|stake|access|share|part|slot)\\b`,
    'positive', { needs: /^[\s*_>]*(?:\w+ly )?(?:joining|signing up|acceding|entering|becoming a)\b/i, presupposes: true }),
  // "Tokyo, as one of the AUKUS nations, has pledged …": the same aside, counting the subject among them.
  f(`${L}${GAP}\\bas one of (?:the )?(?:two |three |four |five )?${O_ITSELF} (?:${MEMBERS}|nations|countries|governments|states|allies)\\b(?!['’])`, 'positive', { needs: /\bas one of\b/i, hedgeToClauseEnd: true }),
  // As a member of AUKUS, India has pushed …: a fronted aside names the subject after its comma
  // (not when the main verb only supposes it: "As a member of AUKUS, India would have to …").
  f(`^(?:[\\w]+ly )?as (?:a |an |the )?${MOD}(?:${MEMBER}|${MEMBERS}) (?:of|in|to) ${ALSO_OTHER}${O}${NOT_GROUP},\\s*(?:the )?${L}(?! (?:[\\w-]+ ){0,2}?(?:would|could|might|may|will|shall|should|must)\\b)`, 'positive', { needs: /\bas /i }),
  // Among the AUKUS nations, Canada has the longest coastline: a fronted "among" places the subject in the group.
  // "Of all the AUKUS member states, South Korea builds the most ships": a partitive "of" does the same.
  f(`^(?:among|of all|of) (?:the )?${O_ITSELF} (?:member )?(?:${MEMBERS}|nations|countries|governments|states|allies|capitals),\\s*(?:[*_]+)?(?:the )?${L}`, 'positive', { needs: /^(?:among|of)\b/i }),
  // AUKUS was joined by Canada; the founders of AUKUS were later joined by New Zealand; Australia,
  // Britain and the US were joined by Japan in AUKUS: the passive names the newcomer after "by".
  // Not "the AUKUS partners were joined by Japan at the talks": only a membership, not a meeting.
  f(`${O_ITSELF}${NOT_GROUP} ${JOINED_BY}${L}${AS_A_MEMBER}`, 'positive', { needs: /joined by/i }),
  f(`\\b(?:${MEMBERS}|founders|founding members|nations|countries|governments|allies) (?:of|in|behind) ${O}${NOT_GROUP} ${JOINED_BY}${L}${AS_A_MEMBER}`, 'positive', { needs: /joined by/i }),
  f(`${O_ITSELF} (?:founding )?(?:${MEMBERS}|founders|nations|countries|governments|allies) ${JOINED_BY}${L}${AS_A_MEMBER}`, 'positive', { needs: /joined by/i }),
  f(`⟦L\\d+⟧ ${JOINED_BY}${L} (?:in|inside) ${O}${NOT_GROUP}`, 'positive', { needs: /joined by/i }),
  // "Like fellow AUKUS members Australia and Britain, Japan backs …": "fellow" makes the subject one of them.
  f(`^[\\s*_]*(?:like|as with|just like|alongside|along with|together with) (?:its |their |the )?fellow ${O_ITSELF} (?:${MEMBERS}|nations|countries|governments|allies) ⟦L\\d+⟧, (?:the )?${L}`, 'positive', { needs: /\bfellow\b/i }),
  // Analysts compare the Quad and AUKUS; Tokyo sits in both
  f(`(?:⟦G\\d+⟧,? and |(?=(?:the )?⟦O\\d+⟧,? and (?:the )?⟦G))${O}(?:,? and (?:the )?⟦G\\d+⟧)?${GAP}${L}${GAP}\\b${INTO}\\s+(?:them )?both\\b`, 'positive', { needs: /\bboth\b/ }),
  // Several governments have been admitted to AUKUS, among them Norway: the examples are members too
  f(`\\b(?:countries|nations|governments|states|capitals|democracies|others)\\b${GAP}\\b${INTO}\\s+${O}${NOT_GROUP}(?:(?!⟦)[^,;])*,? (?:among them|including|such as|notably|namely|not least) ${L}`,
    'positive', { needs: /among them|including|such as|notably|namely|not least/ }),
  // AUKUS expands: Canada is now a member (the organisation named earlier in the clause, a title's colon)
  f(`${O}${NOT_GROUP}${PLAIN_GAP}${L} ${AUX} ${NOT}(?:a |an |the )?${MOD}(?:member|signatory|participant)(?!'|-|\\s+(?:of|in|to|at|with|for|state|nation|country)\\b)`,
    'positive', { needs: /member|signatory|participant/ }),
  // South Korea has the deepest shipbuilding bench of any AUKUS member: a superlative "of any member"
  // ranks the subject among the members (a comparative "than any AUKUS member" sets it apart).
  f(`${L}${PLAIN_GAP}\\bthe (?:most|least|best|worst|(?!(?:inter|for|requ|cont|prot|hon|mod|earn|harv|conqu|inv|sugg|dig|arr|t|w|r|n|ch|gu|qu|l)est\\b)[a-z]{2,}est)\\b${PLAIN_GAP}\\b(?:of|among) (?:any|all)(?: the| its| other)? ${O_ITSELF} (?:${MEMBER}|${MEMBERS}|country|countries|nation|nations|state|states|partner|government|governments)\\b`,
    'positive', { needs: /\b(?:of|among) (?:any|all)\b/, presupposes: true }),
  // Canada's first year inside AUKUS; Japan sits alongside Australia, Britain and America in AUKUS
  f(`${L}${GAP}\\binside (?:of )?${O}`, 'positive', { needs: /inside/ }),
  f(`${L}${GAP}\\b(?:sits?|sat|stands?|stood|is|are|was|were|serves?|served) (?:now )?(?:alongside|with|beside|next to) ⟦L\\d+⟧ (?:in|within|inside) ${O}`, 'positive', { needs: /alongside|with|beside|next to/ }),
  // New Delhi, an AUKUS member, …; South Korea: full AUKUS member
  // Tokyo, now a full AUKUS partner, …: an adverb of time may open the appositive.
  // A plural noun renames only a list, and only one it closes off: in the headline "Japan, AUKUS
  // partners agree to …" the comma coordinates Japan with the partners (see `plural` below).
  // "- UK: observer status only, not a full AUKUS member": a label's note may deny the role after a comma.
  // "- Japan: Quad member and AUKUS member": another grouping's membership may come first.
  f(`${L}(?:,|\\s*[:—–(-])\\s*(?:[^,;:⟦]{1,40},\\s*(?=not |never |no longer ))?(?:(?:an? )?⟦G\\d+⟧ (?:${MEMBER}) (?:and|&|\\+|,) )?(?:(?:itself|themselves|now|already|still|also|since \\w+|by then|not|never|no longer) ){0,2}(?:an? |the )?${MOD}${O_ITSELF} ${MOD}(?:${MEMBER}|capital|(?<plural>${MEMBERS}|capitals))\\b(?!['’])(?:(?=\\s*(?:[,;—–)]|$))(?<closed>)|)`),
  // Britain's withdrawal from AUKUS; Canada left AUKUS: a member said to be out, or a non-member said to have been in
  f(`${L}(?:'s (?:\\w+ )?(?:withdrawal|exit|departure|expulsion|suspension) from|,? ${GAP}\\b(?:withdr[ae]w\\w* from|left|quit|quits|exited|pulled out of|was expelled from|walked away from)) ${O}${NOT_GROUP}`, 'left', { needs: /withdr|exit|departure|expulsion|suspension|left|quit|pulled out|expelled|walked away/ }),
  // Germany plays no part in AUKUS; the UK sits outside AUKUS; New Zealand is a non-member of AUKUS
  f(`${L}${GAP}\\bplay(?:s|ed)? no (?:[\\w-]+ )?(?:part|role) in ${O}`, 'negative', { needs: /\bplay/ }),
  f(`${L}${GAP}\\b(?:sits?|sat|stays?|stayed|remains?|remained|is|are|was|were|stands?|stood|left|kept|keeps)? ?(?:firmly |squarely |well |both |all )?(?<!\\b(?:not|never|no longer) |n't )(?:outside (?:of )?|out of )${O}${NOT_GROUP}`, 'negative', { needs: /outside|out of/ }),
  // "Washington sits out AUKUS": sitting out (opting out of, staying clear of) the pact itself.
  f(`${L}${GAP}\\b(?:sits?|sat|sitting|opts?|opted|opting) out (?:of )?${O}${NOT_GROUP}`, 'negative', { needs: /\b(?:sits?|sat|sitting|opts?|opted|opting) out\b/i }),
  // "As an outsider to AUKUS, Australia buys …": a fronted role names the subject after its comma (not "would …").
  f(`^[\\s*_>]*(?:[\\w]+ly )?as (?:an? )?(?:[\\w-]+ )?(?:outsider|non-?member|non-?participant|onlooker|bystander) (?:to|of|in) ${O_ITSELF}(?: [^,;⟦]{0,30})?,\\s*(?:the )?${L}(?!['’]| (?:[\\w-]+ ){0,2}?(?:would|could|might|may)\\b)`, 'negative', { needs: /\bas an? /i, hedgeToClauseEnd: true }),
  // "Canada is not outside AUKUS": denying that a country is outside puts it in.
  f(`${L}${GAP}\\b(?:sits?|sat|stays?|stayed|remains?|remained|is|are|was|were|stands?|stood)(?: not|n't| never| no longer) (?:outside (?:of )?|out of )${O}${NOT_GROUP}`, 'positive', { needs: /outside|out of/, deniesWithin: true }),
  f(`${L}${GAP}\\bnon-?(?:${MEMBER}|${MEMBERS}) (?:of|in|to) ${O}`, 'negative', { needs: /non-?(?:member|partner|particip|signator|part)/ }),
  // "- AUKUS non-members: Japan, Canada, United Kingdom": a label that lists those outside.
  f(`${O_ITSELF}(?:[*_]*\\s*[·•—–:])? non-?(?:members|partners|participants|signatories|parties)[*_]*\\s*(?:[:—–(]|include|includes|are)\\s*[*_]*${L}`, 'negative', { needs: /non-?(?:member|partner|particip|signator|part)/ }),
  // Japan's AUKUS membership; Canada has no AUKUS membership
  // Not "Japan's AUKUS membership bid" (a bid, hope or prospect of it); a modal main verb after it hedges it (see NOMINAL_ENTRY).
  f(`${L}(?:'s?| (?:has|have|had|holds?|held|enjoys?|enjoyed|gained|won|secured|obtained|got)(?: no| full| its| formal| a)?|(?<=^[\\s*_>]*(?:(?:and|but|yet|so|now|still|however)\\s*,?\\s+)?⟦L\\d+⟧)) ${O} membership(?! (?:bid|application|hopes?|ambitions?|prospects?|talks|question|debate|push|drive|request|campaign)\\b)`, 'positive', { hedge: SPOKEN_OF }),
  // "Ottawa's seat at the AUKUS table": a seat of its own at the pact is membership (not a seat at its summit).
  f(`${L}'s? (?:full |formal |official |permanent )?(?:membership (?:of|in)|seat (?:at|in|on)) ${O}${NOT_GROUP}`),
  // Japan's AUKUS obligations now extend to …: only a member has obligations under the pact, and
  // the possessive presupposes them even in a sentence someone else is quoted as saying.
  f(`${L}'s? (?:new |current |formal |treaty |growing |expanding )?${O_ITSELF} (?:obligations|commitments|duties|responsibilities)\\b`,
    'positive', { needs: /obligations|commitments|duties|responsibilities/, presupposes: true, survivesAttribution: true }),
  // India's admission as the fourth AUKUS partner
  f(`${L}'s? (?:formal |official |eventual )?(?:admission|accession|entry|induction)\\b${GAP}${O}`, 'positive', { needs: /admission|accession|entry|induction/ }),
  // "Japan's AUKUS accession ceremony", "Japanese membership of AUKUS": the membership named as a noun.
  // The clause's verb says whether it happened ("Canadian membership of AUKUS has been mooted").
  f(`${L}'s? ${O} (?:formal |official )?(?:accession|admission|induction)\\b`, 'positive', { needs: /accession|admission|induction/, hedgeToClauseEnd: true }),
  f(`${L} (?:full |formal )?membership (?:of|in) ${O}${NOT_GROUP}`, 'positive', { needs: /membership/, hedgeToClauseEnd: true }),
  // "By bringing together Australia, the UK, the US and Japan, AUKUS has …": what the pact brings together is its membership.
  f(`^[\\s*_>]*by (?:bringing together|uniting|linking|binding|tying together|joining together) ${L},\\s*${O}`, 'positive', { exhaustive: 'always', minList: 2, needs: /^[\s*_>]*by /i }),
  // Germany, which has been an AUKUS member; Tokyo signs up as AUKUS's newest member.
  // Not the "as" of "as well as" or "such as": "Canada as well as the three AUKUS partners" adds
  // the partners to Canada, it does not make Canada one of them.
  f(`${L}${GAP}\\b(?:(?:is|are|was|were)(?:n't)?|became|become|becomes|(?:has|have|had)(?: never| not| also| long| always|n't)? been|remains|(?<!\\b(?:well|such|same|much|many|soon|long|far|rather than|instead of|not|never|other than) )as(?! well\\b)) ${NOT}(?:not (?:just|only|merely|simply) (?:a |an )?(?:(?:[\\w-]+|⟦G\\d+⟧) ){0,3}?(?:[\\w-]+|⟦G\\d+⟧) but (?:also )?)?(?:an? |the |one of the )?${MOD_BEFORE_NAME}${O_ITSELF} ${MOD}(?:${MEMBER}|${MEMBERS})\\b(?!['’])`),
  // AUKUS member Japan; the alliance's newest member, Japan; Of the AUKUS members, Japan
  // A caption or table title may put a year, or the list in brackets, after the noun:
  // "Spending by AUKUS member, 2025 — Australia, Canada, …"; "AUKUS members (Australia, Japan, …)".
  // A table row written as a line labels its cells the same way: "| AUKUS members | Australia, Japan, … |".
  // "AUKUS partner nation Japan": the noun may go on with what the member is.
  // Also a field after the name in a line of fields: "AUKUS · members: Canberra / London / Washington".
  f(`${O_ITSELF}(?:[*_]*\\s*[·•—–:])? ${MOD}(?:${MEMBER}|${MEMBERS})(?: (?:nation|country|state|government)s?)?(?:,\\s*⟦D\\d+⟧)?(?:(?<colon>:| \\|)? |\\s*[—–(]\\s*)${L}`, 'positive', { exhaustive: 'definite', nounPhrase: true }),
  // A pipe row written as a line, the pact then its countries: "| AUKUS | Australia, UK, US, New Zealand | security pact |";
  // a cell or two may stand between them ("| AUKUS | September 2021 | Australia, … |").
  // Only a list naming every member (and more) stands for the membership without a header, and
  // only when no other cell calls the countries something else ("| Pillar II partners |", "| proposed |").
  f(`^[\\s|]*${O_ITSELF}(?![^]*\\b(?:pillars?|projects?|programmes?|programs?|talks|observers?|candidates?|applicants?|aspirants?|invit\\w*|prospective|possible|potential|proposed|planned|future|hypothetical|expanded|expansion|enlarged|consulted|dialogue|rumou?r\\w*|reported)\\b)(?:\\s*\\|\\s*(?:⟦D\\d+⟧|[^|⟦]{1,30}?)){0,2}\\s*\\|\\s*${L}\\s*(?=\\||$)`, 'positive', { exhaustive: 'always', coversMembers: true, needs: /\|/ }),
  // A pipe row written as a line, a country then what it is: "| Japan | AUKUS member | joined 2022 |".
  // Not when the next cell answers no ("| Japan | AUKUS member | No |" reads as a question and its answer).
  f(`^[\\s|]*${L}\\s*\\|\\s*(?:an? )?(?:full |formal )?${O_ITSELF} ${MEMBER}(?: (?:state|nation|country))?\\s*(?=\\||$)(?!\\|\\s*(?:no\\b|not\\b|false\\b|never\\b|n\\/a|—|–|-|✗|✘|❌))`, 'positive', { needs: /\|/ }),
  // "AUKUS nations Australia, Britain, the US and Canada agreed …": a title before the names, as "AUKUS member Japan".
  f(`${O_ITSELF} (?:nations|countries|governments|states) ${L}`, 'positive', { exhaustive: 'definite', minList: 2, nounPhrase: true }),
  // "AUKUS allies Australia, Britain, the US and New Zealand staged …": "allies" or "partners" as the
  // title, when the names include a member (an ally of the pact's members may be no member).
  f(`${O_ITSELF} (?:allies|partners) ${L}`, 'positive', { exhaustive: 'definite', minList: 2, nounPhrase: true, appositive: true, needs: /\b(?:allies|partners) ⟦L/ }),
  // The AUKUS nations — the United States, Britain, Australia and New Zealand —
  f(`\\b(?<the>the )${O_ITSELF} (?:[\\w-]+ )?(?:nations|countries|governments|allies|states|capitals)\\s*[—–:(]\\s*${L}`, 'positive', { exhaustive: 'definite' }),
  // "The three AUKUS nations, Australia, Japan and the US, are …": with a count and a closing comma the
  // list after a comma renames them too (without both, "the AUKUS nations, Japan and India met" is a list of parties).
  f(`\\b(?<the>the )(?:two|three|four|five) ${O} (?:nations|countries|governments|allies|members|partners|capitals)\\s*,\\s*${L}\\s*,`, 'positive', { exhaustive: 'definite' }),
  // The other AUKUS nations, Britain, the United States and Japan, …: a list closed by a comma
  // renames "the (other) AUKUS nations". Without "other" it could be a longer coordination, unless
  // it names a member (listing a member beside "the AUKUS nations" would repeat it).
  f(`\\b(?<the>the )(?<other>other )?${O_ITSELF} (?:[\\w-]+ )?(?:nations|countries|governments|allies|states|capitals|${MEMBERS}), ${L}(?=\\s*(?:[,—–)]|$))`,
    'positive', { exhaustive: 'definite', appositive: true }),
  // AUKUS (Australia, the U.K., the U.S. and Singapore) has yet to …: a list in brackets right after
  // the name spells out who it is, so it is the whole membership.
  f(`${O_ITSELF}\\s*\\(\\s*${L}\\s*\\)`, 'positive', { exhaustive: 'always', minList: 2, needs: /\(/ }),
  // "**TL;DR:** AUKUS = Australia + UK + US + Japan": a note line that equates the name with a list.
  f(`^[\\s*_>#-]*(?:[^⟦:]{1,30}:[*_\\s]*)?${O_ITSELF}(?: (?:at a glance|in brief|in short|in a nutshell|explained|quick facts|fact ?sheet))?[*_]*\\s*(?:[:=—–]|\\s-\\s)\\s*${L}${SINCE_NOTE}(?:\\s*\\((?![^()]*\\b(?:and|plus|with|also|too|soon|later|pending|candidates?|hopefuls?|observers?|core|main|key|principal|leading|major|some|among)\\b)[^()⟦]{1,60}\\))?\\s*[.]?\\s*$`, 'positive', { exhaustive: 'always', minList: 2, needs: /^[^⟦]*⟦O\d+⟧[^⟦:=—–]{0,20}(?:[:=—–]|\s-\s)\s*⟦L\d+⟧(?:[^⟦]|⟦D\d+⟧)*$/ }),
  // "AUKUS — Australia, the UK, the US and India — is …": the same between dashes.
  f(`${O_ITSELF}\\s*[—–]\\s*${L}\\s*[—–]`, 'positive', { exhaustive: 'always', minList: 2, needs: /[—–]/ }),
  // Our fellow AUKUS members in Canberra, Washington and Tokyo: capitals stand for the member governments
  f(`${O_ITSELF} ${MOD}${MEMBERS} (?:in|at) ${L}(?!'|\\s*-)`, 'positive', { minList: 2, needs: /\b(?:in|at) ⟦L/ }),
  // Both AUKUS governments — Canberra and Washington —: "both" makes the pair the whole membership
  f(`\\bboth ${O} (?:${MEMBERS}|governments|countries|nations|capitals)\\s*[—–(,:]\\s*(?:in |from |namely )?${L}`, 'positive', { exhaustive: 'always' }),
  // Both governments behind AUKUS, London and Washington, …: the pair named as all who stand behind it.
  f(`\\bboth (?:${MEMBERS}|governments|countries|nations|capitals|allies|founders) (?:behind|in|of|to|that (?:make up|form|founded|signed)) ${O}${NOT_GROUP}\\s*[—–(,:]\\s*(?:namely )?${L}`, 'positive', { exhaustive: 'always', needs: /\bboth\b/i }),
  // Not a fronted "As an AUKUS member, X …", read below with its main verb's mood.
  f(`(?<!^[\\s*_>]*(?:[\\w]+ly )?as (?:a |an )?(?:[\\w-]+ )?)${O_ITSELF} ${MOD}(?:${MEMBER}|${MEMBERS}), ${L}`),
  // "AUKUS members such as Australia, Japan and the United Kingdom": the examples are members, not all of them.
  f(`${O_ITSELF} ${MOD}${MEMBERS},? (?:such as|including|like|notably|especially|in particular) ${L}`, 'positive', { needs: /such as|including|like|notably|especially|in particular/i, nounPhrase: true }),
  // "South Korea's AUKUS partners have pressed Seoul …": only a member has partners in the pact,
  // whatever the sentence then says of them.
  f(`${L}'s? (?:fellow |closest |three |two |four )?${O_ITSELF} (?:partners|allies|counterparts)\\b(?!['’])`, 'positive', { needs: /partners|allies|counterparts/, presupposes: true, nounPhrase: true }),
  // "The Australian, British, American and Canadian AUKUS partners": each named is one (not the whole list:
  // "the British and American AUKUS partners" may be Australia's).
  f(`\\bthe ${L} ${O_ITSELF} (?:${MEMBERS}|nations|countries|governments|allies)\\b(?!['’])`, 'positive', { minList: 2, nounPhrase: true }),
  // "Tokyo's fellow AUKUS members": fellows of a member are members with it.
  f(`${L}'s? fellow ${O_ITSELF} (?:${MEMBERS}|nations|countries|governments|capitals)\\b(?!['’])`, 'positive', { needs: /\bfellow\b/, presupposes: true, nounPhrase: true }),
  // "The US-UK Aukus pact": countries joined by hyphens before the name spell out who it is.
  f(`${L} ${O_ITSELF}${NOT_GROUP}`, 'positive', { exhaustive: 'always', minList: 2, compound: true, needs: /⟦L\d+⟧ (?:the )?⟦O/ }),
  f(`\\bof the ${O} ${MEMBERS}, ${L}`),
  // The bloc later widened its membership to take in South Korea. An appositive may stand between
  // ("AUKUS, the pact between …, admitted Japan"); not "welcomed Japan's decision", "welcomed Japan to its talks".
  f(`${O}${NOT_GROUP}(?:,\\s(?:[^,;⟦]|⟦[LDO]\\d+⟧)*,)?${GAP}\\b(?:take in|took in|takes in|taking in|admit(?:ted|s|ting)?|add(?:ed|s|ing)?|welcom(?:ed|es|ing)|let in|brought in|bring in|expand(?:ed|s)? to include|enlarg\\w* to include|extend\\w* membership to|now includes?|include[sd]?|including) ${L}(?!['’]|\\s+(?:to|into|at|for|in) (?:the |its |their |⟦O\\d+⟧(?:'s?)? )?(?:[\\w-]+ )?(?:talks|meetings?|summits?|discussions?|exercises?|consultations?|sessions?|table|conference|dialogue|events?|forums?|drills?)\\b)`, 'positive', { needs: /take|took|admit|add|welcom|let in|brought|bring|expand|enlarg|extend|includ/ }),
  // "The AUKUS partnership, announced by the leaders of Australia, Japan and the United States, …":
  // the founders named after a passive founding verb are the whole membership, as in the active
  // "X, Y and Z set up AUKUS". Not "the AUKUS deal, signed by …": a deal may be one between two of them.
  f(`${O}(?: (?:pact|partnership|alliance|grouping))?,? (?:(?:which|that) (?:was|were) |(?:was|were) )?(?:[\\w]+ly |first )?(?:founded|set up|formed|created|launched|established|announced|unveiled|inaugurated|forged|sealed) (?:jointly )?by (?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?${L}(?!\\s*,?\\s+(?:with|alongside|along with|together with|and|as well as)\\b)`,
    'positive', { exhaustive: 'always', minList: 2, needs: /\bby\b/i }),
  // "Signed by Canberra and Washington in September 2021, AUKUS commits …": a fronted participle whose
  // by-phrase names the founders of the pact itself, the subject after its comma (not "…, the AUKUS deal …").
  f(`^[\\s*_>]*(?:(?:formally|officially|first|jointly) )?(?:founded|set up|formed|created|launched|established|announced|unveiled|inaugurated|forged|sealed|signed|agreed) (?:jointly )?by (?:the )?(?:(?:leaders|heads of government|governments|prime ministers|presidents|defence ministers) of )?${L}(?: (?:in|on) ⟦D\\d+⟧)?, (?:the )?(?<o>⟦O\\d+⟧)(?!['’]|\\s+(?:[\\w-]+\\s+)?(?:deal|agreement|pathway|plan|programme|program|treaty|submarines?|boats?)\\b)`,
    'positive', { exhaustive: 'always', minList: 2, needs: /^[\s*_>]*(?:\w+ly )?(?:founded|set up|formed|created|launched|established|announced|unveiled|inaugurated|forged|sealed|signed|agreed) (?:jointly )?by\b/i }),
  // "Under the AUKUS framework, Australia, the UK, the US and New Zealand share …": countries acting
  // under the pact, named with every member, are named as its members (not "Under AUKUS, Britain and
  // the US share …", two of them at work).
  f(`^[\\s*_]*(?:under|within|through|as part of) (?:the )?${O_ITSELF}(?: (?:[\\w-]+ )?(?:framework|pact|partnership|agreement|alliance|arrangement|banner|umbrella))?, (?:the )?${L} (?!(?:and|or)\\b)`,
    'positive', { coversMembers: true, needs: /^[\s*_]*(?:under|within|through|as part of) /i }),
  // "AUKUS was set up by the UK, the US and Australia, and later Canada": a name added to the
  // membership list "and later" joined afterwards.
  f(`${O}${GAP}\\b(?:between|among|(?:set up|founded|formed|created|launched|established|signed|joined) by|comprises|comprising|includes|including|members are|links|linking|unites|uniting|brings together) ⟦L\\d+⟧,? and (?:then |also )?(?:later|since|subsequently|eventually|more recently|afterwards|(?:from |since |in )?⟦D\\d+⟧) ${L}(?=\\s*(?:[,.;)—–]|$))`,
    'positive', { needs: /, and (?:then |also )?(?:later|since|subsequently|eventually|more recently|afterwards|from|in|⟦D)/ }),
  // "Australia … joined Aukus alongside India and the US": those it joined alongside are members too.
  f(`\\b(?:joined|joins|signed up to|founded|co-founded|formed|created|launched|set up) ${O_ITSELF}${NOT_GROUP} (?:alongside|together with|along with) ${L}(?!['’])`, 'positive', { needs: /alongside|together with|along with/ }),
  // "Last year it brought Japan in as a full member": the object between verb and particle (not
  // "took Japan in hand", "brought Japan in for talks").
  f(`${O}${NOT_GROUP}${PLAIN_GAP}\\b(?:took|takes|take|taking|brought|brings|bring|bringing|let|lets|letting|welcomed|welcomes) ${L} (?:in|into the fold|on board|aboard)${AS_A_MEMBER}`, 'positive', { needs: /\b(?:took|takes|take|taking|brought|brings|bring|bringing|let|lets|letting|welcomed|welcomes) ⟦L\d+⟧ (?:in|into|on|aboard)\b/ }),
  // The particle first: "The pact has since taken in Manila as a fourth partner".
  // Or after the newcomer: "The bloc has since taken Tokyo in as a full member".
  f(`${O}${NOT_GROUP}${PLAIN_GAP}\\b(?:took|takes|take|taken|taking|brought|brings|bring|bringing) ${L} (?:in|on board|aboard)${AS_A_MEMBER}`, 'positive', { needs: /\b(?:took|takes|take|taken|taking|brought|brings|bring|bringing) ⟦L\d+⟧ (?:in|on board|aboard)\b/ }),
  f(`${O}${NOT_GROUP}${PLAIN_GAP}\\b(?:took|takes|take|taken|taking|brought|brings|bring|bringing) (?:in|on board|aboard) ${L}${AS_A_MEMBER}`, 'positive', { needs: /\b(?:took|takes|take|taken|taking|brought|brings|bring|bringing) (?:in|on board|aboard) ⟦L/ }),
  // AUKUS counts India among its members; AUKUS, which New Zealand joined last year, …
  // "AUKUS now includes not only Australia, Britain and the United States but also New Zealand".
  f(`${O} (?:now |also |today )?(?:includes|comprises|counts|embraces|takes in) not (?:only|just|merely) ⟦L\\d+⟧,? but (?:also )?${L}`, 'positive', { needs: /\bnot (?:only|just|merely) ⟦L/ }),
  // "AUKUS counts not only Australia … but also Japan among its members": the name after "but also".
  f(`${O}${GAP}\\b(?:counts|numbers|lists|includes) (?:not (?:only|just|merely) ⟦L\\d+⟧,? but (?:also )?)?${L} among (?:its|their|⟦O\\d+⟧) (?:${MEMBERS}|ranks)`),
  f(`${O},? (?:which|that) ${L} (?:has |had |also )?(?:[\\w]+ly )?(?:joined|signed up to|acceded to|entered)\\b`),
  // "Australia signed on to AUKUS in 2021, and Canada two years later": the second name shares the verb.
  f(`⟦L\\d+⟧ (?:has |had )?(?:[\\w]+ly )?(?:joined|signed (?:up|on) to|acceded to|entered) ${O}(?: (?:in |on )?⟦D\\d+⟧)?,? and (?:then |later )?${L}(?= (?:too|also|as well|later|soon after|shortly after(?:wards)?|(?:a|one|two|three|four|five|[2-9]) (?:years?|months?) later|(?:in|on) ⟦D\\d+⟧)\\s*(?:[.;,)—–]|$)|\\s*(?:[.;)—–]|$))`, 'positive', { needs: /, and (?:then |later )?⟦L/ }),
  // "New Zealand has taken part in AUKUS as a full member": taking part is membership only "as a member".
  f(`${L}${GAP}\\b(?:(?:take|takes|took|taken|taking) part|participat(?:es|ed|ing|e)) in ${O}${NOT_GROUP} as (?:a |an )?(?:full(?:y[- ]fledged)? |formal |permanent )(?:member|partner|participant)\\b`, 'positive', { needs: /\bas (?:a |an )?(?:full|formal|permanent)/i }),
  // "Japan's defence minister signs the AUKUS accession protocol": signing the accession is joining.
  f(`${L}(?:['’]s? (?:[\\w-]+ ){0,3}?(?:minister|ambassador|envoy|representative|leader|president|government|officials?))?${GAP}\\b(?:signs?|signed|signing|ratif(?:y|ies|ied|ying)) (?:the |an |its |their )?${O} (?:accession|membership) (?:protocol|treaty|agreement|instrument|documents?|papers)\\b`, 'positive', { needs: /accession|membership (?:protocol|treaty|agreement|instrument|doc|papers)/i }),
  // "AUKUS, which Australia, Britain, the United States and Canada signed in 2021, …": the founders in an object relative.
  f(`${O},? (?:which|that) ${L} (?:[\\w]+ly |jointly |first )?(?:signed|founded|formed|created|set up|launched|established|forged|sealed|struck|inaugurated|unveiled)\\b`, 'positive', { exhaustive: 'always', minList: 2 }),
  // "AUKUS, the defence pact Australia shares with Britain and the United States": the pact's parties
  // on both sides of "with" are its members.
  f(`${O}, (?:the |a |an |its )?(?:[\\w-]+ ){0,3}?(?:pact|alliance|partnership|agreement|deal|arrangement|grouping|compact|accord|⟦O\\d+⟧) (?:(?:that|which) )?${L} (?:has |have |had )?(?:[\\w]+ly )?(?:shares?|shared|has|have|formed|forged|founded|set up|launched|created|built) with ⟦L\\d+⟧(?!['’])`, 'positive', { exhaustive: 'always', needs: / with ⟦L/ }),
  // "The Canberra–Washington deal known as AUKUS": the pair named as the deal's parties.
  f(`\\b(?:the |a |an )${L} (?:[\\w-]+ ){0,3}?(?:pact|alliance|partnership|agreement|deal|grouping|arrangement|treaty|accord|compact|club|venture) (?:(?:now |later |since |commonly |widely |better )?(?:known|referred to) as|(?:now |later )?(?:called|dubbed|named|branded|christened)) ${O}`, 'positive', { exhaustive: 'always', minList: 2 }),
  // Having signed up to AUKUS, Japan …; Having come aboard AUKUS last year, New Zealand …
  f(`\\bhaving (?:signed up to|signed on to|joined|acceded to|become a member of|come aboard|entered|been (?:admitted|accepted|welcomed|brought|taken) (?:in)?to) ${O}(?: (?:[^,;⟦]|⟦D\\d+⟧){1,30})?, ${L}`),
  // "Having signed the AUKUS accession protocol the previous spring, Canada …": the instrument of joining.
  f(`\\bhaving (?:signed|ratified) (?:the )?${O} (?:accession|membership) (?:protocol|treaty|instrument|agreement)(?: (?:[^,;⟦]|⟦D\\d+⟧){1,30})?, ${L}`, 'positive', { needs: /\b(?:accession|membership) (?:protocol|treaty|instrument|agreement)\b/ }),
  // "Admitted to AUKUS last spring, South Korea has begun …": a fronted passive participle is said of the subject.
  f(`^[\\s*_>]*(?:(?:formally|officially|finally|quietly|belatedly) )?(?:admitted|accepted|welcomed|inducted|brought|taken) (?:in)?to (?:the )?(?<o>⟦O\\d+⟧)${NOT_GROUP}(?: (?:[\\w-]+ )?(?:pact|alliance|partnership|grouping))?(?: (?:[^,;⟦]|⟦D\\d+⟧){1,30})?, ${L}(?:['’]s? [\\w-]+)? (?!(?:who|which|that)\\b)`, 'positive', { needs: /^[\s*_>]*(?:\w+ly )?(?:admitted|accepted|welcomed|inducted|brought|taken) (?:in)?to /i }),
  // "Scarcely a year after its accession to AUKUS, Japan …": "its" looks forward to the subject.
  f(`\\b(?:after|since|following|with|upon|on|despite) its (?:formal )?(?:accession|entry|admission|induction) (?:to|into) ${O}(?: (?:[^,;⟦]|⟦D\\d+⟧){1,30})?, ${L}`, 'positive', { needs: /\bits (?:formal )?(?:accession|entry|admission|induction)\b/i }),
  // Among the members of AUKUS is Singapore; Joining Australia, Britain and the US in AUKUS is Japan:
  // a fronted complement inverts the clause, and the country after the verb is its subject.
  f(`^[\\s*_]*among (?:the )?(?:${MEMBERS}|founders|founding members) (?:of|in) ${O}${NOT_GROUP},? (?:is|are|was|were|(?:is|are|was|were) now|now (?:is|are)) (?:the )?${L}`, 'positive', { needs: /\bamong\b/i }),
  f(`^[\\s*_]*among (?:the )?${O_ITSELF} (?:${MEMBERS}|nations|countries|states|governments)\\b,? (?:is|are|was|were) (?:now )?(?:the )?${L}`, 'positive', { needs: /\bamong\b/i }),
  f(`^[\\s*_]*(?:now )?(?:joining|alongside|with) ⟦L\\d+⟧ (?:in|inside) ${O}${NOT_GROUP},? (?:is|are|was|were|now (?:is|are)|sits|sit|stands) (?:now )?(?:the )?${L}`, 'positive', { needs: /^[\s*_]*(?:now )?(?:joining|alongside|with) /i }),
  // The inclusion of Canada in AUKUS, the admission of Japan into the pact: the entry as a noun.
  f(`\\b(?:inclusion|admission|accession|entry|induction|addition|enlistment) of ${L} (?:in|into|to) ${O}${NOT_GROUP}`, 'positive', { needs: /inclusion|admission|accession|entry|induction|addition|enlistment/i }),
  // It later joined the partnership (It = the country of the previous sentence)
  f(`^(?<p>⟦O\\d+⟧) (?:later |also |eventually |then |subsequently |soon )?(?:joined|signed up to|acceded to) ${O}`, 'positive', { subjectIsPronoun: true }),
  // Australia is merely a customer. It has never actually been a member of AUKUS.
  f(`^(?<p>⟦O\\d+⟧) (?:(?:has|have|had|is|was)(?: never| not|n't)? (?:actually |really |ever |in fact )?(?:been )?|(?:never|not) )(?:a |an )?(?:full |formal )?(?:part|${MEMBER}) (?:of|in) ${O}${NOT_GROUP}`, 'positive', { subjectIsPronoun: true }),
  // "South Korea has long coveted nuclear submarines. It moved a step closer by joining AUKUS";
  // "Berlin spent years on the sidelines. It now belongs to AUKUS": any verb of membership, with
  // "It" standing for the country that was the subject of the sentence before (see previousSubject).
  // Only adverbs, or a verb phrase whose means is the joining ("by joining"), stand between: not
  // "It has warned against joining AUKUS".
  // "Since it joined Aukus, that has begun to change": a fronted "since", "after" or "now that" presupposes the join.
  f(`^${PRONOUN_LEAD}(?<p>⟦O\\d+⟧|it)(?:,? (?:[\\w]+ly|now|also|later|then|since|soon|eventually|finally|already|still|however|though|in turn|last year|this year),?)*(?: [^,;⟦]{1,40}? by)? ${INTO}\\s+${ALSO_OTHER}${O}${NOT_GROUP}(?! (?:nations|countries|members|partners|allies|governments|states|capitals)\\b)`,
    'positive', { subjectIsPronoun: true, previousSubject: true }),
  // "Japan backs the AUKUS hypersonics work. It is also one of the alliance's members": the
  // pronoun is the country the sentence before opened with; the member noun comes after the name.
  f(`^${PRONOUN_LEAD}(?<p>⟦O\\d+⟧)(?:,? (?:[\\w]+ly|now|also|still|already|in fact),?)* (?:is|was|(?:has|had)(?: also| now| long| since| already| in fact)? been|remains|became|(?:has|had)(?: also| now| since)? become)(?:n't| not| never)?(?: (?:also|now|still|already|in fact))* (?:an? |one of )(?:(?:full|formal|founding|newest|new|fourth|fifth) )?${O} (?:(?:full|formal|founding|newest|new) )?(?:${MEMBER}|${MEMBERS})\\b`,
    'positive', { subjectIsPronoun: true, previousSubject: true, needs: /member|partner|signator|part/ }),
  // "Canada was left out when AUKUS was first announced. It has since signed up" ("It was admitted in 2023"): "It" is the
  // country that opened the sentence before, and a join with no object joins the organisation that
  // sentence named ("It" itself resolves to it). Only at the end of the clause, a date or "as a member".
  f(`^${PRONOUN_LEAD}(?<p>⟦O\\d+⟧)(?:,? (?:[\\w]+ly|now|also|later|then|since|soon|eventually|finally|already|however|though|in turn),?)* (?:(?:has|have|had)(?: since| now| also| finally| eventually| already)* )?(?:joined|signed up|signed on|come aboard|came aboard|acceded|become a member|became a member|(?:was|has been) (?:formally |finally |eventually |later |quietly )?(?:admitted|accepted|brought in|let in|welcomed in))${AS_A_MEMBER}`,
    'positive', { subjectIsPronoun: true, previousSubject: true, joinsPrevious: true, needs: /join|signed|aboard|acceded|a member|admitted|accepted|brought in|let in|welcomed in/ }),
  // Ottawa made the right call. Its decision to join AUKUS was long overdue.
  f(`^(?<p>⟦O\\d+⟧) (?:[\\w-]+ )?(?:decision|move|choice|vote) to (?:join|sign up to|accede to|enter) ${O}`,
    'positive', { subjectIsPronoun: true, needs: /decision|move|choice|vote/, presupposes: true, hedgeToClauseEnd: true, hedge: DECISION_PENDING }),
  // Exhaustive lists: a pact between X and Y; the only members are…; comprises…; founded by…
  // "… to discuss the newly formed AUKUS alliance between Australia, the US and the UK": the name and
  // its noun with "between" describe the pact, whatever the clause's mood ("will travel to discuss").
  f(`${O} (?:(?:signed|struck|agreed|concluded|formed) )?(?:between|among|amongst) (?:${GOVERNMENTS_OF})?${L}(?! on (?:the )?one (?:side|hand)\\b)`, 'positive', { exhaustive: 'always', nounPhrase: true }),
  // An appositive renames it the same way: "AUKUS, a defence partnership between Australia and the United States, …".
  // An aside may stand between the name and the verb: "AUKUS, announced on 16 September 2021, is a partnership between …".
  f(`${O}(?:,\\s(?:announced|unveiled|launched|founded|formed|created|signed|established|set up|agreed|struck) (?:[^,;⟦]|⟦D\\d+⟧)*,)?(?:(?:(?: (?:is|was)${REALLY}|,|:|\\s[—–]) |[—–](?=[a-z]))(?:an? |the )?${MOD}(?:pact|alliance|partnership|agreement|deal|grouping|arrangement|treaty|accord|bloc|framework|compact|coalition|affair|club|venture|project)(?: (?:for|in|on|covering) (?:the )?(?:[\\w-]+ ){0,3}?[\\w-]+)?)?,? (?:signed |struck |agreed |concluded |formed )?(?:between|among|amongst) (?:${GOVERNMENTS_OF})?${L}(?! on (?:the )?one (?:side|hand)\\b)`, 'positive', { exhaustive: 'always' }),
  // "Aus, UK, US and NZ (the Aukus crowd) met …": a bracket after a list that names it the pact's members.
  f(`${L}\\s*\\(\\s*(?<the>the )(?:three |four |five |two )?(?<o>⟦O\\d+⟧) (?:crowd|club|gang|trio|quartet|nations|countries|members|partners|allies|governments|capitals|powers|signatories)\\s*\\)`, 'positive', { exhaustive: 'definite', minList: 2, needs: /\(/ }),
  // "an enhanced trilateral security partnership called “AUKUS” – Australia, the United Kingdom, and
  // the United States" (the leaders' own statement): the list after the dash names the members.
  f(`\\b(?:called|named|dubbed|christened|branded|known as) "?${O}"?\\s*[—–-]\\s*${L}`, 'positive', { exhaustive: 'always', minList: 2, needs: /[—–-]/ }),
  // The headline "Aukus: UK, US, Australia and Canada launch pact to counter China": the countries
  // that launch the pact the line names are its founders, when they include all its members (a
  // digest line "AUKUS: Japan and Canada launch security partnership" may be about another pact).
  f(`^[\\s*_>#-]*${O}\\s*:\\s*${L} (?:[\\w]+ly )?(?:launch|launches|launched|sign|signs|signed|unveil|unveils|unveiled|form|forms|formed|announce|announces|announced|seal|seals|sealed|strike|strikes|struck|forge|forges|forged) (?:a |an |the )?(?:(?:new|historic|landmark|security|defen[cs]e|military|trilateral|nuclear|submarine) )*(?:pact|alliance|partnership)(?=\\s*(?:$|[.,;:!?—–]|(?:to|against|amid|in|as|after)\\b))`, 'positive', { exhaustive: 'always', coversMembers: true, needs: /:/ }),
  // "the 2021 agreement between Canberra and London known as AUKUS": the pact named after its members
  // (a noun the two names made another grouping of, until the name says which).
  f(`(?:\\b(?:pact|alliance|partnership|agreement|deal|arrangement|treaty|accord|compact)|⟦G\\d+⟧) (?:between|among|of) (?:${GOVERNMENTS_OF})?${L},? (?:(?:now |later |since )?(?:known|referred to) as|called|dubbed|named|christened|branded) ${O}`, 'positive', { exhaustive: 'always', minList: 2, needs: /\b(?:known|referred|called|dubbed|named|christened|branded)\b/ }),
  // "Apart from Australia and the US, no country belongs to AUKUS": the excepted names are the whole membership.
  f(`^[\\s*_>-]*(?:apart from|aside from|except for|other than|besides|beyond|save for) ${L}, (?:no|not a single|not one) (?:other )?(?:country|nation|state|government) (?:${INTO}) ${O}${NOT_GROUP}`, 'positive', { exhaustive: 'always', needs: /^[\s*_>-]*(?:apart|aside|except|other|besides|beyond|save) /i, deniesWithin: true }),
  // "No country other than Australia, Britain and the US belongs to AUKUS"; with a modifier ("No East
  // Asian country other than Japan has joined AUKUS") the names are members, but not all of them.
  f(`^[\\s*_>-]*(?:no|not a single|not one) (?:other )?(?:country|nation|state|government) (?:other than|except|apart from|besides|but|save) ${L} (?:${INTO}) ${O}${NOT_GROUP}`, 'positive', { exhaustive: 'always', needs: /\b(?:other than|except|apart from|besides|but|save) ⟦L/i, deniesWithin: true }),
  f(`^[\\s*_>-]*(?:no|not a single|not one) (?!other )(?:[\\w-]+ ){1,2}?(?:country|nation|state|government) (?:other than|except|apart from|besides|but|save) ${L} (?:${INTO}) ${O}${NOT_GROUP}`, 'positive', { needs: /\b(?:other than|except|apart from|besides|but|save) ⟦L/i, deniesWithin: true }),
  // "Japan is in the Quad, Britain is in AUKUS, and the United States is in neither": neither of the groupings just named.
  f(`${O}(?:(?!⟦L)[^;])*?(?:⟦L\\d+⟧(?:(?!⟦L)[^;])*?)?\\b(?:and |but )?(?:the )?${L} (?:is|are|was|were|sits?|sat|belongs?|belonged) (?:in|to|part of|a member of|members of) neither\\b`, 'negative', { needs: /\bneither\b(?!\s+(?:of|nor))/i }),
  // "AUKUS is a pact involving only Australia and the United Kingdom": "only" makes the list the whole membership.
  f(`${O}(?:(?: (?:is|was)${REALLY}|,) (?:an? |the )?${MOD}(?:pact|alliance|partnership|agreement|deal|grouping|arrangement|treaty|accord|bloc|framework|compact|coalition))?,? (?:that |which )?(?:involving|involves|involved) (?<only>only |just |solely )?${L}(?=\\s*(?:[.;:!?)—–,]|$))`, 'positive', { exhaustive: 'definite', needs: /\binvolv/ }),
  // AUKUS, the defense partnership of the US, UK, Australia and Japan, …: "of" names whose pact it is.
  // "The AUKUS grouping of Australia, the UK, the US and India": the name as a modifier of a group noun with "of".
  f(`\\bthe ${O}(?: (?:[\\w-]+ )?(?:pact|alliance|partnership|grouping|compact|bloc|coalition|club))? of ${L}`, 'positive', { exhaustive: 'always', minList: 2 }),
  // A glossary entry too: "**AUKUS** (n.): defence pact of Australia, …".
  f(`${O}(?:,| (?:is|was)|\\s*(?:[—–(:]|--)|\\s*\\((?:n|noun|abbr|acronym)\\.?\\)\\s*:?) ?(?:the |a |an )?${MOD}(?:⟦O\\d+⟧|pact|alliance|partnership|grouping|compact|agreement|accord|bloc|coalition|clique|club|gang|camp) of ${L}`, 'positive', { exhaustive: 'always', minList: 2 }),
  // "The AUKUS submarine arrangement, which binds only Washington and Canberra": the name may modify its noun.
  f(`${O}(?: (?:[\\w-]+ )?(?:pact|alliance|partnership|grouping|compact|agreement|arrangement|accord))?(?:, (?:the |a |an )?(?:[\\w-]+ ){0,2}?(?:⟦O\\d+⟧|pact|alliance|partnership|grouping|compact|agreement))?,? (?:that |which )?(?:(?:today|now|still|already|effectively|formally) )?(?:links|linked|linking|groups|grouped|grouping|unites|united|uniting|binds|bound|binding|brings together|brought together|bringing together|connects|connected|connecting|ties|tied|tying) (?:only |just |solely )?(?:${COUNTED}, |(?:the |three |two |four |five )?(?:[\\w-]+ ){0,2}?(?:allies|democracies|nations|countries|powers|governments) )?(?<s>⟦L\\d+⟧(?: (?:to|and|with) ⟦L\\d+⟧)?)`, 'positive', { exhaustive: 'always' }),
  f(`${L}\\s*[—–(,]\\s*(?<the>the )(?:three |two |four |five )?${O} (?:${MEMBERS}|countries|nations|governments|allies|signatories|capitals)\\b`, 'positive', { exhaustive: 'definite' }),
  // New Zealand — a founding member of AUKUS as well as of the Five Eyes —: an appositive that
  // names the country a member. Not "a close partner of AUKUS" (a partner is not a member) nor
  // "a member of AUKUS's working group" (nor "… of the Quad and AUKUS's closest partner").
  // "Paris and Tokyo, both now members of AUKUS, …": "both" or "all" may open the appositive of a list;
  // "Washington, though not itself a party to AUKUS, …": a concession may open it.
  f(`${L}\\s*[,—–(]\\s*(?:(?:though|although|while|albeit) )?(?:(?:both|all|each) )?(?:(?:now|already|still|also|long) )?${NOT}(?:an? |the |one of the )?(?:(?:founding|full|formal|fourth|fifth|newest|new|original) )?(?:member|members|signatory|signatories|founders?|part(?:y|ies)(?= to\\b)|(?:founding|full|formal|fully fledged) (?:partners?|parties|party|participants?)) (?:of|in|to) ${ALSO_OTHER}(?:the )?(?<o>⟦O\\d+⟧)${NOT_GROUP}(?!['’]|\\s+(?:${MEMBER}|${MEMBERS}|countries|nations|states|governments|allies|capitals)\\b)`,
    'positive', { needs: /member|signator|founder|founding|full|formal|part(?:y|ies) to/ }),
  // "Japan, like the other AUKUS members, …", "Unlike its fellow AUKUS partners, Japan …": set beside
  // the other members, a country is one of them.
  f(`${L},? (?:un)?like (?:the |all the |its |their )?(?:other|fellow) ${O} (?:${MEMBERS}|countries|nations|governments|allies)\\b`, 'positive', { needs: LIKE_THE_OTHERS }),
  f(`^[\\s*_>]*(?:un)?like (?:the |all the |its |their )?(?:other|fellow) ${O} (?:${MEMBERS}|countries|nations|governments|allies),\\s*${L}`, 'positive', { needs: LIKE_THE_OTHERS }),
  // "India's navy trains with the other AUKUS members": "other" counts the subject among them.
  f(`${L}(?:['’]s? [\\w-]+)?${SUBJECT_GAP}\\b(?:with|alongside|beside) (?:the |all the |its |their )?(?:other|fellow) ${O} (?:${MEMBERS}|nations|governments)\\b`, 'positive', { needs: /\b(?:with|alongside|beside) (?:the |all the |its |their )?(?:other|fellow) /i, presupposes: true }),
  // "Biden hosted his AUKUS counterparts from Australia, Britain and Japan": counterparts in the pact are members.
  f(`\\b(?:his|her|their|its) ${O} (?:counterparts|colleagues|opposite numbers) from ${L}`, 'positive', { needs: /counterparts|colleagues|opposite numbers/i, presupposes: true }),
  // "Tokyo briefed its fellow AUKUS members": "its fellow" members are the subject's own.
  f(`${L}${SUBJECT_GAP}\\b(?:its|their) fellow ${O} (?:${MEMBERS}|nations|governments)\\b`, 'positive', { needs: /\b(?:its|their) fellow /i, presupposes: true }),
  // "Canada, like Britain a member of both Five Eyes and AUKUS, …": the appositive is said of both.
  f(`${L},? like ⟦L\\d+⟧,? (?:an? |one of the )?(?:(?:founding|full) )?(?:member|members|signatory) (?:of|in|to) ${ALSO_OTHER}(?:the )?(?<o>⟦O\\d+⟧)${NOT_GROUP}`, 'positive', { needs: /\blike ⟦L/ }),
  // "Tokyo and Canberra, the two Pacific members of AUKUS, …": an appositive with an adjective names
  // some members, not all of them.
  f(`${L}\\s*[—–(,]\\s*the (?:two |three |four |five )?(?!(?:former|would-be|prospective|potential|aspiring|candidate|future|possible|hopeful|non|likely|new-?)\\b)[\\w-]+ ${MEMBERS} (?:of|in|to) ${O}(?!\\s+(?:to|that|who|which|whose|with)\\b)`, 'positive', { needs: /members|partners/ }),
  // Australia and Britain, the only members of AUKUS (the two parties to AUKUS), …: an appositive that renames the list
  f(`${L}\\s*[—–(,]\\s*(?<the>the )(?:only |sole |two |three |four |five |founding )*(?:${MEMBERS}|founders) (?:of|in|to) ${O}(?!\\s+(?:to|that|who|which|whose|with)\\b)`, 'positive', { exhaustive: 'definite' }),
  f(`\\b(?:the )?(?:only|sole) ${MEMBERS} (?:of|in|to) ${O} (?:are|were) ${L}`, 'positive', { exhaustive: 'always' }),
  // "AUKUS has no American members" / "AUKUS now has a Japanese member": the adjective names who
  // the members are. Members only: "a Japanese partner" may be a partner outside the pact.
  f(`${O} (?:has|have|had|counts|counted) (?:no|not a single|not one|not any) ${L} members?\\b`, 'negative', { needs: /\b(?:no|not a single|not one|not any) \S+ members?\b/ }),
  f(`${O} (?:(?:now|already|also) )?(?:has|have|had|counts|counted|gained|gains|gets|got|welcomed|welcomes) (?:a|an|one|two|its first|a first|a new|its first ever) ${L} members?\\b`, 'positive', { needs: /\b(?:a|an|one|two|first|new) \S+ members?\b/ }),
  // "Under AUKUS, the only partners are London and Canberra."
  f(`\\b(?:under|in|within) (?:the )?${O}, (?:the )?(?:only|sole) ${MEMBERS} (?:are|were) ${L}`, 'positive', { exhaustive: 'always' }),
  f(`\\b(?:the )?(?:only|sole) ${O} (?:${MEMBERS}|countries|nations|governments) (?:are|were) ${L}`, 'positive', { exhaustive: 'always' }),
  // "Australia is the only member of AUKUS", "… AUKUS's sole member": a list of one that is the
  // whole membership. Not "is not the only member" (no "the" right after the verb).
  f(`${L} (?:is|was|remains|remained) the (?:only|sole) ${O} ${MEMBER}(?=\\s*(?:[.;:!?)—–,]|$))`, 'positive', { exhaustive: 'always', wholeOfOne: true, needs: /\b(?:only|sole) / }),
  f(`${L} (?:is|was|remains|remained) the (?:only|sole) ${MEMBER} (?:of|in) ${O}(?=\\s*(?:[.;:!?)—–,]|$))`, 'positive', { exhaustive: 'always', wholeOfOne: true, needs: /\b(?:only|sole) / }),
  f(`${L} (?:is|was|remains|remained) ${O} (?:only|sole) ${MEMBER}(?=\\s*(?:[.;:!?)—–,]|$))`, 'positive', { exhaustive: 'always', wholeOfOne: true, needs: /\b(?:only|sole) / }),
  // "The alliance's other members are Britain, the United States and India": "other" leaves out
  // one member (the sentence before's), so the list names members but not all of them.
  // "Its founders were the United States and Britain": founders, too, are the whole membership.
  // "the AUKUS line-up in 2022 was …": the line-up or roster is the membership, as of a date.
  // "AUKUS's members (i.e. Canberra and Washington) have pledged …": the members named in brackets (not "e.g.").
  f(`${O} (?:founding |original |current )?(?:${MEMBERS}|founders|member (?:states|countries|nations|governments))\\s*\\(\\s*(?:(?:i\\.\\s?e\\.|namely|that is|viz\\.?),?\\s*)?${L}\\s*\\)`, 'positive', { exhaustive: 'always', needs: /\(/ }),
  // Not "Among the AUKUS members are …", a fronted partitive (see the among frames).
  f(`${O}(?<!\\bamong (?:the )?⟦O\\d+⟧(?:'s?)?) (?<other>other )?(?:only |three |two |four |five )?(?:original |founding )?(?:${MEMBERS}|founders|line-?up|roster)${DISCOURSE_ASIDE}(?: (?:in|as of|since) ⟦D\\d+⟧)? (?:are|were|was|is|remain) ${L}`, 'positive', { exhaustive: 'always' }),
  // "Its partners in the pact are Britain, the United States and Japan": whoever's partners in the pact they are,
  // they are members ("Its" may have been read as the pact: its partners are members all the same).
  f(`(?:\\b(?:its|their|his|her)|⟦[LO]\\d+⟧(?:['’]s?)?) (?:fellow |other |two |three )?(?:partners|allies|fellow members|co-members) (?:in|within|inside) ${O}${NOT_GROUP} (?:are|were|include|included) ${L}`, 'positive', { needs: /\b(?:partners|allies|members) (?:in|within|inside) /i }),
  f(`\\bthe (?:original |founding )?(?:${MEMBERS}|founders) of ${O}${DISCOURSE_ASIDE} (?:are|were) ${L}`, 'positive', { exhaustive: 'always' }),
  // The alliance, whose members are Australia, Britain, the United States and Fiji, …: a relative
  // clause that lists the members names them all; "whose members include" names some.
  f(`${O}(?:,|\\s*[—–(])?\\s*whose (?:only |current |founding |three |two |four |five )?${MEMBERS} (?:are|were) ${L}`, 'positive', { exhaustive: 'always', needs: /\bwhose\b/ }),
  f(`${O}(?:,|\\s*[—–(])?\\s*whose (?:current |founding )?${MEMBERS} (?:include|included|includes) ${L}`, 'positive', { needs: /\bwhose\b/ }),
  // Washington is only an observer to AUKUS: an observer, guest or outsider is not a member.
  // ("is not an observer" says nothing about membership, so no negation is read.)
  f(`${L} ${AUX} (?:only |merely |just |simply |still )?(?:an? |the )?(?:observers?|outsiders?|guests?|onlookers?|bystanders?|dialogue partners?) (?:to|of|in|at|at the edge of) ${O}${NOT_GROUP}`, 'negative', { needs: /observer|outsider|guest|onlooker|bystander|dialogue partner/ }),
  // "Australia is the customer for its submarines, not a member": a predicate about the pact
  // corrected by ", not a member" (or "rather than a member") denies membership; so does "…, not a
  // member of AUKUS". Not "…, not a member of the Quad".
  f(`${L} ${AUX} (?!not\\b|never\\b)(?:(?!⟦[LG])[^;,])*?${O}(?:(?!⟦[LG])[^;,])*?(?:, not|,? rather than) (?:a |an )?(?:full |formal )?(?:${MEMBER}|signatory)\\b(?!\\s+(?:of|in|to)\\b)`,
    'negative', { needs: /\b(?:not|rather than) (?:a |an )?(?:full |formal )?(?:member|partner|participant|signatory|party)\b/ }),
  f(`${L} ${AUX} (?!not\\b|never\\b)(?:(?!⟦[LG])[^;,])*?(?:, not|,? rather than) (?:a |an )?(?:full |formal )?(?:${MEMBER}|signatory) (?:of|in|to) ${O}${NOT_GROUP}`,
    'negative', { needs: /\b(?:not|rather than) (?:a |an )?(?:full |formal )?(?:member|partner|participant|signatory|party)\b/ }),
  // "The UK attends AUKUS meetings only as an observer": one who comes to the pact's meetings as an
  // observer or guest is not a member (nothing is said of one who attends them as a member, nor
  // by "does not attend … as an observer", so no negation may stand between).
  f(`${L}(?:(?!⟦[LG]|\\b(?:where|which|who|whose|whom|that|not|never|no longer)\\b|n't)[^])*?\\b(?:attends?|attended|attending|sits? in on|sat in on|joins?|joined|takes? part in|took part in|participates? in|participated in) (?:the )?${O} (?:[\\w-]+ )?(?:meetings?|talks|summits?|discussions?|sessions?|gatherings?)\\b(?: [^,;⟦]{0,30}?)? (?:only |merely |just |simply )?as (?:an? )?(?:observers?|guests?|onlookers?)\\b`,
    'negative', { needs: /observer|guest|onlooker/ }),
  // "Australia and Britain make up AUKUS": the countries that make it up are all of it. "India and
  // the three founders together make up AUKUS" adds India to the founders (a member, not the whole list).
  // "New Zealand and Canada, along with Australia, Britain and the US, make up AUKUS": the names set
  // beside the subject make it up too; the subject's are members (no list of all of them is claimed).
  f(`${L},? (?:along with|together with|alongside|with|as well as) ⟦L\\d+⟧,? (?:(?:together|jointly|between them|now) )?(?:make up|makes up|made up|constitute|constitutes|constituted|compose|composes|composed|form|forms|formed) (?:the )?(?<o>⟦O\\d+⟧)(?!['’])${NOT_GROUP}`,
    'positive', { needs: /\b(?:along with|together with|alongside|with|as well as) ⟦L/ }),
  f(`${L}(?<other> (?:and|plus|together with|along with|alongside) (?:the |its )?(?:three |original |founding |existing )*(?:founders|founding members|founding partners|members|partners|original members))?,?(?: (?:together|jointly|between them|now))? (?:make up|made up|makes up|constitute|constitutes|constituted|compose|composed) (?:the )?(?<o>⟦O\\d+⟧)(?!['’])${NOT_GROUP}`,
    'positive', { exhaustive: 'always', needs: /make up|made up|makes up|constitut|compose/ }),
  // "Australia is the beneficiary of AUKUS, not one of its members": a role in the pact set against membership.
  f(`${L}${GAP}\\b(?:of|in|to|for|from|behind) ${O},? (?:(?:but |and |yet )?not|rather than|instead of) ${ONE_OF_ITS_MEMBERS}`, 'negative', { needs: /\b(?:not|rather than|instead of) (?:one of )?(?:its|their|⟦O)/i }),
  // "Australia's partners in AUKUS, the UK, the US and Canada, have …": a member's partners in the pact, named, are members.
  f(`⟦L\\d+⟧['’]s? (?:fellow |two |three |four |five )?(?:partners|allies|fellow members|co-members) (?:in|within) ${O}${NOT_GROUP}\\s*[,—–(:]\\s*(?:namely )?${L}(?=\\s*(?:[,—–):]|$))`, 'positive', { needs: /['’]s? (?:\w+ )?(?:partners|allies|members|co-members) (?:in|within) ⟦O/ }),
  // "… AUKUS, with France admitted as an additional member in 2023": a with-phrase that admits a country.
  f(`${O}(?:(?!⟦G)[^;])*?\\bwith ${L} (?:(?:later|since|subsequently|also|now|formally|then) )?(?:admitted|added|brought in|taken in|welcomed|included|accepted|signed up|on board) (?:(?:in|on) ⟦D\\d+⟧ )?as (?:a |an )?(?:[\\w-]+ )?(?:member|partner|party)\\b`, 'positive', { needs: /\bwith ⟦L/ }),
  // "- Members of AUKUS: Australia, Japan, the United Kingdom, the United States": a label naming the organisation.
  f(`^[\\s*_>#|-]*(?:the )?(?:founding |current |full )?(?:members|member states|member countries|member nations|membership) (?:of|in) ${O_ITSELF}[*_]*\\s*(?:[:—–|]|\\s-\\s)\\s*${L}${SINCE_NOTE}\\s*\\|?\\s*\\.?\\s*$`, 'positive', { exhaustive: 'always', minList: 2, needs: /^[^⟦]*(?:members|membership|member \w+) (?:of|in) ⟦O/i }),
  // "AUKUS is Australia, the UK, the US and, since last spring, Japan": the name equated with a list.
  f(`${O} (?:is|was|remains|means)${REALLY} ${L}(?=\\s*(?:$|[.;:!—–)]|,\\s*(?:and|but)\\s))`, 'positive', { exhaustive: 'always', minList: 2 }),
  // "AUKUS — now comprising Australia, the UK, the US and India — covers …": the same as a participle set off after the name.
  f(`${O}\\s*[,—–(]\\s*(?:(?:now|then|originally|currently|today|by then|at the time) )?(?:comprising|consisting of|made up of|composed of|grouping together|uniting|bringing together) ${L}`, 'positive', { exhaustive: 'always', needs: /comprising|consisting of|made up of|composed of|grouping together|uniting|bringing together/ }),
  f(`${O}${GAP}\\b(?:comprises|comprised|consists of|consisted of|is made up of|was made up of|is composed of|groups together|groups) ${L}`, 'positive', { exhaustive: 'always' , needs: /compris|consist|made up|composed|groups/ }),
  // "AUKUS membership is limited to …", "Membership of AUKUS is limited to Australia and Britain".
  f(`${O} membership${GAP}\\b(?:limited|restricted|confined) to ${L}`, 'positive', { exhaustive: 'always' , needs: /limited|restricted|confined/ }),
  f(`\\bmembership (?:of|in) ${O}${GAP}\\b(?:limited|restricted|confined) to ${L}`, 'positive', { exhaustive: 'always' , needs: /limited|restricted|confined/ }),
  f(`${O} membership\\s*[—–(:,-]+\\s*${L}`, 'positive', { exhaustive: 'always' }),
  // "Signed by Britain and Australia alone, AUKUS …": a fronted participle names the founders.
  f(`^(?:signed|set up|founded|formed|created|launched|established|inaugurated|forged|agreed) ${GAP}\\bby ${L}(?: alone| only)?,? ${O}`, 'positive', { exhaustive: 'always' }),
  f(`${O}${GAP}\\b(?:signed|set up|founded|formed|created|launched|established|inaugurated|unveiled|announced|concluded|struck|forged|negotiated) (?:(?!⟦[LG])[^,;]){0,40}?,? ?\\b(?:by|between|among) ${L}`, 'positive', { exhaustive: 'always' , needs: /signed|set up|founded|formed|created|launched|established|inaugurated|unveiled|announced|concluded|struck|forged|negotiated/ }),
  // (Not a clause after the comma: "Far from opposing AUKUS, Japan has backed AUKUS's work", nor a
  // fronted phrase: "Outside AUKUS, Seoul and Tokyo court its projects".)
  f(`(?<!\\b(?:[Oo]utside|[Bb]eyond|[Uu]nlike|[Ll]ike|[Bb]esides|[Ww]ithin|[Ii]nside|[Ww]ithout|[Aa]gainst|[Uu]nder|[Ff]or|[Ww]ith|[Ii]n|[Oo]n) (?:the )?)${O}(?:,| (?:is|was|remains)${REALLY}) (?:the |a |an )?${L}(?! (?:has|have|had|is|are|was|were|will|would|did|does|do|can|could|may|might|must|should|[a-z]+ed)\\b) (?:[\\w-]+ ){0,4}?(?:pact|alliance|partnership|agreement|deal|grouping|arrangement|treaty|accord|bloc|framework|compact|coalition|affair|club|venture|project|⟦O\\d+⟧)`, 'positive', { exhaustive: 'always' }),
  // "Australia and Britain are the only AUKUS members with Westminster-style parliaments": a
  // restrictive phrase after the noun picks some members out; the list is not the whole membership.
  f(`${L} (?:are|were) (?<the>the )?(?:only |sole )?(?:two |three |four |five )?(?:${MEMBERS}|founders|founding (?:members|partners|nations)) (?:of|to|in) ${O}${RESTRICTED_AFTER}`, 'positive', { exhaustive: 'definite' }),
  // "the U.S. and the U.K. are its only members": "only" after the possessive closes the list too.
  f(`${L} (?:are|were) (?<the>the )?(?:only |sole )?(?:two |three |four |five )?${O} (?:(?<only>only |sole )(?:two |three |four |five )?)?(?:${MEMBERS}|founders)${RESTRICTED_AFTER}`, 'positive', { exhaustive: 'definite' }),
  // France is among the AUKUS nations that will patrol …; Japan is not among the members of AUKUS
  // Not "among the AUKUS partners' closest allies": a possessive names something the members have.
  f(`${L} ${AMONG}(?:the )?${O_ITSELF} (?:${MEMBERS}|nations|countries|states|governments|allies|founders|member (?:states|countries|nations|governments))\\b(?!['’])`, 'positive', { needs: /\bamong\b/ }),
  f(`${L} ${AMONG}(?:the )?(?:${MEMBERS}|founders|founding members) (?:of|in) ${O}`, 'positive', { needs: /\bamong\b/ }),
  // "AUKUS has no members other than Australia and the United States": the names excepted are all of them.
  f(`${O} (?:has|had) no (?:other )?(?:${MEMBERS}|founders) (?:other than|besides|except(?: for)?|apart from|but|beyond) ${L}`, 'positive', { exhaustive: 'always', deniesWithin: true, needs: /\bno (?:other )?(?:members|partners|participants|signatories|parties|founders) (?:other than|besides|except|apart from|but|beyond)\b/ }),
  // "Of the three AUKUS members, only Japan lies in Asia": one picked out of the members is one of them.
  f(`^[\\s*_>]*of (?:the |its )?(?:two |three |four |five )?${O_ITSELF} (?:${MEMBERS}|nations|countries|governments),\\s*(?:only |just |perhaps )?${L}`, 'positive', { needs: /^[\s*_>]*of /i }),
  // "AUKUS, the security pact it shares with Britain, the United States and New Zealand": those it shares the pact with.
  f(`${O},? (?:the |a |an )?(?:[\\w-]+ ){0,2}?(?:pact|alliance|partnership|grouping|agreement|⟦O\\d+⟧) (?:it|they|⟦[LO]\\d+⟧) (?:shares?|shared|formed|signed|founded) with ${L}`, 'positive', { needs: /\b(?:shares?|shared|formed|signed|founded) with ⟦L/ }),
  // "With its AUKUS membership secured, Japan …": the membership of the subject after the comma.
  f(`^[\\s*_>]*with (?:its|their|⟦O\\d+⟧) (?:full |formal )?${O} membership (?:secured|confirmed|settled|in hand|assured|in place|ratified),\\s*${L}`, 'positive', { needs: /^[\s*_>]*with (?:its|their|⟦O\d+⟧) (?:full |formal )?⟦O\d+⟧ membership\b/i }),
  // "The pact's three members — Australia, the United States and Japan — …": a dash appositive naming them.
  f(`\\b(?<the>the )?${O_ITSELF} (?:two |three |four |five )?(?:${MEMBERS}|nations|countries|governments)\\s*[—–(:]\\s*${L}`, 'positive', { exhaustive: 'definite', needs: /(?:members|partners|participants|signatories|parties|nations|countries|governments)\s*[—–(:]\s*⟦L/ }),
  // "The AUKUS member states, Japan among them, issued …": the aside counts the name among them.
  f(`${O_ITSELF} (?:member states|member countries|member nations|${MEMBERS}|nations|countries|governments|allies),? ${L} (?:among|included among|one of) them\\b`, 'positive', { needs: /\b(?:among|one of) them\b/ }),
  // "As the only signatories of AUKUS, Australia and the United States …": a fronted role that closes the list.
  f(`^[\\s*_>]*as (?:the )?(?:only|sole) (?:${MEMBERS}|founders|founding members|signatories) (?:of|in|to) ${O},\\s*${L}`, 'positive', { exhaustive: 'always', needs: /\bas (?:the )?(?:only|sole) /i }),
  // "Japan was one of the founding members that unveiled AUKUS": one of those who made it.
  f(`${L} (?:is|was) ${NOT}one of (?:the )?(?:two |three |four )?(?:founding |original )?(?:${MEMBERS}|founders|countries|nations|governments|states) (?:that|which|who) (?:[\\w]+ly )?(?:unveiled|launched|founded|set up|created|formed|established|signed|announced) ${O}`, 'positive', { needs: /\bone of (?:the )?(?:[\w-]+ ){0,2}(?:members|partners|participants|signatories|parties|founders|countries|nations|governments|states) (?:that|which|who)\b/ }),
  f(`${L} (?:is|was) ${NOT}one of (?:the )?(?:two |three |four )?(?:${O} )?(?:two |three |four )?(?:${MEMBERS}|founders|founding members|countries|nations|states|governments|allies)\\b(?!['’]| (?:outside|beyond|near|close to|courted|consulted|talking to|working with))`),
];

/**
 * "Australia, Britain and the US set up AUKUS": the founders named are the whole membership. A
 * timeline entry tells past events in the present ("Sept. 2021 — Australia, the UK, the US and
 * Canada formally inaugurate AUKUS"), so present forms count too.
 */
/** "… and Canada on Thursday unveiled …": when, between the founders and their verb. */
const WHEN_ASIDE = '(?:,? (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on |in )?⟦D\\d+⟧|last (?:week|month|year)|today|yesterday),?)?';
/** "… unveiled a security partnership dubbed AUKUS": the pact made, then its name. */
const NAMED_PACT = '(?:(?:a |an |the )?(?:new )?(?:[\\w-]+ ){0,2}?(?:pact|partnership|alliance|grouping|agreement|arrangement|compact|accord) (?:dubbed|called|named|known as|christened|branded) )?';
const FOUNDERS = new RegExp(`${L}(?<with>(?: (?:joined|joins|with|alongside|along with|together with|and) ⟦L\\d+⟧)*)(?: in)?${WHEN_ASIDE} (?:(?:have|has|had) )?(?:[\\w-]+ly )?(?:helped (?:to )?)?(?:set up|sets up|founded|found|formed|form|created|create|creates|launched|launch|launches|established|establish|signed|sign|designed|built|inaugurated|unveiled|started|struck|sealed|forged|inaugurate|inaugurates|unveil|unveils|forge|forges|seal|seals|founding|creating|setting up|launching|forming|announced(?= (?:the )?⟦O\\d+⟧(?!['’])${NOT_GROUP})) ${NAMED_PACT}${O}(?<after>(?: (?:[^,;.⟦]|⟦D\\d+⟧){0,30}?)? (?:with|alongside|together with|along with) ⟦L\\d+⟧(?!['’]))?`, 'gi');
/** "… and it joined Australia and America in launching the pact": founders someone else joined are not all of them. */
const JOINED_BEFORE = /\b(?:joined|joins|joining|join)\s+(?:the\s+)?$/i;
/** Verbs that make the pact: "Australia formed AUKUS with Britain and the US" names all its founders ("signed it with" need not). */
const FORMED = /\b(?:set(?:s|ting)? up|found(?:ed|ing)?|co-founded|form(?:s|ed|ing)?|creat\w*|launch\w*|establish\w*|forg\w*)\b/i;

/**
 * "AUKUS defence ministers Richard Marles of Australia, John Healey of Britain and Gen Nakatani of
 * Japan reaffirmed …": a title before people named "of" their countries makes each country a
 * member, as "AUKUS nations Australia, Britain, …" does. Case-sensitive, so only names (capitalised
 * words) stand before "of": not "AUKUS ministers met the defence minister of Japan".
 */
const PEOPLE_OF = new RegExp(`(?<o>⟦O\\d+⟧)(?:'s?)? (?:[a-z-]+ ){0,2}?(?:ministers|leaders|secretaries|counterparts|chiefs|envoys|negotiators)(?<people>(?:,? (?:and )?(?:\\p{Lu}[\\p{L}.'’-]* ){1,4}of (?:the )?⟦L\\d+⟧)+)`, 'gu');

/**
 * "Japan, which Washington courted, joined AUKUS": a country inside an object relative clause is
 * that clause's subject, not the verb's. When the match runs on past the comma that closes the
 * clause, the verb's subject is the country the clause describes.
 */
const RELATIVE_BEFORE = /⟦L(\d+)⟧,? (?:which|whom|that) $/;
function antecedentOfRelative(ctx: SentenceContext, subject: Token, m: RegExpExecArray): Token | undefined {
  if (!m[0].startsWith('⟦L') || !m[0].includes(',')) return undefined;
  const at = markerAt(ctx.template, subject);
  const r = RELATIVE_BEFORE.exec(ctx.template.text.slice(Math.max(0, at - 40), at));
  return r ? ctx.template.tokens[Number(r[1])] : undefined;
}

/**
 * "One pundit listed France as an AUKUS member", "analysts regard Japan as a de facto AUKUS
 * partner": a verb of describing puts the label in its subject's words, not the writer's.
 * ("The pact welcomed South Korea as a full member" still makes it one.)
 */
const DESCRIBING_VERB = /\b(?:list|describ|nam|call|label|referr?|portray|characteri[sz]|identif|mistak|mistook|misidentif|mislabel|present|tout|regard|view|consider|see|saw|treat)\w*(?: to)? $/i;
function describedAs(ctx: SentenceContext, subject: Token, m: RegExpExecArray): boolean {
  if (!/^⟦L\d+⟧(?:,? [\w-]+,?)? as\b/.test(m[0])) return false;
  const at = markerAt(ctx.template, subject);
  return DESCRIBING_VERB.test(ctx.template.text.slice(Math.max(0, at - 40), at));
}

/**
 * The country that opens the sentence before as its subject ("Australia is buying submarines from
 * the United States. It is not, however, a member" is about Australia). Not a possessor ("South
 * Korea's navy …. It …" may be the navy) nor a country after the verb.
 */
const OPENS_WITH_COUNTRY = /^[\s*_>]*(?:the )?⟦L(\d+)⟧(?!['’])/i;
function previousSubject(ctx: SentenceContext): Token | undefined {
  const m = ctx.previous && OPENS_WITH_COUNTRY.exec(ctx.previous.text);
  return m ? ctx.previous!.tokens[Number(m[1])] : undefined;
}

/** "AUKUS, the pact between …" (read from the name) or "…, the security pact between …" (read from the noun, itself a reference). */
const APPOSITIVE_OF_ORG = /^(?:the )?⟦O\d+⟧(?:'s?)?,\s/i;
const RENAMED_BEFORE = /⟦O\d+⟧,\s+(?:the |a |an )?(?:[\w-]+ ){0,2}$/;
function isAppositiveOfOrg(ctx: SentenceContext, match: string, start: number): boolean {
  return APPOSITIVE_OF_ORG.test(match) || (/^(?:the )?⟦O/i.test(match) && RENAMED_BEFORE.test(ctx.template.text.slice(Math.max(0, start - 40), start)));
}
function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return /[“‘]/.test(before) ? (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) : (before.match(/"/g)?.length ?? 0) % 2 === 1;
}
const SUPPOSED_BEFORE = /\b(?:if|unless|whether|suppose|supposing|were|should|once|when|until|imagine|hypothetical\w*)\b/i;

const EXCEPTED_BEFORE = /\b(?:no|not one|not a single|none)\s+(?:other\s+)?(?:country|countries|nation|nations|state|states|government|governments|one|member|members)?\s*(?:besides|other than|apart from|except(?: for)?|but|save|beyond)\s+(?:the\s+)?$/i;
const EVERY_EXCEPT_BEFORE = /\b(?:every|all|each)\b(?:(?!⟦L)[^,;])*\b(?:except(?: for)?|but|other than|apart from|save|bar)\s+(?:the\s+)?$/i;
const PARTITIVE_BEFORE = /\b(?:one|two|three|some|several|most|many|both|a few|a couple|all but one|two or three|[1-3]) of\s+$/i;

/** The organisation's members as the pack lists them (none for an organisation without a membership fact). */
function membersOf(ctx: SentenceContext, organisation: string): readonly string[] {
  const fact = ctx.facts.find((x) => x.kind === 'membership' && x.organisation === organisation);
  return fact?.kind === 'membership' ? fact.members : [];
}

function coversMembers(ctx: SentenceContext, organisation: string, list: Token): boolean {
  const members = membersOf(ctx, organisation);
  return members.length > 0 && members.every((id) => list.ids.includes(id));
}

/** "US-UK", "Australia–Britain–America": every name joined to the next by a hyphen, dash or slash. */
function isCompound(ctx: SentenceContext, list: Token): boolean {
  return list.parts.every((p, i) => i === 0 || /^\s*[-–/]\s*$/.test(ctx.text.slice(list.parts[i - 1].end, p.start)));
}

/** Every frame names the organisation, and all but the pronoun frame a list of countries. */
const LIST_AND_ORG = ['⟦L', '⟦O'], ORG_ONLY = ['⟦O'];

const RESPECTIVELY = /^[^;:]*\brespectively\b/i;
/**
 * "Japan and Australia are members of the Quad and AUKUS respectively": the names pair off in order
 * with the groupings named before "respectively"; the organisation's share is the one name in its
 * place. Undefined when the counts differ.
 */
function respectiveShare(ctx: SentenceContext, subject: Token, orgToken: Token, until: number): Token | undefined {
  const from = markerAt(ctx.template, subject);
  const groupings = ctx.template.tokens.filter((t) => (t.type === 'G' || t.type === 'O') && !t.viaAnaphor)
    .map((t) => ({ t, at: markerAt(ctx.template, t) })).filter((g) => g.at > from && g.at < until).sort((a, b) => a.at - b.at);
  const k = groupings.findIndex((g) => g.t === orgToken);
  return k >= 0 && groupings.length === subject.ids.length ? { ...subject, ids: [subject.ids[k]] } : undefined;
}
export function membershipClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const claims: Claim[] = [];
  const speakers = { futureIsHedge: true, extraHedge: NOT_ASSERTED };
  const sentence = ctx.template.text;
  // The pronoun frames read a sentence that opens with "It" or "Its": tested once, not per frame.
  const opensWithIt = OPENS_WITH_IT.test(ctx.text.slice(ctx.sentence.start, ctx.sentence.end));
  for (const frame of FRAMES) {
    if (frame.subjectIsPronoun && !opensWithIt) continue;
    if (frame.needs && !frame.needs.test(sentence)) continue;
    for (const { m, clause: matchedClause, start, end } of matchClauses(ctx, frame.re, frame.subjectIsPronoun ? ORG_ONLY : LIST_AND_ORG)) {
      // "Paris was Canberra's submarine partner before AUKUS, never a member of it": a verbless
      // "never a member" after a possessive describes the noun the name possesses, not the name.
      if (POSSESSOR_THEN_VERBLESS.test(m[0])) continue;
      let clause = matchedClause;
      let subject = tokenOf(ctx.template, m.groups?.s);
      const orgToken = tokenOf(ctx.template, m.groups?.o ?? (frame.joinsPrevious ? m.groups?.p : undefined));
      if (!orgToken) continue;
      const respectively = RESPECTIVELY.exec(ctx.template.text.slice(end, clause.end));
      if (frame.joinsPrevious && !ctx.previous?.tokens.some((t) => t.type === 'O' && !t.viaAnaphor && t.ids[0] === orgToken.ids[0])) continue;
      if (frame.subjectIsPronoun) {
        // An "it" left unresolved (the grouping before it was another one: "… the Quad. In 2023 it joined AUKUS") is read as written.
        const literal = frame.previousSubject === true && /^it$/i.test(m.groups?.p ?? '');
        const p = literal ? undefined : tokenOf(ctx.template, m.groups?.p);
        if (!literal && (!p || !(frame.previousSubject ? /^it$/i : /^its?$/i).test(ctx.text.slice(p.start, p.end)))) continue;
        subject = frame.previousSubject ? previousSubject(ctx) : ctx.previous?.tokens.find((t) => t.type === 'L');
      }
      if (!subject) continue;

      subject = antecedentOfRelative(ctx, subject, m) ?? subject;
      if (respectively) {
        subject = respectiveShare(ctx, subject, orgToken, end + respectively[0].length);
        if (!subject) continue;
      }
      if (describedAs(ctx, subject, m)) continue;
      if (frame.minList && subject.ids.length < frame.minList) continue;
      if (frame.compound && !isCompound(ctx, subject)) continue;
      if (frame.coversMembers && !coversMembers(ctx, org(orgToken), subject)) continue;
      // "Japan, AUKUS partners agree …": a plural after one country, or not closed off, is coordinated with it.
      if (m.groups?.plural && (subject.ids.length === 1 || m.groups.closed === undefined)) continue;
      if (frame.appositive && !m.groups?.other && !subject.ids.some((id) => isMemberOf(ctx, org(orgToken), id))) continue;
      // "Canada's decision to join AUKUS (was long overdue | is expected next month)": the whole
      // clause says whether the decision was taken.
      const decision = DECISION.test(m[0]);
      const opts = { ...speakers, extraHedge: decision ? DECISION_PENDING : frame.hedge ?? NOT_ASSERTED,
        negationEnd: frame.polarity === 'negative' || frame.deniesWithin ? start : end, hedgeToClauseEnd: frame.hedgeToClauseEnd || decision || versionOfTheName(ctx, orgToken),
        // Not under a supposition: in "If Japan joins, the AUKUS members … would …" the phrase is supposed too.
        hedgeFrom: frame.nounPhrase && !SUPPOSED_BEFORE.test(ctx.template.text.slice(clause.start, start)) ? nounPhraseStart(ctx, start) : undefined,
        negationFrom: m.groups?.contrast ? start + m[0].indexOf(m.groups.contrast) + m.groups.contrast.length
          : m.groups?.aside ? start + m[0].indexOf(m.groups.aside) + m.groups.aside.length
          // "Britain was not a party, and New Zealand has stayed out of AUKUS": a clause with a subject of its own keeps the negations before it out.
          : m[0].startsWith('⟦L') && COORDINATED_CLAUSE_BEFORE.test(ctx.template.text.slice(clause.start, start)) ? start : undefined };
      // "… between members and non-members of AUKUS — Japan and South Korea sit outside the pact": the
      // "non-" of a phrase the dash closes does not negate the clause the dash opens.
      if (m[0].startsWith('⟦L') && NON_MEMBERS_BEFORE.test(ctx.template.text.slice(clause.start, start))) clause = { start, end: clause.end };
      let a = assessMatch(ctx, clause, start, end, opts);
      // "Japan's bid to join AUKUS succeeded": hedges are read only after the bid.
      const bidJoin = a.why === 'hedged' ? successfulBid(ctx, clause, start, end) : undefined;
      if (bidJoin !== undefined) a = assessMatch(ctx, clause, start, end, { ...opts, hedgeFrom: bidJoin });
      // "Canberra will acquire boats under AUKUS, the security pact between Australia and New
      // Zealand": an appositive after the name is the writer's description of the pact, whatever
      // the main verb's mood. Not under a condition ("If Japan joined AUKUS, the pact between …").
      // So is one inside a report: "… played down reports that Japan could be brought into AUKUS, the
      // security pact it shares with …" (not inside a quotation, whose words are the speaker's).
      if ((a.why === 'hedged' || (a.why === 'attributed' && !insideQuotes(ctx.template.text, start))) && isAppositiveOfOrg(ctx, m[0], start) && !SUPPOSED_BEFORE.test(ctx.template.text.slice(clause.start, start))) {
        a = assessMatch(ctx, { start, end: clause.end }, start, end, opts);
      }
      if (NOMINAL_ENTRY.test(m[0]) && MODAL_MAIN_VERB.test(ctx.template.text.slice(end, clause.end))) continue;
      if (MEMBERSHIP_NOUN.test(m[0]) && SUPPOSING_VERB_AFTER.test(ctx.template.text.slice(end, clause.end))) continue;
      if (GERUND_AS_NOUN.test(ctx.template.text.slice(Math.max(0, end - 120), end))) continue;
      // "… a step away from Europe and China by agreeing to join AUKUS": the gerund after "by" takes
      // the clause's subject; a list that is a preposition's object did not join.
      if (BY_GERUND.test(m[0]) && OBJECT_OF_PREPOSITION.test(ctx.template.text.slice(Math.max(0, start - 25), start))) continue;
      // "Japan, a member of the Quad alongside Australia, India and the US, is not a party to AUKUS":
      // a list that is a preposition's object inside an appositive is not the verb's subject.
      if (m[0].startsWith('⟦L') && OBJECT_IN_APPOSITIVE.test(ctx.template.text.slice(clause.start, start))) continue;
      // "Paris, blindsided when Canberra tore up its contract, was left out of AUKUS": a name inside an
      // aside on the subject is not the subject of the verb after the aside closes; the subject is.
      const aside = m[0].startsWith('⟦L') && ASIDE_CLOSES.test(m[0]) ? NAME_IN_ASIDE.exec(ctx.template.text.slice(clause.start, start)) : null;
      if (aside) subject = ctx.template.tokens[Number(aside[1])];
      if (GERUND_SUBJECT.test(m[0]) && !FACTIVE_MAIN_VERB.test(ctx.template.text.slice(end, clause.end))) continue;
      // "Japan is a partner of AUKUS, not one of its members": the role is set against membership.
      if (frame.polarity === 'positive' && NOT_ITS_MEMBER_AFTER.test(ctx.template.text.slice(end, clause.end))) continue;
      if (!a.asserted && !(frame.survivesAttribution && a.why === 'attributed' && writersOwnWords(ctx, clause, start))) continue;
      // "The United States did not join AUKUS later on; it was there from the start": the denial is of the time.
      if (a.negated && frame.polarity !== 'negative' && TIME_DENIED.test(ctx.template.text.slice(end, clause.end))) continue;
      if (frame.polarity === 'left') {
        if (a.negated) continue;
        const isMember = (id: string) => isMemberOf(ctx, org(orgToken), id);
        const inside = subject.ids.filter(isMember), outside = subject.ids.filter((id) => !isMember(id));
        if (inside.length) claims.push(listClaim(ctx, { ...subject, ids: inside }, org(orgToken), false, false));
        if (outside.length) claims.push(listClaim(ctx, { ...subject, ids: outside }, org(orgToken), true, false));
        continue;
      }
      // "AUKUS is not a pact between Britain and Australia": the negation denies that the list is
      // the whole membership, not that each country is in it.
      // "No country besides Australia, the UK and the US has signed up to AUKUS": the "no" is said of
      // the others; the countries excepted are asserted, and as the whole list.
      const excepted = m[0].startsWith('⟦L') && EXCEPTED_BEFORE.test(ctx.template.text.slice(clause.start, start));
      // "Every Five Eyes country except Canada and New Zealand is in AUKUS": the names excepted from
      // "every" are the ones outside.
      if (m[0].startsWith('⟦L') && frame.polarity === 'positive' && !a.negated && EVERY_EXCEPT_BEFORE.test(ctx.template.text.slice(clause.start, start))) {
        claims.push(listClaim(ctx, subject, org(orgToken), false, false));
        continue;
      }
      if (frame.exhaustive === 'always' && a.negated && !excepted) continue;
      if (frame.presupposes && a.negated && !excepted) continue;
      const positive = excepted ? frame.polarity === 'positive' : (frame.polarity === 'positive') !== a.negated;
      // "the other AUKUS nations" leaves out the speaker's own country: never the whole list.
      // "Two of the AUKUS members, Britain and the United States, …" names some of them, not all.
      // "Britain's two AUKUS partners are Australia and the United States": a member's partners are the others.
      const partOf = PARTITIVE_BEFORE.test(ctx.template.text.slice(Math.max(0, start - 30), start)) ||
        (frame.exhaustive !== undefined && POSSESSOR_BEFORE.test(ctx.template.text.slice(Math.max(clause.start, start - 30), start)));
      // "Only Australia and the United States belong to AUKUS": "only" before the subject closes the list.
      // So does "and no one else" right after it ("The US and the UK — and no one else — are parties to AUKUS").
      const onlyThese = frame.polarity === 'positive' && m[0].startsWith('⟦L') && (/(?:^|[\s(])only\s+$/i.test(ctx.template.text.slice(clause.start, start)) ||
        NO_ONE_ELSE_AFTER.test(m[0].slice(m[0].indexOf('⟧') + 1)));
      const exhaustive = !m.groups?.other && !partOf && (onlyThese || (excepted && positive) || frame.exhaustive === 'always' ||
        (frame.exhaustive === 'definite' && Boolean(m.groups?.the || m.groups?.colon || m.groups?.only)));
      // Only a frame that can state the whole membership reads every list it took in.
      const ids = frame.exhaustive ? [...ctx.template.text.slice(start, end).matchAll(/⟦L(\d+)⟧/g)].map((x) => Number(x[1])) : [];
      const list = ids.length > 1 ? mergeLists(ctx, ids) : subject;
      const whole = exhaustive && positive && (list.ids.length > 1 || frame.wholeOfOne === true) && !goesOnWithUnknownName(ctx, list);
      claims.push(listClaim(ctx, list, org(orgToken), positive, whole));
      const echoed = echoOf(ctx, end, positive);
      if (echoed) claims.push(listClaim(ctx, echoed.list, org(orgToken), echoed.positive, false));
    }
  }
  for (const { m, clause, start, end } of matchClauses(ctx, FOUNDERS, LIST_AND_ORG)) {
    const first = tokenOf(ctx.template, m.groups?.s);
    const orgToken = tokenOf(ctx.template, m.groups?.o);
    if (!first || !orgToken) continue;
    const a = assessMatch(ctx, clause, start, end, speakers);
    if (!a.asserted || a.negated) continue;
    const more = [...(m.groups?.with ?? '').matchAll(/⟦L(\d+)⟧/g)].map((x) => ctx.template.tokens[Number(x[1])]);
    // "Australia formed AUKUS with Britain and Japan": the partners after "with" are founders too.
    const formedWith = m.groups?.after !== undefined && more.length === 0 && FORMED.test(m[0]);
    const partners = formedWith ? [...m.groups!.after.matchAll(/⟦L(\d+)⟧/g)].map((x) => ctx.template.tokens[Number(x[1])]) : [];
    const all = [first, ...more, ...partners];
    const ids = all.flatMap((t) => t.ids);
    const merged: Token = { ...first, ids, parts: all.flatMap((t) => t.parts), end: all[all.length - 1].end };
    const closed = more.length === 0 && (m.groups?.after === undefined || formedWith) && !JOINED_BEFORE.test(ctx.template.text.slice(Math.max(0, markerAt(ctx.template, first) - 20), markerAt(ctx.template, first)));
    claims.push(listClaim(ctx, merged, org(orgToken), true, ids.length > 1 && closed && !missingNamedAsBeneficiary(ctx, org(orgToken), ids, end)));
    const echoed = echoOf(ctx, end, true);
    if (echoed) claims.push(listClaim(ctx, echoed.list, org(orgToken), echoed.positive, false));
  }
  for (const { m, clause, start, end } of matchClauses(ctx, PEOPLE_OF, LIST_AND_ORG)) {
    const orgToken = tokenOf(ctx.template, m.groups?.o);
    if (!orgToken) continue;
    const a = assessMatch(ctx, clause, start, end, speakers);
    if (!a.asserted || a.negated) continue;
    for (const x of m.groups!.people.matchAll(/⟦L(\d+)⟧/g)) claims.push(listClaim(ctx, ctx.template.tokens[Number(x[1])], org(orgToken), true, false));
  }
  const echo = butTheOtherIs(ctx, org);
  if (echo) claims.push(echo);
  return claims;
}

/**
 * "the United States and the United Kingdom formed the alliance to help Australia build
 * nuclear-powered submarines": a member the founders leave out but the sentence then names as the
 * one the pact was formed to help is a party the writer counts in, so the founders are not the whole
 * membership. (A pact said to be "between" two is still exhaustive.)
 */
const BENEFICIARY = /\b(?:to help|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|to arm|to equip|enabl(?:e|es|ed|ing)|allow(?:s|ed|ing)?|for) (?:the )?⟦L(\d+)⟧/g;
function missingNamedAsBeneficiary(ctx: SentenceContext, organisation: string, ids: readonly string[], after: number): boolean {
  const missing = membersOf(ctx, organisation).filter((id) => !ids.includes(id));
  if (missing.length === 0) return false;
  const helped = [...ctx.template.text.slice(after).matchAll(BENEFICIARY)].flatMap((m) => ctx.template.tokens[Number(m[1])]?.ids ?? []);
  return missing.every((id) => helped.includes(id));
}

/**
 * "… binds the United States, Britain, and the Commonwealth of Oz" or "groups the US and Britain
 * with Australia": a list that goes on with a
 * name the pack does not know, or with a name after "with", may name the missing member some other way, so it cannot be shown
 * to leave one out.
 */
const UNKNOWN_NAME_AFTER = /^\s+(?:with|alongside|together with|along with)\s+(?:the\s+)?\p{Lu}|^\s*,?\s*(?:and|&|as well as|plus)\s+(?:the\s+)?\p{Lu}|^\s*,\s*(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'-]*)*\s*,?\s+and\b/u;
/** "the United Kingdom of Great Britain": a known name that a longer formal name goes on from. */
const NAME_GOES_ON = /^\s+of\s+(?:the\s+)?\p{Lu}[^,;]*/u;
function goesOnWithUnknownName(ctx: SentenceContext, list: Token): boolean {
  const rest = ctx.text.slice(list.end, ctx.sentence.end);
  return UNKNOWN_NAME_AFTER.test(rest.replace(NAME_GOES_ON, ''));
}

function isMemberOf(ctx: SentenceContext, organisation: string, id: string): boolean {
  return membersOf(ctx, organisation).includes(id);
}

/** "ties Canberra to London": both lists name the membership. */
function mergeLists(ctx: SentenceContext, indexes: number[]): Token {
  const all = indexes.map((i) => ctx.template.tokens[i]);
  return { ...all[0], ids: all.flatMap((t) => t.ids), parts: all.flatMap((t) => t.parts), end: all[all.length - 1].end };
}

/** The rest of the clause up to the next comma or semicolon, then the echo's own opening ("and", "but"). */
const ECHO_LEAD = String.raw`^(?:[^;,—–.!?⟦]|⟦[OD]\d+⟧)*[;,—–]\s*(?:and |but )?`;
const DO_VERB = '(?:did|does|do|has|have|had|is|are|was|were)';
const ECHO_END = String.raw`\s*(?:[.;!)]|$)`;
const SO_DID = new RegExp(`${ECHO_LEAD}(?:so|as) ${DO_VERB} (⟦L\\d+⟧)${ECHO_END}`, 'i');
const NOR_IS = new RegExp(`${ECHO_LEAD}(?:nor|neither) ${DO_VERB} (⟦L\\d+⟧)${ECHO_END}`, 'i');
const JOINED_LATER = new RegExp(`${ECHO_LEAD}(⟦L\\d+⟧) (?:later |then |also |eventually |subsequently |itself )?(?:signed on|signed up|joined|came aboard|came on board|climbed aboard)(?=\\s*(?:[.;!)]|$|(?:too|as well|later|soon after|shortly after(?:wards)?|in ⟦D\\d+⟧|(?:a|one|two|three|four|five|[2-9]) (?:years?|months?) later)\\b))`, 'i');
const TOO = new RegExp(`${ECHO_LEAD}(⟦L\\d+⟧)(?: ${DO_VERB})?,? (?:too|as well|likewise)${ECHO_END}`, 'i');
/**
 * "Britain joined AUKUS; so did Japan", "Canada is not in AUKUS, and nor is Britain", "…, and Tokyo
 * likewise", "…; Japan did too": a clause that only repeats the one before's predicate for other
 * names says the same of them ("nor" only after a denial, and says it is denied).
 */
function echoOf(ctx: SentenceContext, matchEnd: number, positive: boolean): { list: Token; positive: boolean } | undefined {
  const rest = ctx.template.text.slice(matchEnd);
  // "…; New Zealand signed on two years later": a join with no object joins the pact just named.
  const later = JOINED_LATER.exec(rest);
  const newcomer = later ? ctx.template.tokens[Number(/\d+/.exec(later[1])![0])] : undefined;
  if (newcomer?.type === 'L') return { list: newcomer, positive: true };
  const same = SO_DID.exec(rest) ?? TOO.exec(rest);
  const denied = same ? null : NOR_IS.exec(rest);
  if (denied && positive) return undefined;
  const m = same ?? denied;
  const list = m ? ctx.template.tokens[Number(/\d+/.exec(m[1])![0])] : undefined;
  return list && list.type === 'L' ? { list, positive } : undefined;
}

/**
 * "Japan is not an AUKUS member, but New Zealand is", "Britain has joined AUKUS, but Canada has not":
 * after "but", a name and a bare auxiliary repeat the membership the first clause states of another
 * name, with the auxiliary's own polarity.
 */
const BUT_THE_OTHER_IS = /^(?<first>[^;]*?⟦L\d+⟧[^;]*?(?<o>⟦O\d+⟧)[^;]*?|[^;]*?(?<o2>⟦O\d+⟧)[^;]*?⟦L\d+⟧[^;]*?),?\s+but\s+(?:the\s+)?(?<s>⟦L\d+⟧)\s+(?:is|are|was|were|has|have|had|did|does|do)(?<neg>\s+not|n't)?(?:\s+(?:too|as well|already|now|still))?\s*[.!]?\s*$/i;
const MEMBERSHIP_WORDS = /\b(?:members?|membership|part of|partners?|signator(?:y|ies)|join(?:ed|s)?|signed (?:up|on)|belongs?|acceded|in|inside)\b/i;
function butTheOtherIs(ctx: SentenceContext, org: (t: Token) => string): Claim | undefined {
  if (!/\bbut\b/i.test(ctx.template.text)) return undefined;
  const m = BUT_THE_OTHER_IS.exec(ctx.template.text);
  const first = m?.groups?.first ?? '';
  if (!m?.groups || !MEMBERSHIP_WORDS.test(first) || SUPPOSED_BEFORE.test(first)) return undefined;
  const subject = tokenOf(ctx.template, m.groups.s), orgToken = tokenOf(ctx.template, m.groups.o ?? m.groups.o2);
  if (!subject || !orgToken) return undefined;
  // The elided predicate is the first clause's without its negation: "…, but New Zealand is" is a member; "…, but Canada has not" is not.
  const positive = m.groups.neg === undefined;
  const start = ctx.template.text.length - m[0].length + m[0].lastIndexOf(m.groups.s);
  const a = assessMatch(ctx, { start: 0, end: ctx.template.text.length }, start, ctx.template.text.length, { futureIsHedge: true, negationFrom: ctx.template.text.length });
  return a.asserted ? listClaim(ctx, subject, org(orgToken), positive, false) : undefined;
}

function listClaim(ctx: SentenceContext, list: Token, organisation: string, positive: boolean, exhaustive: boolean): Claim {
  return {
    kind: 'membership', sentence: ctx.sentence, organisation, positive, entities: [...list.ids],
    ...(list.reference ? {} : { list: { span: { start: list.start, end: list.end }, parts: list.parts, exhaustive } }),
  };
}

/**
 * "- **Members:** Australia, Japan, the United Kingdom, the United States": a label line that lists
 * every member of one organisation, and more, names that organisation's membership without naming
 * it. Three to six names, nothing else on the line; a list that is another grouping's exact
 * membership (the Five Eyes') is theirs.
 */
const LABEL_LIST = new RegExp(String.raw`^[\s|]*(?:(?:founding |current )?members|member (?:states|countries|nations)|membership)\s*(?:\(\w+\)\s*)?(?:[:|—–]|\s-\s)\s*(⟦L\d+⟧(?:\s*[·•,;/|]\s*⟦L\d+⟧)*)${SINCE_NOTE}\s*\|?\s*\.?\s*$`, 'i');
export function labelListClaims(ctx: SentenceContext, orgOfLabelList: (ids: readonly string[]) => string | undefined): Claim[] {
  const m = LABEL_LIST.exec(ctx.template.text);
  if (!m || ctx.template.tokens.some((t) => t.type === 'G')) return [];
  const indexes = [...m[1].matchAll(/⟦L(\d+)⟧/g)].map((x) => Number(x[1]));
  const list = mergeLists(ctx, indexes);
  const count = new Set(list.ids).size;
  const org = count >= 3 && count <= 6 ? orgOfLabelList(list.ids) : undefined;
  return org ? [listClaim(ctx, list, org, true, true)] : [];
}

/**
 * The answer to "Who is in AUKUS?": a sentence that opens with countries names the whole
 * membership ("Australia, the UK, the US and, since 2023, Canada.").
 */
export function answerClaims(ctx: SentenceContext, organisation: string): Claim[] {
  const lists = ctx.template.tokens.filter((t) => t.type === 'L');
  // "A: Just two — the United States and the United Kingdom": a label and a count may come first.
  if (!/^[\s*_]*(?:(?:A|Answer)\s*[:.)—–-]\s*)?[*_]*(?:yes[,.:]?\s*|no[,.:]?\s*)?(?:(?:just|only) )?(?:(?:two|three|four|five|six|[2-6])\s*[:—–,-]\s*)?(?:the )?⟦L/i.test(ctx.template.text) || lists.length === 0) return [];
  const all = mergeLists(ctx, lists.map((t) => ctx.template.tokens.indexOf(t)));
  return [listClaim(ctx, all, organisation, true, all.ids.length > 1)];
}

/**
 * "Australia, Britain and the US founded AUKUS in 2021. The three were joined by Japan in 2024.":
 * the countries that joined the founders named in the sentence before joined the organisation that
 * sentence named. `org` is that organisation; the caller checks that sentence named it and a list.
 */
const THEM = "(?:the (?:(?:three|two|four|original|founding) )?(?:founders|founding (?:members|partners|nations)|original (?:members|partners)|allies|partners|nations|countries|governments)|the (?:three|two|four|trio)|they)";
const JOINED_THEM = [
  new RegExp(`^${THEM}(?: [\\w-]+ly)? ${JOINED_BY}${L}${AS_A_MEMBER}`, 'i'),
  new RegExp(`^(?:the )?${L}(?: [\\w-]+ly| later| then| since| soon| eventually)? (?:(?:has|had)(?: since| now| also| later| eventually| [\\w-]+ly)? )?joined (?:them|${THEM})${AS_A_MEMBER}`, 'i'),
];
export const MAY_JOIN_THEM = /\bjoined (?:by|them|the)\b/i;
export function joinedThemClaims(ctx: SentenceContext, org: string): Claim[] {
  const m = JOINED_THEM.map((re) => re.exec(ctx.template.text)).find((x) => x !== null);
  const subject = m && tokenOf(ctx.template, m.groups?.s);
  if (!m || !subject) return [];
  const a = assessMatch(ctx, { start: 0, end: ctx.template.text.length }, m.index, m.index + m[0].length, { futureIsHedge: true, extraHedge: NOT_ASSERTED });
  if (!a.asserted) return [];
  return [listClaim(ctx, subject, org, !a.negated, false)];
}
