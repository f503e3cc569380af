import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Checker, builtinPack, type Pack } from '../core';
import { loadPackLazily } from '../loadPackLazily';
import { expandInputs } from './files';
import type { Format } from './report';
import { jsonWriter } from './formatJson';
import { textWriter } from './formatText';
import { sarifWriter } from './formatSarif';
import { checkText, type CheckSettings, type CheckedFile } from './checkFile';
import { checkFiles, isCheckWorker, serveAsWorker } from './parallel';

declare const GROUNDED_VERSION: string | undefined;
const VERSION = typeof GROUNDED_VERSION === 'string' ? GROUNDED_VERSION : '0.0.0-dev';

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
  --jobs N                threads that check files (default: one per CPU, for long runs)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no contradiction, 1 contradictions found, 2 usage, pack or I/O error.`;

/** Runs the CLI; returns the exit code. Output goes through `write` so tests can capture it. */
export async function run(argv: string[], io: { out: (s: string) => void; write: (s: string) => void; err: (s: string) => void; stdin: () => Promise<string>; cwd: string }): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        stdin: { type: 'boolean' }, 'stdin-path': { type: 'string' }, pack: { type: 'string', multiple: true },
        'no-builtin': { type: 'boolean' }, format: { type: 'string', default: 'text' }, supported: { type: 'boolean' },
        'max-size': { type: 'string' }, jobs: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
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
  const jobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) { io.err('grounded: --jobs takes a positive whole number'); return 2; }
  if (!values.stdin && inputs.length === 0) { io.err(`grounded: name files, folders or globs to check, or --stdin\n\n${USAGE}`); return 2; }

  let failed = false;
  const packs: Pack[] = values['no-builtin'] ? [] : [builtinPack()];
  for (const file of values.pack ?? []) {
    const text = await readFile(file, 'utf8').catch((e: Error) => { io.err(`${file}: cannot read pack: ${e.message}`); return undefined; });
    if (text === undefined) { failed = true; continue; }
    const { pack, errors } = loadPackLazily(text, file);
    for (const e of errors) io.err(`${e.origin}${e.line !== undefined ? `:${e.line + 1}:${(e.column ?? 0) + 1}` : ''}: invalid pack: ${e.message}`);
    if (pack) packs.push(pack); else failed = true;
  }
  if (packs.length === 0) { io.err('grounded: no fact pack to check against'); return 2; }
  const checker = new Checker(packs);

  const settings: CheckSettings = { format: format as Format, showSupported: Boolean(values.supported), maxLength, cwd: io.cwd };
  const stdinText = values.stdin ? await io.stdin() : undefined;
  const { files, errors } = await expandInputs(inputs, io.cwd);
  for (const e of errors) { io.err(`grounded: ${e}`); failed = true; }

  // The report is written file by file as the run goes (see ReportWriter).
  const writer = format === 'json' ? jsonWriter() : format === 'sarif' ? sarifWriter(VERSION) : textWriter();
  let contradicted = false;
  const write = (c: CheckedFile) => {
    if (c.problem) { io.err(c.problem); failed = true; }
    for (const w of c.warnings ?? []) io.err(w);
    if (c.rendered.contradicted > 0) contradicted = true;
    io.write(writer.file(c.rendered));
  };
  io.write(writer.open());
  if (stdinText !== undefined) write(checkText(checker, values['stdin-path'] ?? '<stdin>', stdinText, settings));
  await checkFiles(checker, packs, files, settings, { script: __filename, jobs, onResult: write });
  io.write(`${writer.close()}\n`);

  if (failed) return 2;
  return contradicted ? 1 : 0;
}

if (isCheckWorker()) {
  serveAsWorker();
} else if (require.main === module) {
  // "grounded check … | head" closes the pipe early: stop quietly, as other command-line tools do,
  // instead of dying with an unhandled EPIPE stack trace. The exit status stays the run's own.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  const readStdin = async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'), write: (s) => { if (s) process.stdout.write(s); }, err: (s) => process.stderr.write(s + '\n'), stdin: readStdin, cwd: process.cwd(),
  }).then((code) => { process.exitCode = code; }, (e: Error) => { process.stderr.write(`grounded: internal error: ${e.stack ?? e}\n`); process.exitCode = 2; });
}
