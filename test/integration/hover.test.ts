import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, openDraft } from './helpers';

const DRAFT = '# Hover\n\nJapan joined AUKUS in 2023.\n\nAUKUS was founded on 16 September 2021.\n';

function text(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

async function groundedHover(uri: vscode.Uri, pos: vscode.Position): Promise<{ md: string; trusted: unknown }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  const ours = hovers.filter((h) => /by the source/.test(text(h)));
  assert.strictEqual(ours.length, 1, `one Grounded hover, got: ${hovers.map(text).join(' | ')}`);
  const c = ours[0].contents[0] as vscode.MarkdownString;
  return { md: text(ours[0]), trusted: c.isTrusted };
}

suite('Hover citations', () => {
  suiteSetup(async () => { await activate(); });
  teardown(closeAll);

  test('a contradicted claim shows the verdict, the fact, the quote and the source', async () => {
    const { doc, diagnostics } = await openDraft(DRAFT);
    const d = diagnostics.find((x) => codeOf(x)!.startsWith('contradicted'))!;
    const { md, trusted } = await groundedHover(doc.uri, d.range.start.translate(0, 2));
    assert.match(md, /^\*\*Contradicted by the source\*\*/);
    assert.match(md, /\n> \S/, 'the quote is a block quote');
    assert.match(md, /\]\(https?:\/\/[^)\s]+\)/, 'the address is a link');
    assert.ok(!trusted, 'isTrusted stays off');
    assert.ok(!/\]\(command:/.test(md), 'no command links');
  });

  test('a supported claim shows its citation too', async () => {
    const { doc, diagnostics } = await openDraft(DRAFT);
    const d = diagnostics.find((x) => codeOf(x)!.startsWith('supported'))!;
    const { md } = await groundedHover(doc.uri, d.range.start.translate(0, 1));
    assert.match(md, /^\*\*Supported by the source\*\*/);
  });

  test('pack text is escaped: Markdown, HTML and command links from a pack stay text', async () => {
    await usePack('packs/hostile.yaml');
    try {
      const { doc, diagnostics } = await openDraft(HOSTILE_DRAFT);
      const d = diagnostics.find((x) => x.range.start.line === 2);
      assert.ok(d, `a finding from the workspace pack: ${JSON.stringify(diagnostics.map((x) => x.message))}`);
      const { md, trusted } = await groundedHover(doc.uri, d.range.start.translate(0, 5));
      assert.ok(!trusted);
      assert.ok(!md.includes('<img'), `HTML is escaped: ${md}`);
      assert.ok(!/\]\(command:/.test(md), `no command link: ${md}`);
      assert.ok(md.includes('\\*\\*not bold\\*\\*'), `Markdown is escaped: ${md}`);
      const related = d.relatedInformation?.[0];
      assert.ok(related && related.location.uri.path.endsWith('/packs/hostile.yaml'), 'related information points at the pack file');
    } finally {
      await usePack(undefined);
    }
  });
});

const HOSTILE_DRAFT = '# Zeta\n\nThe Zeta Pact was founded in 2015.\n';

async function usePack(path: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('grounded').update('packs', path ? [path] : undefined, vscode.ConfigurationTarget.Workspace);
}
