// npm run test:e2e: packages the .vsix, copies the fixture workspace to a temp folder and runs the
// Playwright UI test against code-server. Screenshots go to test-results/e2e/; the hover shot also
// becomes docs/screenshot.png (the README's picture) when that file is missing or
// UPDATE_SCREENSHOT=1, so ordinary runs leave the committed picture alone. Exit code = test result.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
if (!process.env.E2E_SKIP_PACKAGE) execFileSync(npm, ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-e2e-ws-'));
fs.cpSync(path.join(ROOT, 'test/integration/fixtures/workspace'), ws, { recursive: true });
const readmeShot = path.join(ROOT, 'docs/screenshot.png');
const updateShot = process.env.UPDATE_SCREENSHOT === '1' || !fs.existsSync(readmeShot);
const r = spawnSync(process.execPath, [path.join(ROOT, 'test/e2e/ui.e2e.js'), path.join(ROOT, 'grounded.vsix'), ws,
  path.join(ws, 'draft.md'), path.join(ROOT, 'test-results/e2e'), ...(updateShot ? [readmeShot] : [])], { cwd: ROOT, stdio: 'inherit' });
fs.rmSync(ws, { recursive: true, force: true });
process.exit(r.status ?? 2);
