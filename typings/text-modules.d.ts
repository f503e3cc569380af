// Built-in packs: their text, and the pack parsed and validated when it was built (esbuild.js for
// the bundles, test/register-text.js for the unit tests).
declare module '*.yaml' {
  const text: string;
  export default text;
  export const parsed: unknown;
}
