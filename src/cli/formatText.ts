import type { FileReport, RenderedFile, ReportWriter } from './report';
import { Tally, writeAll } from './report';

export interface TextOptions { showSupported: boolean }

/**
 * The text report, compiler-style (`file:line:col  severity  message  [fact]`, then the claim and
 * the quote): each file's lines, then the summary line.
 */
export function textReport(files: readonly RenderedFile[]): string {
  return writeAll(textWriter(), files);
}

/** The same report, written file by file (see ReportWriter). */
export function textWriter(): ReportWriter {
  const tally = new Tally();
  return {
    open: () => '',
    file: (f) => { tally.add(f); return f.body === '' ? '' : `${f.body}\n`; },
    close: () => {
      const s = tally.summary;
      return `${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.contradicted} contradicted, ${s.supported} supported, ${s.suppressed} suppressed`;
    },
  };
}

/** One file's lines ('' when it has none to show). */
export function textFile(f: FileReport, options: TextOptions): string {
  const out: string[] = [];
  if (f.error) out.push(`${f.path}: not checked: ${f.error}`);
  for (const x of f.findings) {
    if (x.verdict === 'supported' && !options.showSupported) continue;
    out.push(`${f.path}:${x.range.start.line + 1}:${x.range.start.character + 1}  ${x.severity}  ${x.message}  [${x.fact.id}]`);
    out.push(`    claim: ${x.claim}`);
    out.push(`    source: "${x.fact.quote}" (${x.fact.source.publisher}, ${x.fact.source.date}, ${x.fact.source.url})`);
  }
  return out.join('\n');
}
