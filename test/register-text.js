// Lets unit tests import .yaml pack files as the bundles do (see esbuild.js's builtinPackPlugin):
// the text as the default export and the pack, parsed and validated, as `parsed`.
const fs = require('fs');
require.extensions['.yaml'] = (module, filename) => {
  const text = fs.readFileSync(filename, 'utf8');
  // Required here, not at the top: tsx (registered before this file) compiles the TypeScript.
  const { loadPack } = require('../src/core/facts/loadPack.ts');
  const { pack, errors } = loadPack(text, `builtin:${require('path').basename(filename)}`);
  if (!pack) throw new Error(`${filename}: ${errors.map((e) => e.message).join('; ')}`);
  module.exports = { __esModule: true, default: text, parsed: pack };
};
