import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('architecture', () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

  it('src/core imports neither vscode nor Node built-ins (so it runs in a web worker)', () => {
    const offences = filesUnder(join(ROOT, 'core')).flatMap((f) =>
      importsOf(f).filter((i) => i === 'vscode' || builtins.has(i) || i.startsWith('node:')).map((i) => `${relative(ROOT, f)}: ${i}`));
    assert.deepEqual(offences, []);
  });

  it('the CLI and the extension use the engine only through src/core/index.ts', () => {
    const offences = ['cli', 'vscode'].flatMap((dir) => filesUnder(join(ROOT, dir)).flatMap((f) =>
      importsOf(f).filter((i) => /\/core\/./.test(i)).map((i) => `${relative(ROOT, f)}: ${i}`)));
    assert.deepEqual(offences, []);
  });
});
