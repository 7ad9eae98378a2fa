// Answers one question for the values file: would `git add .` in some repository pick this path up?
// Plain `git` processes (no simple-git): three plumbing calls whose exit codes carry the answer.
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

interface GitResult {
  code: number;
  stdout: string;
}

function git(args: string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err && typeof (err as { code?: unknown }).code !== 'number') reject(err);
      else resolve({ code: err ? ((err as { code: number }).code) : 0, stdout });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Where a (possibly not yet existing) path sits relative to git. */
export type Location =
  | { kind: 'none' }
  | { kind: 'git-dir' }
  | { kind: 'work-tree'; top: string; rel: string };

/** The nearest existing ancestor decides; symlinks are resolved so a link cannot hide a work tree. */
export async function locate(absPath: string): Promise<Location> {
  let dir = path.dirname(absPath);
  const rest = [path.basename(absPath)];
  while (!existsSync(dir)) {
    rest.unshift(path.basename(dir));
    const up = path.dirname(dir);
    if (up === dir) return { kind: 'none' };
    dir = up;
  }
  const real = realpathSync(dir);
  const probe = await git(['rev-parse', '--is-inside-git-dir', '--is-inside-work-tree'], real);
  if (probe.code !== 0) return { kind: 'none' };
  const [inGitDir, inWorkTree] = probe.stdout.trim().split('\n');
  if (inGitDir === 'true') return { kind: 'git-dir' };
  if (inWorkTree !== 'true') return { kind: 'none' };
  const top = await git(['rev-parse', '--show-toplevel'], real);
  if (top.code !== 0) return { kind: 'none' };
  const topDir = realpathSync(top.stdout.trim());
  return { kind: 'work-tree', top: topDir, rel: path.relative(topDir, path.join(real, ...rest)).split(path.sep).join('/') };
}

/**
 * The subset of `rels` (paths relative to `top`) that git ignores. Tracked files are never
 * reported as ignored by `git check-ignore`, which is what we want: a tracked file is committed.
 */
export async function ignoredPaths(top: string, rels: string[]): Promise<Set<string>> {
  if (rels.length === 0) return new Set();
  const res = await git(['check-ignore', '-z', '--stdin'], top, rels.join('\0') + '\0');
  if (res.code !== 0 && res.code !== 1) return new Set();
  return new Set(res.stdout.split('\0').filter((s) => s !== ''));
}

/** Absolute git directory of the repository holding `dir`, or undefined outside git. */
export async function gitDirOf(dir: string): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  const res = await git(['rev-parse', '--absolute-git-dir'], dir);
  return res.code === 0 ? res.stdout.trim() : undefined;
}
