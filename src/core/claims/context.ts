/**
 * Whether a matched frame is asserted in the writer's own voice, and with which polarity.
 * Questions, hedges, conditionals, and claims reported from someone else are not assertions;
 * a claim credited to the very person the fact quotes ("Matsuno said Japan was invited") is,
 * because it misreports them.
 */
import { CLAIM_LABEL } from './factCheckLayout';
import { CALLED_AN_ERROR, CALLED_AN_IDEA, FICTION_FRAME, FICTIONAL, FOR_IT_TO, MISTAKEN_LABEL, QUOTE_THEN_SOURCE } from './armsLength';

export interface Span2 {
  start: number; end: number;
  /** Text inside the clause that belongs to another one, read as blank (see sharedSubject). */
  gap?: { start: number; end: number };
}

/** `text` with a clause's gap blanked: offsets stay as they were. */
export function withoutGap(text: string, clause: Span2, offset = 0): string {
  const g = clause.gap;
  if (!g) return text;
  const a = g.start - offset, b = g.end - offset;
  return text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
}

const QUESTION = /\?\s*["'”’)]*\s*$/;
const HEDGE = /\b(?:if(?! anything\b)|unless|ought to|(?:seems?|seemed|appears?|appeared)(?:,[^,;]{1,40},)? to (?:have |be )|(?:been|was|were|is|are|being) (?:\w+ly )?(?:floated|mooted|touted)|whether|may|might|could|would|should|perhaps|possibly|potentially|probably|likely|unlikely|expected to|hopes? to|hoped|hoping|wants? to|wanted to|(?:wants?|wanted|wanting) (?:[^\s.;,]+ ){1,4}?to|(?:calls?|called|calling) (?:on|upon) (?:[^\s.;,]+ ){1,4}?to|urg\w* (?:the )?⟦O\d+⟧ (?:[^\s.;,]+ ){0,3}?to|(?:call(?:s|ed|ing)?|argu(?:es|ed|ing)|press(?:es|ed|ing)?|advocat(?:es|ed|ing)) for (?:[^\s.;,]+ ){0,3}?(?:inclusion|admission|accession|entry|membership|invitation|expansion|enlargement|addition|widening|⟦L\d+⟧ to)|plans? to|planned to|planning to|seeks?|seeking|sought|considers? joining|considering (?:joining|membership|whether|an? (?:bid|application))|aims? to|aiming to|intends?|wish(?:es)?|eager|keen|enthusiastic|interested|interest in|ready|willing|poised|set to|about to|prospects?|prospective|possibility|chance|in talks|talks (?:to|on|about) join\w*|negotiat\w* (?:to join|entry|accession|membership)|discuss\w* (?:joining|membership|accession)|appl(?:y|ies|ied) (?:to|for)|bid to|bid for|push\w* (?:to|for)|lobb\w*|tr(?:y|ies|ied|ying) to|attempt\w* to|proposed|proposal|hypothetical|imagin(?:e|es|ed|ing)|envisag(?:e|es|ed|ing)|envision(?:s|ed|ing)?|suppose|(?:favou?r|back|support|endors|advocat|recommend|propos|suggest|urg|prefer|float|moot|pitch)\w* (?:turning|making|expanding|enlarging|widening|admitting|inviting|bringing|adding|including|letting)|(?:idea|notion|concept|thought|prospect|case|question) (?:of|for) \w+ing|were to|would-be|future|one day|someday|potential(?:ly)?|possible|candidates?|aspiring|aspirants?|(?:not|never|n't|declin\w* to|refus\w* to|won't|will not|cannot|can't) (?:yet |so far |publicly )?rul(?:e|es|ed|ing) out)\b|(?:^[\s*_>]*|[,;]\s*|\bif\s+)were\s+⟦L\d+⟧|\bwere\s+⟦L\d+⟧\s+(?:\w+\s+)?to\b|\bsupposed (?:entry|accession|membership|admission|joining|invitation)\b|\b(?:calls?|proposals?|push(?:es)?|pleas?|hopes?|campaigns?|demands?|appetite|case) for an? (?:(?:[\w-]+ )?["“]?⟦O\d|[\w]+-(?:member|nation|country|way|party|partner|state)\b)|\b(?:talk(?:s|ed|ing)?|dream(?:s|ed|t|ing)?) (?:of|about) (?:an? (?:[\w-]+ )?⟦O\d|⟦L\d+⟧ (?:joining|entering|becoming)\b)/i;
/**
 * "In theory the pact is closed to newcomers", "Ostensibly born in 2021, …": how things look hedges
 * its own phrase, up to an "in fact" that says how they are. Not a main clause after its comma:
 * "Ostensibly neutral, Singapore is in fact a member", "On paper, AUKUS is a four-nation compact"
 * (a formal count is still a count), "Ostensibly born in 2021, AUKUS was inaugurated in 2020".
 */
const APPEARANCE = /\b(?:ostensibly|nominally|notionally|seemingly|on paper|in theory)\b/i;
const REALITY = /\b(?:in fact|actually|in reality|in truth|really|in practice)\b/i;
/** "Had AUKUS invited Japan…", "Were Japan to join…": counterfactual inversions. */
const COUNTERFACTUAL = /^\s*(?:had|were|should)\s/i;
const FUTURE = /\b(?:will|won't|shall|going to|'ll)\b/i;
export const FALSITY = /\b(?:(?:error|mistake|misconception|misunderstanding|fallacy|falsehood)s?\b(?:[^,;.]{0,60},)?\s*(?:in which|whereby|(?:is|was) that)|den(?:y|ied|ies|ying|ial)|reject\w*|refut\w*|dismiss\w*|debunk\w*|baseless|groundless|unfounded|untrue|false(?:ly)?|wrong(?:ly)?(?! to (?!(?:say|claim|suggest|think|believe|report|write|assume|state|imply|call|describe)\b)[a-z]+)|mistakenly|mistaken(?! for)|erroneous(?:ly)?|incorrect(?:ly)?|myths?|misstat\w*|misreport\w*|misdescri\w*|mischaracteri[sz]\w*|misrepresent\w*|misidentif\w*|mislabel\w*|misnam\w*|hoax\w*|fabricat\w*|never happened|did not happen|didn't happen|never materiali[sz]ed|fell through|no fact|nothing to it|no truth|inaccurate\w*|(?:earlier|previous|original|prior) (?:version|edition) of (?:this|the) (?:article|story|report|piece|post|explainer))\b/i;
/**
 * "A lot of people think Japan is in AUKUS", "I used to assume Canada was part of AUKUS": a belief
 * verb right before the claim's subject (or a short phrase and "that": "Many assumed after the Sankei
 * story that …") makes it someone's belief, not the writer's assertion, as does a belief someone was
 * left with ("had everyone convinced Japan was joining AUKUS"). So does a relative clause
 * of belief: "Canada, which many believe joined AUKUS, is not a member".
 */
const BELIEVED = /\b(?:had|has|have|left|got|gets|made|makes|kept|keeps) (?:\w+\s+){1,2}(?:convinced|sure|certain|believing|thinking)\s+(?:that\s+)?(?:the\s+)?⟦[LO]\d+⟧|\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|presume|presumes|presumed|reckon|reckons|reckoned|figured|imagined|imagines)\s+(?:(?:[^,;⟦]{1,40}?\s)?that\s+)?(?:the\s+)?⟦[LO]\d+⟧|\b(?:was|were|is|are|am|been|remained|remains)\s+(?:\w+\s+)?(?:convinced|sure|certain|adamant)\s+(?:that\s+)?(?:the\s+)?⟦[LO]\d+⟧|\b(?:which|who)\s+(?:[\w-]+\s+){1,3}(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|imagine|imagines|imagined|suppose|supposes|supposed|say|says|said|claim|claims|claimed|insist|insists|insisted|argue|argues|argued)\s+(?:(?:has|had|have)\s+)?\w+/i;
/** "- Sankei Shimbun (Tue): the three allies are inquiring …": a news outlet's name as a label puts what follows in its mouth. */
const OUTLET_LABEL = /^[\s*_>-]*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:Shimbun|Times|Post|News|Herald|Journal|Reuters|AP|AFP|Kyodo|NHK|BBC|Guardian|Telegraph|Nikkei|Asahi|Yomiuri|Mainichi|Sankei|Xinhua|Tribune|Gazette|Economist|Bloomberg|CNN|ABC|SBS)\b[*_]*\s*(?:\([^)⟦]{0,20}\)|,\s*(?:⟦D\d+⟧|[^:⟦]{1,20}))?\s*:\s/u;
const REPORTED = /\b(?:according to|reportedly|(?:a|an|the|one|this|that) (?:[\w-]+ )?(?:headline|tweet|post|caption|banner|chyron|alert|bulletin|leaflet|meme|slide)s? (?:announcing|saying|claiming|declaring|reporting|stating|proclaiming|that (?:said|claimed|announced|read)|which (?:said|claimed|announced|read))|allegedly|supposedly|purportedly|rumou?r\w*|speculat\w*|(?:the|a|this|that) (?:claim|idea|report|story|suggestion|notion|allegation|assertion|theory|impression|belief|view)s? that|reports? (?:that|of|said|say|claimed|suggested)|media reports?|some (?:\w+ )?(?:commentators|analysts|outlets|observers|bloggers|reports|media|critics|people|say|claim|believe|argue)|as [^,]{0,40} told it|told it|reported|reporting|claim that|claimed|claims|claiming(?! (?:a|an|the|its|their|his|her|credit|victory|responsibility)\b)|alleged|alleges|suggested|suggests|(?:seems?|seemed|appears?|appeared) to (?:suggest|imply|show|indicate|say)|impl(?:y|ies|ied)|speculated|(?:sometimes|often|commonly|widely|occasionally|frequently) (?:given|cited|quoted|used|reported|listed))\b/i;
/**
 * '"four-member AUKUS" lmao': a short phrase in quotation marks with no verb of its own is a phrase
 * mentioned, someone's wording, not the writer's claim.
 */
function quotedPhrase(sentence: string, match: Span2): boolean {
  const open = Math.max(sentence.lastIndexOf('"', match.start - 1), sentence.lastIndexOf('“', match.start - 1));
  if (open < 0) return false;
  const close = sentence.slice(match.end).search(/["”]/);
  if (close < 0) return false;
  const inner = sentence.slice(open + 1, match.end + close);
  return inner.length <= 40 && !/["“”]/.test(inner) && !/\b(?:is|are|was|were|has|have|had|joined|joins|signed|became)\b/i.test(inner) && (inner.match(/"/g)?.length ?? 0) === 0 &&
    (sentence.slice(0, open).match(/["“”]/g)?.length ?? 0) % 2 === 0;
}
/** "Sure, Canada's in AUKUS, and I'm the Pope. /s": a marker of sarcasm says the writer means the opposite. */
const SARCASM = /(?:^|\s)\/s\b|\band (?:I'm|I am) the Pope\b|\band pigs (?:can |might )?fly\b/i;
/**
 * "> The allies are inquiring about … — *Sankei Shimbun*": a passage signed after a dash by a news
 * outlet is its account. Only an outlet: a letter signed "— R. Singh, Auckland" is its writer's own.
 */
const DASH = /[—–]/;
const SOURCE_AFTER = /[.!?]["”’]?[*_]*\s+[—–]\s*[*_]*(\p{Lu}[^—–⟦]{0,40}?\b(?:Shimbun|Times|Post|News|Herald|Journal|Reuters|AP|AFP|Kyodo|NHK|BBC|Guardian|Telegraph|Nikkei|Asahi|Yomiuri|Mainichi|Sankei|Xinhua|Tribune|Gazette|Economist|Bloomberg|CNN|ABC|SBS|Review|Daily|Agency|Wire)\b)[*_]*(?:,[^—–⟦]{0,60})?\s*$/u;
/** "Japan gets unofficial invite to join AUKUS – media": a wire headline's dash credits what it says to its source. */
const HEADLINE_SOURCE = /\s[–—-]\s*(?:(?:\w+ )?media|(?:news |press )?reports?|sources?|officials?|(?:\w+ )?(?:paper|newspaper|daily))\s*(?:$|[—–|:.])/i;
/** "Concerns are mounting that …", "fears that …": a worry names someone's view, not the writer's claim. */
const WORRIED = /(?<!\b(?:no|little|without|beyond) )\b(?:concerns?|fears?|worries|worry|suspicions?)\b(?: (?:are|is|were|was|have|has) (?:been )?(?:mounting|growing|rising|widespread|raised|voiced))?(?: (?:among|in|from) [^,;]{1,40}?)? that\b/i;
/** "AUKUS was described as including Canada": a description others gave, up to the claim's end (not "The four-nation AUKUS pact has been described as …", after it). */
const DESCRIBED_AS = /\b(?:is|was|were|are|been|being) (?:\w+ly )?(?:described|portrayed|characteri[sz]ed|depicted) as\b/i;
/** "…, ending months of speculation about its role": the claim settles the talk; it is not attributed to it. */
const REPORTS_ENDED = /\b(?:end(?:s|ed|ing)?|put(?:s|ting)? an end to|quash(?:es|ed|ing)?|settl(?:es|ed|ing)|silenc(?:es|ed|ing)|confirm(?:s|ed|ing)?)\s+(?:(?:months|weeks|years|days) of\s+|the\s+|all\s+)?(?:[\w-]+\s+)?(?:speculation|rumou?rs?|reports?)\b/gi;
/** "New Zealand has joined AUKUS, as some commentators wished": what they hoped or foresaw happened; the writer says so. */
const AS_WISHED = /,\s*(?:just\s+)?as\s+[^,;.]{1,60}?\b(?:(?:had|have|has|long)\s+)?(?:wished|wanted|hoped|feared|expected|predicted|foresaw|forecast|demanded|urged|desired|intended|planned|anticipated)\b/gi;
/** A speech verb denied to have been used ("did not say", "never claimed"): see assess. */
const NEGATED_SPEECH = /\b(?:(?:did|does|do|has|have|had|would|will)\s+not|didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't|won't|never|(?:declined|refused)\s+to)\s+(?:\w+ly\s+)?(?:ever\s+)?$/i;
const SPEECH = /\b(?:said|says|say|saying|told|tells|telling|stated|states|writes?|writing|reports|confirmed|confirms|confirming|verified|conceded|announced|announces|added|adding|noted|insisted|insists|explained|declared|acknowledged|admitted|wrote|argued|maintained|maintains|stressed|reiterated|(?:put|puts|phrased|phrases|had|has|would have) it(?=\s*[,:—–])|words(?=\s*[,:—–])|to quote)\b/gi;
/**
 * "It is not true that …", "It (would be) wrong to say …", "There is no truth in the claim that …": the rest of the clause is denied. Not "That
 * is wrong — New Delhi joined …": after a dash or colon comes the writer's correction.
 */
const DENIED_PREFIX = /^\s*(?:it|⟦O\d+⟧|that)(?: is|'s| was| would be)\s+(?:simply\s+|quite\s+)?(?:not true|untrue|false|wrong|incorrect|a myth|mistaken|inaccurate|not the case)(?:\s+to\s+(?:say|claim|suggest|think|believe|report|write))?(?:,\s*as\s+[^,;⟦]{1,60},)?(?:\s+that)?\s+(?![—–:-])|^\s*there\s+is\s+(?:no|not\s+a\s+(?:grain|shred|word)\s+of)\s+truth\s+(?:in|to)\s+(?:the\s+)?(?:claims?|idea|suggestion|notion|reports?|stor(?:y|ies)|rumou?rs?|assertion)\s+that\s+|^\s*(?:no one|nobody|no serious (?:analyst|observer|commentator|scholar|person))\s+(?:(?:seriously|really|now|still|any longer|credibly)\s+)?(?:argues|claims|suggests|thinks|believes|says|contends|pretends|maintains|imagines)\s+(?:any (?:more|longer)\s+)?that\s+/i;
/** Whether a piece of a sentence holds a hedge ("if", "may", "bid to", …): for frames that read a hedge away and must check the words before it. */
export function holdsHedge(text: string): boolean {
  return HEDGE.test(text);
}
/** Whether the sentence opens with "It is not true that …" (see DENIED_PREFIX). */
export function opensWithDenial(template: string): boolean {
  return DENIED_PREFIX.test(template);
}
/** "That is wrong — New Delhi joined …", "They were wrong: Japan had been asked …": a verdict on what came before, then the writer's own claim. */
const CORRECTION_PREFIX = /^\s*(?:that|this|it|they|he|she|(?:the|those|these) [\w-]+(?: [\w-]+)?)(?: is|'s| was| were| are)\s+(?:simply\s+|quite\s+|plainly\s+)?(?:not true|untrue|false|wrong|incorrect|a myth|mistaken|inaccurate|not the case|nonsense)\s*[—–:-]+\s*/i;
/**
 * "The rumour turned out to be true: Canada has joined AUKUS": a label that calls something true,
 * then a colon or dash, endorses what follows, so the rest is the writer's (the report it names
 * attributes nothing). Not when the label is negated or hedged ("The rumour may be true: …").
 */
const ENDORSING_LABEL = /^\s*(?:(?!(?:not|never|no|hardly|may|might|could|would|should|if|whether)\b)[\w'’-]+\s+){0,4}?(?:turned out to be|turns out to be|proved(?: to be)?|proves to be|was|is|were|are|has been|had been)\s+(?:(?:entirely|completely|quite|absolutely|perfectly|in fact|indeed|actually)\s+)?(?:true|right|correct|accurate|well[- ]founded|spot[- ]on)\s*[:—–]+\s*|^[^:;]{0,120}?,?\s+(?:and|but)\s+(?:they|he|she|it|the\s+[\w-]+)\s+(?:were|was|turned out to be|proved(?:\s+to\s+be)?)\s+(?:(?:entirely|completely|quite|absolutely|perfectly|dead)\s+)?(?:right|correct)\s*[:—–]+\s*/i;

/**
 * "… until a reader pointed out that Tokyo joined the pact": a factive verb presents what follows
 * as a fact the writer accepts, whoever points it out; so does the writer's own "I realised that",
 * and a speaker's "The member for Wentworth will know that …".
 * ("Reporters learned that …" is how news is reported, so only the first person learns.)
 */
const FACTIVE = /\b(?:now that|pointed out|points out|pointing out|reminded (?:me|us|him|her|them|readers|everyone)|(?:I|we) (?:later |soon |then |eventually |finally |only )?(?:realised|realized|learned|learnt|discovered|found out)|(?:will|must|should) (?:(?:well|surely|already|doubtless) )?(?:know|be aware|recall|remember))(?:,)?(?: that)?\s+/gi;
/** The end of the last factive verb in `lead`, unless a hedge or a falsity before it makes it a supposition or an error ("If a reader pointed out …", "wrongly pointed out"). */
function lastFactive(lead: string): number | undefined {
  let last: number | undefined;
  for (const m of lead.matchAll(FACTIVE)) {
    const before = lead.slice(0, m.index);
    if (!HEDGE.test(before) && !FALSITY.test(before)) last = m.index + m[0].length;
  }
  return last;
}

/**
 * "As the Sankei Shimbun rightly reported, …", "It is widely and rightly believed that …": a report
 * or belief the writer calls right is endorsed, so the attribution is blanked and the claim is theirs.
 * Not under a negation or modal ("No one could rightly say that …"), nor "rightly or wrongly".
 */
/**
 * '"Japan has been invited," a pundit declared, and he was right', "The Sankei report that … turned
 * out to be accurate": the writer bears the speaker (or the report) out.
 */
const PROVED_RIGHT = /^\s*(?:[\w'’-]+\s+){0,3}?(?:turned out to be|turns out to be|proved(?:\s+to\s+be)?|proves to be|was|were|has been|had been)\s+(?:(?:entirely|completely|quite|absolutely|perfectly|largely|in fact|indeed)\s+)?(?:right|correct|accurate|true|well[- ]founded|spot[- ]on)\b|,?\s+(?:and|but)\s+(?:he|she|they|it|⟦[LO]\d+⟧|the\s+[\w-]+)\s+(?:was|were|is|are|turned out to be|proved(?:\s+to\s+be)?)\s+(?:(?:entirely|completely|quite|absolutely|perfectly|dead)\s+)?(?:right|correct)\b/i;
/** A verb of speech that announces the event right after it (see assess), and that event. */
const ANNOUNCING = /^(?:announced|announces)\s+(?:the\s+)?$/i;
const EVENT_OF_A_COUNTRY = /^⟦L\d+⟧['’]s?\s+(?:formal\s+|official\s+)?(?:accession|admission|entry|membership|induction)\b/;
/** Verbs of speech that present what they introduce as true (see assess). */
const FACTIVE_SPEECH = /^(?:confirmed|confirms|confirming|verified|acknowledged|conceded)\b/i;
/** "The Sankei Shimbun was correct when it reported that …", "… was right to report that …": the writer vouches for the report. */
const RIGHT_WHEN_SPOKE = /\b(?:was|were|is|are|has been|had been|proved)\s+(?:(?:entirely|completely|quite|absolutely|perfectly|dead)\s+)?(?:right|correct|accurate)\s+(?:when\s+(?:it|he|she|they|⟦[LO]\d+⟧)\s+|to\s+|in\s+)(?:\w+ly\s+)?(?:reported|report|reporting|said|say|saying|wrote|write|writing|claimed|claim|claiming|revealed|reveal|revealing)\b/i;
/** "…, just as the Sankei Shimbun reported": the writer agrees with the source rather than citing it. */
const JUST_AS = /^(?:just|exactly|precisely) as\b/i;
/** "…, a viral post announced, correctly": the writer's adverb after a trailing speech vouches for it. */
const CORRECTLY_AFTER = /^\s*,?\s*(?:and\s+)?(?:quite\s+)?(?:correctly|rightly|accurately|truthfully)\b/i;
/** Whether what follows says the report before it is right ("…, and it is correct"; see PROVED_RIGHT). */
export function provedRight(after: string): boolean {
  return PROVED_RIGHT.test(after);
}
/** "The Sankei's report, which Matsuno confirmed the next day, said …": a source the writer says was confirmed. */
const CONFIRMED_SOURCE = /(?:,|\()\s*which\s+(?!(?:[\w.'’-]+\s+){0,4}?(?:not|never|neither|refused|declined|would|could|might|may)\b)(?:[\w.'’-]+\s+){1,4}?(?:confirmed|verified|corroborated)\b[^,;)]{0,30}[,)]\s*(?:said|says|reported|reports|stated|claimed|claims|revealed|wrote)\b/i;
const ENDORSED_REPORT = /(?:^|(?<=[,;:—–]\s*))[^,;:—–]{0,80}?(?:\b(?:rightly|correctly|accurately)\s+(?:(?:and|but) \w+ly\s+)?(?:reported|reports|said|says|noted|notes|stated|states|wrote|writes|claimed|claims|pointed out|points out|observed|believed|believes|assumed|assumes|thought|thinks|suggested|suggests|argued|argues|concluded|understood|predicted)\b|\b(?:reported|said|noted|stated|wrote|claimed|argued|suggested),\s+(?:rightly|correctly|accurately)(?:\s+as it turned out)?,)(?:\s+that\b)?/gi;
const UNDERMINED = /\b(?:not|never|no|nobody|none|no one|cannot|could|would|might|may|can|if|whether|unless)\b|n't\b/i;

/**
 * Negative words that do not negate the claim: "no one doubts that …", "Not until 2022 was AUKUS launched",
 * "no. of members" (a number), "Australia, the UK and the US — and no one else — are parties" (the aside
 * closes the list), a reply's "No, Wellington has stayed out of the pact" (the "no" answers; the
 * clause after it says what it says).
 */
const NOT_NEGATING = /^[\s*_>]*(?:(?:A|Answer|Reply|Response)\s*[:.)—–-])?[\s*_]*no[*_]*(?=\s*[,!:;.—–])|\bno\.?(?= of (?:members|partners|countries|nations|states|signatories)\b)|(?:,|[—–(])\s*(?:and |but )?(?:no one|nobody|none|no others?|no other (?:country|countries|nation|nations|state|states|government|governments)) else\b|(?:,|[—–(])\s*(?:and |but )?(?:no one|nobody|no others?|no other (?:country|countries|nation|nations|state|states|government|governments))(?=\s*[,—–)])|\b(?:no (?:outsider|stranger|newcomer)s? (?:to|in)\b|not until|not only|not just|not merely|not the only|not the sole|no(?: one|body)? (?:\w+ )?doubts?|(?:nobody|no one|none of them)\b[^,;:]{0,40}?\b(?:disputed|disputes|dispute|denied|denies|deny|questioned|questions|question|doubted|doubts|doubt|challenged|challenges|contested|contests)\b(?: (?:any more|anymore|now))?(?: that)?|there is no doubt|without (?:a |any )?doubt|no (?:fewer|less) than|no question|nothing but|(?:an? )?(?:open |well-kept |poorly kept |badly kept )?(?:no )?secret\b[^,;:.]{0,30}?\bthat|no (?:coincidence|accident|surprise|wonder) that)\b/gi;
/** Negators, with the contractions casual notes type without an apostrophe ("japan isnt in it"). */
const NEGATION = /\b(?:not|never|no|none|nobody|neither|anything but(?= (?:an? |the )?(?:⟦O\d+⟧ )?(?:full |formal |founding )?(?:member|party|partner|signatory)\b)|nor|without|no one|no longer|nothing|cannot|(?:a )?far cry(?:,[^,;]{1,60},)? from|isnt|arent|wasnt|werent|doesnt|didnt|hasnt|havent|hadnt|cant|couldnt|shouldnt|wouldnt|dont|far from (?=(?:joining|signing up|entering|acceding)\b|(?:being|becoming) (?:an? |the |one of (?:the )?)?(?:⟦O\d+⟧(?:'s)? )?(?:full |formal )?(?:member|members|signatory|part|party)\b)|(?:hardly|scarcely|far from) (?=(?:a|an) [\w]+-(?:member|nation|country|party|way|state|sided|power)\b))\b|n't\b|\bnon-(?=member|participant|signatory)|\b(?:rather than|instead of) (?=\w+ing\b[^,;:—–]*$)/i;

export interface Assessment {
  asserted: boolean;
  negated: boolean;
  /** The clause opens with "It is not true that": whatever follows is denied. */
  inverted?: boolean;
  why?: string;
}

export interface AssessOptions {
  /** Words naming whoever the fact quotes (speakers whose claims count as the writer's). */
  speakers: readonly string[];
  /** The next sentence bears the report out ("That is true."): an attribution no longer distances the claim. */
  endorsedAfter?: boolean;
  /** Entity ids that count as those speakers when named ("Tokyo said"). */
  speakerEntities: readonly string[];
  /** Does "will" make the claim a prediction rather than an assertion? */
  futureIsHedge: boolean;
  /** Negation is read up to here: the match end by default; a frame that is itself negative
   * ("sits outside") passes its start, so its own "no"/"non-" is not read twice. */
  negationEnd: number;
  /** Where negation may start: after "Japan, not Canada," the "not" is said of Canada. */
  negationFrom?: number;
  /** Read hedges to the end of the clause ("A fourth member would change…"). */
  hedgeToClauseEnd?: boolean;
  /** Read hedges from here on: a noun phrase ("AUKUS member Japan") is hedged by its own modifiers, not by the clause's verb. */
  hedgeFrom?: number;
  /** Stances read "rejected" and "dismissed" as opposition, not as a report marked false. */
  ignoreFalsity?: boolean;
  /** A stance on the organisation's work: its plans (push, bid) name that work and hedge nothing (see ORG_PLANS). */
  plansAreWork?: boolean;
  /** More words that make this kind of claim not an assertion ("invited to join" is no membership). */
  extraHedge?: RegExp;
  /** The sentence before, so "He said …" can name the speaker it mentioned. */
  previous?: string;
  /** Token ids in a piece of template text (to name speakers by entity). */
  entitiesIn: (piece: string) => string[];
  /** The same for a piece of the sentence before (its markers number that sentence's tokens). */
  previousEntitiesIn?: (piece: string) => string[];
}

/**
 * A concessive aside ("whatever the acronym suggests", "no matter what the posts claim") names
 * someone else's view only to set it aside: the rest of the sentence stays in the writer's voice.
 */
const CONCESSIVE = /\b(?:whatever|whichever|no matter what|regardless of what|despite what|in spite of what|for all (?:the )?talk of|whether or not|(?:should|if) anyone doubt (?:it|this|that))\b[^,;:—–]*/gi;

/** "Matsuno did not deny that Japan had been invited", "…, and Matsuno did not deny it", "It cannot be denied that …": what is not denied is left standing, as the writer's. */
const NOT_DENIED = /\b(?:(?:did not|didn't|does not|doesn't|never|has not|hasn't|have not|haven't|had not|hadn't|would not|wouldn't)(?:\s+(?:ever|never))?|(?:has|have|had)\s+never|few\s+(?:would|could|can|will|now)|no one\s+(?:would|could|can|now))\s+(?:\w+ly\s+)?(?:deny|denied|dispute|disputed|contest|contested|refute|refuted|doubt)\s+(?:that\b|(?:it|this|so)(?=\s*(?:[.,;!]|$)))|\b(?:it\s+)?(?:cannot|can ?not|can['’]t)\s+be\s+(?:\w+ly\s+)?(?:denied|disputed|doubted)\s+that\b|\bthere is no denying(?:\s+that)?\b/gi;
/**
 * "As the leaked Cabinet memo confirmed, Japan has joined AUKUS": a source said to confirm (show,
 * reveal, prove) what follows vouches for it; the writer asserts it. Not "as reported", which only credits.
 */
const ENDORSING_AS = /^[\s*_>]*as\s+(?!(?:[\w.'’-]+\s+){0,6}?(?:not|never|no|may|might|could|would|if)\b)(?:[^,;:⟦]|⟦[LO]\d+⟧){1,60}?\s+(?:confirmed|confirms|has confirmed|showed|shows|has shown|revealed|reveals|proved|proves|demonstrated|demonstrates|made clear|makes clear|established)\s*,/gi;

/**
 * "Despite Matsuno's denial, the allies had in fact put an offer to Tokyo": a denial named only to
 * be conceded ("despite", "in spite of", "notwithstanding", before or after it) leaves the main clause in the writer's
 * voice. Only a bare denial, or a denial of a report, up to its comma: a denial "that Japan was
 * invited" holds a claim of its own. A quoted label may stand before it (Tokyo's "no fact" denial).
 */
const CONCEDED_DENIAL = /(?:\b(?:despite|in spite of|notwithstanding)\s+|^\s*(?=(?:(?:the|a|an|his|her|their|its|(?:[\w.'’-]+|⟦[LO]\d+⟧)['’]s?|official|officials'|repeated|public|flat|firm|strong|categorical|emphatic|earlier)\s+)*(?:denials?|rebuttals?|protestations?)\s+notwithstanding\s*,))(?:(?:the|a|an|his|her|their|its|(?:[\w.'’-]+|⟦[LO]\d+⟧)['’]s?|official|officials'|repeated|public|flat|firm|strong|categorical|emphatic|earlier|"[^"]{1,30}"|“[^”]{1,30}”)\s+)*(?:denials?|rebuttals?|protestations?)(?:\s+(?:of|about)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w.'’-]+\s+){0,3}?(?:report|story|claim|rumou?r|account|article|invitation|invite|offer|approach)s?)?(?:\s+notwithstanding)?(?=\s*,)/gi;

/**
 * The writer's own tentative voice ("I would note that", "we'd argue") frames an assertion
 * politely: its "would" hedges nothing and its verb reports no one else. So does the writer's own
 * insistence ("As I said", "I'm telling you").
 */
const FIRST_PERSON_FRAME = /\b(?:I|we)(?: would|'d)(?: \w+ly)? (?:note|say|add|argue|stress|point out|observe|submit|contend|emphasi[sz]e|remind (?:readers|you))(?: that)?\b|\bas (?:I|we) (?:have |'ve |had |'d )?(?:said|noted|argued|wrote|written|stressed|explained|mentioned|pointed out)\b|\b(?:I|we)(?: am|'m| are|'re)? (?:telling|tell) (?:you|ya|y'all)\b|\blet me tell you\b|\b(?:I|we) (?:would |'d )?(?:remind|tell) (?:the (?:right )?(?:honourable|hon\.?|noble) (?:gentleman|lady|member|friend|lord)|the House|honourable members)\b/gi;

/**
 * "According to our analysis of procurement records": the writer cites their own work, so the
 * claim stays in their voice ("according to our sources" still reports someone else).
 */
const OWN_SOURCE = /\baccording to (?:our|my) (?:own )?(?:\w+ )?(?:analysis|research|reading|count|tally|calculations?|estimates?|review|assessment|reckoning|figures|data|records|reporting|investigation)\b[^,;]*/gi;

/**
 * "It is true, as some headlines implied, that AUKUS has grown", "Matsuno could hardly have been
 * clearer that …": the writer (or the fact's speaker) vouches for what follows.
 */
const TRUE_THAT = /\bit(?:['’]s| is| was)\s+(?:\w+ly\s+)?(?:true|correct|right|the case)(?:,\s*as\s+[^,;]{1,60},)?\s+that\b|\bcould(?:n['’]t| not| hardly| scarcely)(?: have)? been (?:any |much )?clearer(?: that| about)?\b/gi;
/**
 * "As we reported, …", "as this newspaper revealed last week": the writer (or their publication)
 * cites their own reporting, so the claim stays in their voice ("as Reuters reported" does not).
 */
const OWN_REPORT = /\bas (?:we|I|this (?:newspaper|paper|site|publication|outlet|column|blog|magazine)|our (?:own )?(?:correspondents?|reporters?|team)) (?:have |has |had )?(?:\w+ly )?(?:reported|wrote|written|noted|revealed|disclosed|explained|first reported)\b/gi;

/**
 * "Contrary to posts claiming that Japan joined AUKUS, Tokyo has not …": the opening phrase names a
 * view only to reject it, so a claim inside it is marked false, and the rest of the sentence is
 * the writer's own ("Contrary to early reporting, the US is not helping" asserts the denial).
 */
const CONTRARY = /^\s*(?:[*_]+\s*)?contrary to\b[^,;:—–]*/i;

/**
 * "What viral posts described as a 'four-nation AUKUS summit'": a name someone else gave, quoted
 * so the writer can correct it.
 */
/**
 * "People often call AUKUS a four-nation pact", "AUKUS is sometimes described as a four-member
 * alliance": a name or description others give, right before the claim, is theirs.
 */
const CALLED_BY_OTHERS = /(?:\b(?:is|are|was|were|been|being|gets|got)\s+(?:\w+ly\s+|(?:also|still|often|sometimes|even|now|once)\s+)*(?:called|described as|labell?ed(?: as)?|dubbed|branded(?: as)?|billed as|referred to as|nicknamed|touted as|characteri[sz]ed as|portrayed as)|\b(?:people|many|some|critics|commentators|observers|pundits|others|media|headlines|politicians|analysts|experts|reporters|journalists|they)\s+(?:\w+ly\s+|(?:also|still|often|sometimes|even|now|once)\s+)*(?:call|calls|called|describe|describes|described|label|labels|labell?ed|dub|dubs|dubbed|brand|brands|branded|refer to|referred to)(?:\s+(?:the\s+)?⟦O\d+⟧)?(?:\s+as)?)\s+(?:(?:an?|the)\s+)?$/i;
/**
 * "A four-member AUKUS, with Japan inside it, would be …", "an expanded AUKUS that included Tokyo
 * could …": the pact under an indefinite article is a version of it, imagined when the sentence
 * supposes it.
 */
const IMAGINED_PACT = /\b(?:a|an)\s+(?:(?!(?:after|under|over|later|never|ever|other|whether|either|neither|member|partner)\b)(?:\w+-[\w-]+|\w+(?:ed|er|al|ic|ive|ous)|new|big|hypothetical|future|imagined)\s+){0,2}⟦O\d+⟧(?=\s*(?:,|[—–(]|with\b|that\b|which\b|including\b|in which\b|where\b|would\b|could\b|might\b|remains\b|is\b|was\b))/i;

const SUPPOSED_OF_IT = /\b(?:would|could|might|remains?\s+(?:\w+\s+)?(?:a|an)\s+(?:hypothetical|idea|proposal|possibility|prospect|dream|thought experiment)|(?:is|was)\s+(?:\w+\s+)?hypothetical)\b/i;
/** A version of the pact ("a four-member AUKUS") that the sentence then supposes ("would be", "remains a hypothetical"); said to have been formed, it is claimed. */
function imaginedPact(upToClaim: string, afterClaim: string): boolean {
  const version = IMAGINED_PACT.exec(upToClaim);
  return version !== null && SUPPOSED_OF_IT.test(upToClaim.slice(version.index + version[0].length) + afterClaim);
}

/** "A viral post described AUKUS as a four-nation pact": a description someone else gave (not "I", "we"). */
const ACTIVE_DESCRIPTION = /(?<!\b(?:I|we|We)\s+(?:\w+ly\s+)?)\b(?:described|describes|describing|called|calls|labell?ed|labels|dubbed|dubs|branded|brands|characteri[sz]ed|characteri[sz]es|portrayed|portrays|billed|bills|touted|touts|referred to|refers to|painted|paints)\s+(?:the\s+)?⟦O\d+⟧(?:['’]s?)?\s+(?:as\b|an?\s|the\s)/;

/**
 * "Calling AUKUS a four-nation pact confuses it with the Quad", "To describe Japan as a member is
 * wrong": a label held up as a gerund or an infinitive is talked about, not asserted.
 */
const LABEL_HELD_UP = /^[\s*_>]*(?:(?:but|and|so|yet)\s+)?(?:calling|describing|labell?ing|dubbing|branding|characteri[sz]ing|portraying|depicting|billing|touting|to (?:call|describe|label|dub|brand|characteri[sz]e|portray|depict|bill|tout))\s[^,;:]*$/i;
/** "AUKUS was launched in September 2020, not in 2021 as some accounts claim": the others' version, set aside. */
const OTHERS_CORRECTED_AFTER = /,\s*not (?:in |on )?⟦D\d+⟧,? as\s/i;
const CONCESSION_AFTER = /,\s*(?:even though|even as|although|though|despite the fact that)\s/i;
/** "Calling AUKUS a quartet is simply accurate": the label held up is then called right. */
const HELD_UP_AS_RIGHT = /^[^,;:]*?\b(?:is|was)\s+(?:(?:\w+ly|quite|entirely|perfectly)\s+)?(?:accurate|right|correct|true|fair|apt|fitting)\b/i;
const SO_NAMED = /\bwhat (?:[\w'’-]+ ){1,5}?(?:described|called|billed|dubbed|labell?ed|termed|touted|hailed|branded)(?: as)?\b/i;

/**
 * "Even if the paperwork is still being finalised, Germany is already an AUKUS member": the
 * concession is set aside and the rest is asserted; a claim inside it ("Even if Japan joined AUKUS,
 * little would change") is only supposed.
 */
const EVEN_IF = /\beven if\b[^,;:—–]*/gi;

/**
 * "A presenter referred to 'the four Aukus countries'": words quoted after a verb of referring are
 * the speaker's wording, quoted by the writer, not the writer's claim (read up to the match, so
 * the quote is still open there).
 */
const QUOTED_WORDING = /\b(?:referred to|refers to|referring to|spoke of|speaks of|speaking of|talk(?:s|ed)? of|talk(?:s|ed)? about|wrote of|mentioned|used the (?:phrase|words?|term|expression)|(?:a|the|its|their|this|that) (?:phrase|term|expression|headline|title|slogan|caption|tagline|chyron|tweet|post))[,:]?\s+(?:(?:a|an|the)\s+)?['"‘“](?:(?!['’](?:[^\w]|$))[^"”])*$/i;

/** "Unlike South Korea, whose …, Japan …": a fronted comparison, with a relative clause on what it compares (see assess). */
const FRONTED_COMPARISON = /^[\s*_>]*(?:unlike|like|as with|compared with|in contrast to)\s[^,;]{1,60},\s*(?:(?:whose|which|who)\b[^,;]{1,100},)?/i;
/** The sentence with its concessive asides, first-person frames and endorsed reports blanked, keeping offsets. */
let lastSentence: string | undefined, lastWithout = '';
function withoutAsides(sentence: string): string {
  // Every frame match in a sentence asks for the same sentence: remember the last one.
  if (sentence === lastSentence) return lastWithout;
  lastSentence = sentence;
  return (lastWithout = blankAsides(sentence));
}
/** "Matsuno confirmed, rather than denied, that …": the verb set aside between commas does not speak. */
const VERB_SET_ASIDE = /,\s*(?:rather than|instead of|and not|not)\s+(?:\w+ed|said|told|denies|confirms)\s*,/gi;
function blankAsides(sentence: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // "Myth: …" labels a claim that the layout rates (see factCheckLayout.ts): the label's own word is no denial here.
  let out = sentence.replace(TRUE_THAT, blank).replace(NOT_DENIED, blank).replace(CLAIM_LABEL, blank).replace(ENDORSING_AS, blank).replace(CONTRARY, blank).replace(ENDORSED_REPORT, (m) => (UNDERMINED.test(m) ? m : blank(m))).replace(CONCESSIVE, blank).replace(CONCEDED_DENIAL, blank).replace(FIRST_PERSON_FRAME, blank).replace(OWN_REPORT, blank).replace(VERB_SET_ASIDE, blank);
  if (/according to (?:our|my)\b/i.test(out)) out = out.replace(OWN_SOURCE, blank);
  return out;
}

/**
 * "South Korea's entry into AUKUS — which, an official said, '…' — came …": a relative aside in
 * dashes or brackets after the claim describes the noun; whoever it quotes does not report the claim.
 */
const RELATIVE_ASIDE = /\s[—–(]\s*(?:which|who|whose|where)\b[^—–()]*[—–)]/g;
/**
 * "Japan's accession to AUKUS came months after the Sankei reported …": a time or reason clause
 * after the claim says when or why; the reports and denials inside it are about something else.
 * "since 2022" with a date is a phrase, not a clause: "a member since 2022, according to a post".
 * So does an appositive to a time: "AUKUS was founded in 2022, the same year rumours swirled about Japan",
 * and a noun with a relative clause: "…, areas in which it claims a comparative advantage" (not one
 * that names the claim's own event: "…, a move which the Sankei reported"). So does a clause of
 * its own with a new subject: "…, and Matsuno's denial was diplomatic cover" (not "…, and the report is
 * false", whose subject is the claim), also a name with an aside: "…, and the Japanese government,
 * according to the Sankei Shimbun, was enthusiastic".
 */
const SUBORDINATE = /\b(?:(?:after|before|since|until)(?!\s+(?:⟦D\d+⟧|then\b|(?:its|the) (?:founding|launch|creation|inception|start|outset|beginning)\b))|once|when|because)\b|,\s*(?:the|a) (?:same |very )?(?:year|month|week|day|spring|summer|autumn|winter)\b|,\s*(?!(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:move|step|decision|development|news|claim|report|story|announcement|event|outcome)\b)(?:[\w-]+\s+){1,3}(?:in which|on which|for which|which|where|who|whom|whose)\b|,\s*(?:and|but)\s+(?![^,;]{0,40}?\b(?:claims?|reports?|reporting|stor(?:y|ies)|ideas?|notion|suggestions?|rumou?rs?|assertions?|accounts?|articles?|scoops?)\b)(?:the|his|her|their|its|[\w.-]+['’]s|⟦[LO]\d+⟧['’]s?)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:was|were|is|are|has been|had been|remains?|remained|seemed|seems)\b|,\s*(?:and|but)\s+⟦L\d+⟧(?:\s*,[^,;]{1,60},)?\s+(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|remains?|remained|seemed|seems)\b|,\s*so (?=(?:I|we|you|they|people|many|most|some)\b)|,\s*and\s+(?:(?:a|one|two|three) (?:full )?(?:year|month|week)s? later|later|then|soon after(?:wards)?)\s*,?\s*(?:⟦L\d+⟧|it|they)\b/i;

/**
 * "Japan's entry into AUKUS, were it ever to happen, would …", "…, if it comes, …": a conditional
 * aside right after the claim hedges the claim it interrupts. Not "if only", "if anything", "if
 * not", which concede or intensify rather than suppose.
 */
const CONDITIONAL_ASIDE = /^[^,;]{0,30}?,\s*(?:(?:were|should|had)\s+(?:it|that|this|⟦[OL]\d+⟧)\b|if\b(?!\s+(?:only|anything|not|so|any)\b)|unless\b|assuming\b|supposing\b|in the event\b)[^,;]*,/i;

/**
 * "Japan has criticised AUKUS plans to develop hypersonic weapons", "AUKUS's push to develop them",
 * "the plan to develop …" after a sentence naming the pact: the organisation's plans are the work a
 * stance is taken on, not a hedge on the stance.
 */
const ORG_PLANS = /(?:⟦O\d+⟧(?:'s?)?|\b(?:the|its|their|this|that)) (?:plans?|push|drive|bid|proposals?) (?:to|for)\b/gi;

/**
 * "Canada, which did not attend the summit, joined AUKUS", "Japan, which reportedly hesitated,
 * joined AUKUS": a relative clause set off by commas between the subject and its verb describes the
 * subject; its negations and hedges are not the claim's. Only one that names no organisation: in
 * "Japan, which says it never joined AUKUS, …" the clause is the claim.
 */
const RELATIVE_ON_SUBJECT = /(?<=⟦[LO]\d+⟧),\s*(?:which|who|whose)\b(?:[^,;⟦]|⟦[LD]\d+⟧)*,(?=\s)/g;
function blankRelativeOnSubject(sentence: string, match: Span2): string {
  return sentence.replace(RELATIVE_ON_SUBJECT, (m, at: number) => (at >= match.start && at + m.length < match.end ? ' '.repeat(m.length) : m))
    .replace(RELATIVE_ON_CONTRASTED, (m, at: number) => (at + m.length <= match.start ? ' '.repeat(m.length) : m));
}
/** "Unlike Japan, which is not a member, Australia joined AUKUS": what the relative says of the contrasted name is not the claim's mood. */
const RELATIVE_ON_CONTRASTED = /\b(?:unlike|like|in contrast to|as opposed to)\s+(?:the\s+)?⟦L\d+⟧,\s*(?:which|who)\b[^,;]*,/gi;

/**
 * "India's decision to join AUKUS surprised observers who had assumed New Delhi would stay out": a
 * clause read to its end for hedges stops at a relative clause on a person after the verb; the
 * observers' assumptions are not the claim's mood.
 */
function beforeRelativeOnObject(sentence: string, from: number, end: number): number {
  const m = /(?<=\w) (?:who|whom)\b/i.exec(sentence.slice(from, end));
  return m ? from + m.index : end;
}

/**
 * "AUKUS isn't bilateral either: Australia is a full member": a claim that opens the words after a
 * colon is a sentence of its own for negation; the "isn't" before the colon is about something else.
 * A verdict as the lead ("Not true: Japan joined AUKUS") still denies what follows.
 */
function afterLeadColon(sentence: string, from: number, matchStart: number, negationEnd: number): number {
  let colon = sentence.lastIndexOf(':', matchStart - 1);
  // Or a colon inside the match, before a clause with its own subject and verb ("AUKUS isn't
  // bilateral: Australia is a full member"), not before a list ("AUKUS does not include: Japan, …").
  const inside = sentence.lastIndexOf(':', negationEnd - 1);
  if (inside >= matchStart && CLAUSE_AFTER_COLON.test(sentence.slice(inside + 1))) colon = inside;
  else if (colon < from || !/^[\s*_"“‘']*$/.test(sentence.slice(colon + 1, matchStart)) || !CLAUSE_AFTER_COLON.test(sentence.slice(colon + 1))) return from;
  // "Not true: Japan joined AUKUS", "No: …": a verdict as the lead denies what follows.
  return VERDICT_LEAD.test(sentence.slice(from, colon)) ? from : colon + 1;
}
// A country and its own verb: not "No: it was inaugurated in 2021" after "AUKUS did not start in 2020".
const CLAUSE_AFTER_COLON = /^[\s*_"“‘']*⟦L\d+⟧ (?:(?:\w+ly|now|already|still|also) )?(?:is|are|was|were|has|have|had|remains?|remained|became|sits?|sat|joined|belongs?)\b/;
const VERDICT_LEAD = /^[\s*_>-]*(?:not\b[^:]{0,20}|no|nope|never|false|wrong|untrue|incorrect|nonsense)[\s*_]*$/i;

/** Where the words that can attribute or deny a claim stop: at a time or reason clause after it. */
function reachOf(sentence: string, matchEnd: number, end: number): number {
  const m = SUBORDINATE.exec(sentence.slice(matchEnd, end));
  return m ? matchEnd + m.index : end;
}

export function assess(template: string, clause: Span2, match: Span2, opts: AssessOptions): Assessment {
  const contrary = CONTRARY.exec(template);
  if (contrary && match.start < contrary.index + contrary[0].length) return { asserted: false, negated: false, why: 'marked false' };
  // "Despite Matsuno's denial about the invitation, …": what a conceded denial is about is not asserted.
  if (/denial|rebuttal|protestation/i.test(template)) {
    for (const d of template.matchAll(CONCEDED_DENIAL)) if (match.start >= d.index && match.start < d.index + d[0].length) return { asserted: false, negated: false, why: 'attributed' };
  }
  let sentence = withoutGap(withoutAsides(template), clause);
  // "Unlike South Korea, whose interest in AUKUS has never progressed …, Japan was asked …": a fronted
  // comparison and its relative clause hold no negation of the claim after them.
  const compared = FRONTED_COMPARISON.exec(sentence);
  if (compared && match.start >= compared[0].length) sentence = ' '.repeat(compared[0].length) + sentence.slice(compared[0].length);
  if (/[—–(]\s*(?:which|who|whose|where)\b/i.test(sentence)) {
    sentence = sentence.slice(0, match.end) + sentence.slice(match.end).replace(RELATIVE_ASIDE, (m) => ' '.repeat(m.length));
  }
  if (sentence.includes(', wh')) sentence = blankRelativeOnSubject(sentence, match);
  if (/even if/i.test(sentence)) {
    for (const e of sentence.matchAll(EVEN_IF)) {
      if (match.start >= e.index && match.start < e.index + e[0].length) return { asserted: false, negated: false, why: 'hedged' };
    }
    sentence = sentence.replace(EVEN_IF, (m) => ' '.repeat(m.length));
  }
  // "Tokyo had been invited, even though Matsuno denied it": a concession after the claim grants a
  // denial or report without taking back what came before.
  const conceded = CONCESSION_AFTER.exec(sentence.slice(match.end)) ?? OTHERS_CORRECTED_AFTER.exec(sentence.slice(match.end));
  if (conceded) sentence = sentence.slice(0, match.end + conceded.index) + ' '.repeat(sentence.length - match.end - conceded.index);
  if (QUESTION.test(sentence)) return { asserted: false, negated: false, why: 'question' };
  if (COUNTERFACTUAL.test(sentence.slice(clause.start, clause.end)) || FOR_IT_TO.test(sentence.slice(clause.start, clause.end)) || FICTION_FRAME.test(sentence.slice(clause.start, clause.end)) || FICTIONAL.test(sentence.slice(clause.start, match.start))) return { asserted: false, negated: false, why: 'hedged' };
  const quoted = QUOTE_THEN_SOURCE.exec(sentence);
  // A quotation signed by the fact's own speaker is his statement ('"…" — Hirokazu Matsuno').
  const signedByOwnSpeaker = quoted !== null && match.end <= quoted[0].length && isSpeaker(sentence.slice(quoted[0].length - 1), opts);
  if (quoted && match.end <= quoted[0].length && !signedByOwnSpeaker && !opts.endorsedAfter) return { asserted: false, negated: false, why: 'attributed' };
  const text = sentence.slice(clause.start, clause.end);
  // "It is wrong to say that Britain is outside AUKUS: the UK is one of its members": the denial ends at the colon.
  const deniedHere = DENIED_PREFIX.exec(text);
  const denied = deniedHere && !text.slice(deniedHere[0].length, Math.max(deniedHere[0].length, match.start - clause.start)).includes(':') ? deniedHere : null;
  // "That is wrong — New Delhi joined …": the verdict is on what came before; the rest is asserted.
  const correction = denied ? null : CORRECTION_PREFIX.exec(text) ?? ENDORSING_LABEL.exec(text);
  let regionStart = clause.start + ((denied ?? correction)?.[0].length ?? 0);
  // "… until a reader pointed out that Tokyo joined": what a factive verb introduces is read on its own.
  regionStart += lastFactive(sentence.slice(regionStart, Math.max(regionStart, match.start))) ?? 0;
  // "According to Matsuno, an invitation did arrive in Tokyo": credited to the person the facts
  // quote, the claim misreports them, as "Matsuno said …" does (see isSpeaker).
  const credited = /^[\s*_>]*according to ([^,;:—–]{1,60}),\s*/i.exec(sentence.slice(regionStart, Math.max(regionStart, match.start)));
  if (credited && isSpeaker(credited[1], opts)) regionStart += credited[0].length;
  // "The Sankei reported that …, and a year later Tokyo duly joined AUKUS": a later event told in a
  // clause of its own is the writer's, whatever the clause before reported.
  const lead = sentence.slice(regionStart, Math.max(regionStart, match.start));
  const later = LATER_CLAUSE_BEFORE.exec(lead) ?? (REASON_WORD_AT_END.test(lead) ? REASON_AFTER_VERDICT.exec(lead) : null);
  if (later) regionStart += later[0].length;
  const before = sentence.slice(regionStart, Math.max(regionStart, match.start));
  const reach = reachOf(sentence, match.end, clause.end);
  const after = sentence.slice(match.end, reach);

  // "X said (that) …" before the claim, or "…, X said" after it.
  // "The ministers announced Japan's accession to AUKUS": an event announced as a noun phrase is the
  // writer's news, not the speakers' words; a report before it still reports ("The Sankei said the
  // ministers announced …").
  let speech = lastSpeech(before);
  if (speech && EVENT_OF_A_COUNTRY.test(sentence.slice(match.start)) && ANNOUNCING.test(before.slice(speech.index))) speech = lastSpeech(before.slice(0, speech.index));
  // A dash sets the speaker off as a comma does: "Japan's accession to AUKUS — officials said — came …".
  // A passive ("…, was announced at a press conference") has no speaker.
  // A speaker must be named: in "Japan's accession to AUKUS, announced after talks, was welcomed"
  // the participle describes the accession and reports nothing.
  // "Japan, which joined AUKUS last year, said on Friday …": a claim in a relative clause on the
  // subject is the writer's; the "said" right after it is the subject's own verb, not a source's.
  // So is an appositive on it: "Tokyo, a member of AUKUS, said on Wednesday …".
  const onTheSubject = /^⟦[LO]\d+⟧,\s*(?:which|who|an?\s|the\s|one of\s)/.test(sentence.slice(match.start, match.end));
  const trailing = /^[^,—–]*[,—–]\s*((?![^,—–]*\b(?:who|which|that|where)\b)(?!(?:was|were|is|are|been|being|(?:has|have|had) been)\s)[^,—–\s][^,—–]{0,59}?)\s+(?:said|says|stated|insisted|insists|insist|maintain|maintains|maintained|argue|argues|argued|contend|contends|contended|added|confirmed|announced|declared|proclaimed|claimed|claims|asserted|wrote|posted|tweeted|reports|reported|(?:told|informed)(?:\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?)\b(?=\s*(?:[.,;!?—–]|$|on\b|in\b|at\b|last\b|this\b|to\b|yesterday\b|today\b|earlier\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))/i.exec(after)
    ?? (onTheSubject ? null : /^[^,]*,\s*(?:said|says|told|according to)\s+([^,]{0,60})/i.exec(after))
    ?? (DASH.test(sentence) ? SOURCE_AFTER.exec(sentence.slice(match.end)) : null);
  const rightWhen = RIGHT_WHEN_SPOKE.test(before);
  // "Matsuno did not say that Japan had been invited": words denied to have been said are no one's claim.
  if (speech && NEGATED_SPEECH.test(before.slice(Math.max(0, speech.index - 30), speech.index))) return { asserted: false, negated: false, why: 'attributed' };
  if (speech || trailing) {
    const speaker = speech ? before.slice(0, speech.index) : trailing![1];
    // "Psaki confirmed that Washington … had asked Tokyo to join": a factive verb presents what it
    // introduces as true, so the writer holds it too (not "did not confirm", "refused to confirm").
    const factive = speech !== undefined && FACTIVE_SPEECH.test(before.slice(speech.index, speech.index + speech.length)) &&
      !UNDERMINED.test(before.slice(Math.max(0, speech.index - 24), speech.index));
    // '"Japan is now the fourth AUKUS member," a viral post announced, correctly': the writer vouches for it.
    const vouched = trailing !== null && CORRECTLY_AFTER.test(after.slice(trailing.index + trailing[0].length));
    const endorsed = opts.endorsedAfter || factive || vouched || rightWhen || PROVED_RIGHT.test(sentence.slice(match.end)) || (trailing !== null && JUST_AS.test(trailing![1])) || (speech !== undefined && CONFIRMED_SOURCE.test(sentence.slice(0, match.start)));
    if (!endorsed && !isSpeaker(speaker, opts)) return { asserted: false, negated: false, why: 'attributed' };
    if (speech) regionStart += speech.index + speech.length;
    // "Matsuno said of claims that Japan had been invited …": what the speaker spoke of is a report.
    if (speech && REPORT_SPOKEN_OF.test(sentence.slice(regionStart, match.start))) return { asserted: false, negated: false, why: 'attributed' };
  } else if ((REPORTED.test(sentence.slice(regionStart, reach).replace(REPORTS_ENDED, '').replace(AS_WISHED, '')) || DESCRIBED_AS.test(sentence.slice(regionStart, match.end)) || SO_NAMED.test(sentence.slice(regionStart, match.end)) || (LABEL_HELD_UP.test(sentence.slice(regionStart, match.start)) && !HELD_UP_AS_RIGHT.test(sentence.slice(match.end))) || ACTIVE_DESCRIPTION.test(sentence.slice(regionStart, match.end)) || CALLED_BY_OTHERS.test(sentence.slice(Math.max(regionStart, match.start - 80), match.start)) || QUOTED_WORDING.test(sentence.slice(regionStart, match.start)) ||
    BELIEVED.test(sentence.slice(regionStart, match.end)) || WORRIED.test(sentence.slice(regionStart, match.start)) || HEADLINE_SOURCE.test(sentence.slice(match.end)) || (OUTLET_LABEL.exec(sentence)?.[0].length ?? Infinity) <= match.start) &&
    // "Some bloggers claimed that Japan had joined AUKUS, and they were right": the writer endorses the report.
    !PROVED_RIGHT.test(sentence.slice(match.end)) && !opts.endorsedAfter && !RIGHT_WHEN_SPOKE.test(sentence.slice(regionStart, match.start))) {
    return { asserted: false, negated: false, why: 'attributed' };
  }
  if (SARCASM.test(sentence)) return { asserted: false, negated: false, why: 'marked false' };
  if (!signedByOwnSpeaker && !opts.endorsedAfter && quotedPhrase(sentence, match)) return { asserted: false, negated: false, why: 'attributed' };
  if (!opts.ignoreFalsity && FALSITY.test(sentence.slice(regionStart, reachOf(sentence, match.end, sentence.length)))) return { asserted: false, negated: false, why: 'marked false' };
  if (CALLED_AN_ERROR.test(sentence.slice(match.end, reach)) || MISTAKEN_LABEL.test(sentence.slice(regionStart, match.end))) return { asserted: false, negated: false, why: 'marked false' };
  if (CALLED_AN_IDEA.test(sentence.slice(match.end, clause.end)) || imaginedPact(sentence.slice(regionStart, match.end), sentence.slice(match.end))) return { asserted: false, negated: false, why: 'hedged' };
  const regionFrom = Math.max(regionStart, opts.hedgeFrom ?? 0);
  const region = sentence.slice(regionFrom, opts.hedgeToClauseEnd ? beforeRelativeOnObject(sentence, match.end, clause.end) : Math.max(match.end, opts.negationEnd));
  if (CONDITIONAL_ASIDE.test(sentence.slice(match.end, clause.end))) return { asserted: false, negated: false, why: 'hedged' };
  const hedged = opts.plansAreWork ? region.replace(ORG_PLANS, (m) => ' '.repeat(m.length)) : region;
  if (HEDGE.test(hedged) || opts.extraHedge?.test(region) || (opts.futureIsHedge && FUTURE.test(region))) return { asserted: false, negated: false, why: 'hedged' };
  const seeming = APPEARANCE.exec(region);
  if (seeming) {
    const from = regionFrom + seeming.index, to = from + seeming[0].length;
    const ownPhrase = from >= match.start || !/[,;:—–]/.test(sentence.slice(to, match.start));
    if (ownPhrase && !REALITY.test(sentence.slice(to, match.end))) return { asserted: false, negated: false, why: 'hedged' };
  }
  const negationStart = Math.max(afterLeadColon(sentence, regionStart, match.start, opts.negationEnd), opts.negationFrom ?? 0);
  // "| Invitation to Japan | none, per Matsuno |": a pipe row's next cell may answer no.
  if (PIPE_ROW.test(sentence) && NEXT_CELL_SAYS_NO.test(sentence.slice(match.end))) return { asserted: true, negated: !denied, inverted: Boolean(denied) };
  const negated = NEGATION.test(sentence.slice(negationStart, Math.max(negationStart, opts.negationEnd)).replace(NOT_NEGATING, ''));
  return { asserted: true, negated: negated !== Boolean(denied), inverted: Boolean(denied) };
}

const PIPE_ROW = /^[\s>]*\|/;
const NEXT_CELL_SAYS_NO = /^[^|]*\|\s*(?:none|no|never|not|false|nil|n\/a)\b/i;
const REPORT_SPOKEN_OF = /^\s*(?:of|about|on)\s+(?:the\s+|these\s+|those\s+)?(?:\w+\s+)?(?:claims?|reports?|rumou?rs?|suggestions?|allegations?|stories|story|speculation)\b/i;

const REPORTS_AS_NOUN = /\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|rebut(?:s|ted|ting)?|the|these|those|such|media|press|news|earlier|recent|of|about|on|amid|despite)\s+$/i;
const SUBJECT_ONLY_BEFORE = /^[\s*_>]*(?:(?:the|a)\s+)?⟦[LO]\d+⟧(?:['’]s?\s+[\w-]+)?\s*,\s*(?:[\w.'’-]+\s+){1,6}$/;
/** A cheap test first (this runs for every claim): the reason's conjunction right before the claim. */
const REASON_WORD_AT_END = /\b(?:because|since|as|given that|for)\s+(?:(?:an?|the|its|their)\s+)?$/i;
/**
 * "The denial was false, because an offer of membership had in fact been made": the writer's reason
 * for a verdict on someone's words is the writer's own claim; the verdict's "false" is not said of it.
 */
const REASON_AFTER_VERDICT = /^.*\b(?:denials?|rebuttals?|dismissals?|statements?|claims?|reports?|stor(?:y|ies)|accounts?|answers?|line|labels?|descriptions?|characteri[sz]ations?|figures?|counts?|tally|dates?|dating)\b[^,;]{0,40}\b(?:was|were|is|are|proved|turned out to be)\s+(?:\w+ly\s+)?(?:false|wrong|untrue|misleading|inaccurate|incorrect|mistaken|a lie|disingenuous|hollow)\s*,?\s*(?:because|since|as|given that|for)\s+(?:(?:an?|the|its|their)\s+)?$/i;
const LATER_CLAUSE_BEFORE = /^.*,\s*and\s+(?:(?:a|one|two|three) (?:full )?(?:year|month|week)s? later|later|then|soon after(?:wards)?)\s*,?\s*$/;
function lastSpeech(before: string): { index: number; length: number } | undefined {
  let last: { index: number; length: number } | undefined;
  for (const m of before.matchAll(SPEECH)) {
    // "Matsuno denied reports that …": after a verb or a determiner "reports" is a noun, not the speaker's verb.
    if (/^reports$/i.test(m[0]) && REPORTS_AS_NOUN.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "…, Prime Minister Rishi Sunak said, a day after he met …": a speaker set off by commas closes
    // the reported words before it; what follows is the writer's narration.
    // So is one with a time after the verb: "…, officials said on Tuesday, as AUKUS partners …".
    // Not when only the subject stands before the aside ("Washington, London and Canberra, the Sankei
    // Shimbun said, were inquiring …"): then the aside reports the whole clause.
    if (/^\s*(?:(?:on|last|this|late|early) \w+|yesterday|today|earlier|later)?\s*,/i.test(before.slice(m.index + m[0].length)) && /,\s*(?:[\w.'’-]+\s+){1,6}$/.test(before.slice(Math.max(0, m.index - 80), m.index)) &&
      !SUBJECT_ONLY_BEFORE.test(before.slice(0, m.index))) continue;
    const tail = /^\s*(?!(?:of|about|on)\b)(?:\w+\s+){0,3}?(?:that\s+)?/.exec(before.slice(m.index + m[0].length))!;
    last = { index: m.index, length: m[0].length + tail[0].length };
  }
  return last;
}

/** "the government's top spokesman" holds the office a pack lists as "top government spokesman". */
const POSSESSIVE_OFFICE = /\b(government|cabinet)'s\s+((?:top|chief|senior|main)\s+)?(spokes(?:man|woman|person))\b/g;

function isSpeaker(whole: string, opts: AssessOptions): boolean {
  // "The Sankei report, which Matsuno denied, said …": the report speaks, not the one its relative clause names.
  const speaker = whole.replace(RELATIVE_ON_SPEAKER, ',');
  if (/(?:^|[,;]\s*)(?:he|she)\s*$|^\s*(?:he|she)\b/i.test(speaker) && opts.previous !== undefined) return isSpeaker(opts.previous, { ...opts, previous: undefined, entitiesIn: opts.previousEntitiesIn ?? (() => []) });
  const s = speaker.toLowerCase().replace(POSSESSIVE_OFFICE, '$2$1 $3');
  // "A Japanese columnist wrote …", "Tokyo's opposition parties say …": a writer, paper or critic
  // from the country does not speak for its government.
  if (NOT_THE_GOVERNMENT.test(speaker)) return false;
  if (opts.speakers.some((w) => s.includes(w.toLowerCase()))) return true;
  return opts.entitiesIn(speaker).some((id) => opts.speakerEntities.includes(id));
}
const NOT_THE_GOVERNMENT = /(?:⟦L\d+⟧|\b[A-Z][a-z]+(?:ese|ian|ish|an|ch|i)\b)(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:columnists?|commentators?|analysts?|bloggers?|scholars?|academics?|writers?|journalists?|reporters?|newspapers?|papers?|dailies|tabloids?|magazines?|media|press|outlets?|broadcasters?|editorials?|think[- ]tanks?|professors?|experts?|historians?|pundits?|critics?|observers?|opposition|lawmakers?|legislators?|activists?|users?|accounts?)\b/;

const RELATIVE_ON_SPEAKER = /,\s*(?:which|who|whom|whose)\b[^,;]*,/gi;
const FRONTED_CONCESSIVE = /^[\s*_>]*(?:although|though|even though|while|whilst|whereas)\b[^,;]{1,120},/i;
const SUBJECT_ASIDE = /⟦[LO]\d+⟧,\s(?:though|although|while|whilst)\s[^,;⟦]*(?:⟦O\d+⟧[^,;⟦]*)?,\s(?!and\b|but\b|or\b|yet\b)(?:(?:is|are|was|were|has|have|had|remains?|remained|does|did|do)(?:n't)?\b|(?:[\w-]+ly )?\w+(?:ed|s)\b)/;

/**
 * Clauses: split at semicolons and at "but"/"while"/"though". Not at dashes or colons, which
 * more often set off an appositive ("X — the AUKUS partners —") or a label ("South Korea: member").
 */
export function splitClauses(template: string): Span2[] {
  const out: Span2[] = [];
  // ", yet" joins two clauses as "but" does: "Australia is not, yet all three sit in AUKUS".
  const re = /;|,?\s(?:but|whereas|while|although|though)\s|,\s+yet\s/g;
  let start = 0;
  // "Although the idea had been floated earlier, the pact itself was launched in June 2021": a
  // fronted concessive is a clause of its own up to its comma.
  const concessive = FRONTED_CONCESSIVE.exec(template);
  if (concessive) { out.push({ start: 0, end: concessive[0].length - 1 }); start = concessive[0].length; }
  const base = start;
  for (const m of template.slice(base).matchAll(re)) {
    m.index! += base;
    // "Australia, though often described as the pact's focus, is not a member": a concessive aside
    // between a subject and its verb leaves one clause.
    if (SUBJECT_ASIDE.test(template.slice(Math.max(0, m.index - 12), m.index + m[0].length + 90))) continue;
    // "Canada is not just a partner but a full member": "not just … but" is one clause. So is "a
    // member not of the Quad but of AUKUS": "not" and a preposition set one grouping against another.
    // Nor at "anything but" / "nothing but", which are one word of degree ("is anything but a member").
    if (/\bbut\b/.test(m[0]) && /\b(?:anything|nothing|all)$/i.test(template.slice(start, m.index))) continue;
    if (/\bbut\b/.test(m[0]) && /\bnot (?:just|only|merely|simply)\b[^,;]*$|\bnot (?:of|in|to|inside|within) (?:the )?⟦G\d+⟧$/i.test(template.slice(start, m.index))) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
    const subject = sharedSubject(template, out[out.length - 1], m);
    if (subject) { out.push({ start: subject.start, end: template.length, gap: { start: subject.end, end: start } }); start = -1; break; }
  }
  if (start >= 0) out.push({ start, end: template.length });
  return out.filter((c) => c.end > c.start);
}

/**
 * "Britain hinted at involvement but never joined AUKUS": a verb after "but" with no subject of its
 * own takes the subject of the clause before. That clause is then read as the subject followed by
 * the second verb, the first verb's words blanked (a gap), so neither clause's negations or hedges
 * reach the other. Only a subject that opens its clause, and only once a sentence.
 */
const OPENING_SUBJECT = /^[\s*_>]*(?:the\s+)?⟦[LO]\d+⟧/;
const BARE_VERB_PHRASE = /^(?:(?:never|not|later|then|also|eventually|ultimately|finally|actually|quietly|still|now|already|soon|formally|officially|instead|swiftly|quickly|went on to)\s+)*(?:(?:did|does|do|has|have|had|is|are|was|were)(?:n't)?\s|(?:joined|signed|became|acceded|entered|remained|stayed|sits|sat|took|accepted|declined|rejected|turned|received|got|won|gained|agreed)\b)/i;
function sharedSubject(template: string, before: Span2, but: RegExpMatchArray): Span2 | undefined {
  if (!/\bbut\b/.test(but[0]) || before.gap) return undefined;
  const subject = OPENING_SUBJECT.exec(template.slice(before.start, before.end));
  if (!subject || !BARE_VERB_PHRASE.test(template.slice(but.index! + but[0].length))) return undefined;
  return { start: before.start + subject[0].length - /⟦[LO]\d+⟧$/.exec(subject[0])![0].length, end: before.start + subject[0].length };
}
