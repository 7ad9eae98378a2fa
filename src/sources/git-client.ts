// The one git client: every module that runs git (the CLI, the sources, the fixes, the audit, the
// Action) goes through `Git`, which spawns git with the caller's environment (a hook's GIT_INDEX_FILE,
// `run(argv, {env})`), messages in English and never a password prompt. Three ways to run it: one
// buffered call, one streaming call (`git log -p` of a whole history) and one long-lived
// `git cat-file --batch`, because a process per file or per commit is what makes hooks slow.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { GitError } from '../errors.js';

export type Env = Record<string, string | undefined>;

/** The caller's environment, messages in English (we match a few of them) and never a password prompt. */
function gitEnv(env: Env): NodeJS.ProcessEnv {
  return { ...env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
}

/** The one spawn path. */
function spawnGit(cwd: string, env: Env, args: string[]): ChildProcessWithoutNullStreams {
  try {
    return spawn('git', args, { cwd, env: gitEnv(env), stdio: 'pipe' });
  } catch (e) {
    throw spawnError(e);
  }
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

/** Runs git to completion and returns its output; never throws for a non-zero exit. */
function runGit(cwd: string, env: Env, args: string[], input?: string | Buffer): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnGit(cwd, env, args);
    } catch (e) {
      reject(e);
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

/** How far a streaming git may run ahead of the scan: git and the engine then work on both cores. */
const READ_AHEAD = 64 * 1024 * 1024;

/**
 * Streams git's stdout chunk by chunk (for `git log -p` of a whole history, which must not sit in
 * memory at once). Output is read ahead into a bounded queue, so git keeps producing while the scan
 * works instead of stalling on a full pipe. The exit status is checked when the stream ends: a
 * failing git is a GitError, never a silently short scan. Stopping early kills the child.
 */
async function* streamGit(cwd: string, env: Env, args: string[], what?: string): AsyncGenerator<Buffer> {
  const child = spawnGit(cwd, env, args);
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
  /** Requests not yet written to git's stdin (written together at the end of the current task). */
  private unsent = '';
  private flushQueued = false;

  constructor(git: Git, opts: { maxBytes?: number } = {}) {
    this.maxBytes = opts.maxBytes ?? Infinity;
    this.child = spawnGit(git.root, git.env, ['cat-file', '--batch']);
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
      // Requests made in one go (a batch of tasks) reach git in one write, not one system call each.
      this.unsent += `${id}\n`;
      if (!this.flushQueued) {
        this.flushQueued = true;
        queueMicrotask(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.unsent === '') return;
    const data = this.unsent;
    this.unsent = '';
    this.child.stdin.write(data);
  }

  /** The object's bytes, or undefined when the repository does not have it. */
  async get(id: string): Promise<Buffer | undefined> {
    return (await this.object(id))?.bytes;
  }

  close(): void {
    if (this.closed) return;
    this.flush();
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

/** What git says when a folder is in no repository: an answer (undefined), not an error. */
const NOT_A_REPOSITORY = /not a git repository|must be run in a work tree/i;

/** Variables with which git's own answer can differ from the file system's (then git decides). */
const DISCOVERY_VARS = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'];

/**
 * The top folder of the work tree holding `cwd`, or undefined outside a repository; any other
 * failure (git missing, a broken repository) is a GitError. The one repository-root function. The
 * common case is answered from the file system (the nearest folder holding `.git`), saving the hook
 * a process start; whenever the environment could change git's answer, git decides.
 */
export async function repositoryRoot(cwd: string, env: Env = process.env): Promise<string | undefined> {
  if (!DISCOVERY_VARS.some((k) => env[k] !== undefined)) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, '.git'))) return dir;
      if (dir === path.dirname(dir)) return undefined;
    }
  }
  const r = await runGit(cwd, env, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) {
    if (NOT_A_REPOSITORY.test(r.stderr)) return undefined;
    throw new GitError(`git rev-parse failed in ${cwd}: ${gitComplaint(r.stderr)}`);
  }
  return r.stdout.toString('utf8').replace(/\n$/, '') || undefined;
}

/**
 * What `git rev-parse --absolute-git-dir` answers for a work tree's top folder, read from disk: its
 * `.git` folder, or the folder a `.git` file (a linked worktree, a submodule) names, resolved to
 * its real path. Undefined whenever that is not plainly a git directory (then git decides).
 */
