import * as vscode from 'vscode';
import { citationEdits, type CitationStyle, type Fact } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { isCheckable } from './diagnostics';
import type { Log } from './log';
import type { PackRegistry } from './packs';
import { readSettings } from './settings';

/** Optional arguments, for keybindings and tests: skip the quick pick and/or override the style. */
export interface InsertCitationArgs { factId?: string; style?: CitationStyle }

interface FactItem extends vscode.QuickPickItem { fact?: Fact }

/**
 * "Grounded: Insert Citation": pick a fact (the facts of the claim under the cursor first) and
 * insert a citation at the cursor in the configured style. For footnotes the engine also adds
 * (or reuses) the definition at the end of the document.
 */
export async function insertCitation(packs: PackRegistry, diagnostics: DiagnosticsController, log: Log,
  args: InsertCitationArgs = {}): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isCheckable(editor.document)) {
    log.info('Insert Citation needs an active Markdown editor.');
    void vscode.window.showInformationMessage('Grounded: open a Markdown file to insert a citation.');
    return false;
  }
  const doc = editor.document;
  const checker = await packs.checkerFor(doc.uri);
  const fact = args.factId !== undefined
    ? checker.facts.find((f) => f.id === args.factId)
    : await pickFact(checker.facts, factsAtCursor(diagnostics, editor));
  if (!fact) {
    if (args.factId !== undefined) log.warn(`Insert Citation: no fact with id "${args.factId}".`);
    return false;
  }
  const style = args.style ?? readSettings(doc.uri).citationStyle;
  const text = doc.getText();
  const cursor = doc.offsetAt(editor.selection.end);
  const { edits } = citationEdits(text, cursor, fact, style);
  const ok = await editor.edit((b) => {
    for (const e of edits) b.replace(new vscode.Range(doc.positionAt(e.offset.start), doc.positionAt(e.offset.end)), e.newText);
  });
  if (!ok) {
    log.warn('Insert Citation: the editor refused the edit (the document changed meanwhile).');
    return false;
  }
  // Put the cursor after what was inserted at the cursor.
  const shift = edits.filter((e) => e.offset.end <= cursor).reduce((n, e) => n + e.newText.length - (e.offset.end - e.offset.start), 0);
  const pos = doc.positionAt(cursor + shift);
  editor.selection = new vscode.Selection(pos, pos);
  return true;
}

function factsAtCursor(diagnostics: DiagnosticsController, editor: vscode.TextEditor): string[] {
  const result = diagnostics.resultFor(editor.document);
  if (!result) return [];
  const offset = editor.document.offsetAt(editor.selection.active);
  return result.findings.filter((f) => f.offset.start <= offset && offset <= f.offset.end).map((f) => f.fact.id);
}

async function pickFact(facts: Fact[], firstIds: string[]): Promise<Fact | undefined> {
  const item = (fact: Fact): FactItem => ({
    label: fact.statement,
    description: fact.id,
    detail: [fact.source.publisher, fact.source.date, fact.source.title].filter(Boolean).join(' · '),
    fact,
  });
  const first = facts.filter((f) => firstIds.includes(f.id));
  const rest = facts.filter((f) => !firstIds.includes(f.id));
  const items: FactItem[] = first.length
    ? [{ label: 'Claim at the cursor', kind: vscode.QuickPickItemKind.Separator }, ...first.map(item),
      { label: 'All facts', kind: vscode.QuickPickItemKind.Separator }, ...rest.map(item)]
    : rest.map(item);
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Grounded: Insert Citation',
    placeHolder: 'Search facts by statement, id or source',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.fact;
}
