import type { FileReport } from './report';
import { summarise } from './report';

/** Compiler-style lines: `file:line:col  severity  message  [fact]`, then the quote and source. */
export function formatText(files: FileReport[], options: { showSupported: boolean }): string {
  const out: string[] = [];
  for (const f of files) {
    if (f.error) out.push(`${f.path}: not checked: ${f.error}`);
    for (const x of f.findings) {
      if (x.verdict === 'supported' && !options.showSupported) continue;
      out.push(`${f.path}:${x.range.start.line + 1}:${x.range.start.character + 1}  ${x.severity}  ${x.message}  [${x.fact.id}]`);
      out.push(`    claim: ${x.claim}`);
      out.push(`    source: "${x.fact.quote}" (${x.fact.source.publisher}, ${x.fact.source.date}, ${x.fact.source.url})`);
    }
  }
  const s = summarise(files);
  out.push(`${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.contradicted} contradicted, ${s.supported} supported, ${s.suppressed} suppressed`);
  return out.join('\n');
}
