// The pool's tail (src/parallel/pool.ts, claims.ts): once every task is handed out, the main thread
// takes the tasks a worker has not started from the back of its batches instead of waiting. A real
// worker thread runs the worker's side of the protocol (claim a task's slot from the front, then
// "scan" it slowly); the main thread's scan is instant. Every task must come back exactly once, in
// order, and both threads must have scanned some: a pool that only waited leaves the main thread
// with none of the worker's batches.
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPool } from '../src/parallel/pool.js';
import { SLOTS, TaskClaims } from '../src/parallel/claims.js';
import type { Skipped } from '../src/types.js';
import type { ItemOutcome } from '../src/parallel/item.js';
import { tempDir } from './helpers/git-repo.js';

// The worker side, as src/parallel/scan-worker.ts and scanBatch do it, with a 3 ms scan per task.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const slots = workerData.claims;
const nap = new Int32Array(new SharedArrayBuffer(4));
parentPort.on('message', (m) => {
  if (m.type === 'close') return parentPort.close();
  const outcomes = [];
  for (let i = 0; i < m.tasks.length; i++) {
    if (Atomics.compareExchange(slots, (m.first + i) & (${SLOTS} - 1), 0, 1) !== 0) break;
    Atomics.wait(nap, 0, 0, 3);
    outcomes.push({ skipped: { file: m.tasks[i].file, reason: 'worker' } });
  }
  parentPort.postMessage({ type: 'done', id: m.id, outcomes });
});
`;

/** Tasks as a listing gives them, one per millisecond: the worker has started before the last one. */
async function* tasks(n: number): AsyncGenerator<Skipped> {
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    yield { file: `f${i}`, reason: 'task' };
  }
}

describe('work stealing at the end of a pooled scan', () => {
  test('the main thread scans the tail of a slow worker\'s batches; every task comes back once, in order', async () => {
    const dir = tempDir();
    const script = path.join(dir, 'worker.cjs');
    fs.writeFileSync(script, WORKER);
    const out: ItemOutcome[] = [];
    const byMain = (batch: Skipped[]) => Promise.resolve(batch.map((t): ItemOutcome => ({ skipped: { file: t.file, reason: 'main' } })));
    await runPool(pathToFileURL(script), { root: dir, configStart: dir, env: {} }, 1, tasks(300), (o) => out.push(o), (b) => byMain(b as Skipped[]));
    const files = out.map((o) => ('skipped' in o ? o.skipped.file : ''));
    expect(files).toEqual(Array.from({ length: 300 }, (_, i) => `f${i}`));
    const reasons = out.map((o) => ('skipped' in o ? o.skipped.reason : ''));
    const byWorker = reasons.filter((r) => r === 'worker').length;
    expect(byWorker).toBeGreaterThan(0);
    // Batches are 32 tasks in listing order. Without stealing, each is scanned whole by the thread
    // it went to; the worker's last one is shared: the worker's part first, the main thread's after.
    const batches = Array.from({ length: Math.ceil(300 / 32) }, (_, k) => reasons.slice(k * 32, k * 32 + 32).join(' '));
    const shared = batches.filter((b) => b.includes('worker') && b.includes('main'));
    expect(shared.length).toBeGreaterThan(0);
    for (const b of shared) expect(b).toMatch(/^(worker )+main( main)*$/);
  });

  test('claims: each slot has one owner; the worker stops where the main thread\'s part begins', () => {
    const claims = new TaskClaims();
    claims.open(SLOTS - 3, 8); // wraps around the ring
    expect(claims.claimFront(SLOTS - 3)).toBe(true);
    expect(claims.claimBack(SLOTS + 4)).toBe(true);
    expect(claims.claimBack(SLOTS + 3)).toBe(true);
    expect(claims.claimFront(SLOTS + 3)).toBe(false);
    expect(claims.claimBack(SLOTS - 3)).toBe(false);
    // Opened again for the next use of the same slots.
    claims.open(SLOTS + 3, 2);
    expect(claims.claimFront(SLOTS + 3)).toBe(true);
  });
});
