import type { Finding } from '../core';
import { FINDING_CODES, docsUrl } from '../core';
import type { FileReport, RenderedFile, ReportWriter } from './report';
import { writeAll } from './report';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** Every finding code, sorted: the rules of the run, so a code's ruleIndex never depends on the input. */
const CODES: readonly string[] = Object.values(FINDING_CODES).flatMap((byKind) => Object.values(byKind)).sort();

/** SARIF 2.1.0 (one rule per finding code, results with locations and fixes) around results already rendered by sarifResults. */
export function sarifReport(files: readonly RenderedFile[], version: string): string {
  return writeAll(sarifWriter(version), files);
}

/** The same report, written file by file (see ReportWriter): the rules do not depend on the results. */
export function sarifWriter(version: string): ReportWriter {
  const tool = { driver: {
    name: 'Grounded', version, informationUri: docsUrl(''),
    rules: CODES.map((code) => ({
      id: code, name: code.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: describe(code) }, helpUri: docsUrl(code),
    })),
  } };
  const notifications: { level: string; message: { text: string } }[] = [];
  let results = 0;
  return {
    open: () => `{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":${JSON.stringify(tool)},"results":[`,
    file: (f) => {
      if (f.error) notifications.push({ level: 'error', message: { text: `${f.path}: ${f.error}` } });
      if (f.body === '') return '';
      return (results++ > 0 ? ',' : '') + f.body;
    },
    close: () => `],"invocations":${JSON.stringify([{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }])}}]}`,
  };
}

/** One file's results, comma-separated ('' when it has none). */
export function sarifResults(f: FileReport, toUri: (path: string) => string): string {
  const uri = toUri(f.path);
  return f.findings.map((x) => JSON.stringify(result(x, uri, CODES.indexOf(x.code)))).join(',');
}

function result(x: Finding, uri: string, ruleIndex: number) {
  return {
    ruleId: x.code, ruleIndex, level: LEVEL[x.severity], kind: x.verdict === 'contradicted' ? 'fail' : 'pass',
    message: { text: `${x.message} Source: "${x.fact.quote}" (${x.fact.source.publisher}, ${x.fact.source.date}).` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(x.range, x.offset) } }],
    properties: { factId: x.fact.id, sourceUrl: x.fact.source.url, verdict: x.verdict },
    fixes: x.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((e) => ({
        deletedRegion: { charOffset: e.offset.start, charLength: e.offset.end - e.offset.start },
        insertedContent: { text: e.newText },
      })) }],
    })),
  };
}

/** SARIF lines and columns are 1-based; columns count UTF-16 code units by default. */
function region(range: Finding['range'], offset: Finding['offset']) {
  return {
    startLine: range.start.line + 1, startColumn: range.start.character + 1,
    endLine: range.end.line + 1, endColumn: range.end.character + 1,
    charOffset: offset.start, charLength: offset.end - offset.start,
  };
}

function describe(code: string): string {
  const [verdict, ...rest] = code.split('-');
  return `${verdict === 'contradicted' ? 'Contradicts' : 'Supported by'} a fact: ${rest.join(' ')}`;
}
