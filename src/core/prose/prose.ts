import type { SourceMap } from './sourceMap';

/** One block of prose (a paragraph, heading, list item paragraph or table cell). */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'cell';
  text: string;
  map: SourceMap;
  /** 0-based source line where the block starts. */
  line: number;
}

/** A grounded-disable / -enable comment found in the document. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** 0-based line of the comment (its last line for disable-next-line). */
  line: number;
  reason?: string;
}

export interface ProjectedDocument { blocks: ProseBlock[]; directives: Directive[] }
