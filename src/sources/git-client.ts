// Every way sealgate talks to git. The hot paths (the pre-commit hook, history scans) use plain child
// processes: one buffered call, one streaming call, one long-lived `git cat-file --batch`, because a
// process per file or per commit is what makes hooks slow. The ordinary one-off calls (rev-parse,
// merge-base, config) go through simple-git, loaded lazily so the hook never pays for it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError } from '../errors.js';

/** Messages in English (we match a few of them) and never a password prompt. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
}

/** First meaningful line of git's complaint. */
export function gitComplaint(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'no message').slice(0, 300);
}

function spawnError(e: unknown): GitError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new GitError('git is not installed or not on PATH');
  return new GitError(`could not run git: ${(e as Error).message}`);
}

export interface GitOutput {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git to completion and returns its output; never throws for a non-zero exit (see `git`). */
export function gitRun(root: string, args: string[], input?: string | Buffer): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn('git', args, { cwd: root, env: gitEnv(), stdio: 'pipe' });
    } catch (e) {
      reject(spawnError(e));
      return;
    }
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += c.toString('utf8');
    });
    child.on('error', (e) => reject(spawnError(e)));
    child.on('close', (code) => resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr }));
    // A git that exits early (bad revision) closes its stdin: ignore EPIPE, the exit code tells.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** Runs git and returns stdout; a non-zero exit is a GitError naming what failed. */
export async function git(root: string, args: string[], what?: string): Promise<Buffer> {
  const r = await gitRun(root, args);
  if (r.code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(r.stderr)}`);
  return r.stdout;
}

/** How far a streaming git may run ahead of the scan: git and the engine then work on both cores. */
const READ_AHEAD = 64 * 1024 * 1024;

/**
 * Streams git's stdout chunk by chunk (for `git log -p` of a whole history, which must not sit in
 * memory at once). Output is read ahead into a bounded queue, so git keeps producing while the scan
 * works instead of stalling on a full pipe. The exit status is checked when the stream ends: a
 * failing git is a GitError, never a silently short scan. Stopping early kills the child.
 */
export async function* gitStream(root: string, args: string[], what?: string): AsyncGenerator<Buffer> {
  let child: ChildProcessWithoutNullStreams;
  try {
    child = spawn('git', args, { cwd: root, env: gitEnv(), stdio: 'pipe' });
  } catch (e) {
    throw spawnError(e);
  }
  child.stdin.end();
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    if (stderr.length < 64 * 1024) stderr += c.toString('utf8');
  });
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  child.stdout.on('data', (c: Buffer) => {
    queue.push(c);
    queued += c.length;
    if (queued > READ_AHEAD) child.stdout.pause();
    notify();
  });
  const exit = new Promise<number>((resolve) => {
    child.on('error', (e) => {
      failure = spawnError(e);
      ended = true;
      notify();
      resolve(128);
    });
    child.on('close', (code) => {
      ended = true;
      notify();
      resolve(code ?? 128);
    });
  });
  let finished = false;
  try {
    for (;;) {
      if (queue.length > 0) {
        const c = queue.shift()!;
        queued -= c.length;
        if (queued <= READ_AHEAD / 2 && child.stdout.isPaused()) child.stdout.resume();
        yield c;
        continue;
      }
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    finished = true;
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
  const code = await exit;
  if (failure) throw failure;
  if (code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(stderr)}`);
}

/** An object's bytes; shorter than `size` when it was over the reader's limit (only its start kept). */
export interface CatObject {
  bytes: Buffer;
  size: number;
}

interface Pending {
  resolve(o: CatObject | undefined): void;
  reject(e: Error): void;
}

/** What is kept of an object over the limit: enough for the binary test (a NUL in the first 8 KiB). */
const HEAD_BYTES = 8192;

/**
 * One long-lived `git cat-file --batch`: objects are requested by id and answered in order, so a
 * whole index or history costs one process. Requests may be queued ahead of reading (pipelining).
 * With `maxBytes`, a larger object is streamed past and only its first 8 KiB kept, so one huge blob
 * in a history cannot take the memory.
 */
