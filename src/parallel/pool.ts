// Scanning on worker threads. Tasks (paths or blob ids, see src/sources/tasks.ts) go out in small
// batches to whichever worker has room; each worker reads and scans its inputs itself and returns
// outcomes, which are handed on in the tasks' order, so the result is the one a single thread gives.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Skipped } from '../types.js';
import type { Task } from '../sources/tasks.js';
import type { EngineSetup, ItemOutcome } from './item.js';
import { TaskClaims } from './claims.js';

/** `first`: the sequence number of the batch's first task (its claim slot, claims.ts). */
export type ToWorker = { type: 'batch'; id: number; first: number; tasks: (Task | Skipped)[] } | { type: 'close' };
/** `outcomes`: those of the batch's first tasks, all of them unless the main thread took the rest. */
export type FromWorker = { type: 'done'; id: number; outcomes: ItemOutcome[] } | { type: 'error'; message: string };
/** A worker's start: the engine's sources and the pool's claim slots (shared memory). */
export interface WorkerData {
  setup: EngineSetup;
  claims: Int32Array;
}

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

/**
 * Young generation per worker (MB), a third of V8's default. It was 4 when two workers scanned
 * beside an idle main thread (179 MB instead of 218 MB peak on the 20,000-file audit, for 4% more
 * CPU); with the main thread scanning too, a 2-core machine has one worker, and 16 gave 2% more
 * throughput for 2 MB more peak memory there (10 interleaved pairs).
 */
const YOUNG_MB = 16;

/** Tasks the main thread takes from the back of a worker's batch at a time, once all are handed out. */
const STEAL = 2;

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
  // A bounded nursery per worker: each default one grows to 16 MB semi-spaces, and with a heap per
  // thread that adds up on many cores. Old space keeps Node's limit (a 10 MB manifest of 40,000
  // documents needs hundreds of MB while it is parsed).
  const claims = new TaskClaims();
  const workerData: WorkerData = { setup, claims: claims.slots };
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const results = new Map<number, ItemOutcome[]>();
  /** Batches at workers, by id: their outcomes as they come, from the worker (front) and from here (back). */
  const atWorkers = new Map<number, Outstanding>();
  let nextOut = 0;
  let sent = 0;
  let seq = 0;
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

  /** Outcomes of tasks `at` .. of a batch at a worker; the batch is delivered once all are in. */
  const fill = (id: number, at: number, outcomes: ItemOutcome[]) => {
    const b = atWorkers.get(id)!;
    for (let k = 0; k < outcomes.length; k++) b.outcomes[at + k] = outcomes[k]!;
    b.filled += outcomes.length;
    if (b.filled === b.tasks.length) {
      atWorkers.delete(id);
      deliver(id, b.outcomes);
    }
  };

  for (const w of workers) {
    w.on('message', (m: FromWorker) => {
      if (m.type === 'error') failure ??= new Error(`scan worker: ${m.message}`);
      else {
        load.set(w, load.get(w)! - 1);
        // None: this thread took the whole batch (and may have delivered it already).
        if (m.outcomes.length) fill(m.id, 0, m.outcomes);
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
      const id = sent++;
      atWorkers.set(id, { tasks: batch, first: seq, outcomes: new Array<ItemOutcome>(batch.length), filled: 0, back: batch.length });
      claims.open(seq, batch.length);
      w.postMessage({ type: 'batch', id, first: seq, tasks: batch } satisfies ToWorker);
      seq += batch.length;
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
    // Everything is handed out: scan what the workers have not started instead of waiting for it.
    while (nextOut < sent) {
      if (failure) throw failure;
      if (local && (await stealFrom(atWorkers, claims, local, fill))) continue;
      await waitForNews();
    }
    if (failure) throw failure;
    // Closed, not waited for: a worker's exit (its heap, its cat-file) is no part of the result.
    closing = true;
    for (const w of workers) w.postMessage({ type: 'close' } satisfies ToWorker);
  } catch (e) {
    closing = true;
    for (const w of workers) void w.terminate();
    throw e;
  }
}

interface Outstanding {
  tasks: (Task | Skipped)[];
  /** The sequence number of its first task. */
  first: number;
  outcomes: ItemOutcome[];
  filled: number;
  /** Tasks from here on are this thread's; `back` equal to the batch's length: none. */
  back: number;
  /** The worker has reached the back: nothing more to take. */
  met?: boolean;
}

/**
 * Takes up to STEAL unstarted tasks from the back of the last batch a worker has not finished,
 * scans them here and files their outcomes; false when no worker has any left.
 */
async function stealFrom(
  atWorkers: Map<number, Outstanding>,
  claims: TaskClaims,
  local: (batch: (Task | Skipped)[]) => Promise<ItemOutcome[]>,
  fill: (id: number, at: number, outcomes: ItemOutcome[]) => void,
): Promise<boolean> {
  // The batch sent last is the one its worker reaches last.
  const ids = [...atWorkers.keys()];
  for (let k = ids.length - 1; k >= 0; k--) {
    const id = ids[k]!;
    const b = atWorkers.get(id)!;
    if (b.met) continue;
    let from = b.back;
    while (from > 0 && b.back - from < STEAL) {
      if (!claims.claimBack(b.first + from - 1)) {
        b.met = true;
        break;
      }
      from--;
    }
    if (from === 0) b.met = true;
    if (from === b.back) continue;
    const tasks = b.tasks.slice(from, b.back);
    b.back = from;
    fill(id, from, await local(tasks));
    return true;
  }
  return false;
}
