/**
 * The engine's only public surface. Pure TypeScript: no `vscode`, no Node built-ins, so it runs
 * in the CLI, the desktop extension host and a web worker alike. I/O is the adapters' job: they
 * read pack files and documents and pass text in.
 */
export * from './types';
export { loadPack, type Pack, type PackError, type PackLoadResult } from './facts/loadPack';
export { builtinPack } from './facts/builtinPack';
export { Checker } from './check/checker';
export { applyEdits } from './fixes/applyEdits';
export { citationEdits, type CitationStyle } from './cite/citation';
export { suppressionEdit } from './suppress/suppressionEdit';
export { LineIndex } from './text/lineIndex';
export { FINDING_CODES, docsUrl } from './codes';
