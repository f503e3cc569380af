import * as vscode from 'vscode';
import { checkWorkspace } from './checkWorkspace';
import { FIX_ALL_KIND, GroundedCodeActions } from './codeActions';
import { DiagnosticsController, type DiagnosticsUpdate } from './diagnostics';
import { APPLY_FIX, applyFix, OPEN_SOURCE, openSource, type FixArgs } from './fixCommands';
import { CitationHoverProvider } from './hover';
import { insertCitation, type InsertCitationArgs } from './insertCitation';
import { Log } from './log';
import { PackRegistry } from './packs';
import { StatusBar } from './statusBar';

const loadedAt = performance.now();

/** What `activate` returns: used by the integration tests and the activation-time measurement. */
export interface GroundedApi {
  /** Milliseconds from this module being loaded to the end of activate(). */
  activationMs: number;
  /** The status bar text, or undefined when the item is hidden. */
  statusText(): string | undefined;
  /** Engine time of the latest check of an open document, in ms. */
  lastCheckMs(): number;
  /**
   * Fires synchronously right after a document's diagnostics change, with the document version
   * they were computed for (languages.onDidChangeDiagnostics is debounced, so by the time it
   * fires the document may have moved on).
   */
  onDidPublish: vscode.Event<DiagnosticsUpdate>;
}

/** Composition root: creates each part and registers it once, in context.subscriptions. */
export function activate(context: vscode.ExtensionContext): GroundedApi {
  const log = new Log();
  const packs = new PackRegistry(log);
  const diagnostics = new DiagnosticsController(packs, log);
  const status = new StatusBar(diagnostics);
  const hover = new CitationHoverProvider(diagnostics);
  const actions = new GroundedCodeActions(diagnostics);
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  const command = (id: string, fn: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, log.guard(id, fn as (...args: unknown[]) => unknown));

  context.subscriptions.push(
    log, packs, diagnostics, status,
    vscode.languages.registerHoverProvider(markdown, { provideHover: log.guard('hover', hover.provideHover.bind(hover)) }),
    vscode.languages.registerCodeActionsProvider(markdown,
      { provideCodeActions: log.guard('code actions', actions.provideCodeActions.bind(actions)) }, GroundedCodeActions.metadata),
    command(APPLY_FIX, (args: FixArgs) => applyFix(args, log)),
    command(OPEN_SOURCE, (url: string) => openSource(url, log)),
    command('grounded.insertCitation', (args?: InsertCitationArgs) => insertCitation(packs, diagnostics, log, args)),
    command('grounded.checkWorkspace', () => checkWorkspace(packs, diagnostics, log)),
    command('grounded.showOutput', () => log.show()),
  );
  diagnostics.recheckAll();
  const activationMs = performance.now() - loadedAt;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (fix-all kind: ${FIX_ALL_KIND.value}).`);
  return {
    activationMs, statusText: () => status.text, lastCheckMs: () => diagnostics.lastCheckMs, onDidPublish: diagnostics.onDidUpdate,
  };
}

export function deactivate(): void {}
