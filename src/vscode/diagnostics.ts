import * as vscode from 'vscode';
import { LineIndex, type CheckResult, type Finding } from '../core';
import { codeOf, skippedDiagnostic, toDiagnostic, toRange, uncheckedDiagnostic } from './convert';
import type { Log } from './log';
import type { PackRegistry } from './packs';
import { checkOptions, readSettings } from './settings';
import { intersects, sentenceAround } from './typing';

/** The last check of one document version. Code actions and hovers read findings from here. */
export interface DocResult {
  uri: vscode.Uri;
  /** Document version the findings were computed for (-1 for files checked from disk). */
  version: number;
  text: string;
  index: LineIndex;
  findings: Finding[];
  skipped?: string;
  unchecked?: CheckResult['unchecked'];
}

/** A change of a document's Grounded diagnostics, fired synchronously after it is made. */
export interface DiagnosticsUpdate {
  uri: vscode.Uri;
  /** The document version the published diagnostics were computed for (-1: file on disk; undefined: cleared). */
  version: number | undefined;
}

interface DocState {
  timer?: ReturnType<typeof setTimeout>;
  revealTimer?: ReturnType<typeof setTimeout>;
  lastEditAt?: number;
  result?: DocResult;
  /** Whether some findings are currently hidden because the writer is typing in their sentence. */
  hiding?: boolean;
}

const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'comment', 'vscode-chat-code-block']);

export function isCheckable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !IGNORED_SCHEMES.has(doc.uri.scheme);
}

