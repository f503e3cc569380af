import * as vscode from 'vscode';
import type { TextEdit } from '../core';
import type { Log } from './log';
import { workspaceEdit } from './textEdits';

export const APPLY_FIX = 'grounded.applyFix';
export const OPEN_SOURCE = 'grounded.openSource';

/** Arguments of `grounded.applyFix`: edits computed for one version of one document. */
export interface FixArgs {
  uri: string;
  /** The document version the edits were computed against. */
  version: number;
  title: string;
  edits: TextEdit[];
  /** Offset in the edited text where the cursor goes afterwards (e.g. inside a suppression reason). */
  cursorOffset?: number;
}

/** Why a fix was not applied, or undefined when it was. Returned to callers (and tests). */
export type FixOutcome = { applied: true } | { applied: false; reason: string };

/**
 * Applies a fix only to the text it was computed for. If the document changed since, the fix is
 * refused with a (non-modal) message instead of being applied to the wrong text.
 */
export async function applyFix(args: FixArgs, log: Log): Promise<FixOutcome> {
  const uri = vscode.Uri.parse(args.uri);
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri)
    ?? await vscode.workspace.openTextDocument(uri);
  if (doc.version !== args.version) {
    const reason = `"${args.title}" was not applied: ${vscode.workspace.asRelativePath(uri)} changed since the fix was computed. `
      + 'Try again after Grounded re-checks it.';
    log.warn(reason);
    void vscode.window.showWarningMessage(reason);
    return { applied: false, reason };
  }
  const edit = workspaceEdit(doc, args.edits);
  if (edit && !(await vscode.workspace.applyEdit(edit))) {
    const reason = `"${args.title}" could not be applied to ${vscode.workspace.asRelativePath(uri)}.`;
    log.warn(reason);
    return { applied: false, reason };
  }
  if (args.cursorOffset !== undefined) {
    const editor = await vscode.window.showTextDocument(doc);
    const pos = doc.positionAt(args.cursorOffset);
    editor.selection = new vscode.Selection(pos, pos);
  }
  return { applied: true };
}

/** Opens a fact's source address in the browser; only http(s) addresses are opened. */
export async function openSource(url: string, log: Log): Promise<boolean> {
  const uri = vscode.Uri.parse(url, true);
  if (uri.scheme !== 'https' && uri.scheme !== 'http') {
    log.warn(`Not opening source address "${url}": only http and https addresses are opened.`);
    return false;
  }
  return vscode.env.openExternal(uri);
}
