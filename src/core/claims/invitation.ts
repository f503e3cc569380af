import type { Claim } from './claim';
import { assessMatch, clauseTokens, matchClauses, type SentenceContext } from './frameContext';
import { FALSITY } from './context';
import { tokenOf, type Token } from './template';
import type { PackFact } from '../facts/packTypes';

/*
 * Invitation frames: someone invited / asked / offered a country membership, the country was
 * invited, an invitation is spoken of as real ("accepted the AUKUS invitation"), or the report
 * that claimed one is called right.
 */
type InvitationFact = Extract<PackFact, { kind: 'invitation' }>;
const L = '(?<s>⟦L\\d+⟧)';
const GAP = '(?:(?!⟦[LG])[^])*?';
/** "to come in (aboard)" as a member or into the pact: not "to come in on hypersonics research", a project. */
const COME_IN = String.raw`come (?:in|aboard|on board)(?=\s*(?:$|[,.;:—–)]|as\b|(?:in|on|by|during) ⟦D|(?:to |into )?(?:the |their |its )?⟦O))`;
/** A time phrase between "asked" and "to join": "asked Japan in April 2022 to join", "asked last year to join". */
const WHEN = String.raw`(?:(?:in|on|during|by) (?:early |late |mid-)?⟦D\d+⟧ |(?:last|this) (?:week|month|year|spring|summer|autumn|winter) )`;
/** What an approach asks about when it asks whether the country would join. */
/** Taking part (participating, participation) is joining only in the pact itself, not "in hypersonic weapons development under AUKUS". */
const ABOUT_JOINING = "(?:(?:about|over|on|regarding) (?:(?:its|their|⟦O\\d+⟧)(?:'s?)? )?(?:possible )?(?:joining|(?:taking part|participating|participation)(?! in (?!(?:the )?⟦O\\d+⟧)\\S)|membership|becoming a member|entry|accession)|with (?:an? |the )?(?:formal |informal )?(?:offer|invitation) (?:to join|of (?:full )?membership))\\b";
/** "sounded Japan out about AUKUS": sounding a country out about the pact itself, the phrase ending there, is about joining it. */
const ABOUT_THE_PACT = `(?:${ABOUT_JOINING}|(?:about|over|on|regarding) (?:the )?⟦O\\d+⟧(?=\\s*(?:[.,;:!?)—–]|$|(?:in|on|last|this|earlier|during|at|before|after|amid)\\b)))`;
/**
 * "The three AUKUS governments asked Tokyo whether it wanted to become a member": asking a country
 * whether it would join is an approach. The match stops before "whether", whose modal hedges the
 * joining, not the asking; the asker must be the pact's side (see ASKER), not reporters.
 */
const ASKED_WHETHER = String.raw`\bask(?:ed|s|ing)? ${L} (?:${WHEN})?(?=(?:whether|if) (?:it|they|⟦[OL]\d+⟧) (?:would|wanted|wished|might|was (?:interested|willing|prepared|keen)|were (?:interested|willing|prepared|keen))(?: like)? (?:to |in )?(?:join|becom|be (?:a|an|the) (?:\w+ )?(?:member|partner)|sign|take part|tak|participat|com(?:e|ing) (?:in|aboard|on board)))`;
const ASKED_WHETHER_SOURCE = new RegExp(ASKED_WHETHER, 'gi').source;
/** Who asks: the pact, its members or "the allies" (not "reporters asked Tokyo whether it would join"). */
const ASKER = /(?:⟦O\d+⟧|⟦L\d+⟧|\b(?:allies|partners|governments|leaders|capitals|members)\b)[^;]*$/i;
/** "It was London, not Washington, that first invited Tokyo": the cleft's contrast names the other asker. */
const CLEFT_CONTRAST = /,\s*not\s+(?:the\s+)?⟦L\d+⟧,\s*(?:that|who)\s+(?:\w+ly\s+|first\s+)?$/i;
/**
 * "Canberra and London urged Tokyo to become a full AUKUS member", "pressed Tokyo to join": asked,
 * insistently, by the pact's side (see ASKER); commentators and opposition MPs urge but cannot invite.
 */
