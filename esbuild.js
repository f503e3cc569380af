// Builds the CLI (dist/cli.js) and the extension (dist/extension.js) from one script.
//   node esbuild.js               one build
//   node esbuild.js --production  minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild on change
const esbuild = require('esbuild');

const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');

/**
 * Built-in packs are parsed and validated at build time: a broken pack fails the build, and the
 * bundles start without parsing YAML (which was a third of the CLI's start-up).
 */
const builtinPackPlugin = {
  name: 'builtin-pack',
  setup(build) {
    let loadPack;
    build.onLoad({ filter: /[\\/]packs[\\/][^\\/]+\.yaml$/ }, (args) => {
      if (!loadPack) {
        const out = esbuild.buildSync({ entryPoints: ['src/core/facts/loadPack.ts'], bundle: true, platform: 'node', format: 'cjs', write: false });
        const mod = { exports: {} };
        new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
        loadPack = mod.exports.loadPack;
      }
      const text = fs.readFileSync(args.path, 'utf8');
      const { pack, errors } = loadPack(text, `builtin:${path.basename(args.path)}`);
      if (!pack) return { errors: errors.map((e) => ({ text: `${args.path}:${(e.line ?? 0) + 1}: ${e.message}` })) };
      return { contents: `export default ${JSON.stringify(text)};\nexport const parsed = ${JSON.stringify(pack)};`, loader: 'js' };
    });
  },
};
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
  plugins: [builtinPackPlugin],
  // Some dependencies ship ES modules that read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { GROUNDED_VERSION: JSON.stringify(require('./package.json').version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

const builds = [
  // The CLI is always minified: it is parsed at every start, and start-up is most of a small run.
  { ...common, minify: true, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['./pack-loader.js'], banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  // Loaded by the CLI and the extension only for a user's pack: YAML and schema validation stay out of start-up.
  { ...common, minify: true, entryPoints: ['src/pack-loader.ts'], outfile: 'dist/pack-loader.js' },
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './pack-loader.js'] },
];

async function main() {
  // The extension entry is optional until src/vscode exists.
  const present = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
  if (watch) {
    for (const b of present) await (await esbuild.context(b)).watch();
    console.log('[watch] build started');
  } else {
    await Promise.all(present.map((b) => esbuild.build(b)));
  }
}

module.exports = { builtinPackPlugin };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
