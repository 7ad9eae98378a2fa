// The working tree: in git, tracked files plus untracked ones git does not ignore; elsewhere every
// file under the paths minus .git and node_modules. Never follows symlinks; reports what it skips.
import { openSync, fstatSync, readSync, closeSync, constants, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, Skipped } from '../types.js';
import type { Git } from './git-client.js';
import type { Source } from './source.js';
import type { FileTask } from './tasks.js';

export function toRepoPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/**
 * Tracked files, then untracked ones git would add. Two listings started together: the tracked ones
 * come from the index at once, while the untracked ones need a walk of the whole tree (a third of a
 * second on 20,000 files, which one combined listing made the scan wait for before its first file).
 */
async function* gitFiles(git: Git, absPaths: string[]): AsyncGenerator<string[]> {
  const specs = absPaths.map((p) => toRepoPath(git.root, p) || '.');
  const list = (args: string[]) => git.out(['-c', 'core.quotepath=off', 'ls-files', '-z', ...args, '--', ...specs], 'git ls-files');
  const tracked = list(['--cached', '--deduplicate']);
  const untracked = list(['--others', '--exclude-standard']);
  untracked.catch(() => {}); // awaited below; not "unhandled" while the tracked files are scanned
  for (const out of [tracked, untracked]) yield (await out).toString('utf8').split('\0').filter(Boolean);
}

async function walk(root: string, abs: string, out: string[]): Promise<void> {
  const st = lstatSync(abs);
  if (!st.isDirectory()) {
    out.push(toRepoPath(root, abs));
    return;
  }
  for (const e of readdirSync(abs, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    await walk(root, path.join(abs, e.name), out);
  }
}

/**
 * Reads one file of the tree, synchronously: a CLI scanning thousands of small files spends more
 * time scheduling async calls than reading. O_NOFOLLOW refuses symlinks (never followed, not even
 * inside the repository) and O_NONBLOCK keeps a FIFO from hanging the scan; fstat on the open
 * handle then decides, so a file swapped between two calls cannot slip through.
 */
export function readTreeFile(root: string, rel: string, maxSize: number): Fragment | Skipped {
  const abs = path.join(root, rel);
  let fd: number | undefined;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isDirectory()) return { file: rel, reason: 'directory (submodule?)' };
    if (!st.isFile()) return { file: rel, reason: 'not a regular file (FIFO, socket or device)' };
    if (st.size > maxSize) return { file: rel, reason: `larger than ${maxSize} bytes (maxFileSize)`, unscannable: true };
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { path: rel, bytes: off === st.size ? bytes : bytes.subarray(0, off), origin: 'tree' };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { file: rel, reason: 'symbolic link (not followed)' };
    if (code === 'ENOENT') return { file: rel, reason: 'vanished while scanning (or deleted but still tracked)' };
    if (code === 'EISDIR') return { file: rel, reason: 'directory (submodule?)' };
    return { file: rel, reason: `cannot be read (${code ?? 'error'})`, unscannable: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The files under `absPaths`; listed by git when `git` is given (the repository at `root`). */
export function treeSource(root: string, absPaths: string[], git: Git | undefined, maxSize: number): Source {
  const tasks = async function* (): AsyncGenerator<FileTask | Skipped> {
    const existing: string[] = [];
    for (const p of absPaths) {
      try {
        lstatSync(p);
        existing.push(p);
      } catch {
        yield { file: toRepoPath(root, p) || p, reason: 'no such file or directory', unscannable: true };
      }
    }
    if (existing.length === 0) return;
    if (git) {
      // A file named explicitly is scanned even when git ignores it (the caller chose it, and an
      // ignored file is not a safe file); folders list what git tracks or would add.
      const named: string[] = [];
      const folders: string[] = [];
      for (const p of existing) (lstatSync(p).isDirectory() ? folders : named).push(p);
      const seen = new Set<string>();
      const fresh = (path: string): boolean => {
        if (seen.has(path)) return false;
        seen.add(path);
        return true;
      };
      for (const path of named.map((p) => toRepoPath(root, p))) if (fresh(path)) yield { kind: 'file', path };
      if (folders.length === 0) return;
      for await (const listed of gitFiles(git, folders)) for (const path of listed) if (fresh(path)) yield { kind: 'file', path };
      return;
    }
    const files: string[] = [];
    for (const p of existing) await walk(root, p, files);
    for (const path of files) yield { kind: 'file', path };
  };
  return {
    info: {},
    tasks,
    async *items() {
      for await (const t of tasks()) yield 'kind' in t ? readTreeFile(root, t.path, maxSize) : t;
    },
  };
}
