// Shared pieces of the code-server harness runners: paths, a free port, and a code-server
// process with its own temporary user-data, extensions and XDG folders.
// See /work/shared/vscode-harness.md for why this is how a real VS Code runs on this machine.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const H = path.resolve(process.env.HARNESS_DIR || path.join(ROOT, '.vscode-test/harness'));
const CODE_SERVER = path.join(H, 'cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function requireHarness() {
  if (!fs.existsSync(CODE_SERVER)) {
    console.error(`code-server not found at ${CODE_SERVER}; run scripts/setup-vscode-harness.sh first.`);
    process.exit(2);
  }
  return require(path.join(H, 'tools/node_modules/playwright-core'));
}

const freePort = () => new Promise((res) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});

/** A temp folder with code-server's config, user settings and XDG dirs. */
function makeProfile(prefix, userSettings = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
  fs.mkdirSync(path.join(tmp, 'ud', 'User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'ud', 'User', 'settings.json'), JSON.stringify({
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'workbench.tips.enabled': false, 'chat.disableAIFeatures': true, ...userSettings,
  }));
  const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', path.join(tmp, 'ud'),
    '--extensions-dir', path.join(tmp, 'ext')];
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg'), XDG_DATA_HOME: path.join(tmp, 'xdgdata') };
  return { tmp, common, env };
}

/** Starts code-server in its own process group on 127.0.0.1; resolves once it listens. */
async function startServer(profile) {
  const port = await freePort();
  const server = spawn(process.execPath, [CODE_SERVER, ...profile.common, '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened'],
  { env: profile.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${log}`)), 30000);
    const check = () => { if (/HTTP server listening/.test(log)) { clearTimeout(timer); resolve(); } };
    server.stdout.on('data', check);
    server.stderr.on('data', check);
    server.on('exit', (c) => { clearTimeout(timer); reject(new Error(`code-server exited with ${c}:\n${log}`)); });
  });
  return {
    port, pid: server.pid, log: () => log,
    // the whole process group: server, extension host, file watchers
    stop: () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } },
  };
}

module.exports = { ROOT, H, CODE_SERVER, CHROMIUM, CHROMIUM_ARGS, requireHarness, makeProfile, startServer };
