import type { Finding, TextEdit } from '../types';
import { LineIndex } from '../text/lineIndex';

/**
 * Inserts `<!-- grounded-disable-next-line reason="…" -->` above the finding's first line, with
 * the same indentation. `reasonOffset` (in the new text) is where an editor puts the cursor.
 */
export function suppressionEdit(text: string, finding: Finding, reason = ''): { edit: TextEdit; reasonOffset: number } {
  const lines = new LineIndex(text);
  const start = lines.lineStart(lines.positionAt(finding.offset.start).line);
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const safe = reason.replace(/"/g, "'").replace(/-->/g, '');
  const head = `${indent}<!-- grounded-disable-next-line reason="`;
  return {
    edit: { offset: { start, end: start }, newText: `${head}${safe}" -->${eol}` },
    reasonOffset: start + head.length + safe.length,
  };
}
