// Experiment: negation read by compromise (full build, with its tagger) instead of the NEGATION
// regex in src/core/claims/context.ts. build-variants.mjs rewrites the one call
// `NEGATION.test(region)` in context.ts to `negationTest(NEGATION, region)` at build time.
// @ts-ignore: resolved from /tmp/nlpdeps/node_modules by esbuild's nodePaths
import nlp from 'compromise';

declare const NEG_MODE: 'compromise' | 'union';

export function negationTest(regex: RegExp, region: string): boolean {
  // Entity markers (⟦O1⟧) are not words: give compromise a plain noun instead.
  const plain = region.replace(/⟦[A-Z]\d+⟧/g, 'Xland');
  const lib = nlp(plain).has('#Negative');
  return NEG_MODE === 'union' ? lib || regex.test(region) : lib;
}
