import * as vscode from 'vscode';
import { applyEdits, type TextEdit } from '../core';

/**
 * The engine's edits (offsets into `text`) as one minimal replacement: the shortest range whose
 * replacement turns `text` into the edited text. One undo step, and no other text is touched.
 */
export function minimalEdit(text: string, edits: readonly TextEdit[]): TextEdit | undefined {
  const next = applyEdits(text, edits);
  if (next === text) return undefined;
  let start = 0;
  const max = Math.min(text.length, next.length);
  while (start < max && text.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && text.charCodeAt(text.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  return { offset: { start, end: text.length - end }, newText: next.slice(start, next.length - end) };
}

/** A WorkspaceEdit that applies `edits` (offsets into the document's current text). */
export function workspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit | undefined {
  const e = minimalEdit(doc.getText(), edits);
  if (!e) return undefined;
  const we = new vscode.WorkspaceEdit();
  we.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset.start), doc.positionAt(e.offset.end)), e.newText);
  return we;
}

/** Drops edits that overlap an earlier one, so independent fixes can be applied together. */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset.start - b.offset.start || a.offset.end - b.offset.end);
  const out: TextEdit[] = [];
  let end = -1;
  for (const e of sorted) {
    if (e.offset.start < end) continue;
    out.push(e);
    end = Math.max(end, e.offset.end);
  }
  return out;
}
