import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  TaskClaims
} from "./chunk-Z56EIAR2.js";
import "./chunk-3KSM5TLY.js";

// src/parallel/pool.ts
import os from "node:os";
import { Worker } from "node:worker_threads";
var BATCH = 32;
var IN_FLIGHT = 3;
var MIN_TASKS = 256;
var YOUNG_MB = 16;
var STEAL = 2;
function workerScript() {
  if (false) return void 0;
  if (/\/cli\.cjs$/.test(import.meta.url)) return new URL("./scan-worker.cjs", import.meta.url);
  return new URL(/\/chunks\/[^/]*$/.test(import.meta.url) ? "../worker.js" : "./worker.js", import.meta.url);
}
function workerPlan(env) {
  const set = env.SEALGATE_WORKERS;
  if (set !== void 0 && /^\d+$/.test(set.trim()) && Number(set) >= 1) return { workers: Math.min(Number(set), 64), forced: true };
  return { workers: os.availableParallelism(), forced: false };
}
async function runPool(script, setup, count, tasks, onOutcome, local) {
  const claims = new TaskClaims();
  const workerData = { setup, claims: claims.slots };
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  const load = new Map(workers.map((w) => [w, 0]));
  const results = /* @__PURE__ */ new Map();
  const atWorkers = /* @__PURE__ */ new Map();
  let nextOut = 0;
  let sent = 0;
  let seq = 0;
  let failure;
  let closing = false;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const waitForNews = () => new Promise((resolve) => wake = resolve);
  const deliver = (id, outcomes) => {
    results.set(id, outcomes);
    for (let r = results.get(nextOut); r; r = results.get(nextOut)) {
      results.delete(nextOut++);
      for (const o of r) onOutcome(o);
    }
  };
  const fill = (id, at, outcomes) => {
    const b = atWorkers.get(id);
    for (let k = 0; k < outcomes.length; k++) b.outcomes[at + k] = outcomes[k];
    b.filled += outcomes.length;
    if (b.filled === b.tasks.length) {
      atWorkers.delete(id);
      deliver(id, b.outcomes);
    }
  };
  for (const w of workers) {
    w.on("message", (m) => {
      if (m.type === "error") failure ??= new Error(`scan worker: ${m.message}`);
      else {
        load.set(w, load.get(w) - 1);
        if (m.outcomes.length) fill(m.id, 0, m.outcomes);
      }
      notify();
    });
    w.on("error", (e) => {
      failure ??= e;
      notify();
    });
    w.on("exit", (code) => {
      if (!closing) failure ??= new Error(`scan worker stopped (exit ${code})`);
      notify();
    });
  }
  const roomyWorker = () => {
    let best;
    for (const [w, n] of load) if (n < IN_FLIGHT && (!best || n < load.get(best))) best = w;
    return best;
  };
  const freeWorker = async () => {
    for (; ; ) {
      if (failure) throw failure;
      const best = roomyWorker();
      if (best) return best;
      await waitForNews();
    }
  };
  const dispatch = async (batch) => {
    if (failure) throw failure;
    const w = local ? roomyWorker() : await freeWorker();
    if (w) {
      load.set(w, load.get(w) + 1);
      const id2 = sent++;
      atWorkers.set(id2, { tasks: batch, first: seq, outcomes: new Array(batch.length), filled: 0, back: batch.length });
      claims.open(seq, batch.length);
      w.postMessage({ type: "batch", id: id2, first: seq, tasks: batch });
      seq += batch.length;
      return;
    }
    const id = sent++;
    deliver(id, await local(batch));
    await new Promise((resolve) => setImmediate(resolve));
  };
  try {
    let batch = [];
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
      if (local && await stealFrom(atWorkers, claims, local, fill)) continue;
      await waitForNews();
    }
    if (failure) throw failure;
    closing = true;
    for (const w of workers) w.postMessage({ type: "close" });
  } catch (e) {
    closing = true;
    for (const w of workers) void w.terminate();
    throw e;
  }
}
async function stealFrom(atWorkers, claims, local, fill) {
  const ids = [...atWorkers.keys()];
  for (let k = ids.length - 1; k >= 0; k--) {
    const id = ids[k];
    const b = atWorkers.get(id);
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
export {
  MIN_TASKS,
  runPool,
  workerPlan,
  workerScript
};
