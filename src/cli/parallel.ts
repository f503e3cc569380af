import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Checker, type Pack } from '../core';
import { checkFile, type CheckSettings, type CheckedFile } from './checkFile';

/**
 * Checking is CPU-bound and files are independent, so a large run is shared between worker
 * threads (each with its own Checker) and the main thread. Files are handed out one at a time, so
 * a slow file does not hold up the others; results keep the command line's order. A small run stays
 * on one thread: starting a worker costs about as much as checking a megabyte.
 */
const BYTES_PER_THREAD = 1_000_000;
const MAX_THREADS = 8;

interface WorkerInit { grounded: 'check-worker'; packs: Pack[]; settings: CheckSettings }
type ToWorker = { path: string; index: number } | { done: true };
type FromWorker = { ready: true } | { index: number; result: CheckedFile };

/** `script` is this bundle's file (workers run it too); `jobs` overrides the number of threads. */
export async function checkFiles(checker: Checker, packs: Pack[], paths: string[], settings: CheckSettings,
  options: { script: string; jobs?: number }): Promise<CheckedFile[]> {
  const threads = Math.min(options.jobs ?? await threadsFor(paths), Math.max(1, paths.length));
  const results: CheckedFile[] = new Array(paths.length);
  let next = 0;
  const take = () => (next < paths.length ? next++ : -1);

  const workers = Array.from({ length: threads - 1 }, () => new Promise<void>((done, fail) => {
    const init: WorkerInit = { grounded: 'check-worker', packs, settings };
    const worker = new Worker(options.script, { workerData: init });
    worker.on('message', (m: FromWorker) => {
      if ('index' in m) results[m.index] = m.result;
      const i = take();
      worker.postMessage((i < 0 ? { done: true } : { path: paths[i], index: i }) satisfies ToWorker);
    });
    worker.on('error', fail);
    worker.on('exit', () => done());
  }));
  // The main thread checks too, yielding between files so it can answer the workers.
  for (let i = take(); i >= 0; i = take()) {
    results[i] = await checkFile(checker, paths[i], settings);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
  return results;
}

async function threadsFor(paths: string[]): Promise<number> {
  const cpus = availableParallelism();
  if (cpus < 2 || paths.length < 2) return 1;
  let bytes = 0;
  for (const p of paths) bytes += (await stat(p).catch(() => undefined))?.size ?? 0;
  return Math.max(1, Math.min(cpus, MAX_THREADS, paths.length, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** True in a thread started by checkFiles: it then serves files until told it is done. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as WorkerInit | undefined)?.grounded === 'check-worker';
}

export function serveAsWorker(): void {
  const { packs, settings } = workerData as WorkerInit;
  const checker = new Checker(packs);
  const port = parentPort!;
  port.on('message', (m: ToWorker) => {
    if ('done' in m) { port.close(); return; }
    checkFile(checker, m.path, settings).then((result) => port.postMessage({ index: m.index, result } satisfies FromWorker));
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
