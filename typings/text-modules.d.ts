// Pack files are bundled as text by esbuild (loader "text") and by the test hook in test/register-text.js.
declare module '*.yaml' {
  const text: string;
  export default text;
}
