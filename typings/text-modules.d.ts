// Built-in packs: their text, and (in the bundles, see esbuild.js) the pack parsed at build time.
// The unit tests load them through test/register-text.js, which gives the text only.
declare module '*.yaml' {
  const text: string;
  export default text;
  export const parsed: unknown;
}
