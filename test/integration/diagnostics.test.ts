import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, cliFindings, closeAll, codeOf, openEditor, describe as show, groundedDiagnostics, openDraft, SEVERITY,
  waitForDiagnostics, workspaceUri } from './helpers';

const DRAFT = [
  '# AUKUS notes', '',
  'Japan joined AUKUS in 2023.', '',
  'AUKUS was founded on 16 September 2021.', '',
  'AUKUS was founded in 2019.', '',
].join('\n');

suite('Diagnostics', () => {
  suiteSetup(async () => { await activate(); });
  teardown(closeAll);

  test('match the CLI findings for the fixture draft', async function () {
    const uri = workspaceUri('draft.md');
    const expected = cliFindings(uri.fsPath);
    if (!expected) this.skip(); // dist/cli.js not built
    await openEditor(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.length === expected.length, `${expected.length} diagnostics like the CLI`);
    const key = (code: unknown, r: { start: { line: number; character: number }; end: { line: number; character: number } }, m: string) =>
      `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${m}`;
    assert.deepStrictEqual(ds.map((d) => key(codeOf(d), d.range, d.message)).sort(),
      expected.map((f) => key(f.code, f.range, f.message)).sort());
    for (const f of expected.filter((x) => x.verdict === 'contradicted')) {
      const d = ds.find((x) => codeOf(x) === f.code && x.range.start.line === f.range.start.line)!;
      assert.strictEqual(d.severity, SEVERITY[f.severity], `severity of ${f.code}`);
    }
    assert.ok(expected.some((f) => f.verdict === 'contradicted'), 'the fixture has contradictions');
  });

  test('carry source, a documented code and the configured severities', async () => {
    const { diagnostics } = await openDraft(DRAFT);
    assert.ok(diagnostics.length >= 3, show(diagnostics));
    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'Grounded');
      assert.ok(typeof d.code === 'object' && d.code.target.scheme === 'https', `code with a docs link: ${JSON.stringify(d.code)}`);
    }
    const contradicted = diagnostics.filter((d) => codeOf(d)!.startsWith('contradicted'));
    const supported = diagnostics.filter((d) => codeOf(d)!.startsWith('supported'));
    assert.deepStrictEqual(contradicted.map((d) => d.range.start.line), [2, 6]);
    assert.ok(contradicted.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(supported.length >= 1 && supported.every((d) => d.severity === vscode.DiagnosticSeverity.Hint), show(supported));
  });

  test('follow edits of the unsaved text, and a severity of "off" drops a verdict', async () => {
    const { doc, editor } = await openDraft(DRAFT);
    await editor.edit((b) => b.delete(doc.lineAt(2).rangeIncludingLineBreak));
    const contradictedLines = (d: vscode.Diagnostic[]) =>
      d.filter((x) => codeOf(x)!.startsWith('contradicted')).map((x) => x.range.start.line).join();
    let ds = await waitForDiagnostics(doc.uri, (d) => contradictedLines(d) === '5', 'the deleted contradiction to go');
    const config = vscode.workspace.getConfiguration('grounded');
    await config.update('severity.supported', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      ds = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x)!.startsWith('supported')), 'supported findings to go');
      assert.ok(ds.length >= 1);
    } finally {
      await config.update('severity.supported', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('stay hidden in the sentence being typed, then appear after a pause', async () => {
    const { doc, editor } = await openDraft('# Typing\n\nAUKUS was founded on 16 September 2021.\n\n');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const seen: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) seen.push(groundedDiagnostics(doc.uri).filter((d) => d.range.start.line === 4).length);
    });
    try {
      await vscode.commands.executeCommand('type', { text: 'AUKUS was founded in 2019.' });
      const versionAfterTyping = doc.version;
      const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => x.range.start.line === 4), 'the typed contradiction to be revealed');
      assert.strictEqual(doc.version, versionAfterTyping);
      assert.ok(seen.includes(0), `a publish with the typed sentence hidden came first: ${JSON.stringify(seen)}`);
      assert.ok(ds.some((x) => codeOf(x)!.startsWith('contradicted')));
    } finally {
      sub.dispose();
    }
  });

  test('never show results for an older version of the document', async () => {
    const config = vscode.workspace.getConfiguration('grounded');
    await config.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    const { doc, editor } = await openDraft(DRAFT);
    const claims = new Set(['Japan joined AUKUS in 2023.', 'AUKUS was founded on 16 September 2021.', 'AUKUS was founded in 2019.']);
    const wrong: string[] = [];
    // onDidPublish fires synchronously with the publish (onDidChangeDiagnostics is debounced by
    // VS Code, so the document may have moved on by the time it fires).
    const sub = (await activate()).onDidPublish((e) => {
      if (e.uri.toString() !== doc.uri.toString()) return;
      if (e.version !== doc.version) wrong.push(`published v${e.version} while the document is v${doc.version}`);
      for (const d of groundedDiagnostics(doc.uri)) {
        if (!claims.has(doc.getText(d.range))) wrong.push(`v${doc.version} line ${d.range.start.line}: "${doc.getText(d.range)}"`);
      }
    });
    try {
      // Changing the packs makes the next checks wait for a pack file read; the edits land
      // meanwhile. Each edit moves every claim down a line: a stale result would point at the
      // wrong text.
      await config.update('packs', ['packs/hostile.yaml'], vscode.ConfigurationTarget.Workspace);
      for (let i = 0; i < 8; i++) await editor.edit((b) => b.insert(new vscode.Position(0, 0), `Line ${i}.\n`));
      await waitForDiagnostics(doc.uri, (d) => d.some((x) => x.range.start.line === 10), 'the last version to be checked');
      assert.deepStrictEqual(wrong, []);
    } finally {
      sub.dispose();
      await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('packs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a file too large is not checked, and says so', async () => {
    const config = vscode.workspace.getConfiguration('grounded');
    await config.update('maxFileSize', 20, vscode.ConfigurationTarget.Workspace);
    try {
      const { diagnostics } = await openDraft(DRAFT);
      assert.deepStrictEqual(diagnostics.map(codeOf), ['file-not-checked'], show(diagnostics));
      const api = await activate();
      assert.match(api.statusText() ?? '', /not checked/);
    } finally {
      await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the status bar counts the contradictions of the active file', async () => {
    await openDraft(DRAFT);
    const api = await activate();
    assert.match(api.statusText() ?? '', /Grounded: 2$/);
  });

  test('closing the document clears its diagnostics', async () => {
    const { doc } = await openDraft(DRAFT);
    const cleared = waitForDiagnostics(doc.uri, (d) => d.length === 0, 'diagnostics to clear on close');
    await closeAll();
    await cleared;
  });

  test('Check Workspace puts every Markdown file into the Problems panel', async () => {
    const other = workspaceUri('notes', 'other.md');
    const found = waitForDiagnostics(other, (d) => d.length > 0, 'diagnostics of a file that is not open');
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number }>('grounded.checkWorkspace');
    assert.ok(summary.files >= 2, JSON.stringify(summary));
    const ds = await found;
    assert.ok(ds.some((d) => codeOf(d)!.startsWith('contradicted')), show(ds));
  });
});