export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private readonly maxBytes: number;
  private stderr = '';
  private failed?: GitError;
  /** Header mode: unparsed bytes. */
  private buf: Buffer = Buffer.alloc(0);
  /** Content mode: the object being read, bytes still to keep, then to skip (incl. the trailing LF). */
  private inObject = false;
  private size = 0;
  private keepLeft = 0;
  private skipLeft = 0;
  private parts: Buffer[] = [];
  private got = 0;
  private closed = false;

  constructor(root: string, opts: { maxBytes?: number } = {}) {
    this.maxBytes = opts.maxBytes ?? Infinity;
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: gitEnv(), stdio: 'pipe' });
    this.child.stdout.on('data', (c: Buffer) => this.onData(c));
    this.child.stderr.on('data', (c: Buffer) => {
      if (this.stderr.length < 64 * 1024) this.stderr += c.toString('utf8');
    });
    this.child.stdin.on('error', () => {});
    this.child.on('error', (e) => this.fail(spawnError(e)));
    this.child.on('close', (code) => {
      // Whatever is still waiting, or asked later, would never be answered: fail it, never hang.
      if (this.queue.length > 0 || !this.closed) {
        this.fail(new GitError(`git cat-file --batch stopped (exit ${code}): ${gitComplaint(this.stderr)}`));
      }
    });
  }

  /** The object (possibly cut to its start, see maxBytes), or undefined when the repository lacks it. */
  object(id: string): Promise<CatObject | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    if (this.closed) return Promise.reject(new GitError('git cat-file --batch already closed'));
    if (/[\r\n]/.test(id)) return Promise.reject(new GitError(`invalid object name for cat-file: ${JSON.stringify(id)}`));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${id}\n`);
    });
  }

  /** The object's bytes, or undefined when the repository does not have it. */
  async get(id: string): Promise<Buffer | undefined> {
    return (await this.object(id))?.bytes;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin.end();
    if (this.queue.length === 0) {
      // Nothing outstanding: do not keep the event loop waiting on a process we no longer need.
      this.child.stdout.destroy();
      this.child.kill();
    }
  }

  private fail(e: GitError): void {
    this.failed ??= e;
    for (const p of this.queue.splice(0)) p.reject(this.failed);
  }

  private onData(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0) {
      if (this.inObject) {
        if (this.keepLeft > 0) {
          const take = Math.min(this.keepLeft, data.length);
          this.parts.push(data.subarray(0, take));
          this.got += take;
          this.keepLeft -= take;
          data = data.subarray(take);
          if (this.keepLeft > 0) continue;
        }
        if (this.skipLeft > 0) {
          const take = Math.min(this.skipLeft, data.length);
          this.skipLeft -= take;
          data = data.subarray(take);
          if (this.skipLeft > 0) continue;
        }
        const bytes = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.got);
        this.parts = [];
        this.got = 0;
        this.inObject = false;
        this.queue.shift()?.resolve({ bytes, size: this.size });
        continue;
      }
      this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
      data = Buffer.alloc(0);
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString('utf8');
      const rest = this.buf.subarray(nl + 1);
      this.buf = Buffer.alloc(0);
      if (/ (missing|ambiguous)$/.test(header)) {
        this.queue.shift()?.resolve(undefined);
      } else {
        const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
        if (!m) {
          this.fail(new GitError(`unexpected output from git cat-file --batch: ${header.slice(0, 80)}`));
          this.child.kill();
          return;
        }
        this.size = Number(m[1]);
        this.keepLeft = this.size > this.maxBytes ? Math.min(this.size, HEAD_BYTES) : this.size;
        this.skipLeft = this.size - this.keepLeft + 1; // the rest, then the LF after every object
        this.inObject = true;
      }
      data = rest;
    }
  }
}

/** Top-level folder of the work tree holding `cwd`, or undefined outside a repository. */
export async function repoRoot(cwd: string): Promise<string | undefined> {
  const r = await gitRun(cwd, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) {
    if (/not a git repository|must be run in a work tree/i.test(r.stderr)) return undefined;
    throw new GitError(`git rev-parse failed in ${cwd}: ${gitComplaint(r.stderr)}`);
  }
  const root = r.stdout.toString('utf8').replace(/\n$/, '');
  return root || undefined;
}

/**
 * An ordinary git call through simple-git (rev-parse, merge-base, config): trimmed stdout, or a
 * GitError with git's message. `allowFail` returns undefined instead of throwing for expected
 * non-zero exits (merge-base without a common ancestor, rev-parse --verify of a missing ref).
 */
export async function gitText(root: string, args: string[], opts: { allowFail?: boolean } = {}): Promise<string | undefined> {
  const { simpleGit } = await import('simple-git');
  // The inherited environment as is: simple-git refuses to be handed variables such as EDITOR, and
  // a hook's GIT_INDEX_FILE / GIT_DIR must reach git untouched.
  const sg = simpleGit({ baseDir: root, trimmed: true });
  try {
    return await sg.raw(args);
  } catch (e) {
    if (opts.allowFail) return undefined;
    throw new GitError(`git ${args[0]} failed: ${gitComplaint((e as Error).message)}`);
  }
}

/**
 * Sets a repository config value. simple-git refuses core.hooksPath by default (a guard against
 * untrusted input changing which programs git runs); `sealgate init --hooks-path` sets it on purpose.
 */
export async function gitSetConfig(root: string, key: string, value: string): Promise<void> {
  const { simpleGit } = await import('simple-git');
  const sg = simpleGit({ baseDir: root, unsafe: { allowUnsafeHooksPath: key === 'core.hooksPath' } });
  try {
    await sg.addConfig(key, value, false, 'local');
  } catch (e) {
    throw new GitError(`git config ${key} failed: ${gitComplaint((e as Error).message)}`);
  }
}
