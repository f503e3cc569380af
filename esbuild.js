// Builds the CLI (dist/cli.js) and the extension (dist/extension.js) from one script.
//   node esbuild.js               one build
//   node esbuild.js --production  minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild on change
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  loader: { '.yaml': 'text' },
  // Some dependencies ship ES modules that read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { GROUNDED_VERSION: JSON.stringify(require('./package.json').version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
];

async function main() {
  const fs = require('fs');
  // The extension entry is optional until src/vscode exists.
  const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    console.log('[watch] build started');
  } else {
    await Promise.all(present.map((b) => esbuild.build(b)));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
