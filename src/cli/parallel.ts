import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Checker, type Pack } from '../core';
import { checkFile, type CheckSettings, type CheckedFile } from './checkFile';

/**
 * Checking is CPU-bound and files are independent, so a long run is shared between worker threads
 * (each with its own Checker) and the main thread. Workers start only when the files still to check
 * would take the main thread longer than starting them costs: most files hold no claim and check at
 * tens of MB/s, so a run over them never pays for a worker. Files are handed out one at a time, so a
 * slow file does not hold up the others; results keep the command line's order.
 */
const WORTH_A_WORKER_MS = 300;
const JUDGE_AFTER_MS = 50;
const MAX_THREADS = 8;

interface WorkerInit { grounded: 'check-worker'; packs: Pack[]; settings: CheckSettings }
type ToWorker = { path: string; index: number } | { done: true };
type FromWorker = { ready: true } | { index: number; result: CheckedFile };

/**
 * `script` is this bundle's file (workers run it too); `jobs` caps the threads (and starts them at
 * once). Each result goes to `onResult` in the order of `paths`, as soon as the ones before it have
 * gone, and is not kept: the report is written while the run goes on.
 */
export async function checkFiles(checker: Checker, packs: Pack[], paths: string[], settings: CheckSettings,
  options: { script: string; jobs?: number; onResult: (result: CheckedFile) => void }): Promise<void> {
  const waiting = new Map<number, CheckedFile>();
  let written = 0;
  const deliver = (index: number, result: CheckedFile) => {
    waiting.set(index, result);
    for (let r = waiting.get(written); r !== undefined; r = waiting.get(written)) {
      waiting.delete(written++);
      options.onResult(r);
    }
  };
  const sizes = await Promise.all(paths.map((p) => stat(p).then((s) => s.size, () => 0)));
  let next = 0, takenBytes = 0;
  const take = () => {
    if (next >= paths.length) return -1;
    takenBytes += sizes[next];
    return next++;
  };
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const threads = Math.max(1, Math.min(options.jobs ?? defaultThreads(), paths.length));

  const workers: Promise<void>[] = [];
  const startWorkers = () => {
    for (let w = 1; w < threads; w++) workers.push(new Promise<void>((done, fail) => {
      const init: WorkerInit = { grounded: 'check-worker', packs, settings };
      const worker = new Worker(options.script, { workerData: init });
      // Two files in flight per worker: the next one is already queued when a worker finishes,
      // so it does not wait while the main thread is busy with a file of its own.
      let inFlight = 0;
      const send = () => {
        const i = take();
        if (i >= 0) { inFlight++; worker.postMessage({ path: paths[i], index: i } satisfies ToWorker); }
        else if (inFlight === 0) worker.postMessage({ done: true } satisfies ToWorker);
      };
      worker.on('message', (m: FromWorker) => {
        if ('index' in m) { deliver(m.index, m.result); inFlight--; send(); }
        else { send(); send(); }
      });
      worker.on('error', fail);
      worker.on('exit', () => done());
    }));
  };
  let started = threads === 1;
  if (!started && options.jobs !== undefined) { startWorkers(); started = true; }

  // The main thread checks too, yielding between files so it can answer the workers.
  const t0 = performance.now();
  for (let i = take(); i >= 0; i = take()) {
    deliver(i, checkFile(checker, paths[i], settings));
    if (!started) {
      const elapsed = performance.now() - t0;
      const remainingMs = takenBytes > 0 ? (totalBytes - takenBytes) * (elapsed / takenBytes) : 0;
      // Judged only after some work: the first files also pay for compiling the code, and an
      // estimate from them alone started a worker on runs that finish in a tenth of a second.
      if (elapsed > JUDGE_AFTER_MS && remainingMs > WORTH_A_WORKER_MS) { startWorkers(); started = true; }
    }
    if (workers.length) await new Promise((r) => setImmediate(r));
  }
  await Promise.all(workers);
}

/**
 * One thread per logical CPU. On this project's 2-CPU test machine a second thread checks the dense
 * benchmark corpus 14% faster (median of five interleaved runs each, 7.7 s against 8.9 s) for about
 * 30% more CPU time; an earlier measurement on the same kind of machine found no gain, so the gain
 * depends on what shares the cores. A worker starts only for runs long enough to repay it.
 */
function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism()));
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
    port.postMessage({ index: m.index, result: checkFile(checker, m.path, settings) } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
