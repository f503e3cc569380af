import type { SourceMap } from './sourceMap';

/**
 * One block of prose: a paragraph, heading, list item paragraph or table cell; or a table row,
 * read with its table's header ("| Japan | Yes |" under "| Country | AUKUS member? |").
 */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'cell' | 'row';
  text: string;
  map: SourceMap;
  /** 0-based source line where the block starts. */
  line: number;
  /** row: the header cells' text, column by column. */
  columns?: string[];
  /** row: each cell's span in `text` (cells are joined with " | "). */
  cells?: { start: number; end: number }[];
}

/** A grounded-disable / -enable comment found in the document. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** 0-based line of the comment (its last line for disable-next-line). */
  line: number;
  reason?: string;
}

export interface ProjectedDocument { blocks: ProseBlock[]; directives: Directive[] }
