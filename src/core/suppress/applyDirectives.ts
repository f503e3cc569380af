import type { Directive } from '../prose/prose';
import type { Finding, SuppressedFinding } from '../types';

/** Splits findings into kept and suppressed by the document's disable/enable comments. */
export function applyDirectives(findings: Finding[], directives: Directive[]): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  if (directives.length === 0) return { kept: findings, suppressed: [] };
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const line = f.range.start.line;
    let reason: string | undefined;
    let hit = false;
    let open: { reason?: string } | undefined;
    for (const d of sorted) {
      if (d.line >= line) break;
      if (d.kind === 'disable') open = { reason: d.reason };
      else if (d.kind === 'enable') open = undefined;
      else if (d.line === line - 1) { hit = true; reason = d.reason; }
    }
    if (!hit && open) { hit = true; reason = open.reason; }
    if (hit) suppressed.push({ ...f, ...(reason ? { suppressionReason: reason } : {}) });
    else kept.push(f);
  }
  return { kept, suppressed };
}
