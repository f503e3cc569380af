// Helpers for the integration suite: event-driven waits (never sleeps), fresh documents, the CLI.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'grounded.grounded';

export interface GroundedApi {
  activationMs: number;
  statusText(): string | undefined;
  lastCheckMs(): number;
  onDidPublish: vscode.Event<{ uri: vscode.Uri; version: number | undefined }>;
}

export async function activate(): Promise<GroundedApi> {
  const ext = vscode.extensions.getExtension<GroundedApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  // VS Code cancels a running code-action request when an extension registers a provider for
  // the document, as the built-in Markdown, Emmet and extension-editing extensions do when they
  // activate on the first Markdown file. Activate them up front so they cannot cancel the
  // requests under test.
  const onMarkdown = vscode.extensions.all.filter((e) => e.id !== EXTENSION_ID && !e.isActive
    && ((e.packageJSON.activationEvents ?? []) as string[]).some((a) => a === 'onLanguage' || a === 'onLanguage:markdown'));
  await Promise.all(onMarkdown.map((e) => Promise.resolve(e.activate()).catch(() => undefined)));
  return ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export function groundedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Grounded');
}

/** Resolves with the document's Grounded diagnostics once `until` holds (checked on every change). */
export function waitForDiagnostics(uri: vscode.Uri, until: (ds: vscode.Diagnostic[]) => boolean,
  what: string, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let sub: vscode.Disposable | undefined;
    const finish = (ds: vscode.Diagnostic[]) => { clearTimeout(timer); sub?.dispose(); resolve(ds); };
    const check = () => { const ds = groundedDiagnostics(uri); if (until(ds)) { finish(ds); return true; } return false; };
    const timer = setTimeout(() => {
      sub?.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${describe(groundedDiagnostics(uri))}`));
    }, timeoutMs);
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
  });
}

export function describe(ds: vscode.Diagnostic[]): string {
  return JSON.stringify(ds.map((d) => ({ code: codeOf(d), line: d.range.start.line, message: d.message })));
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

let counter = 0;
/** Writes `text` to a new file in the workspace, opens it in an editor and waits for its first check. */
export async function openDraft(text: string, name = `draft-${process.pid}-${++counter}.md`):
  Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceUri('tmp', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const checked = waitForDiagnostics(uri, (ds) => ds.length > 0, `first check of ${name}`);
  const editor = await openEditor(uri);
  return { doc: editor.document, editor, diagnostics: await checked };
}

/**
 * Opens a file in an editor the way a user does (vscode.open), not with openTextDocument: the
 * latter makes VS Code keep the document alive for minutes after its editor closes, so
 * onDidCloseTextDocument would not fire when the test closes it.
 */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const shown = new Promise<vscode.TextEditor>((resolve) => {
    const match = (e: vscode.TextEditor | undefined) => e?.document.uri.toString() === uri.toString();
    if (match(vscode.window.activeTextEditor)) { resolve(vscode.window.activeTextEditor!); return; }
    const sub = vscode.window.onDidChangeActiveTextEditor((e) => { if (match(e)) { sub.dispose(); resolve(e!); } });
  });
  await vscode.commands.executeCommand('vscode.open', uri);
  return shown;
}

/** Saves (so no dialog asks) and closes every editor. */
export async function closeAll(): Promise<void> {
  for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.scheme === 'file') await d.save();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export interface CliFinding {
  code: string; verdict: string; severity: string; message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes?: { title: string; preferred: boolean; edits: { offset: { start: number; end: number }; newText: string }[] }[];
}

/** The CLI's JSON findings for one file, or undefined when dist/cli.js is not built. */
export function cliFindings(file: string): CliFinding[] | undefined {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const cli = path.join(ext.extensionPath, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (r.error || (r.status !== 0 && r.status !== 1)) {
    throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  }
  const report = JSON.parse(r.stdout) as { files: { findings: CliFinding[] }[] };
  return report.files.flatMap((f) => f.findings);
}

export const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};
