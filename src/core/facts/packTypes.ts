import type { Fact, Source } from '../types';

/** A named thing claims are about: a country, with every name a writer may use for it. */
export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  /** "British": a name only in a compound before a group noun ("the British-Australian pact"). */
  adjectives?: string[];
}

export interface Organisation {
  id: string;
  name: string;
  aliases: string[];
  /** Nouns that refer back to the organisation once named ("the alliance"). */
  anaphora: string[];
  /** Names that place a paragraph in the organisation's story even when it is not named. */
  context: string[];
}

/** `members`: entity ids, so a bare list of them ("Members: …") is known as this grouping's, not the organisation's. */
export interface OtherGrouping { id: string; aliases: string[]; members?: string[] }

/** Facts as stored in a pack, by kind; each also becomes a citable `Fact`. */
export type PackFact = Fact & { organisation: string } & (
  | { kind: 'membership'; members: string[] }
  | { kind: 'count'; count: number }
  | { kind: 'founding'; date: string }
  | { kind: 'invitation'; entity: string; invited: boolean; saidBy: string[]; reportedBy: string[] }
  | { kind: 'statement'; subject: string[]; relation: 'supports' | 'cooperates' | 'motive' | 'cites'; topic: string[];
      /** Terms that make a paragraph worth checking for this fact even when it names no organisation. */
      standalone?: string[] }
);

export interface Pack {
  id: string;
  title: string;
  origin: string;
  sources: Source[];
  organisations: Organisation[];
  otherGroupings: OtherGrouping[];
  entities: Entity[];
  facts: PackFact[];
}
