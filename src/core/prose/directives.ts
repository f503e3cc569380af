import type { Directive } from './prose';

const DIRECTIVE = /^<!--\s*grounded-(disable-next-line|disable|enable)\b(?:\s+reason\s*=\s*"([^"]*)")?[^>]*?-->$/;

/** Reads `<!-- grounded-disable… reason="…" -->`; anything else is an ordinary comment. */
export function parseDirective(comment: string, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const reason = m[2]?.trim();
  return { kind: m[1] as Directive['kind'], line, ...(reason ? { reason } : {}) };
}