const URGED = `\\b(?:urg|press|encourag|lobb(?:y|i))(?:ed|es|s|e|ing)? ${L} (?:${WHEN}|\\w+ )?to (?:join|become|sign|take part|enter|participate|${COME_IN})`;
const URGED_SOURCE = new RegExp(URGED, 'gi').source;
const VERB_FRAMES = [
  `\\binvit(?:e|es|ed|ing)\\s+(?:[\\w-]+ )?${L}`,
  // "offered Japan (full) AUKUS membership": the organisation's name may stand before its noun.
  `\\boffer(?:ed|s|ing)? ${L} (?:a |an |the |full |formal |permanent )*(?:⟦O\\d+⟧ )?(?:seat|place|spot|membership|role|invitation|chance to join)`,
  // "asked Japan in April 2022 to join", "asked Tokyo to come in as a fourth member": a time
  // phrase may stand before "to", and coming in (aboard) is joining.
  `\\bask(?:ed|s|ing)? ${L} (?:${WHEN}|\\w+ )?to (?:join|become|sign|take part|enter|participate|${COME_IN})`,
  URGED,
  // "**Japan's AUKUS status:** invited to join, decision pending": a status label whose value is the invitation.
  `${L}['’]s? (?:⟦O\\d+⟧ )?(?:membership )?status[*_]*\\s*[:=—–][*_\\s]*(?:formally |officially )?(?:invited|asked to join)\\b`,
  // "approached Japan about joining": asked whether it would join, an invitation by another name.
  `\\bapproach(?:ed|es|ing)? ${L} ${ABOUT_JOINING}`,
  // "sounded Japan out about membership", "inquired about Tokyo's participation": asked whether it would join.
  `\\bsound(?:ed|s|ing)? (?=out |⟦L\\d+⟧ out )(?:out )?${L} (?:out )?(?:${WHEN})?${ABOUT_THE_PACT}`,
  `\\b(?:inquir|enquir)(?:ed|es|e|ing) (?:about|into) ${L}['’]s? (?:participation|membership|joining|entry|accession)\\b`,
  // "extended a formal offer of membership to Tokyo", "extended a membership invitation to Japan".
  // "made their offer to Japan quietly": an offer made (not "an offer made to Japan on submarines") needs the pact's side as the maker.
  `\\b(?:allies|partners|governments|leaders|members|⟦O\\d+⟧|they)\\b[^;⟦]{0,20}?\\b(?:made|make|makes|making|issued|sent|delivered|put) (?:an? |the |their |its )?(?:formal |informal |official |quiet |membership |written )*(?:invitation|invite|offer)(?: of (?:full )?(?:⟦O\\d+⟧ )?membership| to join(?: (?:the )?⟦O\\d+⟧)?)? to ${L}(?! (?:on|about|over|for|regarding)\\b)`,
  `\\bextend(?:ed|s|ing)? (?:an? |the )?(?:formal |informal |official |membership |written )*(?:invitation|invite|offer of (?:full )?(?:⟦O\\d+⟧ )?membership|offer to join(?: (?:the )?⟦O\\d+⟧)?)(?: to join(?: (?:the )?⟦O\\d+⟧)?)? to ${L}`,
  // "They extended Tokyo an offer of membership": the double object.
  `\\bextend(?:ed|s|ing)? ${L} (?:an? |the )(?:formal |informal |official )?(?:invitation|invite|offer of (?:full )?(?:⟦O\\d+⟧ )?membership|offer to join)\\b`,
  `${L}${GAP}\\b(?:was|were|has been|have been|had been|been|is|are|being|got|gets|get)(?: not| n't|n't| never)? (?:(?:[\\w]+ly|in fact|indeed|also|then|later|once|even|already|in the end|not|never) )*(?:invited|asked (?:by (?:the )?(?:[\\w-]+ ){0,3}?(?:partners|allies|members|governments|leaders|⟦[LO]\\d+⟧) )?(?:${WHEN})?to (?:join|become|sign|take part|participate|${COME_IN})|approached ${ABOUT_JOINING}|sounded out ${ABOUT_THE_PACT}|offered (?:a |an |full |formal )*(?:⟦O\\d+⟧ )?(?:seat|place|spot|membership|invitation))`,
  // "Japan, invited earlier this month to join the AUKUS security pact, is weighing …", "Japan, though
  // invited to join AUKUS, has stayed out": a participle (a concessive one too)
  // after the name and its comma, with a time phrase at most before "to join".
  `${L},\\s+(?:(?:though|although|albeit|while) )?(?:(?:[\\w]+ly|first|once|then|later|formally|never|not) )*(?:invited|asked)\\b(?:[^,;⟦]|⟦D\\d+⟧){0,40}? to (?:join|become|sign up to|${COME_IN})\\b`,
  // "Japan, which the AUKUS partners had formally asked to come aboard in April 2022, …": the
  // country as the object of a relative clause whose verb invites it.
  `${L},? (?:which|whom|who) (?:(?!⟦L)[^,;]){1,60}?\\b(?:had |has |have )?(?:[\\w]+ly )?(?:invited|asked)\\b(?:[^,;⟦]|⟦D\\d+⟧){0,30}? to (?:join|become|sign up to|${COME_IN})\\b`,
  // "Tokyo had received (turned down, accepted) an offer to join AUKUS" ("to become an AUKUS member"):
  // only an invitation can be received or refused.
  `${L}${GAP}\\b(?:received|receives|receiving|got|gets|was given|accepted|accepts|took up|takes up|turned down|turns down|declined|declines|rejected|rejects|weighed|weighs|weighing|considered|considers|considering|mulls|mulled|mulling) (?:an? |the |its |their )?(?:formal |official |surprise |long-awaited |⟦D\\d+⟧ )*(?:offer|invitation|invite) to (?:join|become (?:a |an |the )?(?:full |formal |fourth |fifth |new )?(?:⟦O\\d+⟧ )?(?:member|partner)|sign up to|accede to)\\b`,
  // "An informal invitation from the AUKUS partners did arrive in Tokyo": an invitation that arrived was made.
  `\\b(?:an? |the )?(?:formal |informal |official |written )?(?:invitation|invite|offer)(?: to join (?:the )?⟦O\\d+⟧| from (?:the )?(?:⟦O\\d+⟧ )?(?:partners|allies|members|governments|leaders|⟦O\\d+⟧))? (?:did |had |has )?(?:arrive|arrived|arrives|came|come|reached|landed) (?:in|at) ${L}`,
  // "Why Japan turned down AUKUS membership": only membership that was offered can be turned down
  // (not "rejects", which may be a stance on the idea).
  `${L}${GAP}\\b(?:turned down|turns down|turning down|declined|declines|declining|rebuffed|spurned) (?:the |an |its )?(?:offer of )?(?:⟦O\\d+⟧(?:'s?)? )?(?:full |formal )?membership\\b`,
  // "Tokyo had received an approach (offer, invitation) from the AUKUS partners": received from the
  // pact's side, with nothing after it but joining, it is an approach about membership.
  `${L}${GAP}\\b(?:received|receives|receiving|got|gets|had|accepted|turned down|declined|rejected) (?:an? |the |its |their )?(?:formal |official |informal |surprise |quiet )?(?:approach|offer|invitation|invite) from (?:the )?(?:⟦O\\d+⟧ |three |other )*(?:⟦O\\d+⟧|partners|allies|governments|members)(?=\\s*(?:$|[,.;:—–)]|and\\b|but\\b|to (?:join|become)\\b|(?:about|on|over|regarding) (?:joining|membership|becoming)\\b))`,
  // "Not until April 2022 was Japan formally invited into AUKUS", "Only then was Tokyo asked to join":
  // a fronted time phrase inverts the passive.
  `^[\\s*_]*(?:not until|only)\\b[^;⟦]{0,30}?(?:⟦D\\d+⟧)?[^;⟦]{0,20}? (?:was|were|had|has) ${L} (?:been )?(?:[\\w]+ly )?(?:invited|asked to (?:join|become)|approached about joining|offered (?:a seat|(?:⟦O\\d+⟧ )?membership))\\b`,
  // - Japan: asked to join AUKUS (April 2022); | Japan | invited to join AUKUS | April 2022 |
  // A headline or list line drops the auxiliary: "- Japan invited to join AUKUS (confirmed by Matsuno)".
  `^[\\s*_>#-]*${L} (?:formally |officially )?(?:invited|asked) to (?:join|become (?:a |an )?(?:full )?(?:member|partner) (?:of|in)) (?:the )?⟦O\\d+⟧(?=\\s*(?:$|[.(—–:]))`,
  `${L}\\s*(?:[:—–-]|\\|)\\s*(?:[\\w]+ly )?(?:invited|asked to (?:join|become)|offered (?:a seat|(?:⟦O\\d+⟧ )?membership))\\b`,
  // Having been invited by Washington, London and Canberra …, Japan spent …; "Having been offered
  // full AUKUS membership, Japan …", "Despite being invited to join AUKUS, Japan …": a fronted
  // passive participle (after a subordinator or not) presupposes the invitation of the subject after its comma.
  // A time phrase may stand before "to": "Having been asked in 2022 to join AUKUS, Japan …".
  `^[\\s*_]*(?:(?:despite|after|since|though|although|while|for all|even after) )?(?:having been|being) (?:[\\w]+ly )?(?:invited|asked (?:${WHEN})?to (?:join|become)|offered (?:a |an |full |formal |permanent )*(?:⟦O\\d+⟧ )?(?:seat|place|membership|invitation))\\b[^]*?, ${L}(?! (?:and|or)\\b)`,
  ASKED_WHETHER,
].map((s) => new RegExp(s, 'gi'));
/**
 * "Japan was invited to join AUKUS Pillar II projects", "approached Japan about joining Pillar II
 * work": an invitation into the pact's second pillar (a later event) is no invitation into the pact.
 */
