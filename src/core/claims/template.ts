import type { Span } from '../types';
import type { PartialDate } from './dates';
import type { Mention } from './mentions';

/**
 * A sentence rewritten for pattern matching: each mention becomes a marker such as ⟦L0⟧ (a list of
 * one or more countries), ⟦O1⟧ (the organisation, by name or reference), ⟦G2⟧ (another grouping)
 * or ⟦D3⟧ (a date). Frames are regular expressions over this string, so they read like the
 * sentences they match ("⟦L⟧ joined ⟦O⟧") and ignore how a country or date was spelled.
 */
export interface Token {
  type: 'L' | 'O' | 'G' | 'D';
  /** Prose offsets (in the block) that the marker stands for. */
  start: number;
  end: number;
  /** L: entity ids in list order; O/G: the grouping id. */
  ids: string[];
  /** L: prose span of each listed entity. */
  parts: Span[];
  /** O: reached through "the alliance", "it"… */
  viaAnaphor?: boolean;
  /** L: a plural reference to countries listed before ("Both"; "Neither" denies); its words are no list to correct. */
  reference?: 'affirms' | 'denies';
  date?: PartialDate;
}

export interface Template {
  text: string;
  tokens: Token[];
  /** Prose offset (in the block) of a template offset. */
  toProse(offset: number): number;
}

const MODIFIED_NOUN = /^\s+(?:ally|allies|official|officials|navy|forces|firms|companies|troops|ambassador|diplomats?|military|engineers|shipyards|counterparts?|envoy|lawmakers|analysts|press|media|voters|taxpayers|industry|defence|defense)\b/;
/**
 * "Japan's opposition criticised …", "critics in Japan oppose …": a part of a country's society
 * speaks for itself, not for the country, whose stance the facts record.
 */
