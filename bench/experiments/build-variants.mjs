#!/usr/bin/env node
// Builds the CLI once per experiment variant into dist-exp/cli-<variant>.js, swapping parts of
// src/core at build time only (src/ itself is not changed):
//   baseline        the hand-written splitter and NEGATION regex, as in src/
//   split-compromise  splitSentences from compromise/one (bench/experiments/sentences-compromise.ts)
//   split-sbd         splitSentences from sbd (bench/experiments/sentences-sbd.ts)
//   neg-compromise    negation in context.ts read by compromise's #Negative tag only
//   neg-union         negation = NEGATION regex OR compromise's #Negative
// The libraries are resolved from NLP_DEPS (default /tmp/nlpdeps/node_modules), installed with
//   mkdir -p /tmp/nlpdeps && cd /tmp/nlpdeps && npm init -y && npm install compromise@14.17.0 sbd@1.0.19
//
//   node bench/experiments/build-variants.mjs [variant ...]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
process.chdir(ROOT);
const esbuild = require(join(ROOT, 'node_modules/esbuild'));
const { builtinPackPlugin } = require(join(ROOT, 'esbuild.js'));
export const NLP_DEPS = process.env.NLP_DEPS ?? '/tmp/nlpdeps/node_modules';

const SENTENCES = /[\\/]src[\\/]core[\\/]claims[\\/]sentences\.ts$/;
const CONTEXT = /[\\/]src[\\/]core[\\/]claims[\\/]context\.ts$/;

/** Loads `replacement` in place of src/core/claims/sentences.ts. */
const swapSentences = (replacement) => ({
  name: 'swap-sentences',
  setup(build) {
    build.onLoad({ filter: SENTENCES }, () => ({ contents: readFileSync(replacement, 'utf8'), loader: 'ts', resolveDir: dirname(replacement) }));
  },
});

/** Rewrites the one negation test in context.ts to call negation-compromise.ts. */
const swapNegation = {
  name: 'swap-negation',
  setup(build) {
    build.onLoad({ filter: CONTEXT }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const call = 'const negated = NEGATION.test(';
      if (src.split(call).length !== 2) return { errors: [{ text: `expected exactly one "${call}" in ${args.path}` }] };
      const lib = JSON.stringify(join(HERE, 'negation-compromise.ts'));
      return { contents: `import { negationTest } from ${lib};\n` + src.replace(call, 'const negated = negationTest(NEGATION, '), loader: 'ts' };
    });
  },
};

export const VARIANTS = {
  baseline: { plugins: [] },
  'split-compromise': { plugins: [swapSentences(join(HERE, 'sentences-compromise.ts'))] },
  'split-sbd': { plugins: [swapSentences(join(HERE, 'sentences-sbd.ts'))] },
  'neg-compromise': { plugins: [swapNegation], define: { NEG_MODE: '"compromise"' } },
  'neg-union': { plugins: [swapNegation], define: { NEG_MODE: '"union"' } },
};

const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, sourcemap: false, logLevel: 'warning',
  nodePaths: [NLP_DEPS],
  define: { GROUNDED_VERSION: JSON.stringify(require(join(ROOT, 'package.json')).version), 'import.meta.url': '__importMetaUrl' },
};

export async function buildVariant(name) {
  const v = VARIANTS[name];
  if (!v) throw new Error(`unknown variant ${name}`);
  await esbuild.build({
    ...common,
    define: { ...common.define, ...v.define },
    plugins: [builtinPackPlugin, ...v.plugins],
    entryPoints: [join(ROOT, 'src/cli/main.ts')],
    outfile: join(ROOT, `dist-exp/cli-${name}.js`),
    external: ['./pack-loader.js'],
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
}

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(VARIANTS);
  // The CLI loads ./pack-loader.js only for a user's pack; build it once beside the variants.
  await esbuild.build({ ...common, plugins: [builtinPackPlugin], entryPoints: [join(ROOT, 'src/pack-loader.ts')], outfile: join(ROOT, 'dist-exp/pack-loader.js') });
  for (const n of names) { await buildVariant(n); console.log(`built dist-exp/cli-${n}.js`); }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch((e) => { console.error(e); process.exit(1); });
