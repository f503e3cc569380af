import aukusYaml, { parsed } from '../../../packs/aukus.yaml';
import type { Pack } from './packTypes';

/** The built-in pack's text (the tests validate it against the schema). */
export const BUILTIN_PACK_TEXT: string = aukusYaml;

/**
 * The AUKUS pack that ships with Grounded, parsed and validated when it was built (esbuild.js for
 * the bundles, test/register-text.js for the unit tests). Not parsing YAML here keeps the YAML
 * parser and the schema validator out of start-up: they are half the CLI bundle.
 */
export function builtinPack(): Pack {
  if (!parsed) throw new Error('Built-in pack was not prepared at build time (see esbuild.js)');
  return parsed as Pack;
}
