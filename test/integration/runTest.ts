// For machines that can download VS Code: runs the same suite with @vscode/test-electron.
// Here (no internet) `npm run test:integration` runs it in code-server instead
// (scripts/test-integration.js). Build first: node esbuild.js && node scripts/build-tests.js,
// then: node out/test/integration/runTest.js
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-ws-'));
  fs.cpSync(path.join(root, 'test/integration/fixtures/workspace'), ws, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
