import type { Pack } from '../facts/packTypes';

export type MentionKind = 'entity' | 'org' | 'other' | 'anaphor' | 'pronoun';

/** Everything the packs name, compiled once into matchers. */
export interface Lexicon {
  /** Matches any alias; group names are not used, `lookup` resolves the matched text. */
  pattern: RegExp;
  lookup: Map<string, { kind: MentionKind; id: string }>;
  /** Cheap test: can this block hold a claim at all? (it names an organisation) */
  mayHoldClaim: (text: string) => boolean;
  /** Nouns that refer back to an organisation, by organisation id. */
  anaphora: Map<string, string>;
  /** The organisation a block is about when it names none but mentions its story (context words). */
  contextOf: (text: string) => string | undefined;
  /** Entity id → display name. */
  entityNames: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "the UK" also matches "The UK"; the match itself stays case-sensitive so "US" never matches "us". */
function aliasSource(alias: string): string {
  const e = escape(alias);
  return /^the /i.test(alias) ? `[Tt]he ${e.slice(4)}` : e;
}

export function buildLexicon(packs: readonly Pack[]): Lexicon {
  const lookup = new Map<string, { kind: MentionKind; id: string }>();
  const add = (alias: string, kind: MentionKind, id: string) => {
    const key = normaliseKey(alias);
    if (!lookup.has(key)) lookup.set(key, { kind, id });
  };
  const anaphora = new Map<string, string>();
  const entityNames = new Map<string, string>();
  const orgAliases: string[] = [];
  const contexts: { org: string; re: RegExp }[] = [];
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
    }
  }
  const aliases = [...lookup.keys()].map((k) => ({ k, src: aliasSource(k) }));
  aliases.sort((a, b) => b.k.length - a.k.length);
  const nouns = [...anaphora.keys()].map(escape).join('|');
  const source = [
    ...aliases.map((a) => a.src),
    // An anaphoric noun needs a determiner: "the alliance", "this pact", "its partnership".
    `(?<=\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur)\\s(?:[\\w-]+\\s){0,2})(?:${nouns})(?:s)?`,
    '[Ii]ts?',
  ].join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'gu');
  const orgTest = new RegExp(orgAliases.map(escape).join('|'), 'i');
  const contextOf = (t: string) => contexts.find((c) => c.re.test(t))?.org;
  return { pattern, lookup, mayHoldClaim: (t) => orgTest.test(t) || contextOf(t) !== undefined, contextOf, anaphora, entityNames };
}

export function normaliseKey(alias: string): string {
  return alias.replace(/^the /i, 'the ').replace(/[’]/g, "'");
}
