import type { Fact, Finding } from '../core';
import type { FileReport } from './report';
import { summarise } from './report';

/**
 * The JSON report (version 1) that CI and the evaluation script read: one line, since reports can be
 * large. Built from pieces rather than one JSON.stringify of the whole tree: a fact (statement,
 * quote, source) is the same for thousands of findings, so its JSON is made once. The text is what
 * JSON.stringify would give for the same object (a unit test holds it to that).
 */
export function formatJson(files: FileReport[]): string {
  const factJson = new Map<Fact, string>();
  const factOf = (f: Fact) => {
    let json = factJson.get(f);
    if (json === undefined) {
      factJson.set(f, (json = JSON.stringify({ id: f.id, statement: f.statement, quote: f.quote,
        source: { id: f.source.id, title: f.source.title, publisher: f.source.publisher, date: f.source.date, url: f.source.url } })));
    }
    return json;
  };
  const finding = (x: Finding) => {
    const head = JSON.stringify({ code: x.code, verdict: x.verdict, severity: x.severity, message: x.message, claim: x.claim, range: x.range, offset: x.offset });
    const fixes = JSON.stringify(x.fixes.map((fix) => ({ title: fix.title, edits: fix.edits })));
    return `${head.slice(0, -1)},"fact":${factOf(x.fact)},"fixes":${fixes}}`;
  };
  const file = (f: FileReport) => {
    const head = JSON.stringify({ path: f.path, suppressed: f.suppressed, ...(f.error ? { error: f.error } : {}) });
    return `${head.slice(0, -1)},"findings":[${f.findings.map(finding).join(',')}]}`;
  };
  return `{"version":1,"files":[${files.map(file).join(',')}],"summary":${JSON.stringify(summarise(files))}}`;
}
