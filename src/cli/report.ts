import type { Finding } from '../core';

/** One checked file, as every reporter sees it. */
export interface FileReport {
  path: string;
  findings: Finding[];
  suppressed: number;
  /** Why the file was not checked (too large, binary, unreadable). */
  error?: string;
}

export interface Summary { files: number; contradicted: number; supported: number; suppressed: number }

export function summarise(files: FileReport[]): Summary {
  const count = (v: string) => files.reduce((n, f) => n + f.findings.filter((x) => x.verdict === v).length, 0);
  return { files: files.length, contradicted: count('contradicted'), supported: count('supported'),
    suppressed: files.reduce((n, f) => n + f.suppressed, 0) };
}
