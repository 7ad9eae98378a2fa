import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);

// src/parallel/claims.ts
var SLOTS = 1 << 14;
var MASK = SLOTS - 1;
var FREE = 0;
var WORKER = 1;
var MAIN = 2;
var TaskClaims = class {
  /** `slots`: on a worker, the slots of the pool that sent it its tasks; omitted, a new pool's. */
  constructor(slots = new Int32Array(new SharedArrayBuffer(SLOTS * 4))) {
    this.slots = slots;
  }
  slots;
  /** Frees the slots of tasks `seq` .. `seq + count - 1`, before they are sent. */
  open(seq, count) {
    for (let i = 0; i < count; i++) Atomics.store(this.slots, seq + i & MASK, FREE);
  }
  /** A worker's claim on a task, just before scanning it; false: the main thread has it, and the rest of the batch. */
  claimFront(seq) {
    return Atomics.compareExchange(this.slots, seq & MASK, FREE, WORKER) === FREE;
  }
  /** The main thread's claim on a task at the back of a worker's batch; false: the worker got there first. */
  claimBack(seq) {
    return Atomics.compareExchange(this.slots, seq & MASK, FREE, MAIN) === FREE;
  }
};

export {
  TaskClaims
};
