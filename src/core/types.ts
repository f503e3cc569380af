/**
 * The shapes that flow through the engine. Offsets are UTF-16 code units into the Markdown
 * source (what JavaScript strings and VS Code count), half-open: [start, end).
 */

export interface Span { start: number; end: number }
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** A document a fact is quoted from. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) of publication. */
  date: string;
  url: string;
}

/** Kinds of claim the engine recognises. */
export type ClaimKind = 'membership' | 'invitation' | 'founding' | 'count' | 'statement';

/** A stored fact, already resolved against its source. */
export interface Fact {
  id: string;
  kind: ClaimKind;
  /** The fact in plain words, written for readers. */
  statement: string;
  /** Verbatim quote from the source that grounds the fact. */
  quote: string;
  source: Source;
  /** The date the fact is known true as of (ISO). */
  asOf: string;
  /** Where the fact is defined, for "go to fact" links: pack origin (path or URI) and offset. */
  origin?: { pack: string; offset: number };
}

export type Verdict = 'contradicted' | 'supported';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit { offset: Span; newText: string }

export interface Fix {
  title: string;
  /** rewrite: makes the claim agree with the fact; cite: inserts a citation. */
  kind: 'rewrite' | 'cite';
  /** The one fix an editor should offer first. */
  preferred: boolean;
  edits: TextEdit[];
}

export interface Finding {
  /** Stable code, e.g. "grounded/contradicted-membership". */
  code: string;
  verdict: Verdict;
  severity: Severity;
  message: string;
  claimKind: ClaimKind;
  /** The claim as the writer wrote it (prose, markup removed). */
  claim: string;
  offset: Span;
  range: Range;
  fact: Fact;
  fixes: Fix[];
}

export interface SuppressedFinding extends Finding {
  /** The reason given in the disable comment, if any. */
  suppressionReason?: string;
}

export interface CheckResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Set when the document was not checked at all (too large, binary…), with the reason. */
  skipped?: string;
  /**
   * Paragraphs the engine failed on (a bug in Grounded, not in the document): each is left
   * unchecked, with where it starts and the error, and the rest of the document is still checked.
   */
  unchecked?: { offset: Span; range: Range; message: string }[];
}

/** Severity for each verdict; 'off' drops findings of that verdict. */
export interface CheckOptions {
  severity?: Partial<Record<Verdict, Severity | 'off'>>;
  /** Documents longer than this many UTF-16 units are skipped with a reason. */
  maxLength?: number;
}
