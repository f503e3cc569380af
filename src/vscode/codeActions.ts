import * as vscode from 'vscode';
import { applyEdits, citationEdits, suppressionEdit, type Finding, type Fix, type TextEdit } from '../core';
import { SOURCE } from './convert';
import type { DiagnosticsController, DocResult } from './diagnostics';
import { APPLY_FIX, OPEN_SOURCE, type FixArgs } from './fixCommands';
import { readSettings } from './settings';
import { minimalEdit, nonOverlapping } from './textEdits';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('grounded');

/**
 * Quick-fixes for Grounded diagnostics: every fix the engine offers (the preferred one marked),
 * "Rewrite and cite", "Suppress with a reason" and "Open source". Each goes through
 * `grounded.applyFix` with the document version its edits were computed for, so a fix for text
 * that has changed is refused. `source.fixAll.grounded` applies every preferred fix at once.
 */
export class GroundedCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly diagnostics: DiagnosticsController) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext,
    token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (context.only && FIX_ALL_KIND.intersects(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const all = await this.fixAll(doc);
      return all ? [all] : [];
    }
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics.filter((x) => x.source === SOURCE)) {
      if (token.isCancellationRequested) return [];
      const hit = this.diagnostics.findingFor(doc.uri, d);
      if (hit) actions.push(...this.actionsFor(doc, d, hit.finding, hit.result));
    }
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, d: vscode.Diagnostic, f: Finding, r: DocResult): vscode.CodeAction[] {
    const version = r.version === -1 && r.text === doc.getText() ? doc.version : r.version;
    const args = (title: string, edits: TextEdit[], cursorOffset?: number): FixArgs =>
      ({ uri: doc.uri.toString(), version, title, edits, cursorOffset });
    const action = (title: string, edits: TextEdit[], preferred = false, cursorOffset?: number) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [d];
      a.isPreferred = preferred;
      a.command = { command: APPLY_FIX, title, arguments: [args(title, edits, cursorOffset)] };
      return a;
    };
    const best = bestFix(f.fixes);
    const out = f.fixes.map((fix) => action(fix.title, fix.edits, fix === best));
    const rewrite = f.fixes.find((x) => x.kind === 'rewrite' && x === best) ?? f.fixes.find((x) => x.kind === 'rewrite');
    if (rewrite) {
      const combined = rewriteAndCite(r.text, f, rewrite, readSettings(doc.uri).citationStyle);
      if (combined) out.push(action(`Rewrite and cite: ${rewrite.title}`, combined));
    }
    const suppress = suppressionEdit(r.text, f, '');
    out.push(action('Suppress with a reason', [suppress.edit], false, suppress.reasonOffset));
    const open = new vscode.CodeAction(`Open source: ${f.fact.source.title}`, vscode.CodeActionKind.QuickFix);
    open.diagnostics = [d];
    open.command = { command: OPEN_SOURCE, title: open.title, arguments: [f.fact.source.url] };
    out.push(open);
    return out;
  }

  /**
   * One action applying the preferred fix of every contradiction. Supported claims are left
   * alone: fixing all on save must not fill a draft with footnotes.
   */
  private async fixAll(doc: vscode.TextDocument): Promise<vscode.CodeAction | undefined> {
    const result = this.diagnostics.resultFor(doc) ?? await this.diagnostics.checkNow(doc);
    if (!result || result.version !== doc.version) return undefined;
    const contradictions = result.findings.filter((f) => f.verdict === 'contradicted');
    const edits = nonOverlapping(contradictions.flatMap((f) => bestFix(f.fixes)?.edits ?? []));
    const e = minimalEdit(result.text, edits);
    if (!e) return undefined;
    const action = new vscode.CodeAction('Grounded: apply every preferred fix', FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset.start), doc.positionAt(e.offset.end)), e.newText);
    return action;
  }
}

/** The engine's preferred fix, or its first one. */
export function bestFix(fixes: readonly Fix[]): Fix | undefined {
  return fixes.find((f) => f.preferred) ?? fixes[0];
}

/**
 * The rewrite plus a citation after the claim (after its closing punctuation), as one set of
 * edits; undefined if the two would overlap.
 */
function rewriteAndCite(text: string, f: Finding, rewrite: Fix, style: 'footnote' | 'inline' | 'pandoc'): TextEdit[] | undefined {
  let at = f.offset.end;
  while (at < text.length && /[.!?,;:]/.test(text[at])) at++;
  try {
    const edits = [...rewrite.edits, ...citationEdits(text, at, f.fact, style).edits];
    applyEdits(text, edits); // throws on overlap
    return edits;
  } catch {
    return undefined;
  }
}
