import type { Pack } from '../facts/packTypes';
import { properWordsOf } from './titleCase';
import { lowerCaseReader } from './lowerCase';

export type MentionKind = 'entity' | 'org' | 'other';

/** A name the packs know, found in text. */
export interface NameHit { kind: MentionKind | 'anaphor' | 'pronoun'; id: string; start: number; end: number; adjective?: boolean }

/** Everything the packs name, compiled once into lookup tables. */
export interface Lexicon {
  /** Every alias, anaphoric noun ("the alliance") and pronoun ("it") in the text, in order. */
  scan(text: string): NameHit[];
  /** Cheap test: can this block hold a claim at all? (it names an organisation or its story) */
  mayHoldClaim: (text: string) => boolean;
  /**
   * A regex source (for the `u` flag) that every text `mayHoldClaim` accepts matches: its tests
   * folded into one alternation, so a text that holds none of them is read once, not five times.
   */
  cueSource: string;
  /** The organisation a block is about when it names none but mentions its story (context words). */
  contextOf: (text: string) => string | undefined;
  /** Entity id → display name. */
  entityNames: Map<string, string>;
  /** The capitalised words of the people and outlets the packs name: what a Title Case headline keeps (see titleCase.ts). */
  properWords: ReadonlySet<string>;
  /** The organisation whose members are exactly these entities, if any. */
  orgOfMembers: (ids: readonly string[]) => string | undefined;
  /** The only organisation with this many members, and its members ("the trilateral pact"). */
  orgOfSize: (n: number) => { org: string; members: readonly string[] } | undefined;
  /**
   * The organisation a bare list of countries under a "Members:" label speaks of: the only one whose
   * members all appear in it, unless the list is exactly another grouping's membership (the Five Eyes').
   */
  orgOfLabelList: (ids: readonly string[]) => string | undefined;
  /** An all-lower-case text with the names the packs know in their case; undefined for any other text (see lowerCase.ts). */
  withNamesCased: (text: string) => string | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A case-sensitive pattern for what /alias/i matches: "AUKUS" → "[aA][uU]…", which can share a regex with case-sensitive ones. */
const caseless = (alias: string) => [...escape(alias)].map((c) => {
  const lower = c.toLowerCase(), upper = c.toUpperCase();
  return lower !== upper && lower.length === 1 && upper.length === 1 ? `[${lower}${upper}]` : c;
}).join('');
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'This', 'That', 'Its', 'Their', 'Our']);
const SIZED_BEFORE = /\b(?:trilateral|three-nation|three-way|three-country)\s+(?:[\w-]+\s+)?$/i;
const PRONOUNS = new Set(['it', 'its', 'It', 'Its']);
const BOUNDARY_AFTER = /[\p{L}\p{N}_]/u;
/**
 * "Canberra, London and Washington invited Tokyo to become the fourth member of the pact": a
 * definite group noun in a block that names every member of an organisation may mean it.
 */
/**
 * A members line: "- **Members:** …", "| Member states | … |", "Members — …". Only members lines
 * are in the cue (each alternative starting with a common letter costs the cue a third of its speed);
 * the checker reads other fact-sheet lines only in documents that pass it (see check/sectionSubject.ts).
 */
const MEMBERS_LABEL = /\b[Mm](?:embers|ember states|ember countries|ember nations|embership)\b[*_]*\s*(?:\(\w+\)\s*)?[:|—–]/;
const DEFINITE_GROUP = /\b[Tt]he (?:pact|alliance|partnership|grouping|bloc)\b/;
/**
 * "The Australia-UK-US pact" names an organisation by its members without naming it: such a
 * block may hold a claim (buildTemplate decides whether the names are exactly a membership).
 */
/** "The trilateral pact" names an organisation by its size (see findMentions). */
const SIZED_GROUP = /\b[Tt]he (?:[\w-]+ )?(?:trilateral|three-nation|three-way|three-country) (?:(?:security|defence|defense) )?(?:pact|alliance|partnership|grouping|bloc)\b/;
/** "the three partners" counts a pact's members: a sentence with it and "the pact" names the pact by its size. */
export const THREE_OF_THEM = /\bthe three (?:[\w-]+ )?(?:partners|allies|nations|countries|governments|members|signatories|capitals)\b/i;
const MEMBERS_NAME_A_PACT = /\b[Tt]he (?:\p{Lu}[\p{L}.]*\s*[-–/]\s*)+\p{Lu}[\p{L}.]* (?:(?:security|defence|defense|military|trilateral|submarine|nuclear|technology) )?(?:pact|alliance|partnership|grouping|agreement|accord|compact|bloc)\b/u;

