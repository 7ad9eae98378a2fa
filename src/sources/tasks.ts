// Tasks: what a source hands over when the reading can happen elsewhere (a worker thread). A task
// names its input (a working-tree path, or a blob id with its commit and changed lines) and is a
// few hundred bytes at most, so passing it between threads costs nothing; whoever runs it reads the
// bytes itself, from the file system or from its own `git cat-file --batch`.
import type { CommitInfo, Fragment, Origin, Skipped } from '../types.js';
import { isBinary } from '../text/decode.js';
import type { CatFileBatch, Git } from './git-client.js';
import { addedLines } from './git-parse.js';
import { readTreeFile } from './files.js';

export interface FileTask {
  kind: 'file';
  path: string;
}

export interface BlobTask {
  kind: 'blob';
  path: string;
  blob: string;
  origin: Origin;
  commit?: CommitInfo;
  /** Added lines as [first, count] pairs (a diff's hunks); absent: every line counts. */
  hunks?: number[];
}

export type Task = FileTask | BlobTask;

export function isTask(x: Task | Skipped): x is Task {
  return (x as Task).kind !== undefined;
}

/**
 * Blobs above this are not read into memory (only their start, to tell binary files). A memory guard
 * well above the default maxFileSize (10 MiB), which the scan applies to what it receives.
 */
export const MAX_BLOB = 64 * 1024 * 1024;

/** How many blob reads may be in flight ahead of the consumer (pipelining, bounded memory). */
const WINDOW = 64;

/**
 * Turns tasks into fragments: tree files read directly (from the repository's or scanned folder's
 * root), blobs through one lazily started cat-file.
 */
export class TaskReader {
  private cat: CatFileBatch | undefined;

  constructor(
    private readonly git: Git,
    private readonly maxFileSize: number,
  ) {}

  /** Starts cat-file now (its start-up then overlaps whatever runs before the first blob). */
  start(): void {
    this.cat ??= this.git.catFile({ maxBytes: MAX_BLOB });
  }

  read(t: Task): Fragment | Skipped | Promise<Fragment | Skipped> {
    if (t.kind === 'file') return readTreeFile(this.git.root, t.path, this.maxFileSize);
    this.start();
    return readBlob(this.cat!, t);
  }

  close(): void {
    this.cat?.close();
    this.cat = undefined;
  }
}

async function readBlob(cat: CatFileBatch, t: BlobTask): Promise<Fragment | Skipped> {
  const skipped = (reason: string, unscannable?: boolean): Skipped => {
    const s: Skipped = { file: t.path, reason };
    if (unscannable) s.unscannable = true;
    if (t.commit) s.commit = t.commit.sha;
    return s;
  };
  const obj = await cat.object(t.blob);
  if (obj === undefined) return skipped(`git object ${t.blob.slice(0, 12)} is missing from the repository`, true);
  const bytes = obj.bytes;
  if (isBinary(bytes)) return skipped('binary file');
  if (bytes.length < obj.size) return skipped(`larger than ${MAX_BLOB} bytes (not read)`, true);
  const f: Fragment = { path: t.path, bytes, origin: t.origin };
  if (t.hunks) f.changedLines = addedLines({ hunks: t.hunks, binary: false });
  if (t.commit) f.commit = t.commit;
  return f;
}

/** Reads tasks in order, with up to WINDOW reads in flight (cat-file answers while we scan). */
export async function* readTasks(tasks: AsyncIterable<Task | Skipped>, reader: TaskReader): AsyncGenerator<Fragment | Skipped> {
  const waiting: Promise<Fragment | Skipped>[] = [];
  try {
    for await (const t of tasks) {
      const p = Promise.resolve(isTask(t) ? reader.read(t) : t);
      // Handled here so an early failure is not "unhandled" while it waits its turn; awaiting it rethrows.
      p.catch(() => {});
      waiting.push(p);
      while (waiting.length >= WINDOW) yield await waiting.shift()!;
    }
    while (waiting.length > 0) yield await waiting.shift()!;
  } finally {
    reader.close();
  }
}
