import type { Fact, TextEdit } from '../types';

export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** Footnote labels allow no spaces or brackets. */
const label = (fact: Fact) => fact.id.replace(/[^\w.-]/g, '-');
/** Pack text goes into Markdown: keep it from opening links, emphasis or HTML. */
const plain = (s: string) => s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

/** The footnote definition line for a fact: source, date, address, quote. */
export function footnoteDefinition(fact: Fact): string {
  const s = fact.source;
  return `[^${label(fact)}]: ${plain(s.publisher)}, "${plain(s.title)}", ${s.date}, <${s.url}>. Quote: "${plain(fact.quote)}"`;
}

/**
 * Edits that cite `fact` at `offset`: a footnote marker plus its definition at the end of the
 * document (reused when already there), an inline link, or a Pandoc citation key.
 */
export function citationEdits(text: string, offset: number, fact: Fact, style: CitationStyle): { edits: TextEdit[] } {
  const at = { start: offset, end: offset };
  if (style === 'inline') {
    return { edits: [{ offset: at, newText: ` ([${plain(fact.source.publisher)}, ${fact.source.date}](${fact.source.url}))` }] };
  }
  if (style === 'pandoc') return { edits: [{ offset: at, newText: ` [@${fact.source.id}]` }] };
  const marker = `[^${label(fact)}]`;
  const edits: TextEdit[] = [{ offset: at, newText: marker }];
  if (!text.includes(`${marker}:`)) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const trailing = /(\r?\n)*$/.exec(text)![0];
    const lead = text.length === 0 ? '' : trailing.length === 0 ? eol + eol : /\n.*\n$|\n\r?\n$/.test(trailing) ? '' : eol;
    edits.push({ offset: { start: text.length, end: text.length }, newText: `${lead}${footnoteDefinition(fact)}${eol}` });
  }
  return { edits };
}
