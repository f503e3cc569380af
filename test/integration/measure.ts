// Extension-host entry (same run() contract as index.ts) that measures instead of testing:
// activation time, open-to-diagnostics and edit-to-diagnostics for 100 KB and 1 MB drafts.
// edit_to_publish stops when Grounded sets the diagnostics; edit_to_diagnostics when a listener
// of languages.onDidChangeDiagnostics sees them (VS Code debounces that event);
// change_event_to_publish is Grounded's own share: from onDidChangeTextDocument to publishing.
// Writes JSON lines {metric, value, unit} to $GROUNDED_MEASURE_OUT. Driven by scripts/measure-extension.js.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, GroundedApi, openEditor, waitForDiagnostics, workspaceUri } from './helpers';

// A realistic draft: about one checkable claim per kilobyte of ordinary prose, with the edited
// claim first. (A draft made only of claims is much slower: see the report of the bench.)
const PROSE = 'Writers often describe the partnership in loose terms, and the details matter when a draft is published. '
  + 'Plain prose without claims fills most of a long document, with lists, links and the occasional table. ';
const CLAIMS = ['AUKUS was founded in 2019.', 'AUKUS was founded on 16 September 2021.', 'Japan joined AUKUS in 2023.'];

function draftOf(chars: number): string {
  let text = 'Japan joined AUKUS in 2023.\n\n';
  for (let i = 0; text.length < chars; i++) text += `${CLAIMS[i % CLAIMS.length]} ${PROSE.repeat(4)}\n\n`;
  return text.slice(0, chars);
}

export async function run(): Promise<void> {
  const out: string[] = [];
  try {
    await measure(out);
  } finally {
    fs.writeFileSync(process.env.GROUNDED_MEASURE_OUT ?? '/dev/stdout', out.join('\n') + '\n');
  }
}

async function measure(out: string[]): Promise<void> {
  const metric = (name: string, value: number, unit = 'ms') => out.push(JSON.stringify({ metric: name, value: +value.toFixed(2), unit }));
  const ext = vscode.extensions.getExtension<GroundedApi>(EXTENSION_ID)!;
  const wasActive = ext.isActive;
  const t0 = performance.now();
  const api = await ext.activate();
  if (!wasActive) metric('extension_activate_call', performance.now() - t0);
  metric('extension_activation', api.activationMs);

  const config = vscode.workspace.getConfiguration('grounded');
  await config.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
  await config.update('hideWhileTyping', false, vscode.ConfigurationTarget.Workspace);
  for (const [label, size] of [['100kb', 100_000], ['1mb', 1_000_000]] as const) {
    const uri = workspaceUri('tmp', `measure-${label}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draftOf(size)));
    let t = performance.now();
    const first = waitForDiagnostics(uri, (d) => d.length > 0, `first check of ${label}`, 120000);
    const editor = await openEditor(uri);
    await first;
    metric(`extension_open_to_diagnostics_${label}`, performance.now() - t);
    // Edit the first claim so that the set of diagnostics visibly changes, then time until it does.
    t = performance.now();
    let publishedAt = 0;
    let changedAt = 0;
    const changeSub = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === editor.document && !changedAt) changedAt = performance.now(); });
    const published = api.onDidPublish((e) => {
      if (e.uri.toString() === uri.toString() && e.version === editor.document.version && !publishedAt) publishedAt = performance.now();
    });
    const changed = waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => x.range.start.line === 0), `re-check of ${label}`, 120000);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 0, 'Japan joined AUKUS in 2023.'.length), 'Plain words, no claim.'));
    await changed;
    metric(`extension_edit_to_diagnostics_${label}`, performance.now() - t);
    metric(`extension_edit_to_publish_${label}`, publishedAt - t);
    metric(`extension_change_event_to_publish_${label}`, publishedAt - changedAt);
    published.dispose();
    changeSub.dispose();
    metric(`extension_engine_check_${label}`, api.lastCheckMs());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
  await config.update('hideWhileTyping', undefined, vscode.ConfigurationTarget.Workspace);
}