const SOCIETY_OF = /^(?:['’]s)?\s+(?:opposition|critics|activists|protesters|pacifists|commentators|pundits|academics|scholars|unions|citizens|public|parliamentarians|MPs|legislators|newspapers|editorials|(?:[A-Z][\w-]*\s+)?(?:Party|party|parties))\b/;
const SOCIETY_IN = /\b(?:critics|activists|protesters|opponents|pacifists|voters|commentators|pundits|scholars|academics|lawmakers|legislators|politicians|the public|(?:the )?opposition(?: parties)?|many|some|few) (?:in|from|within|across) (?:the )?$/i;

/**
 * What may join two countries into one list: commas, "and", "or", "nor", hyphens ("US-UK"),
 * the dots and pluses of notes ("Australia · UK · US", "AUKUS = Australia + UK + US"), and "and"
 * with a time aside ("the United States, the United Kingdom and, since last year, Japan"). Only a
 * time aside: "and, reportedly, Japan" would hide its hedge inside the list.
 */
const DATED_ASIDE = String.raw`(?:since|as of|as from|from|after|in|by) [^,;()—–]{1,25}`;
const COORDINATION = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|nor|&|plus|as well as|and also)\s+|\s*[-–/·•+]\s*|\s*,?\s+and,\s+(?:${DATED_ASIDE}|(?:more |most )?recently|later|latterly|subsequently|eventually|now),\s+)$`);
/** The dated one of those asides: its date is part of the list, not a date mention of its own. */
const TIME_ASIDE = new RegExp(String.raw`^\s*,?\s+and,\s+${DATED_ASIDE},\s+$`);

const PART_OF_SPEECH = /^[*_]*\s*\((?:n|noun|abbr|abbrev|acronym|initialism)\.?\)(?=[*_]*\s*[:—–])/;

/** "Unlike Japan, …", "in contrast to Canada, …": a preposition that sets countries against the subject. */
const CONTRAST_BEFORE = /\b(?:[Uu]nlike|[Ii]n contrast (?:to|with)|[Aa]s opposed to)\s+(?:the\s+)?$/;
const BARE_COMMA = /^\s*,\s*$/;
const RELATIVE_AFTER = /^\s*,\s*(?:which|who)\b/i;

/**
 * Where a contrasted list ends: "Unlike Japan, Australia …" stops at the comma, since the name after
 * it goes on to the verb; "Unlike Japan, Canada and Germany, the UK …" stops at the comma after its
 * "and". A bare comma continues the list only when the next name is itself coordinated onward.
 */
function endsContrast(text: string, list: Token, between: string, m: Mention, next: Mention | undefined): boolean {
  if (!BARE_COMMA.test(between)) return false;
  if (list.parts.length > 1 && !BARE_COMMA.test(text.slice(list.parts[list.parts.length - 2].end, list.parts[list.parts.length - 1].start))) return true;
  return !(next?.type === 'entity' && COORDINATION.test(text.slice(m.end, next.start)));
}

/**
 * "… launched by the United States, Britain and Australia, China has protested": a list whose
 * last two names are joined by "and" (or "or") is closed, and a name after a bare comma (or ", and")
 * begins something else: here the main clause's subject.
 */
const CONJOINED = /\b(?:and|or|plus)\b|&/;
/** "Australia, Britain and the US, and Japan is not part of it": after a closed list, ", and" opens a clause. */
const COMMA_AND = /^\s*,\s*(?:and\s+)?$/;
function closedByConjunction(text: string, list: Token, between: string): boolean {
  if (list.parts.length < 2 || !COMMA_AND.test(between)) return false;
  const last = list.parts[list.parts.length - 1], before = list.parts[list.parts.length - 2];
  return CONJOINED.test(text.slice(before.end, last.start));
}

/**
 * A country's name that does not stand for the country acting: "US officials", "Japan's
 * opposition", "critics in Japan". Statement facts use it for names said by spokesmen too.
 */
export function namesSomethingElse(text: string, within: Span, name: Span): boolean {
  return MODIFIED_NOUN.test(text.slice(name.end, Math.min(within.end, name.end + 20))) ||
    SOCIETY_OF.test(text.slice(name.end, Math.min(within.end, name.end + 40))) ||
    SOCIETY_IN.test(text.slice(Math.max(within.start, name.start - 40), name.start));
}

/** The organisation whose members are exactly these entities, if any. */
export type OrgOfMembers = (ids: readonly string[]) => string | undefined;

const GROUP_AFTER = /^\s+(?:(?:security|defence|defense|military|trilateral|submarine|nuclear|technology)\s+)?(?:pact|alliance|partnership|grouping|agreement|accord|compact|bloc)\b/;

/** What follows a nationality used as a noun ("the British were", "the Japanese have never"): a verb, not a noun. */
const NATION_AS_NOUN = /^\s+(?:were|are|was|is|have|has|had|did|do|does|will|would|never|not|also|joined|signed|remain|remained|stayed)\b/;

export function buildTemplate(text: string, sentence: Span, mentions: readonly Mention[], orgOfMembers?: OrgOfMembers): Template {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const tokens: Token[] = [];
  const adjectiveOnly = new Set<Token>();
  const contrasted = new Set<Token>();
  for (let k = 0; k < inside.length; k++) {
    const m = inside[k];
    const prev = tokens[tokens.length - 1];
    if (m.type === 'entity' && m.ids) {
      // "Neither is a member": a reference standing for a list named before, a list of its own.
      tokens.push({ type: 'L', start: m.start, end: m.end, ids: [...m.ids], parts: [{ start: m.start, end: m.end }], reference: m.denies ? 'denies' : 'affirms' });
    } else if (m.type === 'entity') {
      // "Australia (AU) and …": a bracketed abbreviation the packs do not know stays with the name.
      const unknownAbbreviation = prev?.type === 'L' ? /^\s*\(\s*[A-Z][A-Za-z.]{0,5}\s*\)/.exec(text.slice(prev.end, m.start)) : null;
      if (unknownAbbreviation) prev!.end += unknownAbbreviation[0].length;
      const between = prev?.type === 'L' ? text.slice(prev.end, m.start) : '';
      // "the United States (US) and the United Kingdom (UK)": an abbreviation in brackets after
      // the name is the same country; the list goes on past it.
      if (prev?.type === 'L' && prev.ids[prev.ids.length - 1] === m.id && /^\s*\(\s*$/.test(between)) {
        const close = /^\s*\)/.exec(text.slice(m.end, sentence.end));
        if (close) { prev.end = m.end + close[0].length; continue; }
      }
      if (prev?.type === 'L' && COORDINATION.test(between) && !(contrasted.has(prev) && endsContrast(text, prev, between, m, inside[k + 1])) &&
        !closedByConjunction(text, prev, between)) {
        prev.ids.push(m.id); prev.parts.push({ start: m.start, end: m.end }); prev.end = m.end;
        if (!m.adjective) adjectiveOnly.delete(prev);
      } else {
        const t: Token = { type: 'L', start: m.start, end: m.end, ids: [m.id], parts: [{ start: m.start, end: m.end }] };
        tokens.push(t);
        if (m.adjective) adjectiveOnly.add(t);
        if (CONTRAST_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start))) contrasted.add(t);
      }
    } else if (m.type === 'org') {
      // "AUKUS (n.): trilateral security pact …": a glossary's part of speech stays with the name, so the definition reads as an appositive.
      const partOfSpeech = PART_OF_SPEECH.exec(text.slice(m.end, sentence.end));
      // "The enhanced trilateral security partnership (AUKUS), announced …": the name in brackets takes them in.
      const bracketed = /\(\s*$/.test(text.slice(Math.max(sentence.start, m.start - 2), m.start)) && /^\s*\)/.exec(text.slice(m.end, sentence.end));
      const open = bracketed ? text.lastIndexOf('(', m.start) : m.start;
      tokens.push({ type: 'O', start: open, end: bracketed ? m.end + bracketed[0].length : m.end + (partOfSpeech?.[0].length ?? 0), ids: [m.id], parts: [], viaAnaphor: m.viaAnaphor });
    } else if (m.type === 'other') {
      tokens.push({ type: 'G', start: m.start, end: m.end, ids: [m.id], parts: [] });
    } else if (prev?.type === 'L' && inside[k + 1]?.type === 'entity' && TIME_ASIDE.test(text.slice(prev.end, inside[k + 1].start))) {
      // "… and, since 2023, Japan": the date belongs to the aside inside the list.
      continue;
    } else if (!prev || m.start >= prev.end) {
      tokens.push({ type: 'D', start: m.start, end: m.end, ids: [], parts: [], date: m.date });
    }
  }
  // "Unlike Japan, Australia is a member": the contrasted countries are the object of "unlike", not
  // a subject, and whatever the sentence says of the others it does not say of them.
  // Their names are masked too, so "the United States" cannot be read as a speech verb ("states").
  const masked: Span[] = [];
  // "Unlike Canada, which keeps a seat in AUKUS, …": a relative clause on the contrasted name still
  // says what it says of it, so that name stays.
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (contrasted.has(tokens[i]) && !RELATIVE_AFTER.test(text.slice(tokens[i].end, tokens[i].end + 12))) masked.push(...tokens.splice(i, 1));
  }
  // "a close US ally", "US officials": a country modifying a noun is not a subject.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.type === 'L' && t.ids.length === 1 && namesSomethingElse(text, sentence, t)) tokens.splice(i, 1);
  }
  // "British" names the UK only in "the British-Australian pact" (or "a Japanese invitation"), or
  // as the giver of help ("without American or British help"), which the statement facts read.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!adjectiveOnly.has(t)) continue;
    const next = tokens[i + 1];
    const between = text.slice(t.end, next ? next.start : sentence.end);
    const beforeGroup = (next?.type === 'O' && /^\s+(?:[\w-]+\s+){0,2}$/.test(between)) ||
      /^\s+(?:[\w-]+\s+){0,2}?(?:pact|alliance|partnership|agreement|grouping|bloc|compact|treaty|accord|arrangement|framework|invitation)\b/.test(between) ||
      // (Also at the close of a contrast aside: "with French, not American or British, help".)
      /^,?\s+(?:help|assistance|aid|involvement|cooperation|co-operation|collaboration|expertise|know-how|participation)\b/.test(between) ||
      // "AUKUS has no American members": the adjective names who the members are.
      /^\s+members?\b/.test(between) ||
      // "The British were never part of AUKUS": the nationality as a noun names its country.
      (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start)) && NATION_AS_NOUN.test(text.slice(t.end, t.end + 20)));
    if (!beforeGroup) tokens.splice(i, 1);
  }
  // "the Australia-UK-US pact" names AUKUS by its exact membership.
  if (orgOfMembers) {
    for (const t of tokens) {
      // The article may sit before the list or inside its first name ("the US" in "the US-UK-Australia pact").
      const definite = /\b[Tt]he\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start)) || /^[Tt]he\s/.test(text.slice(t.start, t.end));
      if (t.type !== 'L' || t.ids.length < 2 || !definite) continue;
      const noun = GROUP_AFTER.exec(text.slice(t.end, sentence.end));
      const org = noun && orgOfMembers(t.ids);
      if (org) Object.assign(t, { type: 'O', ids: [org], parts: [], end: t.end + noun![0].length, viaAnaphor: false });
    }
    // The noun it took in may have been read as a reference of its own ("pact"): one token.
    for (let i = tokens.length - 1; i > 0; i--) if (tokens[i].start < tokens[i - 1].end) tokens.splice(i, 1);
  }
  mergeOtherAlliances(text, tokens, orgOfMembers);
  markOtherAgreements(text, tokens, orgOfMembers);
  let out = '';
  const templateAt: number[] = [];   // template offset where each piece starts
  const proseAt: number[] = [];      // prose offset where that piece starts
  const isMarker: boolean[] = [];
  let cursor = sentence.start;
  const piece = (s: string, prose: number, marker: boolean) => {
    templateAt.push(out.length); proseAt.push(prose); isMarker.push(marker); out += s;
  };
  tokens.forEach((t, i) => {
    if (t.start > cursor) piece(mask(normalise(text.slice(cursor, t.start)), cursor, masked), cursor, false);
    piece(`⟦${t.type}${i}⟧`, t.start, true);
    cursor = t.end;
  });
  if (cursor < sentence.end) piece(mask(normalise(text.slice(cursor, sentence.end)), cursor, masked), cursor, false);
  return {
    text: out,
    tokens,
    toProse(offset: number) {
      let lo = 0, hi = templateAt.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (templateAt[mid] <= offset) lo = mid; else hi = mid - 1;
      }
      if (templateAt.length === 0) return sentence.start;
      return isMarker[lo] ? proseAt[lo] : proseAt[lo] + (offset - templateAt[lo]);
    },
  };
}

/**
 * "The US-UK alliance", "the British-French pact": a group noun right after countries that are
 * not the membership names another grouping, not the organisation the noun would refer back to.
 */
function mergeOtherAlliances(text: string, tokens: Token[], orgOfMembers: OrgOfMembers | undefined): void {
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i], prev = tokens[i - 1];
    if (t.type !== 'O' || !t.viaAnaphor || prev.type !== 'L' || !/^\s+$/.test(text.slice(prev.end, t.start))) continue;
    if (orgOfMembers?.(prev.ids) === t.ids[0]) continue; // "their Australia-UK-US pact" is the organisation
    if (renamesOrganisation(text, tokens[i - 2], prev, t)) continue; // "AUKUS, the US-UK-Canada pact": a wrong list for it
    tokens.splice(i - 1, 2, { type: 'G', start: prev.start, end: t.end, ids: ['unnamed'], parts: [] });
  }
}

/**
 * "Trade grew after the agreement between Canberra and Tokyo": a generic noun ("agreement",
 * "treaty", "deal") that only refers back, made between or with countries that are not the
 * membership, is some other agreement. "AUKUS, the agreement between Canberra and Washington"
 * still renames the organisation (and leaves a member out).
 */
const GENERIC_AGREEMENT = /^(?:agreement|treaty|deal|accord|arrangement)s?$/i;
const MADE_BETWEEN = /^\s+(?:(?:signed|struck|concluded|reached) )?(?:between|with) (?:the )?$/;
function markOtherAgreements(text: string, tokens: Token[], orgOfMembers: OrgOfMembers | undefined): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i], next = tokens[i + 1];
    if (t.type !== 'O' || !t.viaAnaphor || next.type !== 'L' || !GENERIC_AGREEMENT.test(text.slice(t.start, t.end))) continue;
    if (!MADE_BETWEEN.test(text.slice(t.end, next.start)) || orgOfMembers?.(next.ids) === t.ids[0]) continue;
    // "AUKUS, the 2021 agreement between …": a year may describe the noun too.
    if (renamesOrganisation(text, tokens[i - 1]?.type === 'D' ? tokens[i - 2] : tokens[i - 1], t, next)) continue;
    tokens[i] = { type: 'G', start: t.start, end: t.end, ids: ['unnamed'], parts: [] };
  }
}

/**
 * "AUKUS, the …" or "AUKUS is a …": what follows describes the organisation itself. Up to two
 * words may describe the noun ("AUKUS, the defence arrangement between …"), not words that set
 * it apart ("AUKUS, the older agreement between …").
 */
const RENAMES = /^(?:,|\s+(?:is|was|remains))\s+(?:the |a |an )?(?:(?!(?:other|older|earlier|separate|previous|prior|existing|parallel|rival|later|second)\b)[\w-]+ ){0,2}$/i;
/**
 * "Under AUKUS, the bilateral agreement between Canberra and London …": after a preposition the
 * comma ends an adverbial, and "bilateral" names an agreement made under the pact. Without one
 * ("**Aukus**, the bilateral security arrangement between Canberra and Washington, …") it renames it.
 */
const AFTER_PREPOSITION = /\b(?:under|within|in|inside|through|via|with|alongside|beside|for|to|from|of|by|after|before|since|on|about|against|beyond|outside)\s+(?:the\s+)?[*_]*$/i;
function renamesOrganisation(text: string, before: Token | undefined, noun: Token, parties: Token): boolean {
  if (before?.type !== 'O') return false;
  const between = text.slice(before.end, noun.start);
  if (!RENAMES.test(between)) return false;
  if (!AFTER_PREPOSITION.test(text.slice(Math.max(0, before.start - 30), before.start))) return true;
  // After a preposition, only an appositive closed off renames it: "Under AUKUS, the agreement
  // between Canberra and Washington, Australia gets …", not "… Washington covers reactors".
  return !/\bbilateral\b/i.test(between) && /^\s*[,—–)]/.test(text.slice(parties.end));
}

/** Same-length masking of dropped names (a piece starting at prose offset `at`): offsets stay in step. */
function mask(s: string, at: number, spans: readonly Span[]): string {
  for (const m of spans) {
    const a = Math.max(0, m.start - at), b = Math.min(s.length, m.end - at);
    if (a < b) s = s.slice(0, a) + '·'.repeat(b - a) + s.slice(b);
  }
  return s;
}

/** Same-length normalisation, so template and prose offsets stay in step within a piece. */
const TO_NORMALISE = /[’‘“”\u00a0\t\n]/;
function normalise(s: string): string {
  if (!TO_NORMALISE.test(s)) return s;
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[\u00a0\t\n]/g, ' ');
}

/** The token a marker in a regex match refers to: "⟦L3⟧" → tokens[3]. */
export function tokenOf(template: Template, marker: string | undefined): Token | undefined {
  const m = marker && /⟦[LOGD](\d+)⟧/.exec(marker);
  return m ? template.tokens[Number(m[1])] : undefined;
}

/** Where a token's marker stands in the template text (the inverse of tokenOf), or -1. */
export function markerAt(template: Template, token: Token): number {
  return template.text.indexOf(`⟦${token.type}${template.tokens.indexOf(token)}⟧`);
}

/** All tokens whose markers appear in a piece of template text. */
export function tokensIn(template: Template, piece: string): Token[] {
  const out: Token[] = [];
  // Markers are "⟦" + one of L, O, G, D + digits + "⟧"; scanned by hand, as this runs per match.
  for (let i = piece.indexOf('⟦'); i >= 0; i = piece.indexOf('⟦', i + 1)) {
    const kind = piece.charCodeAt(i + 1);
    if (kind !== 76 && kind !== 79 && kind !== 71 && kind !== 68) continue; // L O G D
    let j = i + 2, n = 0;
    for (let c = piece.charCodeAt(j); c >= 48 && c <= 57; c = piece.charCodeAt(++j)) n = n * 10 + (c - 48);
    if (j > i + 2 && piece.charCodeAt(j) === 0x27e7 /* ⟧ */) out.push(template.tokens[n]);
  }
  return out;
}
