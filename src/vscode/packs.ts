import * as vscode from 'vscode';
import { builtinPack, Checker, LineIndex, type Fact, type Pack } from '../core';
import { loadPackLazily as loadPack } from '../loadPackLazily';
import type { Log } from './log';
import { readSettings } from './settings';

interface LoadedFile { uri: vscode.Uri; pack?: Pack; index?: LineIndex }

/**
 * Loads fact packs (the built-in one plus `grounded.packs` files) and hands out a Checker per
 * set of packs. Files are read through `vscode.workspace.fs`, so packs work in virtual
 * workspaces too. `grounded.packs` is a restricted setting: in an untrusted workspace VS Code
 * ignores its workspace value, so only packs the user configured are loaded.
 * Pack errors become diagnostics on the pack file and lines in the log.
 */
export class PackRegistry implements vscode.Disposable {
  private readonly files = new Map<string, Promise<LoadedFile>>();
  /** Files whose read has finished, by URI string (= the origin given to loadPack). */
  private readonly loaded = new Map<string, LoadedFile>();
  private readonly checkers = new Map<string, Promise<Checker>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly errors = vscode.languages.createDiagnosticCollection('grounded-packs');
  private readonly disposables: vscode.Disposable[] = [];
  private builtin?: Pack;
  /** Fires when a pack file changes or workspace trust is granted; documents should be re-checked. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    const invalidate = (uri: vscode.Uri) => {
      if (!this.files.has(uri.toString())) return;
      this.files.delete(uri.toString());
      this.loaded.delete(uri.toString());
      this.checkers.clear();
      this.changed.fire();
    };
    this.disposables.push(
      watcher, watcher.onDidChange(invalidate), watcher.onDidCreate(invalidate), watcher.onDidDelete(invalidate),
      vscode.workspace.onDidSaveTextDocument((d) => invalidate(d.uri)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => { this.reset(); }),
      this.changed, this.errors,
    );
  }

  /** Drops every cached pack and checker (settings changed, trust granted). */
  reset(): void {
    this.files.clear();
    this.loaded.clear();
    this.checkers.clear();
    this.changed.fire();
  }

  /** The checker for a document, built from the packs configured for its folder. */
  checkerFor(resource: vscode.Uri): Promise<Checker> {
    const uris = this.packUris(resource);
    const key = uris.map((u) => u.toString()).join('\n');
    let checker = this.checkers.get(key);
    if (!checker) {
      checker = this.buildChecker(uris);
      this.checkers.set(key, checker);
      checker.catch(() => this.checkers.delete(key));
    }
    return checker;
  }

  /** Where a fact is defined, when its pack is a file we loaded (built-in facts have none). */
  locate(fact: Fact): vscode.Location | undefined {
    if (!fact.origin) return undefined;
    const file = this.loaded.get(fact.origin.pack);
    if (!file?.index) return undefined;
    const p = file.index.positionAt(fact.origin.offset);
    return new vscode.Location(file.uri, new vscode.Position(p.line, p.character));
  }

  private async buildChecker(uris: vscode.Uri[]): Promise<Checker> {
    this.builtin ??= builtinPack();
    const loaded = await Promise.all(uris.map((u) => this.loadFile(u)));
    const packs = [this.builtin, ...loaded.flatMap((f) => (f.pack ? [f.pack] : []))];
    return new Checker(packs);
  }

  private loadFile(uri: vscode.Uri): Promise<LoadedFile> {
    const key = uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = this.readPack(uri);
      this.files.set(key, file);
    }
    return file;
  }

  private async readPack(uri: vscode.Uri): Promise<LoadedFile> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      this.log.error(`Could not read pack file ${uri.toString(true)}`, e);
      return { uri };
    }
    const { pack, errors } = loadPack(text, uri.toString());
    this.errors.set(uri, errors.map((e) => {
      const pos = new vscode.Position(e.line ?? 0, e.column ?? 0);
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos), e.message, vscode.DiagnosticSeverity.Error);
      d.source = 'Grounded';
      return d;
    }));
    for (const e of errors) this.log.warn(`${uri.toString(true)}:${(e.line ?? 0) + 1}:${(e.column ?? 0) + 1} ${e.message}`);
    if (pack) this.log.info(`Loaded pack ${uri.toString(true)}`);
    const file = { uri, pack, index: new LineIndex(text) };
    this.loaded.set(uri.toString(), file);
    return file;
  }

  private packUris(resource: vscode.Uri): vscode.Uri[] {
    const { packs } = readSettings(resource);
    const folder = vscode.workspace.getWorkspaceFolder(resource) ?? vscode.workspace.workspaceFolders?.[0];
    const out: vscode.Uri[] = [];
    for (const p of packs) {
      if (/^[a-z][a-z0-9+.-]+:/i.test(p) && !/^[a-z]:[\\/]/i.test(p)) out.push(vscode.Uri.parse(p));
      else if (p.startsWith('/') || /^[a-z]:[\\/]/i.test(p)) out.push(vscode.Uri.file(p));
      else if (folder) out.push(vscode.Uri.joinPath(folder.uri, p));
      else this.log.warn(`Pack path "${p}" is relative but no workspace folder is open; ignored.`);
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
