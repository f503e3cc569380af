import type { Claim } from './claim';
import { assessMatch, clauseTokens, matchClauses, type SentenceContext } from './frameContext';
import { opensWithDenial, type Span2 } from './context';
import type { PackFact } from '../facts/packTypes';
import { termsPattern } from './terms';
import { namesSomethingElse, tokenOf } from './template';

/*
 * Other statements of the source, checked by stance: who supports a piece of work ("Japan
 * supports the hypersonic work") and who cooperates on what ("the US and UK are helping build
 * the submarines"). A sentence about the same topic and subject with the opposite stance
 * contradicts the fact.
 */
type StatementFact = Extract<PackFact, { kind: 'statement' }>;

const SUPPORT = /\b(?:support\w*|back(?:s|ed|ing|ers?)?|welcom\w*|endors\w*|cheer\w*|favou?r\w*|prais\w*|applaud\w*|meaningful|worthwhile|valu\w*|approv\w*|embrac\w*)\b/gi;
const OPPOSE = /\b(?:oppos\w*|against|object\w*|criticis\w*|criticiz\w*|condemn\w*|reject\w*|dismiss\w*|hostil\w*|disapprov\w*|resist\w*|protest\w*|denounc\w*|sceptic\w*|skeptic\w*|pointless|meaningless|worthless|useless|futile|provocative|destabilis\w*|destabiliz\w*|(?:little|no|scant|limited) (?:real |practical )?(?:meaning|significance|relevance)|(?:serious |grave |deep |strong )?reservations (?:about|over|regarding)|critical (?:of|about|towards?)|(?:little|no) (?:point|merit|sense|purpose) in)\b/gi;
const COOPERATE = /\b(?:help\w*|contribut\w*|involv\w*|cooperat\w*|co-operat\w*|collaborat\w*|work(?:s|ed|ing)? (?:together|jointly)|pool\w*|combin\w*|shar\w*|assist\w*|(?<!⟦O\d+⟧['’]?s? )partner\w*|build\w*|develop\w*|jointly|together|aid|support\w*|cover\w*)\b/gi;
/** A negator shortly before a word negates it: "does not support", "no help", "will not cooperate". */
/**
 * "has withheld its support", "of little value": withholding and "little" (not "a little") deny what
 * follows too; a pronoun or name between ("withheld its", which the template marks) does not stop it,
 * but "that" does: in "there is little (no) doubt that Japan supports …" the negator is the doubt's.
 * "Japan sees nothing of value in the initiatives": "nothing" right before the word ("of" or "to" may stand
 * between: "nothing to criticise") denies it too; not "nothing but praise", where "but" comes between.
 * "anything but meaningless", "far from pointless": the word right after is denied.
 * "had received no invitation but supported …": "but" (or "yet") ends the negator's reach.
 * "Not only … but also" adds to the work; it denies nothing.
 */
const NEGATOR = /\b(?:no|not(?!\s+(?:only|just|merely|simply)\b)|never|rul(?:ed|es|ing|e) out|hardly|scarcely|without|neither|nor|refus\w* to|declin\w* to|won't|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|stopped|halted|ceased|withdr[ae]w\w* from|(?:stepp\w*|pull\w*|back\w*|walk\w*) (?:back|out|away) (?:from|of)|(?:stand\w*|stood) aside from|abandon\w*|quit(?:s|ting)?|shun\w*|eschew\w*|spurn\w*|forgo\w*|forswe\w*|withh(?:eld|old|olds|olding)|withdr[ae]wn?|(?<!\ba )little|scant)\s+(?:(?!(?:that|but|yet)\b)(?:[\w-]+|⟦[A-Z]\d+⟧(?:'s?)?)\s+){0,4}$|\bnothing(?: of| to| at all| remotely| very| really)?\s+$|\b(?:anything but|far from(?: being)?)\s+(?:[\w-]+\s+)?$/i;
/**
 * "Tokyo has hardly been shy about backing …", "Australia will not build its submarines without
 * British and American help": two negations that cancel (a negated reluctance, "not … without")
 * leave the support or the help standing, so both words are blanked before the stance is read.
 */
const NEGATED_RELUCTANCE = /\b(?:not|never|hardly|scarcely|far from)\s+(?:been\s+|being\s+)?(?:shy|reluctant|hesitant|slow|coy|quiet|backward|timid|sparing)\s+(?=about|in|to|with)\b/gi;
const NOT_WITHOUT = /\b(?:not|never|cannot|can't|won't|couldn't|wouldn't|n't)\b([^.;]{0,60}?)\bwithout\b/gi;
function withoutDoubleNegation(text: string): string {
  if (!/\b(?:shy|reluctant|hesitant|slow|coy|quiet|backward|timid|sparing|without)\b/i.test(text)) return text;
  return text.replace(NEGATED_RELUCTANCE, (m) => ' '.repeat(m.length))
    .replace(NOT_WITHOUT, (m, between: string) => ' '.repeat(m.length - between.length - 'without'.length) + between + ' '.repeat('without'.length));
}

/** "are leaving Australia to build its submarines alone", "left Canberra to go it alone": the helpers step away. */
const LEFT_ALONE = /\bleav(?:e|es|ing)|\bleft\b/i;
const LEFT_TO_IT_ALONE = /\b(?:leav(?:e|es|ing)|left) ⟦L\d+⟧ to (?:[\w-]+ |⟦[A-Z]\d+⟧(?:'s?)? ){0,6}?(?:alone|on (?:its|their) own|by (?:it|them)sel(?:f|ves)|unaided)\b/i;
/** Staying out of the pact itself ("Despite staying out of the pact, Tokyo …") says who is not a member, not who refuses the work. */
const NO_COOPERATION = /\bwithout (?:any |much |the |their |its )?(?:[\w-]+ )?(?:help|assistance|support|input|involvement|cooperation|co-operation|collaboration)\b|\b(?:leave|leaves|leaving|left) (?:it |them |that |this |(?:the )?(?:field|area|topic|subject|work) )?alone\b|\b(?:stay|stays|stayed|staying) (?:well )?out of\b(?!\s+(?:the\s+)?(?:⟦O\d+⟧|pact|alliance|partnership|grouping|bloc)\s*(?:[,.;:!?—–)]|$))|\b(?:stand|stands|standing|stood) aside from\b|\bno (?:help|assistance|support|cooperation|collaboration|joint work|involvement|participation|input)\b|\bno ⟦L\d+⟧ (?:help|assistance|support|cooperation|collaboration|involvement|participation|input)\b|\b(?:play(?:s|ed|ing)?|ha(?:s|ve|d|ving)) no (?:[\w-]+ )?(?:part|role)\b|\brul(?:ed|es|ing|e) out (?:any )?(?:\w+ )?(?:work|cooperation|collaboration|help|assistance|pooling|sharing|combining|working together)\b|\b(?:pool|share|combine)\w* nothing\b|\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,40}?\b(?:help\w*|assist\w*|cooperat\w*|co-operat\w*|collaborat\w*|build\w*|develop\w*|support\w*|involv\w*|work\w*|pool\w*|shar\w*|combin\w*|provid\w*|suppl\w*|aid\w*|contribut\w*|part)\b/i;

/**
 * "built with French rather than American or British help", "with French, not American or British,
 * help": the fact's helpers, set aside by "rather than", "instead of" or a contrast aside right
 * before their help, are said not to give it; so are helpers set aside right after the subject:
 * "France, not Britain and the United States, is helping Australia build …".
 */
const HELP_SET_ASIDE = /(?:\b(?:rather than|instead of)|,\s*(?:and |but )?not) (⟦L\d+⟧),? (?:help|assistance|aid|support|expertise|know-how|involvement|cooperation|co-operation|collaboration|technology)\b|^[\s*_>]*(?:it is |it was )?⟦L\d+⟧,\s*(?:and\s+|but\s+)?not\s+(⟦L\d+⟧),\s+(?:that\s+)?(?:is|are|was|were|has|have|had)\b/i;
function helpersSetAside(ctx: SentenceContext, text: string, fact: StatementFact): boolean {
  const m = HELP_SET_ASIDE.exec(text);
  return m !== null && (tokenOf(ctx.template, m[1] ?? m[2])?.ids.some((id) => fact.subject.includes(id)) ?? false);
}

const OTHER_GROUP_SUBJECT = /^[\s*_>]*(?:the\s+)?⟦G\d+⟧/;
/** A match standing for the topic carried from the sentence before (see extractClaims): "the effort", "the move". */
const BACK_REFERENCE = /\b(?:the|this|that|its|their) (?:effort|project|programme|program|work|undertaking|endeavou?r|venture|build|move|step|decision|initiative|announcement|plans?)\b/gi;

/** `carried`: the sentence refers back to the work the sentence before named ("the effort"). */
export function statementClaims(ctx: SentenceContext, orgInSentence: string | undefined, carried = false): Claim[] {
  const claims: Claim[] = [];
  const facts = ctx.facts.filter((f): f is StatementFact => f.kind === 'statement' && f.relation !== 'cites' && f.topic.length > 0);
  for (const fact of facts) {
    const topic = topicPattern(fact);
    // Stances are read over the whole sentence: "Japan's stance on the work: opposed".
    const whole = { start: 0, end: ctx.template.text.length };
    let matches = matchClauses(ctx, topic);
    if (carried && matches.length === 0 && carriesTopic(ctx, fact)) matches = matchClauses(ctx, BACK_REFERENCE);
    for (const { start, end } of matches) {
      const clause = whole;
      const scope = stanceScope(ctx, start, fact.relation === 'supports');
      const tokens = clauseTokens(ctx, clause);
      const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
      // As words that stand for the speaker: not "Japan" inside "Japanese opposition parties" nor in "Japan's opposition".
      // "Matsuno was asked about AUKUS. He said Japan …", "… He dismissed …": "he" speaks in the voice the sentence before named.
      const heSaid = ctx.previous !== undefined && HE_SAID.test(sentence);
      const heActs = ctx.previous !== undefined && HE_OPENS.test(sentence);
      const spokesmen = spokesmenOf(ctx, fact);
      const voicedBefore = heActs ? spokesmen.filter((w) => speaks(ctx.previous!.text, w)) : [];
      const voices = [...new Set([...spokesmen.filter((w) => speaks(sentence, w)), ...voicedBefore])];
      const named = [...new Set([...tokens.filter((t) => t.type === 'L').flatMap((t) => t.ids).filter((id) => fact.subject.includes(id)),
        ...(voices.length ? fact.subject.filter((id) => spokesmenOf(ctx, fact, id).some((w) => voices.includes(w))) : []),
        ...pronounForTheSubjectBefore(ctx).filter((id) => fact.subject.includes(id))])];
      const aboutOrg = orgInSentence === fact.organisation;
      if (fact.relation === 'supports' ? named.length === 0 || !aboutOrg : named.length === 0 && !aboutOrg) continue;
      const text = withoutDoubleNegation(ctx.template.text.slice(scope.start, scope.end));
      const excludedByVerb = fact.relation === 'cooperates' ? topicExcludedByVerb(text, fact) : undefined;
      const excluded = topicExcluded(fact).test(text) || leavesTopicOff(text, fact) || excludedByVerb === false ||
        (fact.relation === 'cooperates' && unrelatedTo(fact).test(text)) ||
        (fact.relation === 'cooperates' && (notAmongJointAreas(fact).test(text) || topicNotReached(text, fact) || helpersSetAside(ctx, text, fact) || butNotOnTopic(fact).test(text)));
      // "AUKUS does not exclude cooperation on AI" keeps the topic in: the negated verb decides.
      let verdict = excluded ? false : excludedByVerb ?? (fact.relation === 'supports' ? stance(text) : cooperation(text));
      // "France had no part in the programme, which the United States and Britain are now helping to
      // build": the "no part" is an outsider's; the helpers' own clause says whether they help.
      if (verdict === false && !excluded && fact.relation === 'cooperates') verdict = helpersOwnClause(ctx, text, fact) ?? verdict;
      if (fact.relation === 'cooperates' && named.length === 0) {
        const outsider = outsiderOf(ctx, fact);
        // "France is not building Australia's submarines": the denial is about a third party, not the fact's helpers.
        if (verdict === false && !excluded && outsider && deniesOutsider(text, outsider)) continue;
        // "… are being designed and built by France's Naval Group": the work is credited to a third party instead.
        if (verdict !== false && outsider && builtByOutsider(text, outsider)) verdict = false;
      }
      if (verdict === undefined) continue;
      // "The Quad does not build submarines; that is AUKUS's business": the work denied to another grouping.
      if (verdict === false && named.length === 0 && ctx.clauses.some((c) => c.start <= start && start < c.end && OTHER_GROUP_SUBJECT.test(ctx.template.text.slice(c.start, c.end)))) continue;
      const a = assessMatch(ctx, clause, start, end, {
        futureIsHedge: false, speakers: [], speakerEntities: fact.subject, negationEnd: end, ignoreFalsity: true,
        plansAreWork: fact.relation === 'supports',
      });
      if (!a.asserted && !/attributed/.test(a.why ?? '')) continue;
      if (!a.asserted && !speakerIsSubjectOrOrg(text, tokens, fact, voices) && !(heSaid && voicedBefore.length > 0)) continue;
      // The denial inverts only the clause it opens.
      const inverted = Boolean(a.inverted) && scope.start === 0;
      claims.push({ kind: 'statement', sentence: ctx.sentence, organisation: fact.organisation, positive: verdict !== inverted,
        entities: named, factId: fact.id });
      break;
    }
  }
  return claims;
}

/**
 * "Tokyo's attitude to AUKUS has been frosty. It has openly opposed the pact's hypersonic
 * programme.": a pronoun subject that the same clause then names the organisation beside ("the
 * pact's") is not the organisation (that would be "its programme"); it is the country the sentence
 * before opened with, as its subject or the subject's possessor. The ids of that country, if so.
 */
const PRONOUN_SUBJECT = /^[\s*_]*⟦O(\d+)⟧\s(?:[^;⟦]*?)⟦O\d+⟧/;
const SUBJECT_BEFORE = /^[\s*_]*⟦L(\d+)⟧(?:['’]s?)?\s/;
function pronounForTheSubjectBefore(ctx: SentenceContext): string[] {
  const m = PRONOUN_SUBJECT.exec(ctx.template.text);
  const before = ctx.previous && SUBJECT_BEFORE.exec(ctx.previous.text);
  if (!m || !before) return [];
  const pronoun = ctx.template.tokens[Number(m[1])];
  if (!pronoun.viaAnaphor || !/^it$/i.test(ctx.text.slice(pronoun.start, pronoun.end))) return [];
  return ctx.previous!.tokens[Number(before[1])]?.ids ?? [];
}

/**
 * "Aukus is an intelligence-sharing arrangement that has nothing to do with submarines": the
 * organisation itself (as subject, or the noun its relative clause describes) is said to be
 * unrelated to the work. Not "AUKUS Pillar II has nothing to do with submarines", a part of it.
 */
const unrelated = new WeakMap<StatementFact, RegExp>();
function unrelatedTo(fact: StatementFact): RegExp {
  let re = unrelated.get(fact);
  if (!re) {
    unrelated.set(fact, (re = new RegExp(`⟦O\\d+⟧(?!['’]s?\\s|\\s+(?:Pillar|pillar|projects?|programmes?|programs?|talks|summit)\\b)(?:,[^,;⟦]{1,60},|\\s+(?:is|was|remains)\\s+(?:an?|the)\\s+[^,;.⟦]{0,60}?\\s+(?:that|which))?\\s+(?:\\w+ly\\s+)?` +
      `(?:(?:has|had|have)\\s+(?:absolutely\\s+)?(?:nothing|no\\s+(?:connection|link|bearing))\\s+(?:at all\\s+)?(?:to do with|to|with|on)|(?:is|was|are|were)\\s+(?:\\w+ly\\s+)?unrelated to)\\s+` +
      `(?:(?:the|any|its|their)\\s+)?(?:[\\w-]+\\s+){0,2}?${termsPattern(fact.topic)}`)));
  }
  return re;
}

/** A country the sentence names that neither the fact's subject nor the organisation's members include (France, for AUKUS). */
function outsiderOf(ctx: SentenceContext, fact: StatementFact): RegExp | undefined {
  const membership = ctx.facts.find((f) => f.kind === 'membership' && f.organisation === fact.organisation);
  const members = membership?.kind === 'membership' ? membership.members : [];
  const indices = ctx.template.tokens.flatMap((t, i) =>
    t.type === 'L' && t.ids.length > 0 && t.ids.every((id) => !members.includes(id) && !fact.subject.includes(id)) ? [i] : []);
  return indices.length ? new RegExp(`⟦L(?:${indices.join('|')})⟧`) : undefined;
}

/** The negator that denies the work stands in a clause whose subject is the outsider: "France is not building …", "Canada stayed out of …". */
function deniesOutsider(text: string, outsider: RegExp): boolean {
  const negator = /\b(?:not|never|no)\b|n't\b/i.exec(text) ?? NO_COOPERATION.exec(text);
  if (!negator) return false;
  const clauseBefore = text.slice(0, negator.index).split(/[;:]/).pop()!;
  return outsider.test(clauseBefore);
}

/**
 * "are being designed and built by France's Naval Group", "will be built by France": the outsider
 * builds the boats now or to come ("were designed by Sweden's Kockums" is some earlier class).
 */
const BUILT_BY = /\b(?:(?:are|is) being|(?:will|are to|is to) be)\s+(?:\w+ly\s+)?(?:(?:designed|built|constructed|made|developed)\s+and\s+)?(?:built|designed|constructed|made|supplied|developed)\s+by\s+(?:the\s+)?(⟦L\d+⟧)/gi;
function builtByOutsider(text: string, outsider: RegExp): boolean {
  return [...text.matchAll(BUILT_BY)].some((m) => outsider.test(m[1]));
}

/**
 * Where a stance (or, with `stances` false, a cooperation) is read: the whole sentence ("Japan's
 * stance on the work: opposed"), except that a denial opening it reaches only its own clause: "It is
 * not true that Japan opposes the work; Tokyo has publicly supported it" denies the opposition, not
 * the support after the semicolon. A stance is also read in its own clause when a concession stands
 * next to it (see below).
 */
const CONCESSION = /\b(?:although|though|whereas|while)\b/i;
function stanceScope(ctx: SentenceContext, start: number, stances: boolean): Span2 {
  const all = { start: 0, end: ctx.template.text.length };
  if (ctx.clauses.length < 2) return all;
  if (!stances) return opensWithDenial(ctx.template.text) ? denialScope(ctx, start) : all;
  // "Japan does not support the hypersonics work, even though it regards other initiatives as
  // meaningful": a concession states a stance on something else; the topic's own clause decides.
  const own = ctx.clauses.findIndex((c) => c.start <= start && start < c.end);
  const conceded = (i: number) => i >= 0 && i + 1 < ctx.clauses.length && CONCESSION.test(ctx.template.text.slice(ctx.clauses[i].end, ctx.clauses[i + 1].start));
  if (own >= 0 && (conceded(own) || conceded(own - 1))) return ctx.clauses[own];
  return opensWithDenial(ctx.template.text) ? denialScope(ctx, start) : all;
}
function denialScope(ctx: SentenceContext, start: number): Span2 {
  const first = ctx.clauses[0].end;
  return start < first ? { start: 0, end: first } : { start: first, end: ctx.template.text.length };
}

/**
 * The sentence before named the topic, and only the organisation's members: "France is building
 * its nuclear-powered submarines alone" is about another country's boats.
 */
function carriesTopic(ctx: SentenceContext, fact: StatementFact): boolean {
  const previous = ctx.previous;
  if (!previous || !topicPattern(fact).test(previous.text)) return false;
  const membership = ctx.facts.find((f) => f.kind === 'membership' && f.organisation === fact.organisation);
  const members = membership?.kind === 'membership' ? membership.members : [];
  return previous.tokens.every((t) => t.type !== 'G' && (t.type !== 'L' || t.ids.every((id) => members.includes(id))));
}

/** The pact's remit, or the pact itself at the end of a phrase: what a topic may be kept out of. */
const REMIT = "(?:(?:the|its|their)\\s+)?(?:⟦O\\d+⟧'?s?\\s+)?(?:[\\w-]+\\s+)?(?:remit|scope|agenda|mandate|ambit|purview|brief|cooperation|co-operation|work|plans?|programmes?|programs?|table)\\b|(?:the\\s+)?⟦O\\d+⟧(?=\\s*(?:[,.;:!?—–)]|$))";

/**
 * "AUKUS does not exclude: the topic itself is said to be left out. So is a topic that lies outside
 * the pact's remit ("Long-range strike lies outside the AUKUS remit"), has been kept out of its
 * work ("Artificial intelligence has been deliberately kept out of AUKUS cooperation") or is absent from its list.
 */
const exclusions = new WeakMap<StatementFact, RegExp>();
function topicExcluded(fact: StatementFact): RegExp {
  let re = exclusions.get(fact);
  if (!re) {
    exclusions.set(fact, (re = new RegExp(`${termsPattern(fact.topic)}[\\w\\s-]{0,30}?(?:\\s(?:is|are|was|were|has|have)\\s+(?:not|never|no longer)\\s+(?:been\\s+)?(?:an?\\s+)?(?:part|focus|component|element|area|pillar|covered)\\b(?![^.;]{0,60}?\\b(?:left out|kept out|excluded|ignored|dropped|neglected|overlooked|omitted|skipped|shelved|sidelined)\\b)|(?:\\s(?:is|are|was|were|remains?)\\s+|\\s*[:—–-]\\s*)(?:\\w+ly\\s+)?(?:excluded|off the table|left out|not included|out of scope)\\b` +
      `|\\s(?:lies|lie|lay|sits?|sat|falls?|fell|remains?|stays?|stayed|is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:outside|beyond)\\s+(?:${REMIT})` +
      `|\\s(?:is|are|was|were|has been|have been|had been|remains?|stays?|stayed|will be|would be|is to be|are to be)\\s+(?:\\w+ly\\s+)?(?:kept|left|held)\\s+(?:out of|off|outside)\\s+(?:${REMIT})` +
      // "Artificial intelligence is notably absent from the list of capabilities the AUKUS partners work on": the pact's list.
      `|\\s(?:is|are|was|were|remains?)\\s+(?:\\w+ly\\s+)?(?:absent|missing)\\s+from\\s+(?:${REMIT}|(?:the\\s+)?(?:list|roster|set)\\s+of\\b[^.;⟦]{0,60}?⟦O\\d+⟧))` +
      // "Artificial intelligence is one field the AUKUS partners have agreed to keep out of their
      // cooperation": the topic is the object the relative clause leaves out (not "is not an area the
      // partners have left out", where the negation before denies it).
      `|${termsPattern(fact.topic)}(?:(?!\\b(?:not|never)\\b|n't\\b)[^.;]){0,80}?(?<!\\b(?:not|never|be|been|being|is|are|was|were|could|might|may|would|should) |n't )\\b` +
      `(?:(?:keep|keeps|kept|keeping|leave|leaves|left|leaving) (?:out of|off)|(?:\\w+ly )?(?:excluded|omitted|barred) from) (?:${REMIT})`)));
  }
  return re;
}

/**
 * "AUKUS leaves artificial intelligence and long-range strike off its agenda", "agreed to keep
 * artificial intelligence out of AUKUS": the topic is the object of a verb that puts it outside
 * the work (or the pact itself). A negator before the verb ("does not leave … off") keeps the topic in.
 */
const leftOff = new WeakMap<StatementFact, RegExp>();
function topicLeftOff(fact: StatementFact): RegExp {
  let re = leftOff.get(fact);
  if (!re) {
    leftOff.set(fact, (re = new RegExp(`\\b(?:leaves?|left|leaving|keeps?|kept|keeping|takes?|took|taking)\\s+(?:[\\w-]+\\s+){0,2}?${termsPattern(fact.topic)}[\\w\\s,-]{0,60}?\\s(?:off|out of)\\s+(?:(?:its|the|their|⟦O\\d+⟧'?s?)\\s+(?:[\\w-]+\\s+)?(?:agenda|table|remit|scope|work|plans?|programme|program|list|mandate|cooperation|co-operation|collaboration)\\b|(?:the\\s+)?⟦O\\d+⟧(?=\\s*(?:[,.;:!?—–)]|$)))`)));
  }
  return re;
}
const LEAVE_VERB = /\b(?:leaves?|left|leaving|keeps?|kept|keeping|takes?|took|taking)\b/i;
function leavesTopicOff(text: string, fact: StatementFact): boolean {
  const m = LEAVE_VERB.test(text) ? topicLeftOff(fact).exec(text) : null;
  return m !== null && !NEGATOR.test(text.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * "AUKUS explicitly excludes cooperation on artificial intelligence": the topic is the object of a
 * verb that rules it out (a few words may stand between, not "from": "excludes Japan from …" is
 * about Japan). false: excluded; true: a negated verb ("does not exclude") keeps it in.
 */
const EXCLUDE_VERB = /\b(?:exclud|omit|rul(?:e|es|ed|ing) out|bar)/i;
const excludedBy = new WeakMap<StatementFact, RegExp>();
function topicExcludedByVerb(text: string, fact: StatementFact): boolean | undefined {
  if (!EXCLUDE_VERB.test(text)) return undefined;
  let re = excludedBy.get(fact);
  if (!re) {
    excludedBy.set(fact, (re = new RegExp(`\\b(?:exclud(?:es|ed|e|ing)|omit(?:s|ted|ting)?|rul(?:e|es|ed|ing) out|bar(?:s|red|ring)?)\\s+(?:(?!from\\b)[\\w-]+\\s+){0,3}?${termsPattern(fact.topic)}`)));
  }
  const m = re.exec(text);
  if (!m || !PACT_AS_SUBJECT.test(text.slice(Math.max(0, m.index - 80), m.index))) return undefined;
  return NEGATOR.test(text.slice(Math.max(0, m.index - 40), m.index));
}
/**
 * Who excludes: the pact, its work or its members ("AUKUS explicitly excludes …", "the three
 * partners have ruled out …"), not anything else ("its nuclear-free law bars visits by
 * nuclear-powered vessels" is New Zealand's law).
 */
const PACT_AS_SUBJECT = /(?:⟦[OL]\d+⟧(?:['’]s?)?|\b(?:the|its|their)\s+(?:(?:three|two|four|other)\s+)?(?:partners|allies|members|leaders|governments|countries|nations|signatories|parties))(?:\s+(?:cooperation|co-operation|work|agenda|remit|partners|members|leaders|governments|framework|agreement|pact|partnership|alliance))?(?:\s+(?:\w+ly|has|have|had|does|do|did|not|never|also|will|would|now|so far|to date|,))*\s+$/i;

/**
 * "AUKUS cooperation does not extend to long-range strike", "stops short of long-range strike": the work is said not to reach the
 * topic. Only the negated verb is read ("extends to AI" says no more than the topic's own words).
 */
const REACH_VERB = /\b(?:extend|stretch|reach|stop)/i;
const reachedBy = new WeakMap<StatementFact, RegExp>();
function topicNotReached(text: string, fact: StatementFact): boolean {
  if (!REACH_VERB.test(text)) return false;
  let re = reachedBy.get(fact);
  if (!re) {
    reachedBy.set(fact, (re = new RegExp(`\\b(?:extend(?:s|ed|ing)?|stretch(?:es|ed|ing)?|reach(?:es|ed|ing)?)\\s+(?:in)?to\\s+(?:(?:the|its|their|any|areas? such as|fields? such as)\\s+)?${termsPattern(fact.topic)}`)));
  }
  const m = re.exec(text);
  if (m !== null && NEGATOR.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  // "AUKUS's remit stops short of artificial intelligence": stopping short is itself the denial.
  let short = stoppedShortOf.get(fact);
  if (!short) stoppedShortOf.set(fact, (short = new RegExp(`\\bstop(?:s|ped|ping)? short of\\s+(?:(?:the|its|their|any)\\s+)?(?:[\\w-]+\\s+){0,2}?${termsPattern(fact.topic)}`)));
  const s = short.exec(text);
  return s !== null && !NEGATOR.test(text.slice(Math.max(0, s.index - 40), s.index));
}
const stoppedShortOf = new WeakMap<StatementFact, RegExp>();

/**
 * "Long-range strike is not among the areas in which the AUKUS partners have agreed to pool
 * resources": the topic is denied a place among the joint work (not "among the areas in which
 * AUKUS has stumbled", which says nothing of cooperation).
 */
const notAmong = new WeakMap<StatementFact, RegExp>();
function notAmongJointAreas(fact: StatementFact): RegExp {
  let re = notAmong.get(fact);
  if (!re) {
    notAmong.set(fact, (re = new RegExp(`${termsPattern(fact.topic)}[\\w\\s-]{0,30}?\\s(?:is|are|was|were)\\s+(?:not|never)\\s+(?:among|one of)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:areas|fields|domains|topics|projects|priorities|capabilities|technologies|workstreams)\\b[^.;]{0,80}?\\b(?:pool|shar|combin|cooperat|co-operat|collaborat|jointly|together|work(?:s|ed|ing)? on)`)));
  }
  return re;
}

/** "The partners combine resources in AI but not in long-range strike": the topic set apart from the joint work. */
const butNot = new WeakMap<StatementFact, RegExp>();
function butNotOnTopic(fact: StatementFact): RegExp {
  let re = butNot.get(fact);
  if (!re) butNot.set(fact, (re = new RegExp(`(?:\\bbut|,|;)\\s+not\\s+(?:also\\s+)?(?:in|on|with|for|over|into)\\s+(?:the\\s+|any\\s+)?(?:[\\w-]+\\s+){0,2}?${termsPattern(fact.topic)}(?:\\s+(?:capabilit(?:y|ies)|technolog(?:y|ies)|weapons|systems|work|research))?(?=\\s*(?:[.,;:!?)—–]|$))`)));
  return re;
}

const topics = new WeakMap<StatementFact, RegExp>();
function topicPattern(fact: StatementFact): RegExp {
  let re = topics.get(fact);
  if (!re) topics.set(fact, (re = new RegExp(termsPattern(fact.topic), 'g')));
  return re;
}

/** Polarity of each match of `words` in `text`: true, or false when a negator stands just before it. */
function polarities(text: string, words: RegExp): boolean[] {
  // 64 characters: "Neither Washington nor London has walked away from helping build" (see negated).
  return [...text.matchAll(words)].map((m) => !negated(text.slice(Math.max(0, m.index - 64), m.index)));
}

/**
 * Negators that are words of their own meaning ("withheld", "little", "stopped", "stepped back from"): a
 * plain "not" before one cancels it ("has not stepped back from helping" still helps).
 */
const OPPOSING_WORD = new RegExp(OPPOSE.source, 'i');
const LEXICAL_NEGATOR = /\b(?:rul(?:ed|es|ing|e) out|withh(?:eld|old|olds|olding)|withdr[ae]wn?|stopped|halted|ceased|(?:stepp\w*|pull\w*|back\w*|walk\w*) (?:back|out|away) (?:from|of)|(?:stand\w*|stood) aside from|abandon\w*|quit(?:s|ting)?|shun\w*|eschew\w*|spurn\w*|forgo\w*|forswe\w*|(?<!\ba )little|scant)\b/i;
const PLAIN_NEGATOR = /\b(?:no|not|never|neither|nor)\b|n't\b/i;
/** "has withheld its support" denies it; "has never withheld its support" affirms it. */
function negated(before: string): boolean {
  const negator = NEGATOR.exec(before);
  if (!negator) return false;
  // "Japan does not oppose AUKUS's hypersonic cooperation": the negator is the verb's in between.
  if (OPPOSING_WORD.test(negator[0].replace(/^\S+/, ''))) return false;
  const lexical = LEXICAL_NEGATOR.exec(before);
  // The plain negator must stand in the same clause: not "…, not least by Britain, and London has withheld
  // its support", nor "It is not true that the US has stopped helping" (the denial is read elsewhere).
  const lead = lexical ? before.slice(0, lexical.index).split(/[,;]|\bthat\b/).pop()! : '';
  return !(lexical && PLAIN_NEGATOR.test(lead));
}

/**
 * "The Sankei report — that the AUKUS governments wanted Japanese know-how for hypersonic missiles —
 * was flatly rejected by the Japanese government", "Tokyo dismissed the story": what is rejected is
 * a report, not the work it mentions.
 */
const REPORT_NOUN = '(?:report|story|claim|article|account|suggestion|speculation|rumou?r|allegation|scoop)s?';
const REPORT_REJECTED = new RegExp(`\\b${REPORT_NOUN}\\b[^;]*?\\b(?:was|were|has been|have been|had been|is|are)\\s+(?:\\w+ly\\s+)?(rejected|dismissed|denied|refuted|rebutted)\\b` +
  `|\\b(reject\\w*|dismiss\\w*)\\s+(?:\\w+ly\\s+)?(?:the|that|this|these|those|its|their|a|an)\\s+(?:(?:[\\w'’-]+|⟦[A-Z]\\d+⟧(?:['’]s?)?)\\s+){0,3}?${REPORT_NOUN}\\b`, 'gi');
/** "Japan opposes rather than supports the work", "Far from opposing it, …": the verb set aside does not vote. */
const SET_ASIDE_VERB = /\b(?:rather than|instead of|far from)\s+\w+/gi;
/** `text` with the last occurrence of `word` blanked (offsets kept). */
function blankWord(text: string, word: string): string {
  const at = text.lastIndexOf(word);
  return text.slice(0, at) + ' '.repeat(word.length) + text.slice(at + word.length);
}
/** true: supports; false: opposes; undefined: says neither, or both. */
function stance(text: string): boolean | undefined {
  text = text.replace(SET_ASIDE_VERB, (m) => ' '.repeat(m.length)).replace(REPORT_REJECTED, (m, passive?: string, active?: string) => blankWord(m, (passive ?? active)!));
  const votes = [...polarities(text, SUPPORT), ...polarities(text, OPPOSE).map((p) => !p)];
  if (votes.length === 0) return undefined;
  return votes.every((v) => v) ? true : votes.every((v) => !v) ? false : undefined;
}

const REFUSAL_DENIED = /(?:^|[,;:]\s*|\b)(?:no|none of (?:the|its|their)|neither|not one|not a single)\b[^,;.]{0,40}?\s(?:has|have|had|is|are|was|were)?\s*$|(?:\b(?:not|never)|n't)\s+(?:\w+ly\s+)?$/i;
function cooperation(text: string): boolean | undefined {
  const none = NO_COOPERATION.exec(text);
  // "It will build them without any help from the United States or Britain" (not "could not build
  // them without help", which says the help is needed).
  if (none && /^without\b/i.test(none[0])) return /\b(?:not|never|cannot|no)\b|n't\b/i.test(text.slice(0, none.index)) ? undefined : false;
  // "No AUKUS partner has ruled out pooling …": a denied refusal keeps the work in.
  if (none) {
    // "Neither Washington nor London has ruled out helping …": neither … nor before a refusal keeps the help too.
    if (/^neither\b/i.test(none[0])) return /\b(?:rul\w* out|refus\w*|declin\w*|stopp\w*|walk\w* away|withdr[ae]w\w*)\b/i.test(none[0]);
    return !/^no\b/i.test(none[0]) && REFUSAL_DENIED.test(text.slice(Math.max(0, none.index - 60), none.index));
  }
  const left = LEFT_ALONE.test(text) ? LEFT_TO_IT_ALONE.exec(text) : null;
  if (left) return NEGATOR.test(text.slice(0, left.index)); // "are not leaving Australia to … alone" helps
  const votes = polarities(text, COOPERATE);
  if (votes.length === 0) return undefined;
  return votes.some((v) => !v) ? false : true;
}

/** Whether the helpers help, read from a relative clause of theirs after an outsider's "no part" (see statementClaims). */
const HELPERS_RELATIVE = /,\s*(?:which|that)\s+(?:the\s+)?(⟦L\d+⟧)\s/;
function helpersOwnClause(ctx: SentenceContext, text: string, fact: StatementFact): boolean | undefined {
  const noPart = NO_COOPERATION.exec(text);
  const relative = HELPERS_RELATIVE.exec(text);
  if (!noPart || !relative || relative.index < noPart.index) return undefined;
  const subject = /^[\s*_>]*(?:the\s+)?⟦L(\d+)⟧/.exec(text);
  const outsider = subject && !ctx.template.tokens[Number(subject[1])].ids.some((id) => fact.subject.includes(id));
  const helpers = tokenOf(ctx.template, relative[1])?.ids.every((id) => fact.subject.includes(id));
  return outsider && helpers ? cooperation(text.slice(relative.index + relative[0].length - 1)) : undefined;
}

/** "The AUKUS partners have said they will not cooperate": reporting the parties' own words. */
function speakerIsSubjectOrOrg(text: string, tokens: { type: string; ids: string[] }[], fact: StatementFact, voices: readonly string[]): boolean {
  const beforeSpeech = /^(.*?)\b(?:said|say|says|stated|told|announced)\b/i.exec(text)?.[1] ?? '';
  return /⟦O\d+⟧/.test(beforeSpeech) || voices.some((w) => beforeSpeech.includes(w)) ||
    tokens.some((t) => t.type === 'L' && t.ids.some((id) => fact.subject.includes(id)) && beforeSpeech.includes('⟦L'));
}

/**
 * People the pack quotes as speaking for a country (an invitation fact's saidBy: "Matsuno",
 * "Chief Cabinet Secretary"): "Matsuno described the pact's initiatives as meaningless" is
 * Japan's stance, as "Kishida described…" is.
 */
function spokesmenOf(ctx: SentenceContext, fact: StatementFact, entity?: string): string[] {
  return ctx.facts.flatMap((f) => (f.kind === 'invitation' && fact.subject.includes(f.entity) && (!entity || f.entity === entity) ? f.saidBy : []))
    .filter((w) => /^\p{Lu}/u.test(w)); // "government spokesman" does not say whose government
}

/** "… He dismissed the partnership's initiatives": the official the sentence before named acts. */
const HE_OPENS = /^[\s*_>]*(?:(?:but|and|yet|later|then)\s*,?\s+)?(?:he|she)\s+(?:\w+ly\s+)?[a-z]+/i;
/** "… He said Japan …": the same, with a verb of speech (what he says is then his own words). */
const HE_SAID = /^[\s*_>]*(?:(?:but|and|yet|later|then)\s*,?\s+)?(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|added|adds|told|tells|stated|states|insisted|insists|declared|declares|stressed|stresses|noted|notes)\b/i;
function speaks(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
    if (!namesSomethingElse(text, { start: 0, end: text.length }, { start: i, end })) return true;
  }
  return false;
}