/**
 * Live diagnostics: checks Markdown documents on open and, debounced per document, on every
 * edit, from the unsaved text. A result is published only if the document still has the version
 * it was computed for; older results are dropped. Diagnostics are removed when a document closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('grounded');
  private readonly states = new Map<string, DocState>();
  private readonly updated = new vscode.EventEmitter<DiagnosticsUpdate>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Engine time of the latest check of an open document, in ms (for measurements). */
  lastCheckMs = 0;
  /** Fires right after diagnostics of a document were (re)published or cleared. */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly packs: PackRegistry, private readonly log: Log) {
    const w = vscode.workspace;
    this.disposables.push(
      this.collection, this.updated,
      w.onDidOpenTextDocument(log.guard('open', (d) => this.schedule(d, 0))),
      w.onDidChangeTextDocument(log.guard('edit', (e) => this.onEdit(e))),
      w.onDidCloseTextDocument(log.guard('close', (d) => this.clear(d.uri))),
      vscode.window.onDidChangeTextEditorSelection(log.guard('selection', (e) => this.onSelection(e))),
      w.onDidChangeConfiguration(log.guard('configuration', (e) => {
        if (!e.affectsConfiguration('grounded')) return;
        if (e.affectsConfiguration('grounded.packs')) packs.reset();
        this.recheckAll();
      })),
      packs.onDidChange(log.guard('packs changed', () => this.recheckAll())),
    );
  }

  /** Checks every open Markdown document (on activation and after settings or packs change). */
  recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The last published result for a document, if it matches the document's current version. */
  resultFor(doc: vscode.TextDocument): DocResult | undefined {
    const r = this.states.get(doc.uri.toString())?.result;
    return r && (r.version === doc.version || (r.version === -1 && r.text === doc.getText())) ? r : undefined;
  }

  /** The last result for a document, whatever version it was computed for. */
  lastResult(uri: vscode.Uri): DocResult | undefined {
    return this.states.get(uri.toString())?.result;
  }

  /** The finding a diagnostic was made from (matched by code and range, never by message). */
  findingFor(uri: vscode.Uri, d: vscode.Diagnostic): { finding: Finding; result: DocResult } | undefined {
    const result = this.lastResult(uri);
    if (!result) return undefined;
    const code = codeOf(d);
    const finding = result.findings.find((f) => f.code === code && toRange(result.index, f.offset).isEqual(d.range));
    return finding && { finding, result };
  }

  /** Checks a document now and publishes the result unless the document changed meanwhile. */
  async checkNow(doc: vscode.TextDocument): Promise<DocResult | undefined> {
    if (!isCheckable(doc)) return undefined;
    const version = doc.version;
    const settings = readSettings(doc.uri);
    if (!settings.enable) { this.clear(doc.uri); return undefined; }
    const checker = await this.packs.checkerFor(doc.uri);
    if (doc.isClosed || doc.version !== version) return undefined; // stale: a newer check is queued
    const text = doc.getText();
    const started = performance.now();
    const check = checker.check(text, checkOptions(settings));
    this.lastCheckMs = performance.now() - started;
    this.log.channel.trace(`Checked ${doc.uri.toString(true)} v${version} (${text.length} chars) in ${this.lastCheckMs.toFixed(1)} ms`);
    const result = this.toResult(doc.uri, version, text, check);
    this.state(doc.uri).result = result;
    this.publish(doc);
    return result;
  }

  /** Publishes findings for a file that is not open (Check Workspace). */
  publishFile(uri: vscode.Uri, text: string, check: CheckResult): void {
    const result = this.toResult(uri, -1, text, check);
    this.state(uri).result = result;
    this.collection.set(uri, this.diagnosticsOf(result.findings, result));
    this.updated.fire({ uri, version: -1 });
  }

  private toResult(uri: vscode.Uri, version: number, text: string, check: CheckResult): DocResult {
    if (check.skipped) this.log.info(`Not checked: ${uri.toString(true)}: ${check.skipped}`);
    for (const u of check.unchecked ?? []) this.log.error(`Paragraph not checked: ${uri.toString(true)}:${u.range.start.line + 1}`, u.message);
    return { uri, version, text, index: new LineIndex(text), findings: check.findings, skipped: check.skipped, unchecked: check.unchecked };
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isCheckable(doc)) return;
    const st = this.state(doc.uri);
    if (st.timer) clearTimeout(st.timer);
    st.timer = setTimeout(this.log.guard('check', async () => {
      st.timer = undefined;
      await this.checkNow(doc);
    }), delay);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!isCheckable(e.document) || e.contentChanges.length === 0) return;
    const st = this.state(e.document.uri);
    st.lastEditAt = Date.now();
    this.schedule(e.document, readSettings(e.document.uri).debounceMs);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const st = this.states.get(e.textEditor.document.uri.toString());
    // The cursor left the sentence being typed: reveal at once.
    if (st?.hiding && e.kind !== undefined && e.kind !== vscode.TextEditorSelectionChangeKind.Command) {
      this.publish(e.textEditor.document);
    }
  }

  /** Sets the document's diagnostics from its result, hiding the sentence being typed. */
  private publish(doc: vscode.TextDocument): void {
    const st = this.state(doc.uri);
    const result = st.result;
    if (!result || result.version !== doc.version) return;
    if (st.revealTimer) { clearTimeout(st.revealTimer); st.revealTimer = undefined; }
    const settings = readSettings(doc.uri);
    let shown = result.findings;
    st.hiding = false;
    const editor = vscode.window.activeTextEditor;
    const sinceEdit = st.lastEditAt === undefined ? Infinity : Date.now() - st.lastEditAt;
    if (settings.hideWhileTyping && editor?.document === doc && sinceEdit < settings.revealDelayMs) {
      const typing = sentenceAround(result.text, doc.offsetAt(editor.selection.active));
      shown = result.findings.filter((f) => !intersects(f.offset, typing));
      if (shown.length < result.findings.length) {
        st.hiding = true;
        st.revealTimer = setTimeout(this.log.guard('reveal', () => this.publish(doc)), settings.revealDelayMs - sinceEdit);
      }
    }
    this.collection.set(doc.uri, this.diagnosticsOf(shown, result));
    this.updated.fire({ uri: doc.uri, version: result.version });
  }

  private diagnosticsOf(findings: Finding[], result: DocResult): vscode.Diagnostic[] {
    const out = findings.map((f) => toDiagnostic(f, result.index, this.packs.locate(f.fact)));
    if (result.skipped) out.push(skippedDiagnostic(result.skipped));
    for (const u of result.unchecked ?? []) out.push(uncheckedDiagnostic(toRange(result.index, u.offset), u.message));
    return out;
  }

  private clear(uri: vscode.Uri): void {
    const st = this.states.get(uri.toString());
    if (st?.timer) clearTimeout(st.timer);
    if (st?.revealTimer) clearTimeout(st.revealTimer);
    this.states.delete(uri.toString());
    this.collection.delete(uri);
    this.updated.fire({ uri, version: undefined });
  }

  private state(uri: vscode.Uri): DocState {
    let st = this.states.get(uri.toString());
    if (!st) { st = {}; this.states.set(uri.toString(), st); }
    return st;
  }

  dispose(): void {
    for (const st of this.states.values()) {
      if (st.timer) clearTimeout(st.timer);
      if (st.revealTimer) clearTimeout(st.revealTimer);
    }
    this.states.clear();
    for (const d of this.disposables) d.dispose();
  }
}
