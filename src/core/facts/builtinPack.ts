import aukusYaml, { parsed } from '../../../packs/aukus.yaml';

/** The built-in pack's text (the tests validate it against the schema). */
export const BUILTIN_PACK_TEXT: string = aukusYaml;
import { loadPack, type Pack } from './loadPack';

let cached: Pack | undefined;

/** The AUKUS pack that ships with Grounded. A broken built-in pack is a build bug, so it throws. */
export function builtinPack(): Pack {
  if (cached) return cached;
  if (parsed) return (cached = parsed as Pack); // parsed and validated when the bundle was built
  const { pack, errors } = loadPack(aukusYaml, 'builtin:aukus.yaml', { schema: false });
  if (!pack) throw new Error(`Built-in pack is invalid: ${errors.map((e) => e.message).join('; ')}`);
  return (cached = pack);
}