/**
 * Words are letters and digits, split at hyphens so "US-UK" is two names; a dot or apostrophe
 * inside a word stays ("U.S.", "People's").
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0x2000) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7; // Latin-1 and other letters
  return c < 0x2c00 ? false : LETTER_OR_DIGIT.test(String.fromCharCode(c)); // punctuation block aside
}
function isInnerMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 /* . */ || c === 39 /* ' */ || c === 0x2019;
}

/** Whether keyOf may drop the end of the word that ends before `end` (a dot, an apostrophe, a possessive 's). */
function mayShorten(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c === 46 || c === 39 || c === 0x2019) return true;
  const b = text.charCodeAt(end - 2);
  return c === 115 && (b === 39 || b === 0x2019);
}

/** The lookup key of a word: a possessive and trailing dots dropped ("Japan's", "U.S."), "The" read as "the". */
function keyOf(word: string): string {
  let end = word.length;
  for (;;) {
    const c = word.charCodeAt(end - 1);
    if (c === 46 || c === 39 || c === 0x2019) end--;
    else if (c === 115 /* s */ && end >= 2 && (word.charCodeAt(end - 2) === 39 || word.charCodeAt(end - 2) === 0x2019)) end -= 2;
    else break;
  }
  const k = end === word.length ? word : word.slice(0, end);
  return k === 'The' ? 'the' : k;
}

const RELATIVE_BEFORE = /\b(?:which|that|who)\s+$/i;

