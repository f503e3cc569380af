// A bundle of its own (dist/pack-loader.js, see esbuild.js), shared by the CLI and the extension:
// the YAML parser and the schema validator are half of either bundle, and only a user's own pack
// needs them (the built-in pack is parsed at build time), so most runs never load them.
export { loadPack } from './core';