function gitDirOnDisk(top: string): string | undefined {
  const dotGit = path.join(top, '.git');
  try {
    let dir = dotGit;
    if (statSync(dotGit).isFile()) {
      const m = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
      if (!m) return undefined;
      dir = path.resolve(top, m[1]!);
    }
    if (!statSync(dir).isDirectory() || !statSync(path.join(dir, 'HEAD')).isFile()) return undefined;
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/** The repository holding `cwd`, or undefined outside git. */
export async function openRepository(cwd: string, env: Env = process.env): Promise<Git | undefined> {
  const root = await repositoryRoot(cwd, env);
  return root === undefined ? undefined : new Git(root, env);
}

const OBJECT_ID = /^[0-9a-f]{40,64}$/;

/** One repository (or any folder: git finds the repository from it) and the environment git runs with. */
export class Git {
  constructor(
    readonly root: string,
    readonly env: Env = process.env,
  ) {}

  /** Runs git to completion; never throws for a non-zero exit (the code is the answer). */
  run(args: string[], input?: string | Buffer): Promise<GitOutput> {
    return runGit(this.root, this.env, args, input);
  }

  /** stdout of a git that must succeed: a non-zero exit is a GitError naming what failed. */
  async out(args: string[], what?: string): Promise<Buffer> {
    const r = await this.run(args);
    if (r.code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(r.stderr)}`);
    return r.stdout;
  }

  /**
   * Trimmed stdout as text. `allowFail` returns undefined instead of throwing for expected non-zero
   * exits (merge-base without a common ancestor, config --get of an unset key).
   */
  async text(args: string[], opts: { allowFail?: boolean } = {}): Promise<string | undefined> {
    const r = await this.run(args);
    if (r.code === 0) return r.stdout.toString('utf8').trim();
    if (opts.allowFail) return undefined;
    throw new GitError(`git ${args[0]} failed: ${gitComplaint(r.stderr)}`);
  }

  /** Streams stdout chunk by chunk; see streamGit. */
  stream(args: string[], what?: string): AsyncGenerator<Buffer> {
    return streamGit(this.root, this.env, args, what);
  }

  catFile(opts: { maxBytes?: number } = {}): CatFileBatch {
    return new CatFileBatch(this, opts);
  }

  /** The commit `rev` names, or undefined when it names none here. Never an option: `--end-of-options`. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const sha = r.code === 0 ? r.stdout.toString('utf8').trim() : '';
    return OBJECT_ID.test(sha) ? sha : undefined;
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  /** The commits where a shallow clone's history is cut (their parents are not in the repository). */
  async shallowCuts(): Promise<Set<string>> {
    const file = await this.text(['rev-parse', '--path-format=absolute', '--git-path', 'shallow'], { allowFail: true });
    if (!file) return new Set();
    try {
      return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => OBJECT_ID.test(l)));
    } catch {
      return new Set();
    }
  }

  /** Absolute git directory (a worktree's own), or undefined outside git. */
  async gitDir(): Promise<string | undefined> {
    // The common case from the file system, as repositoryRoot does: a hook saves a process start.
    if (!DISCOVERY_VARS.some((k) => this.env[k] !== undefined)) {
      const onDisk = gitDirOnDisk(this.root);
      if (onDisk) return onDisk;
    }
    return (await this.text(['rev-parse', '--absolute-git-dir'], { allowFail: true })) || undefined;
  }

  /** Bytes of `file` at `rev`, or undefined when the file does not exist there. */
  async blobAt(rev: string, file: string): Promise<Buffer | undefined> {
    const r = await this.run(['cat-file', 'blob', `${rev}:${file}`]);
    if (r.code === 0) return r.stdout;
    if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(r.stderr)) return undefined;
    throw new GitError(`git cat-file ${rev}:${file}: ${gitComplaint(r.stderr)}`);
  }

  /** Sets a value in the repository's own config (`sealgate init --hooks-path` sets core.hooksPath). */
  async setConfig(key: string, value: string): Promise<void> {
    await this.out(['config', '--local', '--end-of-options', key, value], `git config ${key}`);
  }
}