export function buildLexicon(packs: readonly Pack[]): Lexicon {
  // First word of an alias → its aliases, longest first: a hand-rolled trie's first level, which
  // is what keeps scanning linear (one regex alternation over ~400 aliases was 0.7 MB/s).
  const byFirstWord = new Map<string, Candidate[]>();
  const anaphora = new Map<string, string>();
  const entityNames = new Map<string, string>();
  const orgAliases: string[] = [];
  const contexts: { org: string; re: RegExp }[] = [];
  const seen = new Set<string>();
  const add = (alias: string, kind: MentionKind, id: string, adjective = false) => {
    const normal = alias.replace(/^The /, 'the ').replace(/’/g, "'");
    if (seen.has(normal)) return;
    seen.add(normal);
    const first = keyOf(normal.split(/[\s-]/)[0]);
    const list = byFirstWord.get(first) ?? [];
    list.push(candidate(normal, kind, id, adjective));
    list.sort((a, b) => b.alias.length - a.alias.length);
    byFirstWord.set(first, list);
  };
  for (const pack of packs) {
    for (const o of pack.organisations) {
      for (const a of [o.name, ...o.aliases]) { add(a, 'org', o.id); orgAliases.push(a); }
      for (const n of o.anaphora) if (!anaphora.has(n.toLowerCase())) anaphora.set(n.toLowerCase(), o.id);
      if (o.context.length) contexts.push({ org: o.id, re: new RegExp(`\\b(?:${o.context.map(escape).join('|')})\\b`) });
    }
    for (const g of pack.otherGroupings) for (const a of g.aliases) add(a, 'other', g.id);
    for (const e of pack.entities) {
      entityNames.set(e.id, e.name);
      for (const a of [e.name, ...e.aliases]) add(a, 'entity', e.id);
      for (const a of e.adjectives ?? []) {
        add(a, 'entity', e.id, true);
        // "a bargain between the Australians and the Americans": the people, with "the", stand for
        // their country as "the British were" does (see NATION_AS_NOUN). Bare "Australians" are people.
        if (/an$/.test(a)) add(`the ${a}s`, 'entity', e.id);
      }
    }
  }

  // Every lower-case word the scan acts on: first words of aliases ("the UK"), nouns ("alliance",
  // "alliances"), pronouns, determiners; and their first letters, to step over most words unread.
  const lowerKeys = new Set<string>();
  for (const k of [...byFirstWord.keys(), ...anaphora.keys(), ...[...anaphora.keys()].map((a) => `${a}s`), ...PRONOUNS, ...DETERMINERS]) {
    const c = k.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerKeys.add(k);
  }
  const lowerInitials = new Set<number>([...lowerKeys].map((k) => k.charCodeAt(0)));
  const probeBuckets = bucketByProbe(byFirstWord);
  // Lengths of those words by first letter (bit n: some key of length n; bit 31: 31 or longer), so
  // "and" or "to" are stepped over without building a string.
  const lowerLengths = new Uint32Array(128);
  for (const k of lowerKeys) lowerLengths[k.charCodeAt(0)] |= 1 << Math.min(k.length, 31);

  const scan = (text: string): NameHit[] => {
    const hits: NameHit[] = [];
    // The last three words, lower-cased, for "the alliance" (no arrays: this loop is the hot path).
    // The last four words (those the scan skipped as ''): a determiner stands up to three words before its noun,
    // four with a size word between ("the enhanced trilateral security partnership", see mentions' sizedGroup).
    let w1 = '', w2 = '', w3 = '', w4 = '';
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      const start = i;
      const first = text.charCodeAt(i);
      while (i < n && (isWordChar(text.charCodeAt(i)) || isInnerMark(text, i))) i++;
      // Most words start with a lower-case letter that begins no alias, reference or
      // determiner: step over them without building a string.
      if (first >= 97 && first <= 122 && (!lowerInitials.has(first) ||
        (!mayShorten(text, i) && (lowerLengths[first] & (1 << Math.min(i - start, 31))) === 0))) { w4 = w3; w3 = w2; w2 = w1; w1 = ''; continue; }
      const word = text.slice(start, i);
      const key = keyOf(word);
      if (first >= 97 && first <= 122 && !lowerKeys.has(key)) { w4 = w3; w3 = w2; w2 = w1; w1 = ''; continue; }
      // "the" begins ~80 aliases: pick those whose second word starts with the text's letter there.
      const buckets = probeBuckets.get(key);
      const hit = matchAlias(text, start, buckets ? buckets.get(text.charCodeAt(start + PROBE_AT)) ?? buckets.get(-1) : byFirstWord.get(key));
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else if (PRONOUNS.has(key)) {
        hits.push({ kind: 'pronoun', id: '', start, end: start + key.length });
      } else {
        // Lower case only: a capitalised "Treaty" or "Alliance" is part of another name.
        // "…, which groups Australia, …": after a relative pronoun an -s form is a verb, not a plural noun.
        const org = anaphora.get(key) ?? (key.endsWith('s') && !RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 7), start)) ? anaphora.get(key.slice(0, -1)) : undefined);
        if (org && (DETERMINERS.has(w1) || DETERMINERS.has(w2) || DETERMINERS.has(w3) || (DETERMINERS.has(w4) && SIZED_BEFORE.test(text.slice(Math.max(0, start - 40), start))))) {
          hits.push({ kind: 'anaphor', id: org, start, end: start + key.length });
        }
      }
      w4 = w3; w3 = w2; w2 = w1; w1 = key;
    }
    return hits;
  };

  // Each membership as one pattern per member (any of its aliases), and as a sorted key.
  const memberships: { org: string; key: string; ids: readonly string[]; members: RegExp[] }[] = [];
  for (const pack of packs) {
    for (const f of pack.facts) {
      if (f.kind !== 'membership') continue;
      const members = f.members.map((id) => pack.entities.find((e) => e.id === id))
        .map((e) => new RegExp(`\\b(?:${e ? [e.name, ...e.aliases].map(escape).join('|') : '(?!)'})\\b`));
      memberships.push({ org: f.organisation, key: [...f.members].sort().join(','), ids: f.members, members });
    }
  }
  const orgOfMembers = (ids: readonly string[]) => {
    const key = [...new Set(ids)].sort().join(',');
    return memberships.find((m) => m.key === key)?.org;
  };
  const orgOfSize = (n: number) => {
    const sized = memberships.filter((m) => m.ids.length === n);
    return sized.length === 1 ? { org: sized[0].org, members: sized[0].ids } : undefined;
  };
  const otherKeys = new Set(packs.flatMap((p) => p.otherGroupings.flatMap((g) => (g.members ? [[...g.members].sort().join(',')] : []))));
  const orgOfLabelList = (ids: readonly string[]) => {
    const unique = [...new Set(ids)];
    if (otherKeys.has([...unique].sort().join(','))) return undefined;
    const within = memberships.filter((m) => m.ids.every((id) => unique.includes(id)));
    return within.length === 1 ? within[0].org : undefined;
  };
  const namesAMembership = (t: string) => DEFINITE_GROUP.test(t) && memberships.some((m) => m.members.every((re) => re.test(t)));
  const orgTest = new RegExp([...new Set(orgAliases)].map(escape).join('|'), 'i');
  const contextOf = (t: string) => contexts.find((c) => c.re.test(t))?.org;
  const mayHoldClaim = (t: string) => orgTest.test(t) || MEMBERS_LABEL.test(t) || contextOf(t) !== undefined || MEMBERS_NAME_A_PACT.test(t) || SIZED_GROUP.test(t) || (DEFINITE_GROUP.test(t) && THREE_OF_THEM.test(t)) || namesAMembership(t);
  // An alias that contains another ("the AUKUS pact", "AUKUS") adds nothing to the alternation.
  const lowerAliases = [...new Set(orgAliases.map((a) => a.toLowerCase()))];
  const cueSource = lowerAliases.filter((a) => !lowerAliases.some((b) => b !== a && a.includes(b))).map(caseless)
    .concat(contexts.map((c) => c.re.source), MEMBERS_NAME_A_PACT.source, SIZED_GROUP.source, DEFINITE_GROUP.source, MEMBERS_LABEL.source).join('|');
  // People and outlets: countries and groupings are found by `scan` (see titleCase.ts).
  const properWords = properWordsOf(packs.flatMap((p) => [
    ...p.organisations.flatMap((o) => o.context),
    ...p.facts.flatMap((f) => (f.kind === 'invitation' ? [...f.saidBy, ...f.reportedBy] : [])),
  ]));
  const withNamesCased = lowerCaseReader(packs.flatMap((p) => [
    ...p.organisations.flatMap((o) => [o.name, ...o.aliases]), ...p.otherGroupings.flatMap((g) => g.aliases),
    ...p.entities.flatMap((e) => [e.name, ...e.aliases, ...(e.adjectives ?? [])]),
  ]));
  return { scan, mayHoldClaim, cueSource, contextOf, entityNames, properWords, orgOfMembers, orgOfSize, orgOfLabelList, withNamesCased };
}

