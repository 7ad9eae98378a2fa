// Writing fixed files without ever losing data: the original goes to a private backup first, then
// the new content is written to a temp file in the same folder (same file system, same mode) and
// renamed over the original, so a reader or a crash sees either the old file or the new, never half.
import { randomBytes } from 'node:crypto';
import { readFileSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { FixError } from '../errors.js';
import { Git, type Env } from '../sources/git-client.js';

/** `.git/sealgate/backups` of the repository (a worktree's own git dir), or undefined outside git. */
export async function gitBackupRoot(root: string, env?: Env): Promise<string | undefined> {
  const gitDir = await new Git(root, env).gitDir();
  return gitDir ? path.join(gitDir, 'sealgate', 'backups') : undefined;
}

/** A folder name from the clock that sorts by time and never holds a colon (Windows-safe). */
export function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-').replace(/\./, '-');
}

/**
 * Where this run's backups go: `<backups>/<timestamp>/`. Inside git that is under the git dir
 * (never the work tree, where a backup of a plaintext Secret could be committed); outside git the
 * user must name a folder with --backup-dir.
 */
export async function backupRunDir(root: string, backupDir: string | undefined, now: Date = new Date(), env?: Env): Promise<string> {
  const base = backupDir ? path.resolve(root, backupDir) : await gitBackupRoot(root, env);
  if (backupDir && base) await refuseCommittableBackups(root, base, env);
  if (!base) {
    throw new FixError(`${root} is not in a git repository, so there is no .git/sealgate/backups; pass --backup-dir DIR (outside anything you commit)`);
  }
  let dir = path.join(base, stamp(now));
  for (let i = 1; existsSync(dir); i++) dir = path.join(base, `${stamp(now)}-${i}`);
  return dir;
}

/**
 * Backups hold the plaintext: a --backup-dir inside the work tree that git does not ignore would leave
 * them as untracked files one `git add -A` away from a commit.
 */
async function refuseCommittableBackups(root: string, dir: string, env?: Env): Promise<void> {
  const git = new Git(root, env);
  const top = await git.text(['rev-parse', '--show-toplevel'], { allowFail: true });
  if (!top) return; // not in git: nothing to commit it to
  const rel = path.relative(top, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return; // outside the work tree
  const gitDir = await git.gitDir();
  if (gitDir && (dir === gitDir || dir.startsWith(gitDir + path.sep))) return;
  // A trailing slash asks about the folder itself (a `dir/` pattern matches only folders).
  const r = await git.run(['check-ignore', '-q', '--no-index', '--', `${rel.split(path.sep).join('/') || '.'}/`]);
  if (r.code !== 0) {
    throw new FixError(`--backup-dir ${rel || '.'} is inside the work tree and git does not ignore it: the backups hold the plaintext values and would be one 'git add' away from a commit. Use a folder outside the repository, or add it to .gitignore`);
  }
}

/** Saves `content` as `<runDir>/<rel>` with mode 0600 in folders of mode 0700. Returns the path. */
export function saveBackup(runDir: string, rel: string, content: string | Buffer): string {
  const target = path.join(runDir, rel);
  if (!target.startsWith(runDir + path.sep)) throw new FixError(`${rel}: refusing a backup path outside the backup folder`);
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(target, 0o600); // umask cannot widen it, but be explicit about the promise
  return target;
}

/**
 * Atomic replace keeping the file's mode. With `expect` (the bytes the fix was computed from), the
 * file is compared again just before the rename and left alone if it changed meanwhile: an edit made
 * while the fix ran must not be lost (it is in neither the fixed file nor the backup).
 * `beforeRename` is a test seam for crash simulation.
 */
export function writeAtomic(file: string, content: string | Buffer, hooks: { beforeRename?: (tmp: string) => void; expect?: Buffer } = {}): void {
  let mode = 0o644;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    // a new file: default mode
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.sealgate-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    hooks.beforeRename?.(tmp);
    if (hooks.expect && !unchanged(file, hooks.expect)) {
      throw new FixError(`${file}: changed while the fix ran, so it was not overwritten (your edit is kept); run the fix again`);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or never created
    }
    if (e instanceof FixError) throw e;
    throw new FixError(`${file}: could not write the fixed file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the original is unchanged`);
  }
}

function unchanged(file: string, expected: Buffer): boolean {
  try {
    return readFileSync(file).equals(expected);
  } catch {
    return false;
  }
}

/** One run's backups: the timestamped folder is chosen on the first save and shared by all files. */
export class BackupSession {
  private dir?: Promise<string>;
  constructor(
    private readonly root: string,
    private readonly backupDir?: string,
    private readonly env?: Env,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Fails early (before any write) when no backup location exists. */
  async folder(): Promise<string> {
    this.dir ??= backupRunDir(this.root, this.backupDir, this.now(), this.env);
    return this.dir;
  }

  /** Backs up `content` (the file before the fix) as `<folder>/<rel>`; returns the backup's path. */
  async save(rel: string, content: string | Buffer): Promise<string> {
    return saveBackup(await this.folder(), rel, content);
  }
}
