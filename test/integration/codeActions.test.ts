import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, describe as show, openDraft, waitForDiagnostics } from './helpers';

const DRAFT = [
  '# Fixes', '',
  'Intro line that no fix may touch.', '',
  'Japan joined AUKUS in 2023.', '',
  'AUKUS was founded on 16 September 2021.', '',
  'AUKUS was founded in 2019.', '',
  'Closing line that no fix may touch.', '',
].join('\n');

/** The Grounded quick-fixes for a diagnostic, as the light bulb would list them. */
async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range,
    vscode.CodeActionKind.QuickFix.value);
  return all.filter((a) => a.command?.command === 'grounded.applyFix' || a.command?.command === 'grounded.openSource');
}

async function run(a: vscode.CodeAction): Promise<{ applied: boolean; reason?: string }> {
  return vscode.commands.executeCommand(a.command!.command, ...(a.command!.arguments ?? []));
}

const contradiction = (ds: vscode.Diagnostic[], line: number) =>
  ds.find((d) => d.range.start.line === line && codeOf(d)!.startsWith('contradicted'));

suite('Quick-fixes', () => {
  suiteSetup(async () => { await activate(); });
  teardown(closeAll);

  test('the preferred fix removes its diagnostic and changes no other text', async () => {
    const { doc, diagnostics } = await openDraft(DRAFT);
    const d = contradiction(diagnostics, 8)!;
    assert.ok(d, show(diagnostics));
    const actions = await quickFixes(doc, d);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.strictEqual(preferred.length, 1, `exactly one preferred fix: ${actions.map((a) => a.title)}`);
    assert.ok(actions.some((a) => a.title === 'Suppress with a reason'));
    assert.ok(actions.some((a) => a.title.startsWith('Open source')));
    const before = doc.getText().split('\n');
    const others = diagnostics.filter((x) => x !== d).map((x) => `${codeOf(x)}@${x.range.start.line}`);
    assert.deepStrictEqual(await run(preferred[0]), { applied: true });
    const after = doc.getText().split('\n');
    assert.strictEqual(after.length, before.length);
    after.forEach((line, i) => { if (i !== 8) assert.strictEqual(line, before[i], `line ${i} unchanged`); });
    assert.notStrictEqual(after[8], before[8]);
    const ds = await waitForDiagnostics(doc.uri, (x) => !contradiction(x, 8) && x.length >= others.length, 'the fixed diagnostic to go');
    const now = ds.map((x) => `${codeOf(x)}@${x.range.start.line}`);
    assert.ok(others.every((o) => now.includes(o)), `the other diagnostics stay: ${now} vs ${others}`);
  });

  test('a fix whose document changed since it was computed is refused', async () => {
    const { doc, editor, diagnostics } = await openDraft(DRAFT);
    const preferred = (await quickFixes(doc, contradiction(diagnostics, 4)!)).find((a) => a.isPreferred)!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    const text = doc.getText();
    const outcome = await run(preferred);
    assert.strictEqual(outcome.applied, false);
    assert.match(outcome.reason ?? '', /changed/);
    assert.strictEqual(doc.getText(), text, 'nothing was applied');
  });

  test('Suppress with a reason inserts the disable comment and puts the cursor in the reason', async () => {
    const { doc, diagnostics } = await openDraft(DRAFT);
    const d = contradiction(diagnostics, 4)!;
    const suppress = (await quickFixes(doc, d)).find((a) => a.title === 'Suppress with a reason')!;
    assert.deepStrictEqual(await run(suppress), { applied: true });
    assert.match(doc.lineAt(4).text, /^<!-- grounded-disable-next-line reason="" -->$/);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, doc);
    const cursor = editor.selection.active;
    assert.strictEqual(cursor.line, 4);
    assert.strictEqual(doc.lineAt(4).text.slice(cursor.character - 'reason="'.length, cursor.character + 1), 'reason=""');
    await waitForDiagnostics(doc.uri, (x) => !contradiction(x, 5) && x.length > 0, 'the suppressed diagnostic to go');
  });

  test('Rewrite and cite rewrites the claim and adds its citation in one edit', async () => {
    const { doc, diagnostics } = await openDraft(DRAFT);
    const d = contradiction(diagnostics, 8)!;
    const action = (await quickFixes(doc, d)).find((a) => a.title.startsWith('Rewrite and cite'));
    assert.ok(action, 'offered when the engine has a rewrite');
    const before = doc.getText();
    assert.deepStrictEqual(await run(action), { applied: true });
    assert.ok(doc.getText().length > before.length);
    assert.ok(/\[\^[^\]]+\]|\[@[^\]]+\]|\]\(https?:/.test(doc.getText().split('\n')[8]), `citation on the line: ${doc.lineAt(8).text}`);
    await waitForDiagnostics(doc.uri, (x) => !contradiction(x, 8) && x.length > 0, 'the rewritten claim to be clean');
  });

  test('source.fixAll.grounded applies the preferred fix of every contradiction, and cites nothing', async () => {
    const { doc } = await openDraft(DRAFT);
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri,
      new vscode.Range(0, 0, 0, 0), 'source.fixAll.grounded');
    const fixAll = all.filter((a) => a.kind?.value === 'source.fixAll.grounded');
    assert.strictEqual(fixAll.length, 1);
    assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit!));
    const ds = await waitForDiagnostics(doc.uri, (x) => x.length > 0 && !contradiction(x, 8), 'fixed diagnostics to go');
    assert.strictEqual(doc.lineAt(2).text, 'Intro line that no fix may touch.');
    assert.ok(!ds.some((x) => codeOf(x)!.startsWith('contradicted') && x.range.start.line === 8), show(ds));
    assert.ok(!doc.getText().includes('[^'), 'supported claims are left without new footnotes');
  });

  test('source.fixAll.grounded runs on save through editor.codeActionsOnSave', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await config.update('codeActionsOnSave', { 'source.fixAll.grounded': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { doc, editor } = await openDraft(DRAFT);
      const original = doc.lineAt(8).text;
      const rechecked = new Promise<void>((resolve) => {
        const sub = vscode.languages.onDidChangeDiagnostics((e) => {
          if (e.uris.some((u) => u.toString() === doc.uri.toString())) { sub.dispose(); resolve(); }
        });
      });
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n')); // a change to save
      await rechecked;
      await vscode.commands.executeCommand('workbench.action.files.save'); // what Ctrl+S runs: an explicit save
      // The setting reaches the workbench (which runs save participants) asynchronously from this
      // extension host: under load the first save can come before it (2 of 3 CI runs once). Save
      // once more after a change if so; the assertions below then hold for the feature itself.
      for (let attempt = 0; attempt < 3 && doc.lineAt(8).text === original; attempt++) {
        await new Promise((r) => setTimeout(r, 500));
        await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
      }
      assert.ok(!doc.isDirty);
      assert.notStrictEqual(doc.lineAt(8).text, original, `the contradiction was fixed on save: v${doc.version} ${JSON.stringify(doc.getText())}`);
      assert.strictEqual(doc.lineAt(10).text, 'Closing line that no fix may touch.');
      await waitForDiagnostics(doc.uri, (x) => x.length > 0 && !contradiction(x, 8), 'the fixed diagnostic to go');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
