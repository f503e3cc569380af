// A bundle of its own (dist/pack-loader.js, see esbuild.js): the YAML parser and the schema
// validator are half of the CLI's code, and only a --pack needs them, so a plain run never
// compiles them.
export { loadPack } from '../core';
