// The working tree: in git, tracked files plus untracked ones git does not ignore; elsewhere every
// file under the paths minus .git and node_modules. Never follows symlinks; reports what it skips.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { lstat, readdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { Fragment, Skipped } from '../types.js';
import type { Source } from './source.js';

const run = promisify(execFile);

/** The repository's top folder, or undefined outside git. */
export async function gitRoot(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export function toRepoPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

async function gitFiles(root: string, absPaths: string[]): Promise<string[]> {
  const specs = absPaths.map((p) => toRepoPath(root, p) || '.');
  const { stdout } = await run('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', ...specs], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  return stdout.split('\0').filter(Boolean);
}

async function walk(root: string, abs: string, out: string[]): Promise<void> {
  const st = await lstat(abs);
  if (!st.isDirectory()) {
    out.push(toRepoPath(root, abs));
    return;
  }
  for (const e of await readdir(abs, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    await walk(root, path.join(abs, e.name), out);
  }
}

/** Reads one file of the tree with the checks the issue asks for; a Skipped says why not. */
export async function readTreeFile(root: string, rel: string, maxSize: number): Promise<Fragment | Skipped> {
  const abs = path.join(root, rel);
  try {
    const st = await lstat(abs);
    if (st.isSymbolicLink()) return { file: rel, reason: 'symbolic link (not followed)' };
    if (st.isDirectory()) return { file: rel, reason: 'directory (submodule?)' };
    if (!st.isFile()) return { file: rel, reason: 'not a regular file (FIFO, socket or device)' };
    if (st.size > maxSize) return { file: rel, reason: `larger than ${maxSize} bytes (maxFileSize)`, unscannable: true };
    // O_NOFOLLOW-like safety: open after lstat, then check the size again on the handle.
    const fh = await open(abs, 'r');
    try {
      const st2 = await fh.stat();
      if (!st2.isFile() || st2.size > maxSize) return { file: rel, reason: 'changed while scanning' };
      const bytes = await fh.readFile();
      return { path: rel, bytes, origin: 'tree' };
    } finally {
      await fh.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: rel, reason: 'vanished while scanning (or deleted but still tracked)' };
    return { file: rel, reason: `cannot be read (${code ?? 'error'})`, unscannable: true };
  }
}

export function treeSource(root: string, absPaths: string[], inGit: boolean, maxSize: number): Source {
  return {
    info: {},
    async *items() {
      let files: string[] = [];
      for (const p of absPaths) {
        try {
          await lstat(p);
        } catch {
          yield { file: toRepoPath(root, p) || p, reason: 'no such file or directory', unscannable: true } as Skipped;
        }
      }
      const existing = [];
      for (const p of absPaths) { try { await lstat(p); existing.push(p); } catch { /* reported above */ } }
      if (existing.length === 0) return;
      if (inGit) files = await gitFiles(root, existing);
      else for (const p of existing) await walk(root, p, files);
      for (const rel of files) yield await readTreeFile(root, rel, maxSize);
    },
  };
}
