// Runs an extension's mocha suite inside code-server's remote Node extension host, as
// @vscode/test-electron does with a desktop VS Code. Exit code = test result (2 = timeout/harness).
// usage: node scripts/run-ext-tests.js <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>
// env: HARNESS_DIR, TEST_TIMEOUT_MS, KEEP_LOGS=1 (print the server log). Env vars reach the extension host.
const fs = require('fs');
const path = require('path');
const { CHROMIUM, CHROMIUM_ARGS, requireHarness, makeProfile, startServer } = require('./harness');

const { chromium } = requireHarness();
const [devPath, testsPath, folder] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!devPath || !testsPath || !folder) {
  console.error('usage: run-ext-tests.js <extensionDevelopmentPath> <extensionTestsPath> <workspaceFolder>');
  process.exit(2);
}
const TIMEOUT = +(process.env.TEST_TIMEOUT_MS || 180000);
const t0 = Date.now();
const lap = (m) => console.log(`[runner ${((Date.now() - t0) / 1000).toFixed(2)}s] ${m}`);

(async () => {
  const profile = makeProfile('grounded-it-');
  const server = await startServer(profile);
  lap(`code-server pid ${server.pid} on 127.0.0.1:${server.port}`);
  const remote = (p) => `vscode-remote://remote${p}`; // code-server's remote authority is "remote"
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
  const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const ctx = await chromium.launchPersistentContext(path.join(profile.tmp, 'chromium'), {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
  });
  let code = 2;
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    // The workbench calls codeAutomationLog(type, args) for extension-host console output while
    // tests run, and codeAutomationExit(code) when the test runner finishes.
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    // Known harmless noise (no internet: the gallery lookup fails) is left out.
    const noise = /open-vsx\.org|vsda|Creating a socket|connection token|ChatSessionStore|builtin extensions cache|Service Worker/;
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const parts = Array.isArray(args) ? args : [args];
      if (!noise.test(parts.map(String).join(' '))) console.log(...parts);
    });
    await page.exposeFunction('codeAutomationExit', (c) => resolveExit(c));
    page.on('pageerror', (e) => console.error('[pageerror]', e.message));
    await page.goto(url);
    lap('workbench loading; waiting for the test runner to exit');
    let timer;
    code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => { console.error('TIMEOUT'); r(2); }, TIMEOUT); })]);
    clearTimeout(timer);
    lap(`extension tests exit code ${code}`);
  } finally {
    await ctx.close().catch(() => {});
    server.stop();
    if (process.env.KEEP_LOGS || code !== 0) console.log(server.log().slice(-4000));
    fs.rmSync(profile.tmp, { recursive: true, force: true });
  }
  process.exit(code);
})().catch((e) => { console.error(e); process.exit(2); });
