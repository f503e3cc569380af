import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, openDraft } from './helpers';

const DRAFT = '# Citations\n\nAUKUS was founded on 16 September 2021.\n\nMore text.\n';

suite('Insert Citation', () => {
  suiteSetup(async () => { await activate(); });
  teardown(closeAll);

  test('inserts a footnote marker at the cursor and its definition at the end, reusing it', async () => {
    const { doc, editor } = await openDraft(DRAFT);
    const at = doc.lineAt(2).range.end;
    editor.selection = new vscode.Selection(at, at);
    assert.strictEqual(await vscode.commands.executeCommand('grounded.insertCitation', { factId: 'aukus-founded' }), true);
    const line = doc.lineAt(2).text;
    const marker = /^AUKUS was founded on 16 September 2021\.(\[\^[^\]]+\])$/.exec(line);
    assert.ok(marker, `marker at the cursor: ${line}`);
    const definition = `${marker[1]}:`;
    const text = doc.getText();
    assert.strictEqual(text.split(definition).length - 1, 1, 'one definition');
    assert.ok(text.lastIndexOf(definition) > text.indexOf('More text.'), 'definition at the end');
    assert.ok(editor.selection.active.isEqual(doc.lineAt(2).range.end), 'cursor after the marker');

    const again = doc.lineAt(4).range.end;
    editor.selection = new vscode.Selection(again, again);
    assert.strictEqual(await vscode.commands.executeCommand('grounded.insertCitation', { factId: 'aukus-founded' }), true);
    assert.ok(doc.lineAt(4).text.endsWith(marker[1]), doc.lineAt(4).text);
    assert.strictEqual(doc.getText().split(definition).length - 1, 1, 'the definition is reused');
  });

  test('inline and pandoc styles', async () => {
    const { doc, editor } = await openDraft(DRAFT);
    const at = doc.lineAt(2).range.end;
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('grounded.insertCitation', { factId: 'aukus-founded', style: 'inline' });
    assert.match(doc.lineAt(2).text, /\]\(https?:\/\/[^)]+\)/);
    const end = doc.lineAt(4).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('grounded.insertCitation', { factId: 'aukus-founded', style: 'pandoc' });
    assert.match(doc.lineAt(4).text, /\[@[^\]]+\]$/);
  });

  test('the pick lists the facts of the claim under the cursor first', async () => {
    // The founding fact is third in the pack; with the cursor in the founding sentence it comes first.
    const { doc, editor } = await openDraft(DRAFT);
    const inClaim = new vscode.Position(2, 8);
    editor.selection = new vscode.Selection(inClaim, inClaim);
    const inserted = vscode.commands.executeCommand<boolean>('grounded.insertCitation');
    // The pick opens asynchronously and VS Code has no event for it: accept its top item until the
    // command returns (accepting while no pick is open does nothing).
    let done = false;
    void inserted.then(() => { done = true; });
    for (let i = 0; i < 100 && !done; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([inserted, new Promise((r) => setTimeout(r, 50))]);
    }
    assert.strictEqual(await inserted, true, 'a fact was picked');
    assert.ok(doc.lineAt(2).text.startsWith('AUKUS wa[^aukus-founded]'), `the founding fact is cited at the cursor: ${doc.lineAt(2).text}`);
    assert.ok(!doc.getText().includes('[^aukus-members]'), 'not the first fact of the pack');
  });
});
