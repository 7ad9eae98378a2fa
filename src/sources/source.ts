// What every source yields: fragments to scan, or files it could not hand over (reported, never dropped).
import type { Fragment, Skipped } from '../types.js';
import type { Task } from './tasks.js';

export interface SourceInfo {
  /** e.g. "abc123..def456" for range modes. */
  range?: string;
  commits?: number;
  /** What could not be read and was worked around (the read is incomplete). */
  unreadable?: string[];
}

export interface Source {
  /** Filled in while iterating; complete once iteration ends. */
  readonly info: SourceInfo;
  items(): AsyncIterable<Fragment | Skipped>;
  /**
   * The same inputs as tasks (paths or blob ids, in the same order) for scans that read them on
   * worker threads; `items()` is these tasks read in order. Absent: the source can only be read here.
   */
  tasks?(): AsyncIterable<Task | Skipped>;
}

export function isSkipped(x: Fragment | Skipped): x is Skipped {
  return (x as Skipped).reason !== undefined && (x as Fragment).bytes === undefined;
}
