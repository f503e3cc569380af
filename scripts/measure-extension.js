// Prints JSON lines {metric, value, unit} about the extension, for the bench runner:
//   extension_activation / extension_activate_call   measured inside a real VS Code (code-server)
//   extension_open_to_diagnostics_{100kb,1mb}       open a draft until its diagnostics appear
//   extension_edit_to_diagnostics_{100kb,1mb}       one edit until the diagnostics change (debounce 0)
//   extension_edit_to_publish_{100kb,1mb}           one edit until Grounded publishes (no VS Code event debounce)
//   extension_change_event_to_publish_{...}         Grounded's own share: change event to publish
//   extension_engine_check_{100kb,1mb}              the engine's check() alone, inside the extension host
//   vsix_size                                        bytes of grounded.vsix (`npm run package`)
// usage: node scripts/measure-extension.js [--no-package]   (needs scripts/setup-vscode-harness.sh)
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const quiet = { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] };
if (!process.argv.includes('--no-package')) execFileSync('npm', ['run', '--silent', 'package'], quiet);
execFileSync(process.execPath, ['scripts/build-tests.js'], quiet);

const vsix = path.join(ROOT, 'grounded.vsix');
const lines = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-measure-'));
const ws = path.join(tmp, 'ws');
fs.mkdirSync(ws);
const outFile = path.join(tmp, 'metrics.jsonl');
const r = spawnSync(process.execPath, ['scripts/run-ext-tests.js', ROOT, 'out/test/integration/measure.js', ws],
  { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GROUNDED_MEASURE_OUT: outFile } });
if (r.status !== 0 || !fs.existsSync(outFile)) {
  process.stderr.write(r.stdout.slice(-3000) + r.stderr.slice(-3000));
  console.error(`measurement run failed (exit ${r.status})`);
  process.exitCode = 1;
} else {
  lines.push(...fs.readFileSync(outFile, 'utf8').trim().split('\n'));
}
if (fs.existsSync(vsix)) lines.push(JSON.stringify({ metric: 'vsix_size', value: fs.statSync(vsix).size, unit: 'bytes' }));
fs.rmSync(tmp, { recursive: true, force: true });
for (const l of lines) console.log(l);
