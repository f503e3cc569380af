import type { FileReport } from './report';
import { summarise } from './report';

/** The JSON report (version 1) that CI and the evaluation script read: one line, since reports can be large. */
export function formatJson(files: FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      suppressed: f.suppressed,
      ...(f.error ? { error: f.error } : {}),
      findings: f.findings.map((x) => ({
        code: x.code, verdict: x.verdict, severity: x.severity, message: x.message, claim: x.claim,
        range: x.range, offset: x.offset,
        fact: { id: x.fact.id, statement: x.fact.statement, quote: x.fact.quote,
          source: { id: x.fact.source.id, title: x.fact.source.title, publisher: x.fact.source.publisher,
            date: x.fact.source.date, url: x.fact.source.url } },
        fixes: x.fixes.map((fix) => ({ title: fix.title, edits: fix.edits })),
      })),
    })),
    summary: summarise(files),
  });
}
