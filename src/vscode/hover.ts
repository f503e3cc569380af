import * as vscode from 'vscode';
import type { Finding } from '../core';
import { toRange } from './convert';
import type { DiagnosticsController } from './diagnostics';

const VERDICT_LABEL = { contradicted: 'Contradicted by the source', supported: 'Supported by the source' } as const;

/**
 * Citation hover on a checked claim: the verdict, the fact in plain words, the source quote as a
 * block quote, then the source (title, publisher, date, address). Every string that comes from a
 * pack goes through `appendText`, so pack text cannot inject Markdown, HTML or command links;
 * `isTrusted` stays off.
 */
export class CitationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: DiagnosticsController) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const result = this.diagnostics.resultFor(doc);
    if (!result || token.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(position);
    const hits = result.findings.filter((f) => f.offset.start <= offset && offset <= f.offset.end);
    if (hits.length === 0) return undefined;
    return new vscode.Hover(hits.map(citationMarkdown), toRange(result.index, hits[0].offset));
  }
}

export function citationMarkdown(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  const { fact } = f;
  const { source } = fact;
  const parts = [
    `**${VERDICT_LABEL[f.verdict]}**`,
    escapeMarkdown(fact.statement),
    `> ${escapeMarkdown(fact.quote)}`,
    `— *${escapeMarkdown(source.title)}*, ${escapeMarkdown([source.publisher, source.date].filter(Boolean).join(', '))}`,
  ];
  const href = safeHref(source.url);
  if (href) parts[3] += ` · [${escapeMarkdown(source.url)}](${href})`;
  md.appendMarkdown(parts.join('\n\n'));
  return md;
}

/**
 * Pack text as inert Markdown: one line (so it cannot start new blocks), HTML characters as
 * entities, and every Markdown punctuation character backslash-escaped. Unlike appendText this
 * keeps ordinary spaces, so long quotes still wrap.
 */
export function escapeMarkdown(s: string): string {
  return String(s ?? '').replace(/\s+/g, ' ').trim()
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, '\\$&');
}

/** An http(s) address safe to put inside a Markdown link target, or undefined. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return u.href.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return undefined;
  }
}
