import type { Fact, TextEdit } from '../types';

export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

/** Footnote labels allow no spaces or brackets. */
const label = (fact: Fact) => fact.id.replace(/[^\w.-]/g, '-');
/** Pack text goes into Markdown: keep it from opening links, emphasis or HTML. */
const plain = (s: string) => s.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();

const definitions = new WeakMap<Fact, string>();

/** The footnote definition line for a fact: source, date, address, quote. */
export function footnoteDefinition(fact: Fact): string {
  let d = definitions.get(fact);
  if (d === undefined) {
    const s = fact.source;
    d = `[^${label(fact)}]: ${plain(s.publisher)}, "${plain(s.title)}", ${s.date}, <${s.url}>. Quote: "${plain(fact.quote)}"`;
    definitions.set(fact, d);
  }
  return d;
}

/** What citing needs to know about a document, computed once per document rather than per finding. */
export interface CitationContext { defined: Set<string>; eol: string; lead: string; length: number }

export function citationContext(text: string): CitationContext {
  const defined = new Set([...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let i = text.length, breaks = 0;
  while (i > 0 && (text[i - 1] === '\n' || text[i - 1] === '\r')) { if (text[i - 1] === '\n') breaks++; i--; }
  // A footnote definition goes after a blank line.
  const lead = text.length === 0 ? '' : breaks === 0 ? eol + eol : breaks === 1 ? eol : '';
  return { defined, eol, lead, length: text.length };
}

/**
 * Edits that cite `fact` at `offset`: a footnote marker plus its definition at the end of the
 * document (reused when already there), an inline link, or a Pandoc citation key.
 */
export function citationEdits(text: string, offset: number, fact: Fact, style: CitationStyle,
  context: CitationContext = citationContext(text)): { edits: TextEdit[] } {
  const at = { start: offset, end: offset };
  if (style === 'inline') {
    return { edits: [{ offset: at, newText: ` ([${plain(fact.source.publisher)}, ${fact.source.date}](${fact.source.url}))` }] };
  }
  if (style === 'pandoc') return { edits: [{ offset: at, newText: ` [@${fact.source.id}]` }] };
  const edits: TextEdit[] = [{ offset: at, newText: `[^${label(fact)}]` }];
  if (!context.defined.has(label(fact))) {
    const end = { start: context.length, end: context.length };
    edits.push({ offset: end, newText: `${context.lead}${footnoteDefinition(fact)}${context.eol}` });
  }
  return { edits };
}
