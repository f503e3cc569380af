import type { Fact } from '../types';
import type { Pack, PackFact } from '../facts/packTypes';

/** One public object per fact, so findings share it (and what is derived from it). */
const publicFacts = new WeakMap<PackFact, Fact>();

type Of<K extends PackFact['kind']> = Extract<PackFact, { kind: K }>;

/** The loaded packs, indexed for the questions verdicts ask. */
export class FactIndex {
  readonly facts: PackFact[];
  readonly orgNames = new Map<string, string>();
  readonly entityNames = new Map<string, string>();
  /** Facts by kind, then organisation (two lookups, no key built per call: judging is a hot path). */
  private readonly byKind = new Map<string, Map<string, PackFact[]>>();

  constructor(packs: readonly Pack[]) {
    this.facts = packs.flatMap((p) => p.facts);
    for (const p of packs) {
      for (const o of p.organisations) if (!this.orgNames.has(o.id)) this.orgNames.set(o.id, o.name);
      for (const e of p.entities) if (!this.entityNames.has(e.id)) this.entityNames.set(e.id, e.name);
    }
    for (const f of this.facts) {
      let byOrg = this.byKind.get(f.kind);
      if (!byOrg) this.byKind.set(f.kind, (byOrg = new Map()));
      byOrg.set(f.organisation, [...(byOrg.get(f.organisation) ?? []), f]);
    }
  }

  membership(org: string): Of<'membership'> | undefined { return this.first('membership', org); }
  count(org: string): Of<'count'> | undefined { return this.first('count', org); }
  founding(org: string): Of<'founding'> | undefined { return this.first('founding', org); }
  invitation(org: string, entity: string): Of<'invitation'> | undefined {
    return (this.byKind.get('invitation')?.get(org) as Of<'invitation'>[] | undefined)?.find((f) => f.entity === entity);
  }
  byId(id: string): PackFact | undefined { return this.facts.find((f) => f.id === id); }

  name(entity: string): string { return this.entityNames.get(entity) ?? entity; }
  orgName(org: string): string { return this.orgNames.get(org) ?? org; }

  /** "Australia, the United Kingdom and the United States". */
  listNames(ids: readonly string[]): string {
    const names = ids.map((id) => this.name(id));
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }

  /** The public shape of a fact (what findings and the Insert Citation command carry). */
  static publicFact(f: PackFact): Fact {
    let fact = publicFacts.get(f);
    if (!fact) {
      fact = { id: f.id, kind: f.kind, statement: f.statement, quote: f.quote, source: f.source, asOf: f.asOf, origin: f.origin };
      publicFacts.set(f, fact);
    }
    return fact;
  }

  private first<K extends PackFact['kind']>(kind: K, org: string): Of<K> | undefined {
    return this.byKind.get(kind)?.get(org)?.[0] as Of<K> | undefined;
  }
}
