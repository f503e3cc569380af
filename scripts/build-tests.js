// Transpiles the integration suite (test/integration/**/*.ts) to out/test/integration/*.js.
// No bundling: mocha and vscode are resolved at run time inside the extension host.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const dir = path.join(ROOT, 'test/integration');
const entryPoints = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
const outdir = path.join(ROOT, 'out/test/integration');
fs.rmSync(outdir, { recursive: true, force: true });
esbuild.buildSync({ entryPoints, outdir, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'warning' });
