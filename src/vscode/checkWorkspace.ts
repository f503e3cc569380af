import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import type { Log } from './log';
import type { PackRegistry } from './packs';
import { checkOptions, readSettings } from './settings';

export interface WorkspaceCheckSummary { files: number; findings: number; cancelled: boolean }

/**
 * "Grounded: Check Workspace": checks every Markdown file and puts the findings in the Problems
 * panel, with cancellable progress. Open documents are checked from their unsaved text; the rest
 * are read through vscode.workspace.fs.
 */
export async function checkWorkspace(packs: PackRegistry, diagnostics: DiagnosticsController, log: Log): Promise<WorkspaceCheckSummary> {
  return vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification, title: 'Grounded: checking workspace', cancellable: true,
  }, async (progress, token) => {
    const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}', undefined, token);
    const summary: WorkspaceCheckSummary = { files: 0, findings: 0, cancelled: false };
    for (const uri of uris) {
      if (token.isCancellationRequested) { summary.cancelled = true; break; }
      progress.report({ increment: 100 / uris.length, message: vscode.workspace.asRelativePath(uri) });
      try {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          summary.findings += (await diagnostics.checkNow(open))?.findings.length ?? 0;
        } else {
          const settings = readSettings(uri);
          if (!settings.enable) continue;
          const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          const checker = await packs.checkerFor(uri);
          const result = checker.check(text, checkOptions(settings));
          diagnostics.publishFile(uri, text, result);
          summary.findings += result.findings.length;
        }
        summary.files++;
      } catch (e) {
        log.error(`Check Workspace: ${uri.toString(true)}`, e);
      }
    }
    log.info(`Check Workspace: ${summary.files} files, ${summary.findings} findings${summary.cancelled ? ' (cancelled)' : ''}.`);
    if (!summary.cancelled) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return summary;
  });
}
