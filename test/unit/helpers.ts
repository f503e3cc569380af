import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Checker, builtinPack, LineIndex } from '../../src/core';

export const checker = new Checker([builtinPack()]);
export const FIXTURES = join(__dirname, '..', 'fixtures');

export function fixtureDrafts(): { name: string; text: string }[] {
  const dir = join(FIXTURES, 'drafts');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Expectations written in a draft: `<!-- expect: CODE (why) -->` or `<!-- ok: why -->` above a paragraph. */
export interface Expectation { line: number; code?: string; why: string }

export function expectationsOf(text: string): Expectation[] {
  const lines = new LineIndex(text);
  const out: Expectation[] = [];
  // An ok marker's reason is free text ("ok: a later date, not the founding") or bracketed like an
  // expectation's ("ok (near miss: …)"), so it gets its own patterns.
  for (const m of text.matchAll(/<!-- (?:expect: ?([\w-]*)\s*(?:\(([^)]*)\))?|ok:\s*((?:(?!-->)[^])*?)|ok\s*\(([^)]*)\))\s*-->/g)) {
    const line = lines.positionAt(m.index).line + 1;
    const okWhy = m[3] ?? m[4];
    out.push(okWhy !== undefined ? { line, why: okWhy || 'ok' } : { line, code: m[1], why: m[2] ?? m[1] });
  }
  // An expectation the pattern cannot read (a bracket inside its reason) would silently test nothing.
  const read = new Set(out.map((e) => e.line - 1));
  for (const m of text.matchAll(/<!-- (?:expect:|ok\s*\()/g)) {
    const line = lines.positionAt(m.index).line;
    if (!read.has(line)) throw new Error(`line ${line + 1}: an expectation that cannot be read (no brackets inside its reason)`);
  }
  return out;
}