/** The longest alias that starts at `start` and ends at a word boundary. */
interface Candidate {
  alias: string; kind: MentionKind; id: string; adjective: boolean;
  /** A position in the alias and its character, tested first: most candidates fail there. */
  probe: number; probeChar: number;
  /** "the …" aliases also match "The …". */
  capitalThe: boolean;
  /** Aliases with an apostrophe also match a typographic one (’). */
  apostrophe: boolean;
}

function candidate(alias: string, kind: MentionKind, id: string, adjective: boolean): Candidate {
  // The first letter of the second word ("the United States" → "U"), else the last letter; never
  // position 0 (which "The" changes) or an apostrophe (which may be typographic).
  const sep = alias.search(/[\s-]/);
  let probe = sep > 0 && sep + 1 < alias.length ? sep + 1 : alias.length - 1;
  while (probe > 1 && alias[probe] === "'") probe--;
  if (alias[probe] === "'") probe = -1;
  return { alias, kind, id, adjective, probe, probeChar: probe >= 0 ? alias.charCodeAt(probe) : -1,
    capitalThe: alias.startsWith('the '), apostrophe: alias.includes("'") };
}

/** Where bucketByProbe reads the text: the second word of "the …" aliases. */
const PROBE_AT = 4;

/**
 * For a first word with many aliases that all probe PROBE_AT, the aliases by their probe character
 * (key -1: those without a probe, which every bucket also holds), in their longest-first order.
 * matchAlias skips the others at once, so this only saves it the loop.
 */
function bucketByProbe(byFirstWord: Map<string, Candidate[]>): Map<string, Map<number, Candidate[]>> {
  const out = new Map<string, Map<number, Candidate[]>>();
  for (const [key, list] of byFirstWord) {
    if (list.length < 8 || !list.every((c) => c.probe === PROBE_AT || c.probe < 0)) continue;
    const buckets = new Map<number, Candidate[]>([[-1, []]]);
    for (const c of list) if (c.probe === PROBE_AT && !buckets.has(c.probeChar)) buckets.set(c.probeChar, []);
    for (const c of list) {
      for (const [ch, bucket] of buckets) if (c.probe < 0 || ch === c.probeChar) bucket.push(c);
    }
    out.set(key, buckets);
  }
  return out;
}

function matchAlias(text: string, start: number, candidates: Candidate[] | undefined): NameHit | undefined {
  if (!candidates) return undefined;
  for (const c of candidates) {
    if (c.probe > 0 && text.charCodeAt(start + c.probe) !== c.probeChar) continue;
    const end = start + c.alias.length;
    const found = text.startsWith(c.alias, start) ||
      (c.capitalThe && text.charCodeAt(start) === 84 /* T */ && text.startsWith(c.alias.slice(1), start + 1)) ||
      (c.apostrophe && text.slice(start, end).replace(/’/g, "'") === c.alias);
    if (found && !BOUNDARY_AFTER.test(text[end] ?? '')) return { kind: c.kind, id: c.id, start, end, ...(c.adjective ? { adjective: true } : {}) };
  }
  return undefined;
}
