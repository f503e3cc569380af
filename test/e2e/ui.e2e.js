// Browser end-to-end test: the packaged .vsix installed into a real VS Code (code-server 4.100.3)
// driven in Debian chromium by playwright-core. Opens a draft, sees the squiggle, hovers it and
// reads the source quote, applies the preferred quick-fix, and saves screenshots.
// usage: node test/e2e/ui.e2e.js <vsix> <workspaceFolder> <file.md> <screenshotDir> [readmeScreenshot.png]
// env: HARNESS_DIR, E2E_TIMEOUT_MS. The expected quote comes from the CLI's JSON for the same file.
const { execFileSync, spawnSync } = require('child_process');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { ROOT, CODE_SERVER, CHROMIUM, CHROMIUM_ARGS, requireHarness, makeProfile, startServer } = require('../../scripts/harness');

const { chromium } = requireHarness();
const [vsix, folder, file, shots, readmeShot] = process.argv.slice(2).map((p) => p && path.resolve(p));
const TIMEOUT = +(process.env.E2E_TIMEOUT_MS || 60000);
const t0 = Date.now();
const lap = (m) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(2)}s] ${m}`);

/** The first contradiction the CLI reports for the file: what the UI must show. */
function expectedFinding() {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  const findings = JSON.parse(r.stdout).files.flatMap((f) => f.findings).filter((f) => f.verdict === 'contradicted');
  assert.ok(findings.length > 0, 'the draft has a contradiction');
  return findings[0];
}

(async () => {
  const expected = expectedFinding();
  fs.mkdirSync(shots, { recursive: true });
  const profile = makeProfile('grounded-e2e-', { 'editor.hover.delay': 200, 'workbench.colorTheme': 'Default Light Modern' });
  execFileSync(process.execPath, [CODE_SERVER, ...profile.common, '--install-extension', vsix], { env: profile.env, stdio: 'pipe' });
  lap(`installed ${path.basename(vsix)}`);
  const server = await startServer(profile);
  const tServer = Date.now();
  lap(`code-server pid ${server.pid} on 127.0.0.1:${server.port}`);
  const ctx = await chromium.launchPersistentContext(path.join(profile.tmp, 'chromium'), {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 720 }, args: CHROMIUM_ARGS,
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(TIMEOUT);
  let ok = false;
  try {
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench');
    lap('workbench rendered');
    const rel = path.relative(folder, file);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: rel }).first().click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').waitFor();
    lap(`editor open: ${rel}`);

    const squiggle = editor.locator('.squiggly-warning').first();
    await squiggle.waitFor();
    lap(`squiggle visible, ${((Date.now() - tServer) / 1000).toFixed(2)}s after the server started`);

    const box = await squiggle.boundingBox();
    await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Contradicted by the source' }).first();
    await hover.waitFor();
    const quote = (await hover.locator('blockquote').first().innerText()).trim();
    assert.strictEqual(quote.replace(/\s+/g, ' '), expected.fact.quote.replace(/\s+/g, ' '), 'the hover shows the source quote');
    assert.ok((await hover.innerText()).includes(expected.fact.source.publisher), 'the hover names the publisher');
    lap(`hover quote: "${quote.slice(0, 70)}…"`);
    // The hover's status line says "Checking for quick fixes..." until code actions arrive; wait
    // for its "Quick Fix..." link so the screenshot shows the finished hover.
    const quickFixLink = hover.locator('.hover-row.status-bar', { hasText: 'Quick Fix' });
    if (!(await quickFixLink.waitFor({ timeout: 5000 }).then(() => true, () => false))) {
      // On the first hover in a fresh window VS Code may cancel the hover's quick-fix request:
      // it cancels code-action requests whenever an extension registers a provider, and the
      // built-in Markdown extensions are still activating. It then says "No quick fixes
      // available". Hover again so the README picture shows the finished hover.
      lap('hover status: ' + (await hover.innerText()).split('\n').pop() + '; hovering again');
      await page.mouse.move(0, 0);
      await hover.waitFor({ state: 'hidden' });
      await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
      await quickFixLink.waitFor({ timeout: 10000 }).catch(() => {});
    }
    await page.screenshot({ path: path.join(shots, 'hover.png') });
    if (readmeShot) { fs.mkdirSync(path.dirname(readmeShot), { recursive: true }); fs.copyFileSync(path.join(shots, 'hover.png'), readmeShot); }

    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: expected.message }).first();
    await row.waitFor();
    lap('Problems panel: ' + (await row.innerText()).replace(/\s+/g, ' ').slice(0, 100));
    await page.screenshot({ path: path.join(shots, 'problems.png') });

    // Put the cursor in the claim and run Auto Fix (applies the preferred quick-fix).
    const before = await editor.locator('.squiggly-warning').count();
    const lineText = (line) => editor.locator('.view-line').nth(line).innerText();
    const claimLine = expected.range.start.line;
    const original = await lineText(claimLine);
    await page.mouse.move(0, 0);
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await page.keyboard.press('Shift+Alt+Period');
    await page.waitForFunction(([n]) => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-warning').length < n, [before]);
    const fixed = await lineText(claimLine);
    assert.notStrictEqual(fixed, original, 'the claim was rewritten');
    lap(`quick-fix applied: "${original.trim()}" -> "${fixed.trim()}"`);
    await page.screenshot({ path: path.join(shots, 'fixed.png') });
    ok = true;
  } catch (e) {
    console.error('FAILED:', e.stack || e.message);
    await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
    console.error(server.log().slice(-3000));
  } finally {
    await ctx.close().catch(() => {});
    server.stop();
    fs.rmSync(profile.tmp, { recursive: true, force: true });
  }
  lap(ok ? 'PASS' : 'FAIL');
  process.exit(ok ? 0 : 1);
})().catch((e) => { console.error(e); process.exit(2); });
