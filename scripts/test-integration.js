// npm run test:integration: builds the extension and the suite, copies the fixture workspace to a
// temp folder (tests edit and create files there), and runs the suite in code-server's real
// extension host via run-ext-tests.js. Exit code = test result.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const node = (args, opts = {}) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', ...opts });
node(['esbuild.js']);
node(['scripts/build-tests.js']);
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-ws-'));
fs.cpSync(path.join(ROOT, 'test/integration/fixtures/workspace'), ws, { recursive: true });
const r = spawnSync(process.execPath, [path.join(__dirname, 'run-ext-tests.js'), ROOT,
  path.join(ROOT, 'out/test/integration/index.js'), ws], { cwd: ROOT, stdio: 'inherit' });
fs.rmSync(ws, { recursive: true, force: true });
process.exit(r.status ?? 2);
