// Who scans a task that was sent to a worker thread. A worker holds a few batches ahead (pool.ts),
// so when the last tasks have been handed out, the main thread would wait for the workers' queues
// to drain while it has nothing to do: on the 2,000-file audit that was 40 to 100 ms of a second.
// Instead it takes unstarted tasks from the back of the workers' batches (work stealing). Each task
// in flight has a slot in memory shared with the workers, and whoever claims the slot first scans
// the task: a worker claims its batch's tasks from the front, the main thread from the back, so
// each ends up with one contiguous part of the batch.

/**
 * Slots, used round-robin by task sequence number. A slot is reused only when every task sent
 * before has come back: the pool keeps far fewer tasks in flight (at most 64 workers × 3 batches
 * × 32 tasks = 6,144).
 */
export const SLOTS = 1 << 14;
const MASK = SLOTS - 1;
const FREE = 0;
const WORKER = 1;
const MAIN = 2;

export class TaskClaims {
  /** `slots`: on a worker, the slots of the pool that sent it its tasks; omitted, a new pool's. */
  constructor(readonly slots: Int32Array = new Int32Array(new SharedArrayBuffer(SLOTS * 4))) {}

  /** Frees the slots of tasks `seq` .. `seq + count - 1`, before they are sent. */
  open(seq: number, count: number): void {
    for (let i = 0; i < count; i++) Atomics.store(this.slots, (seq + i) & MASK, FREE);
  }

  /** A worker's claim on a task, just before scanning it; false: the main thread has it, and the rest of the batch. */
  claimFront(seq: number): boolean {
    return Atomics.compareExchange(this.slots, seq & MASK, FREE, WORKER) === FREE;
  }

  /** The main thread's claim on a task at the back of a worker's batch; false: the worker got there first. */
  claimBack(seq: number): boolean {
    return Atomics.compareExchange(this.slots, seq & MASK, FREE, MAIN) === FREE;
  }
}
