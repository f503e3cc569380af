import type { Fact, Finding } from '../core';
import type { FileReport, RenderedFile, ReportWriter } from './report';
import { Tally, withBody, writeAll } from './report';

/**
 * The JSON report (version 1) that CI and the evaluation script read: one line, since reports can be
 * large. Built from pieces rather than one JSON.stringify of the whole tree: a fact (statement,
 * quote, source) is the same for thousands of findings, so its JSON is made once. The text is what
 * JSON.stringify would give for the same object (a unit test holds it to that).
 */
export function formatJson(files: FileReport[]): string {
  return jsonReport(files.map((f) => withBody(f, jsonFile(f))));
}

/** The report around files already rendered by jsonFile. */
export function jsonReport(files: readonly RenderedFile[]): string {
  return writeAll(jsonWriter(), files);
}

/** The same report, written file by file (see ReportWriter). */
export function jsonWriter(): ReportWriter {
  const tally = new Tally();
  return {
    open: () => '{"version":1,"files":[',
    file: (f) => { tally.add(f); return (tally.summary.files > 1 ? ',' : '') + f.body; },
    close: () => `],"summary":${JSON.stringify(tally.summary)}}`,
  };
}

const factJson = new WeakMap<Fact, string>();

/** One file's entry in `files`. */
export function jsonFile(f: FileReport): string {
  const head = JSON.stringify({ path: f.path, suppressed: f.suppressed, ...(f.error ? { error: f.error } : {}) });
  return `${head.slice(0, -1)},"findings":[${f.findings.map(jsonFinding).join(',')}]}`;
}

/**
 * Written field by field: stringifying a fresh object per finding, with its nested range and
 * offsets, was most of the report's cost on a run with tens of thousands of findings. Strings go
 * through JSON.stringify, so escaping is the same; numbers are written as JSON writes them.
 */
function jsonFinding(x: Finding): string {
  const { start, end } = x.range;
  return `{"code":${str(x.code)},"verdict":${str(x.verdict)},"severity":${str(x.severity)},"message":${str(x.message)},` +
    `"claim":${str(x.claim)},"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},` +
    `"character":${end.character}}},"offset":{"start":${x.offset.start},"end":${x.offset.end}},"fact":${jsonFact(x.fact)},` +
    `"fixes":[${x.fixes.map(jsonFix).join(',')}]}`;
}

function jsonFix(fix: Finding['fixes'][number]): string {
  return `{"title":${str(fix.title)},"edits":[${fix.edits.map((e) => `{"offset":{"start":${e.offset.start},"end":${e.offset.end}},"newText":${str(e.newText)}}`).join(',')}]}`;
}

const str = (s: string): string => JSON.stringify(s);

function jsonFact(f: Fact): string {
  let json = factJson.get(f);
  if (json === undefined) {
    factJson.set(f, (json = JSON.stringify({ id: f.id, statement: f.statement, quote: f.quote,
      source: { id: f.source.id, title: f.source.title, publisher: f.source.publisher, date: f.source.date, url: f.source.url } })));
  }
  return json;
}
