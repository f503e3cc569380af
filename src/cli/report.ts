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

/**
 * One file's part of the report, already written in the output format. Files are rendered where
 * they are checked (in a worker thread, for large runs), so only strings cross between threads.
 */
export interface RenderedFile {
  path: string;
  error?: string;
  suppressed: number;
  contradicted: number;
  supported: number;
  /** The file's part of the output ('' when it has nothing to show). */
  body: string;
}

export type Format = 'text' | 'json' | 'sarif';

/** A file's report with its rendered part of the output. */
export function withBody(report: FileReport, body: string): RenderedFile {
  let contradicted = 0, supported = 0;
  for (const f of report.findings) if (f.verdict === 'contradicted') contradicted++; else supported++;
  return { path: report.path, suppressed: report.suppressed, contradicted, supported, body, ...(report.error ? { error: report.error } : {}) };
}

/**
 * A report written as the files are checked: its opening, each file's part in the command line's
 * order, then its close (which may sum up). Nothing of a file is kept once its part is written, so
 * a run over thousands of files does not hold the whole report in memory.
 */
export interface ReportWriter {
  open(): string;
  file(f: RenderedFile): string;
  close(): string;
}

/** The whole report at once (for tests and small callers). */
export function writeAll(writer: ReportWriter, files: readonly RenderedFile[]): string {
  return writer.open() + files.map((f) => writer.file(f)).join('') + writer.close();
}

/** Sums the files' counts as they are written. */
export class Tally {
  readonly summary: Summary = { files: 0, contradicted: 0, supported: 0, suppressed: 0 };
  add(f: RenderedFile): void {
    this.summary.files++;
    this.summary.contradicted += f.contradicted;
    this.summary.supported += f.supported;
    this.summary.suppressed += f.suppressed;
  }
}

export function summarise(files: readonly RenderedFile[]): Summary {
  let contradicted = 0, supported = 0, suppressed = 0;
  for (const f of files) { contradicted += f.contradicted; supported += f.supported; suppressed += f.suppressed; }
  return { files: files.length, contradicted, supported, suppressed };
}
