import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';

const MARKDOWN = /\.(?:md|markdown)$/i;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands the command line's files, folders and globs into Markdown files. Problems (a path that
 * does not exist) are returned, not thrown, so the other files are still checked.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files = new Set<string>();
  const errors: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isFile()) { files.add(input); continue; }
    if (info?.isDirectory()) {
      const found = await glob(['**/*.md', '**/*.markdown'], { cwd: input, ignore: IGNORE, absolute: false, dot: false, followSymbolicLinks: false });
      for (const f of found.sort()) files.add(joinPath(input, f));
      continue;
    }
    if (/[*?{[]/.test(input)) {
      const found = await glob(input, { cwd, ignore: IGNORE, followSymbolicLinks: false });
      const md = found.filter((f) => MARKDOWN.test(f)).sort();
      if (md.length === 0) errors.push(`${input}: no Markdown files match`);
      for (const f of md) files.add(f);
      continue;
    }
    errors.push(`${input}: no such file or folder`);
  }
  return { files: [...files], errors };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