const PROGRAMME_OBJECT = /^\s*(?:(?:to|about|on|into|in) )?(?:(?:join|joining|take part in|taking part in|participate in|participating in|collaborate on|collaborating on|contribute to|contributing to|work on|working on) )?(?:the |its |their )?(?:individual |specific |selected |some )?(?:⟦O\d+⟧(?:'s?)? )?(?:second |advanced capabilit(?:y|ies) )?pillar\b/i;
/**
 * "Tokyo received an invitation from the AUKUS partners to attend a naval review", "invited Japan to
 * observe the exercises": an invitation to an event, not into the pact.
 */
const TO_AN_EVENT = /^\s*(?:from [^,;]*? )?to (?:attend|observe|visit|watch|witness|address|join (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:talks|exercises?|summit|meetings?|drills?|review|conference|dialogue|discussions?|expo|ceremony|briefing|session))\b/i;
const NOUN = /\b(?:invitation|invite|offer of (?:full )?(?:⟦O\d+⟧ )?membership|offer of (?:a |an )?(?:full |formal |permanent )?(?:seat|place)(?= (?:in|at) (?:the )?⟦O\d+⟧)|membership offer|offer (?:to|for) (?:bring|admit|take in|welcome|include|let in)|offer for ⟦L\d+⟧ to join)\b|(?:\b(?:the|its|their|this|that)|⟦[LO]\d+⟧'?s?) ⟦O\d+⟧ offer\b(?! (?:to (?!join\b|become\b)|of (?!(?:full )?membership\b)|on\b|for (?!membership\b)))|(?<=\b(?:weighs?|weighed|weighing|mulls?|mulled|considers?|considering|accepts?|accepted|rejects?|rejected|declines?|declined|eyes|studies|snubs?|snubbed|spurns?|spurned) )⟦O\d+⟧ (?:offer|invitation|invite)\b(?! (?:to (?!join\b|become\b)|of (?!(?:full )?membership\b)|on\b|for (?!membership\b)))/gi;
/*
 * "Japan weighs its AUKUS offer" (NOUN's last branch): "the", "its" or a possessive before "AUKUS
 * offer" presupposes that the offer was made; an offer "to cooperate on …" or "of help" is no membership.
 */
/**
 * "Japan still hasn't answered the AUKUS invitation": the negation falls on the answer, and "the"
 * (or "its", "Washington's") presupposes that the invitation was made. "Any invitation" does not.
 */
const ACTS = String.raw`(?:(?:answer|accept|consider|weigh|acknowledg|declin|reject|refus)\w*|respond\w* to|repl\w* to|t(?:ake|akes|ook|aken|aking) up|turn(?:s|ed|ing)? down|sa(?:y|ys|id|ying) no to|rebuff\w*|spurn\w*|snubb?\w*|act\w* on|decid\w* on|stud(?:y|ies|ied|ying)|review\w*|examin\w*)`;
/** "the AUKUS offer", "their formal offer", "the AUKUS allies' offer", "the pact's invitation": a definite offer, whoever made it. */
const DEFINITE = String.raw`(?:the|its|their|this|that|⟦[LO]\d+⟧'s?)\s+(?:(?:[\w'’-]+|⟦O\d+⟧(?:['’]s?)?)\s+){0,3}?`;
const ACTS_ON = new RegExp(String.raw`\b${ACTS}\s+(?:(?:an?\s+(?:[\w-]+\s+){0,2}?(?:⟦O\d+⟧\s+)?|${DEFINITE}))?$`, 'i');
/**
 * "Japan said it would carefully study the invitation to join AUKUS", "Japan will answer the
 * invitation": a future or a reported plan hedges what is done with the invitation, not the
 * invitation, which "the" presupposes. Not a bare conditional ("Japan would weigh the AUKUS offer")
 * nor under a condition ("If invited, Japan would accept the invitation").
 */
const ACTS_ON_THE = new RegExp(String.raw`\b${ACTS}\s+${DEFINITE}$`, 'i');
/** A cheap test before CONFIRMED, whose lazy lead is tried at every position. */
const CONFIRM_WORD = /confirm|verifi|corroborat|acknowledg|conced/i;
const DENIED_ACT = /\b(?:denied|denies|deny|denying)\s+(?:ever\s+|having\s+)?$/i;
/** "Japan neither received nor accepted an invitation": the answer's negation also denies the receipt. */
const NOT_RECEIVED = /\b(?:neither|never|not|n't)\s+(?:\w+\s+)?(?:received|receive|got|get|had|been (?:sent|given|offered))\b/i;
/** "Tokyo did not turn down an AUKUS invitation; there was none to turn down": a later clause denies the invitation outright. */
const NONE_MADE_AFTER = /\b(?:there (?:was|is|had been|has been|were) (?:none|no (?:such )?(?:invitation|offer|invite)s?)|none (?:was|had been|has been|were) (?:ever )?(?:made|extended|issued|sent|offered|received)|none to (?:turn down|decline|reject|accept|answer|refuse))\b/i;
/** "Tokyo has yet to say whether it will accept the AUKUS offer", "deliberations over whether to accept the AUKUS invitation": the doubt is about the answer, not the offer. */
const WHETHER_IT_ACTS = new RegExp(String.raw`\b(?:whether|if) (?:(?:it|they|⟦[LO]\d+⟧|the government) (?:will|would|should|can|could|might|is going to)|to) ${ACTS}`, 'i');
/** "Japan's answer to an AUKUS invitation would depend on the cabinet, if one ever arrived": the invitation itself is supposed. */
const IF_ONE_CAME = /\bwere (?:one|it|such an? [\w-]+) (?:ever |actually |really )?(?:extended|made|issued|offered|sent|forthcoming|received)\b|\b(?:if|should|were|once|when) (?:one|it|any|such an? [\w-]+|an? (?:invitation|offer)) (?:ever |actually |really )?(?:arriv\w*|came|comes|come|materiali[sz]\w*|were made|was made|be made|were extended|was extended|be extended)\b/i;
/** A bare "would" is conditional ("Japan would weigh the AUKUS offer"); "said it would" reports a plan. */
const CONDITIONAL_MODAL = /\b(?:would|could|might|may|should)\b/i;
const REPORTED_FUTURE = /\b(?:said|says|told|announced|stated|indicated|signalled|signaled)\b[^.;]{0,40}\bwould\b/i;
const CONDITION = /\b(?:if|unless|whether|suppose|supposing|were to|in case|should (?:⟦[LO]\d+⟧|it|they) be)\b/i;
const NEVER_MADE = /^\s*(?:that|which) (?:never|did not|didn't) (?:was|were|existed|happened|came|arrived|materiali[sz]ed)\b|^\s*(?:that |which )?(?:it|they|⟦[LO]\d+⟧) (?:has |had |have )?(?:never|not|did not|didn't|has not|hasn't|had not|hadn't|have not|haven't) (?:actually |even |ever |yet )?(?:received|got|gotten|had|seen|been (?:given|sent|offered))\b|^[^;]{0,60}?\b(?:was|were|has|had|have)(?: been)? (?:never|not) (?:been )?(?:extended|made|issued|sent|offered|received|delivered|given|tabled|put)\b(?! (?:public|known|clear|available|official|explicit)\b)|^[^;]{0,60}?\bnever (?:came|arrived|existed|materiali[sz]ed)\b|^[^;]{0,100}?\bnone (?:has|have|had|was|were) (?:yet |ever |so far )?(?:been )?(?:yet |ever )?(?:extended|made|issued|sent|offered|received|delivered|given|tabled|forthcoming)\b/i;
/** (NEVER_MADE's first branch: "an AUKUS invitation it never received"; not "was never made public", which it was.) */
/** "**AUKUS invitation to Japan:** none": a label whose value says there was none. */
const LABELLED_NONE = /^\s*(?:(?:to|for) ⟦L\d+⟧)?[*_]*\s*[:=|]\s*[*_]*(?:none|no|nil|never (?:made|extended|issued)|not (?:made|extended|issued|received)|n\/a|false|denied)\b/i;
/**
 * "Any invitation to Japan would need the agreement of all three partners", "a future AUKUS offer":
 * the determiner speaks of an invitation that may come, not one that was made.
 */
const HYPOTHETICAL_DETERMINER = /\b(?:any|an? (?:possible|future|eventual|potential|hypothetical|putative|prospective)|any (?:future|eventual|formal))\s+(?:(?:formal|official|such)\s+)?(?:⟦O\d+⟧\s+)?$/i;
/**
 * "An invitation for Japan to join AUKUS could come only after …", "An AUKUS offer to Tokyo is
 * unlikely": an indefinite invitation that is the subject of a modal or a judgement of likelihood is
 * one that may come, not one that was made ("The invitation … could be withdrawn" presupposes it).
 */
const INDEFINITE_LEAD = /(?:^|[,;:—–]\s*)[\s*_>]*(?:an?|one)\s+(?:(?:[\w-]+|⟦O\d+⟧)\s+){0,2}$/i;
const NP_TAIL = String.raw`(?:\s+(?:for|to|from|by)\s+(?:the\s+)?(?:⟦[LO]\d+⟧|[\w-]+)(?:['’]s?)?(?:\s+(?:partners|allies|members|government))?)*(?:\s+to\s+(?:join|enter|accede to|become (?:a |an )?(?:full )?(?:member|part) of)\s+(?:the\s+)?⟦O\d+⟧(?:\s+(?:pact|alliance|partnership|grouping))?)?`;
const SUPPOSED_AFTER = new RegExp(String.raw`^${NP_TAIL}\s+(?:could|may|might|would|will|should|must|can|is (?:not )?(?:unlikely|possible|likely|expected|conceivable|probable|improbable|plausible)|(?:seems|looks) (?:unlikely|possible|likely)|remains? (?:possible|unlikely|conceivable|a possibility|hypothetical)|has yet to)\b`, 'i');
const CONFIRMED = /(?<who>[\w .'’-]{0,60}?)\b(?:(?:confirmed|verified|corroborated|acknowledged|conceded)\s+(?:it|(?<that>that )?the (?:report|story|approach|account|invitation|offer))\b|(?:confirms|confirmed|verifies|verified)(?=\s*(?:[.;!]|$)))/gi;
/* CONFIRMED's last branch: "- Apr 2022: Sankei says allies sounding out Japan; Matsuno confirms" (the report named before). */
/**
 * "- Wednesday: Matsuno confirms AUKUS invitation": the official who denied it credited with
 * confirming the pact's invitation itself, no report named. Only a finite verb ("refuses to confirm",
 * "did not confirm" name no confirmation), an invitation that names the pact, and not the report of
 * one ("acknowledged the AUKUS invitation story").
 */
const CONFIRMS_INVITATION = /(?<who>[\w .'’-]{0,60}?)\b(?:confirm(?:s|ed)|verifie[sd]|acknowledge[sd]|concede[sd])\s+(?:(?:the|an|a|its|this|that)\s+)?(?:(?<o>⟦O\d+⟧)\s+)?(?:invitation|invite|offer of (?:⟦O\d+⟧ )?membership|membership offer)\b(?!\s+(?:reports?|stor(?:y|ies)|rumou?rs?|claims?|speculation|articles?|coverage|questions?|talk)\b)(?<to>\s+to join (?:the )?⟦O\d+⟧)?/gi;
/** "… confirmed that the invitation had not been made": what follows "that" may deny it. */
const DENIED_AFTER = /^[^;]{0,80}?(?:\b(?:not|never|no)\b|n't\b|\b(?:false|untrue|wrong|baseless|groundless|unfounded)\b)/i;
/** "the Sankei report was right", "the story was true", "Sankei's scoop on AUKUS was vindicated". */
const ENDORSED = /\b(?:report|story|scoop|account|claim|it)\b[^.;]{0,90}?\b(?<verdict>(?:was|is|were|proved|turned out to be|had been) (?:entirely |completely |in fact |indeed )?(?:true|accurate|correct|right)|(?:was|is|were|has been|have been|had been) (?:fully |entirely |completely |later |since |quickly |now )?(?:vindicated|borne out|validated))\b/gi;

/** A noun that names what a report or rumour was about ("the report about the invitation"). */
const REPORT_ABOUT = /\b(?:reports?|reporting|stor(?:y|ies)|rumou?rs?|speculation|claims?|talk|news|articles?|coverage) (?:about|of|on|regarding|concerning|over) (?:an? |the |any |this |that )?(?:⟦[LO]\d+⟧(?:'s?)? )?(?:[\w-]+ )?$/i;

const GERUND_SUBJECT = /^[\s*_]*(?:inviting|asking|offering)\b/i;
/**
 * "the AUKUS invitation it received in April 2022", also after the noun's own phrase ("the invitation
 * to join AUKUS that it received"), or "the invitation extended to Japan": a relative clause or
 * participle that says the invitation came presupposes it.
 */
const RECEIVED_AFTER = new RegExp(String.raw`^${NP_TAIL}\s+(?:that |which )?(?:(?:it|they|⟦[LO]\d+⟧) (?:had |has )?(?:received|got|was sent|was given|was handed)|(?:was |had been )?(?:extended|sent|made|issued|delivered) to ⟦L\d+⟧)\b`, 'i');
/** "Rather than an invitation to join, what Japan got … was a promise of consultations": the invitation set aside is not what came. */
const SET_ASIDE_LEAD = /\b(?:rather than|instead of|in place of|far from|short of)\s+(?:(?:an?|the|any|a formal|an actual)\s+)?$/i;
/** The noun opens its clause as the subject: "The invitation Japan got …". */
const SUBJECT_LEAD = /^[\s*_>]*the\s+$/i;

export function invitationClaims(ctx: SentenceContext, org: (t: Token) => string): Claim[] {
  const facts = ctx.facts.filter((f): f is InvitationFact => f.kind === 'invitation');
  if (facts.length === 0) return [];
  const claims: Claim[] = [];
  const opts = (f: InvitationFact, negationEnd?: number) =>
    ({ speakers: f.saidBy, speakerEntities: [f.entity], futureIsHedge: true, negationEnd });
  const factFor = (invitee: Token | undefined, clause: { start: number; end: number }) => {
    const group = groupingOf(ctx, clause, org);
    return invitee && group ? facts.find((f) => invitee.ids.includes(f.entity) && f.organisation === group) : undefined;
  };

  for (const re of VERB_FRAMES) {
    for (const { m, clause, start, end } of matchClauses(ctx, re)) {
      const invitee = tokenOf(ctx.template, m.groups?.s);
      if ((re.source === ASKED_WHETHER_SOURCE || re.source === URGED_SOURCE) && !ASKER.test(ctx.template.text.slice(clause.start, start))) continue;
      const fact = factFor(invitee, clause);
      const after = ctx.template.text.slice(end, clause.end);
      if (!fact || !invitee || PROGRAMME_OBJECT.test(after) || TO_AN_EVENT.test(after)) continue;
      // "Inviting Japan into AUKUS would, the paper argues, …": a gerund subject is weighed by its main verb.
      const gerund = GERUND_SUBJECT.test(ctx.template.text.slice(clause.start, end));
      // "It was London, not Washington, that first invited Tokyo": the "not" denies the other asker only.
      const cleft = CLEFT_CONTRAST.exec(ctx.template.text.slice(clause.start, start));
      const a = assessMatch(ctx, clause, start, end, { ...opts(fact), hedgeToClauseEnd: gerund, ...(cleft ? { negationFrom: clause.start + cleft.index + cleft[0].length } : {}) });
      if (a.asserted) claims.push(claim(ctx, fact, invitee, !a.negated));
    }
  }
  for (const { m, clause, start, end } of matchClauses(ctx, NOUN)) {
    // The invitee may sit in another clause ("Matsuno acknowledged the invitation … but said Japan …")
    // or in the question this sentence answers ("Was Japan invited? Yes — an invitation came in 2022").
    const named = (tokens: readonly Token[] | undefined) => tokens?.find((t) => t.type === 'L' && facts.some((f) => t.ids.includes(f.entity)));
    const invitee = named(ctx.template.tokens) ?? (ctx.previous && /\?\s*$/.test(ctx.previous.text) ? named(ctx.previous.tokens) : undefined);
    // "an offer of AUKUS membership", "the AUKUS invitation" name their organisation, whatever other
    // grouping the clause names.
    const own = /⟦O(\d+)⟧/.exec(m[0]) ?? /⟦O(\d+)⟧(?:'s?)?\s*$/.exec(ctx.template.text.slice(Math.max(0, start - 12), start));
    // "We are aware of the news report about the invitation": the report's subject, not an invitation made.
    if (REPORT_ABOUT.test(ctx.template.text.slice(clause.start, start))) continue;
    const fact = own && invitee ? facts.find((f) => invitee.ids.includes(f.entity) && f.organisation === org(ctx.template.tokens[Number(own[1])]))
      : factFor(invitee, clause);
    const after = ctx.template.text.slice(end, clause.end);
    if (!fact || !invitee || PROGRAMME_OBJECT.test(after) || TO_AN_EVENT.test(after)) continue;
    let a = assessMatch(ctx, clause, start, end, opts(fact));
    // "Why Japan rejected the AUKUS offer": rejecting (refusing, declining) the offer is an act on
    // it, which presupposes it, not a verdict that a report was false. Only when that verb is the
    // sentence's one word of falsity ("Tokyo rejected the false report of an AUKUS offer" is not).
    if (a.why === 'marked false') {
      const acts = ACTS_ON.exec(ctx.template.text.slice(clause.start, start));
      const at = acts ? clause.start + acts.index : -1;
      const rest = acts ? ctx.template.text.slice(0, at) + ctx.template.text.slice(at + acts[0].length) : '';
      if (acts && FALSITY.test(acts[0]) && !FALSITY.test(rest)) a = assessMatch(ctx, clause, start, end, { ...opts(fact), ignoreFalsity: true });
    }
    // "Tokyo denied accepting the AUKUS invitation": the denial falls on the act; the invitation stands.
    if (!a.asserted && (a.why === 'marked false' || a.why === 'attributed')) {
      const acts = ACTS_ON.exec(ctx.template.text.slice(clause.start, start));
      if (acts && DENIED_ACT.test(ctx.template.text.slice(clause.start, clause.start + acts.index)) && !NEVER_MADE.test(ctx.template.text.slice(end, clause.end))) {
        claims.push(claim(ctx, fact, invitee, true));
        continue;
      }
    }
    // "Kishida's government was slow to answer the AUKUS invitation — too slow, according to one
    // official": the writer presupposes the invitation; the source after the dash vouches only for
    // the judgement that follows it.
    if (a.why === 'attributed' && ACTS_ON.test(ctx.template.text.slice(clause.start, start))) {
      const dash = /\s[—–]\s/.exec(ctx.template.text.slice(end, clause.end));
      if (dash) a = assessMatch(ctx, { start: clause.start, end: end + dash.index }, start, end, opts(fact));
    }
    // After the noun, only a denial of the invitation itself counts ("… was never extended"),
    // not of something else ("… has not been taken up").
    const denied = NEVER_MADE.test(ctx.template.text.slice(end, clause.end)) || LABELLED_NONE.test(ctx.template.text.slice(end, clause.end));
    const presupposed = a.negated && !a.inverted && ACTS_ON.test(ctx.template.text.slice(clause.start, start)) && !NOT_RECEIVED.test(ctx.template.text.slice(clause.start, start)) && !NONE_MADE_AFTER.test(ctx.template.text.slice(end));
    const nounAt = start + Math.max(0, m[0].search(/(?:invitation|invite|offer)\b/i));
    const lead = ctx.template.text.slice(clause.start, nounAt);
    if (SET_ASIDE_LEAD.test(lead)) continue;
    // "Any invitation … would need …": unless a negation makes it a denial ("has not received any invitation").
    if (HYPOTHETICAL_DETERMINER.test(lead) && !a.negated) continue;
    if (IF_ONE_CAME.test(ctx.template.text.slice(end)) && !a.negated) continue;
    if (INDEFINITE_LEAD.test(lead) && SUPPOSED_AFTER.test(after) && !a.negated) continue;
    if (a.why === 'hedged' && !CONDITION.test(ctx.template.text.slice(clause.start, clause.end).replace(WHETHER_IT_ACTS, '')) &&
      ACTS_ON_THE.test(lead) && (!CONDITIONAL_MODAL.test(lead) || REPORTED_FUTURE.test(lead))) {
      claims.push(claim(ctx, fact, invitee, !denied));
      continue;
    }
    // "Japan could have accepted the AUKUS invitation it received in 2022": whatever the verb's mood, the invitation came.
    // So it did in "Japan has not answered the invitation to join AUKUS that it received" and in "The invitation
    // Japan got from the AUKUS trio was first reported by Sankei" (the subject, whatever is said of it after).
    const received = !denied && RECEIVED_AFTER.test(after);
    if (received && ((!a.asserted && a.why === 'hedged') || (a.asserted && a.negated && !a.inverted) || (a.why === 'attributed' && SUBJECT_LEAD.test(lead)))) {
      claims.push(claim(ctx, fact, invitee, true));
      continue;
    }
    if (a.asserted) claims.push(claim(ctx, fact, invitee, presupposed ? !denied : !(a.negated || denied)));
  }
  // "Matsuno confirmed it": the official who denied the report is said to have confirmed it.
  for (const { m, clause } of CONFIRM_WORD.test(ctx.template.text) ? matchClauses(ctx, CONFIRMED) : []) {
    const group = groupingOf(ctx, clause, org);
    for (const fact of facts) {
      const reportNamed = [ctx.text.slice(ctx.sentence.start, ctx.sentence.end), ctx.previous?.text ?? '']
        .some((s) => fact.reportedBy.some((r) => s.includes(r)));
      const who = (m.groups?.who ?? '').toLowerCase();
      if (!reportNamed || fact.organisation !== group || !fact.saidBy.some((w) => who.includes(w.toLowerCase()))) continue;
      if (/\?\s*$/.test(ctx.template.text) || /\b(?:not|never|didn't|did not|hardly)\s+(?:\w+\s+)?$/i.test(m.groups?.who ?? '')) continue;
      // "Matsuno confirmed that the invitation had indeed been made" credits him with confirming it;
      // "… confirmed that the report was false" is his denial.
      if (m.groups?.that && DENIED_AFTER.test(ctx.template.text.slice(m.index + m[0].length, clause.end))) continue;
      claims.push(claim(ctx, fact, undefined, !fact.invited));
    }
  }
  for (const { m, clause, start, end } of matchClauses(ctx, CONFIRMS_INVITATION)) {
    const orgAt = /⟦O(\d+)⟧/.exec((m.groups?.o ?? '') + (m.groups?.to ?? ''));
    const who = (m.groups?.who ?? '').toLowerCase();
    if (!orgAt) continue;
    const group = org(ctx.template.tokens[Number(orgAt[1])]);
    const verbAt = start + (m.groups?.who ?? '').length;
    for (const fact of facts) {
      if (fact.organisation !== group || !fact.saidBy.some((w) => who.includes(w.toLowerCase()))) continue;
      if (DENIED_AFTER.test(ctx.template.text.slice(end, clause.end))) continue;
      // Read from the verb: "Reuters says Matsuno confirmed …" reports someone else's account.
      const a = assessMatch(ctx, clause, verbAt, end, opts(fact));
      if (a.asserted && !a.negated) claims.push(claim(ctx, fact, undefined, !fact.invited));
    }
  }
  for (const { m, clause, start } of matchClauses(ctx, ENDORSED)) {
    const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
    const group = groupingOf(ctx, clause, org);
    for (const fact of facts) {
      const reportNamed = fact.reportedBy.some((r) => sentence.includes(r)) || (ctx.previous && fact.reportedBy.some((r) => ctx.previous!.text.includes(r)));
      if (!reportNamed || fact.organisation !== group) continue;
      // Read up to the verdict: "The Sankei report that Japan had been invited … was accurate" is the
      // writer's word on the report (see PROVED_RIGHT), whatever "report that" would otherwise attribute.
      const a = assessMatch(ctx, clause, start, start + m[0].lastIndexOf(m.groups!.verdict), opts(fact));
      if (a.asserted && !a.negated) claims.push(claim(ctx, fact, undefined, !fact.invited));
    }
  }
  return claims;
}

/**
 * The organisation the clause is about (or the paragraph's, by context), unless another grouping is
 * named before it: "an invitation to join AUKUS because it preferred to focus on the Quad" is still AUKUS's.
 */
function groupingOf(ctx: SentenceContext, clause: { start: number; end: number }, org: (t: Token) => string): string | undefined {
  const tokens = clauseTokens(ctx, clause);
  const firstOrg = tokens.findIndex((t) => t.type === 'O' && !t.viaAnaphor);
  if (tokens.some((t, i) => t.type === 'G' && (firstOrg < 0 || i < firstOrg))) return undefined;
  const named = ctx.template.tokens.find((t) => t.type === 'O');
  return named ? org(named) : ctx.contextOrg;
}

function claim(ctx: SentenceContext, fact: InvitationFact, invitee: Token | undefined, positive: boolean): Claim {
  return {
    kind: 'invitation', sentence: ctx.sentence, organisation: fact.organisation, positive, entities: [fact.entity],
    ...(invitee ? { list: { span: { start: invitee.start, end: invitee.end }, parts: invitee.parts, exhaustive: false } } : {}),
  };
}
