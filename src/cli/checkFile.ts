import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Checker } from '../core';
import { jsonFile } from './formatJson';
import { sarifResults } from './formatSarif';
import { textFile } from './formatText';
import { withBody, type FileReport, type Format, type RenderedFile } from './report';

/** What checking a file needs besides the checker: plain data, so it can be sent to a worker. */
export interface CheckSettings { format: Format; showSupported: boolean; maxLength?: number; cwd: string }

/**
 * A file checked and rendered, with the line for standard error when it could not be checked, and
 * warnings for paragraphs the engine failed on (the rest of the file was checked; see CheckResult.unchecked).
 */
export interface CheckedFile { rendered: RenderedFile; problem?: string; warnings?: string[] }

/** SARIF names files by URI; `<stdin>` and other pseudo-paths stay as they are. */
export function toUri(path: string, cwd: string): string {
  return path.startsWith('<') ? path : pathToFileURL(resolve(cwd, path)).href;
}

export function render(report: FileReport, s: CheckSettings): RenderedFile {
  const body = s.format === 'json' ? jsonFile(report)
    : s.format === 'sarif' ? sarifResults(report, (p) => toUri(p, s.cwd))
      : textFile(report, { showSupported: s.showSupported });
  return withBody(report, body);
}

export function checkText(checker: Checker, path: string, text: string, s: CheckSettings): CheckedFile {
  let result: ReturnType<Checker['check']>;
  try {
    result = checker.check(text, { maxLength: s.maxLength });
  } catch (e) {
    // A bug in the engine costs this file, not the run: the other files are still checked and the
    // exit code says something went wrong.
    const error = `internal error: ${(e as Error).message}`;
    return { rendered: render({ path, findings: [], suppressed: 0, error }, s), problem: `${path}: not checked: ${error}` };
  }
  const report: FileReport = { path, findings: result.findings, suppressed: result.suppressed.length, ...(result.skipped ? { error: result.skipped } : {}) };
  const warnings = result.unchecked?.map((u) => `${path}:${u.range.start.line + 1}:${u.range.start.character + 1}: paragraph not checked: ${u.message} (a bug in Grounded: the rest of the file was checked)`);
  return { rendered: render(report, s), ...(result.skipped ? { problem: `${path}: not checked: ${result.skipped}` } : {}), ...(warnings ? { warnings } : {}) };
}

/**
 * Reads and checks one file. Never throws: an unreadable file is reported and the run goes on.
 * Reads synchronously: the thread has nothing else to do meanwhile, and an await per file left it
 * idle for a tenth of a run over files that hold no claim.
 */
export function checkFile(checker: Checker, path: string, s: CheckSettings): CheckedFile {
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (s.maxLength === undefined && bytes.length > 50_000_000) throw new Error('larger than 50 MB');
    text = bytes.toString('utf8');
  } catch (e) {
    const error = `cannot read: ${(e as Error).message}`;
    return { rendered: render({ path, findings: [], suppressed: 0, error }, s), problem: `${path}: ${error}` };
  }
  return checkText(checker, path, text, s);
}
