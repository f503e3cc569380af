import type { TextEdit } from '../types';

/** Applies non-overlapping edits (offsets into `text`) and returns the new text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset.start - b.offset.start || a.offset.end - b.offset.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.offset.start < cursor) throw new Error(`Overlapping edits at offset ${e.offset.start}`);
    out += text.slice(cursor, e.offset.start) + e.newText;
    cursor = e.offset.end;
  }
  return out + text.slice(cursor);
}
