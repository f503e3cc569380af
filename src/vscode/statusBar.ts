import * as vscode from 'vscode';
import { isCheckable, type DiagnosticsController } from './diagnostics';
import { readSettings } from './settings';

/**
 * The active Markdown file's count of contradictions. A click opens the Problems panel. It says
 * so when checking is off or the file was too large to check.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('grounded.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.item.name = 'Grounded';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(({ uri }) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('grounded')) this.update(); }),
    );
    this.update();
  }

  /** The text currently shown (for tests), or undefined when hidden. */
  get text(): string | undefined { return this.visible ? this.item.text : undefined; }
  private visible = false;

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isCheckable(doc)) { this.item.hide(); this.visible = false; return; }
    const result = this.diagnostics.lastResult(doc.uri);
    if (!readSettings(doc.uri).enable) {
      this.set('$(circle-slash) Grounded: off', 'Checking is off for this file (setting grounded.enable).');
    } else if (result?.skipped) {
      this.set('$(warning) Grounded: not checked', `Grounded did not check this file: ${result.skipped}`);
    } else if (!result) {
      this.set('$(sync~spin) Grounded', 'Grounded is checking this file.');
    } else {
      const n = result.findings.filter((f) => f.verdict === 'contradicted').length;
      this.set(n === 0 ? '$(pass) Grounded: 0' : `$(warning) Grounded: ${n}`,
        `${n} ${n === 1 ? 'sentence contradicts' : 'sentences contradict'} a sourced fact. Click to open the Problems panel.`);
    }
  }

  private set(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: text.replace(/\$\([^)]*\)\s*/g, '') };
    this.item.show();
    this.visible = true;
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
