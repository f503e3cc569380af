import aukusYaml from '../../../packs/aukus.yaml';
import { loadPack, type Pack } from './loadPack';

let cached: Pack | undefined;

/** The AUKUS pack that ships with Grounded. A broken built-in pack is a build bug, so it throws. */
export function builtinPack(): Pack {
  if (cached) return cached;
  const { pack, errors } = loadPack(aukusYaml, 'builtin:aukus.yaml');
  if (!pack) throw new Error(`Built-in pack is invalid: ${errors.map((e) => e.message).join('; ')}`);
  return (cached = pack);
}
