// Scanning on worker threads. Tasks (paths or blob ids, see src/sources/tasks.ts) go out in small
// batches to whichever worker has room; each worker reads and scans its inputs itself and returns
// outcomes, which are handed on in the tasks' order, so the result is the one a single thread gives.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Skipped } from '../types.js';
import type { Task } from '../sources/tasks.js';
import type { EngineSetup, ItemOutcome } from './item.js';

export type ToWorker = { type: 'batch'; id: number; tasks: (Task | Skipped)[] } | { type: 'close' };
export type FromWorker = { type: 'done'; id: number; outcomes: ItemOutcome[] } | { type: 'error'; message: string };

/** Tasks per message: enough to make messaging cheap, few enough to keep both cores busy to the end. */
const BATCH = 32;
/**
 * Batches a worker may hold: one being scanned, one whose blobs are being read meanwhile, and one
 * more for the time the main thread spends on a batch of its own (it answers no message meanwhile).
 */
const IN_FLIGHT = 3;

/**
 * A job with fewer tasks than this runs on the main thread: a worker costs its start-up (loading
 * the bundle, compiling the rules), about as long as scanning a few hundred small files here.
 */
export const MIN_TASKS = 256;

/** Young generation per worker (MB): 179 MB instead of 218 MB peak on the 20,000-file audit, +4% CPU. */
const YOUNG_MB = 4;

declare const SEALGATE_BUNDLED: boolean | undefined;

/**
 * The worker script next to the running bundle: dist/scan-worker.cjs for the CLI (dist/cli.cjs; it
 * loads the CLI through the code cache), dist/worker.js for the Action; undefined when running from
 * the TypeScript sources.
 */
export function workerScript(): URL | undefined {
  if (typeof SEALGATE_BUNDLED === 'undefined') return undefined;
  if (/\/cli\.cjs$/.test(import.meta.url)) return new URL('./scan-worker.cjs', import.meta.url);
  // esbuild puts shared code in dist/chunks/ and the entry points in dist/.
  return new URL(/\/chunks\/[^/]*$/.test(import.meta.url) ? '../worker.js' : './worker.js', import.meta.url);
}

/**
 * How many workers: SEALGATE_WORKERS when set (then also for small jobs: tests and the benchmark
 * use it), else one per core the process may use.
 */
export function workerPlan(env: Record<string, string | undefined>): { workers: number; forced: boolean } {
  const set = env.SEALGATE_WORKERS;
  if (set !== undefined && /^\d+$/.test(set.trim()) && Number(set) >= 1) return { workers: Math.min(Number(set), 64), forced: true };
  return { workers: os.availableParallelism(), forced: false };
}

/**
 * Scans `tasks` on `count` worker threads plus, when `local` is given, the main thread itself: it
 * has the engine built and its code warmed up already, so N scanning threads cost N - 1 worker
 * start-ups (loading the bundle, compiling the rules, warming up a JIT) and N - 1 heaps.
 */
export async function runPool(
  script: URL,
  setup: EngineSetup,
  count: number,
  tasks: AsyncIterable<Task | Skipped>,
  onOutcome: (o: ItemOutcome) => void,
  local?: (batch: (Task | Skipped)[]) => Promise<ItemOutcome[]>,
): Promise<void> {
  // A small nursery per worker: each default one grows to 16 MB semi-spaces, and with a heap per
  // thread that alone put a 2-worker audit over 200 MB. Old space keeps Node's limit (a 10 MB
  // manifest of 40,000 documents needs hundreds of MB while it is parsed).
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const results = new Map<number, ItemOutcome[]>();
  let nextOut = 0;
  let sent = 0;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));

  const deliver = (id: number, outcomes: ItemOutcome[]) => {
    results.set(id, outcomes);
    // Hand on every batch that is next in order.
    for (let r = results.get(nextOut); r; r = results.get(nextOut)) {
      results.delete(nextOut++);
      for (const o of r) onOutcome(o);
    }
  };

  for (const w of workers) {
    w.on('message', (m: FromWorker) => {
      if (m.type === 'error') failure ??= new Error(`scan worker: ${m.message}`);
      else {
        load.set(w, load.get(w)! - 1);
        deliver(m.id, m.outcomes);
      }
      notify();
    });
    w.on('error', (e) => {
      failure ??= e;
      notify();
    });
    w.on('exit', (code) => {
      if (!closing) failure ??= new Error(`scan worker stopped (exit ${code})`);
      notify();
    });
  }

  const roomyWorker = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [w, n] of load) if (n < IN_FLIGHT && (!best || n < load.get(best)!)) best = w;
    return best;
  };
  const freeWorker = async (): Promise<Worker> => {
    for (;;) {
      if (failure) throw failure;
      const best = roomyWorker();
      if (best) return best;
      await waitForNews();
    }
  };
  const dispatch = async (batch: (Task | Skipped)[]) => {
    if (failure) throw failure;
    // Workers first (they must never run dry); the main thread takes a batch when they are full.
    const w = local ? roomyWorker() : await freeWorker();
    if (w) {
      load.set(w, load.get(w)! + 1);
      w.postMessage({ type: 'batch', id: sent++, tasks: batch } satisfies ToWorker);
      return;
    }
    const id = sent++;
    deliver(id, await local!(batch));
    // Let the workers' messages in (a batch scanned here answered none of them).
    await new Promise<void>((resolve) => setImmediate(resolve));
  };

  try {
    let batch: (Task | Skipped)[] = [];
    for await (const t of tasks) {
      batch.push(t);
      if (batch.length === BATCH) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length) await dispatch(batch);
    while (nextOut < sent) {
      if (failure) throw failure;
      await waitForNews();
    }
    if (failure) throw failure;
    closing = true;
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            w.postMessage({ type: 'close' } satisfies ToWorker);
          }),
      ),
    );
  } finally {
    closing = true;
    for (const w of workers) void w.terminate();
  }
}
