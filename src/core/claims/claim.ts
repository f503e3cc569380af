import type { ClaimKind, Span } from '../types';
import type { PartialDate } from './dates';

/** What a sentence asserts, before it is compared with the facts. Spans are block prose offsets. */
export interface Claim {
  kind: ClaimKind;
  /** The sentence that holds the claim. */
  sentence: Span;
  organisation: string;
  /** false: the sentence denies it ("Japan is not a member"). */
  positive: boolean;
  /** membership/invitation: who; statement: subjects named. */
  entities: string[];
  /** The listed entities' spans (for list corrections) and the whole list's span. */
  list?: { span: Span; parts: Span[]; exhaustive: boolean };
  /**
   * The date as written. `yearsAfter`: the date is of an anniversary that many years after the
   * founding ("its second anniversary in September 2023"), so the founding is that much earlier.
   * `notBefore`: the text bounds the founding, not dates it ("AUKUS did not exist before 2022").
   */
  date?: { value: PartialDate; span: Span; yearsAfter?: number; notBefore?: boolean };
  /** The date as written ("March 2021"). */
  dateText?: string;
  /** beyond: the text names the size grown past ("grows beyond its founding three"), and value is one more. */
  /** besides: members the text names beside the number ("Britain and its two AUKUS partners"), counted in value but not in text. */
  /** borrowed: the number is another grouping's, said of the pact too ("The Quad has four members. So does AUKUS."); it is no number to correct in place. */
  count?: { value: number; atLeast: boolean; span: Span; text: string; beyond?: boolean; besides?: number; borrowed?: boolean };
  /** A table's yes/no cell that makes the claim ("| Japan | Yes |"), and the other answer, which a fix writes. */
  cell?: { span: Span; opposite: string };
  /** statement: the fact this claim is about. */
  factId?: string;
}
