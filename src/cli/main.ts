import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { Checker, builtinPack, type Pack, type loadPack as LoadPack } from '../core';
import { expandInputs } from './files';
import type { FileReport } from './report';
import { formatJson } from './formatJson';
import { formatText } from './formatText';
import { formatSarif } from './formatSarif';

declare const GROUNDED_VERSION: string | undefined;
const VERSION = typeof GROUNDED_VERSION === 'string' ? GROUNDED_VERSION : '0.0.0-dev';

/** Pack parsing lives in dist/pack-loader.js, loaded on the first --pack (see pack-loader.ts). */
function packLoader(): typeof LoadPack {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./pack-loader.js') as { loadPack: typeof LoadPack }).loadPack;
}

const USAGE = `Usage: grounded check [options] [files, folders or globs…]

Checks Markdown drafts against fact packs and reports sentences that contradict a fact.

Options:
  --stdin                 read one document from standard input
  --stdin-path PATH       the path to report for standard input (default: <stdin>)
  --pack FILE             load a fact pack (repeatable); the built-in AUKUS pack is used
                          unless --no-builtin is given
  --no-builtin            do not load the built-in pack
  --format text|json|sarif  output format (default: text)
  --supported             text format: also list supported claims
  --max-size BYTES        skip larger files with a message (default: 5000000)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no contradiction, 1 contradictions found, 2 usage, pack or I/O error.`;

/** Runs the CLI; returns the exit code. Output goes through `write` so tests can capture it. */
export async function run(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; stdin: () => Promise<string>; cwd: string }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        stdin: { type: 'boolean' }, 'stdin-path': { type: 'string' }, pack: { type: 'string', multiple: true },
        'no-builtin': { type: 'boolean' }, format: { type: 'string', default: 'text' }, supported: { type: 'boolean' },
        'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err(`grounded: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) { io.out(USAGE); return 0; }
  if (values.version) { io.out(VERSION); return 0; }
  const [command, ...inputs] = positionals;
  if (command !== 'check') {
    io.err(command ? `grounded: unknown command "${command}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) { io.err(`grounded: --format must be text, json or sarif, not "${format}"`); return 2; }
  const maxLength = values['max-size'] ? Number(values['max-size']) : undefined;
  if (maxLength !== undefined && !(maxLength > 0)) { io.err('grounded: --max-size takes a positive number'); return 2; }
  if (!values.stdin && inputs.length === 0) { io.err(`grounded: name files, folders or globs to check, or --stdin\n\n${USAGE}`); return 2; }

  let failed = false;
  const packs: Pack[] = values['no-builtin'] ? [] : [builtinPack()];
  for (const file of values.pack ?? []) {
    const text = await readFile(file, 'utf8').catch((e: Error) => { io.err(`${file}: cannot read pack: ${e.message}`); return undefined; });
    if (text === undefined) { failed = true; continue; }
    const { pack, errors } = packLoader()(text, file);
    for (const e of errors) io.err(`${e.origin}${e.line !== undefined ? `:${e.line + 1}:${(e.column ?? 0) + 1}` : ''}: invalid pack: ${e.message}`);
    if (pack) packs.push(pack); else failed = true;
  }
  if (packs.length === 0) { io.err('grounded: no fact pack to check against'); return 2; }
  const checker = new Checker(packs);

  const reports: FileReport[] = [];
  const checkText = (path: string, text: string) => {
    const result = checker.check(text, { maxLength });
    if (result.skipped) { io.err(`${path}: not checked: ${result.skipped}`); failed = true; }
    reports.push({ path, findings: result.findings, suppressed: result.suppressed.length, ...(result.skipped ? { error: result.skipped } : {}) });
  };
  if (values.stdin) checkText(values['stdin-path'] ?? '<stdin>', await io.stdin());
  const { files, errors } = await expandInputs(inputs, io.cwd);
  for (const e of errors) { io.err(`grounded: ${e}`); failed = true; }
  for (const path of files) {
    let text: string;
    try {
      const bytes = await readFile(path);
      if (maxLength === undefined && bytes.length > 50_000_000) throw new Error('larger than 50 MB');
      text = bytes.toString('utf8');
    } catch (e) {
      io.err(`${path}: cannot read: ${(e as Error).message}`);
      reports.push({ path, findings: [], suppressed: 0, error: `cannot read: ${(e as Error).message}` });
      failed = true;
      continue;
    }
    checkText(path, text);
  }

  if (format === 'json') io.out(formatJson(reports));
  else if (format === 'sarif') io.out(formatSarif(reports, VERSION, (p) => (p.startsWith('<') ? p : pathToFileURL(resolve(io.cwd, p)).href)));
  else io.out(formatText(reports, { showSupported: Boolean(values.supported) }));

  if (failed) return 2;
  return reports.some((r) => r.findings.some((f) => f.verdict === 'contradicted')) ? 1 : 0;
}

if (require.main === module) {
  const readStdin = async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), stdin: readStdin, cwd: process.cwd(),
  }).then((code) => { process.exitCode = code; }, (e: Error) => { process.stderr.write(`grounded: internal error: ${e.stack ?? e}\n`); process.exitCode = 2; });
}
