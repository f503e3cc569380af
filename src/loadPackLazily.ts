import type { loadPack } from './core';

/**
 * Pack parsing (YAML and schema validation, half of either bundle) lives in dist/pack-loader.js
 * (built from src/pack-loader.ts); the CLI and the extension load it with the first user pack.
 * The path is relative to the bundle that calls this, which sits beside it in dist/.
 */
export function loadPackLazily(...args: Parameters<typeof loadPack>): ReturnType<typeof loadPack> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./pack-loader.js') as { loadPack: typeof loadPack }).loadPack(...args);
}
