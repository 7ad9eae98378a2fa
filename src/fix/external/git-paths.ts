// Answers one question for the values file: would `git add .` in some repository pick this path up?
// Three plumbing calls through the one git client, whose exit codes carry the answer.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Git, type Env } from '../../sources/git-client.js';

/** Where a (possibly not yet existing) path sits relative to git. */
export type Location =
  | { kind: 'none' }
  | { kind: 'git-dir' }
  | { kind: 'work-tree'; top: string; rel: string };

/** The nearest existing ancestor decides; symlinks are resolved so a link cannot hide a work tree. */
export async function locate(absPath: string, env?: Env): Promise<Location> {
  let dir = path.dirname(absPath);
  const rest = [path.basename(absPath)];
  while (!existsSync(dir)) {
    rest.unshift(path.basename(dir));
    const up = path.dirname(dir);
    if (up === dir) return { kind: 'none' };
    dir = up;
  }
  const git = new Git(realpathSync(dir), env);
  const probe = await git.text(['rev-parse', '--is-inside-git-dir', '--is-inside-work-tree'], { allowFail: true });
  if (probe === undefined) return { kind: 'none' };
  const [inGitDir, inWorkTree] = probe.split('\n');
  if (inGitDir === 'true') return { kind: 'git-dir' };
  if (inWorkTree !== 'true') return { kind: 'none' };
  const top = await git.text(['rev-parse', '--show-toplevel'], { allowFail: true });
  if (!top) return { kind: 'none' };
  const topDir = realpathSync(top);
  return { kind: 'work-tree', top: topDir, rel: path.relative(topDir, path.join(git.root, ...rest)).split(path.sep).join('/') };
}

/**
 * The subset of `rels` (paths relative to `top`) that git ignores. Tracked files are never
 * reported as ignored by `git check-ignore`, which is what we want: a tracked file is committed.
 */
export async function ignoredPaths(top: string, rels: string[], env?: Env): Promise<Set<string>> {
  if (rels.length === 0) return new Set();
  const res = await new Git(top, env).run(['check-ignore', '-z', '--stdin'], rels.join('\0') + '\0');
  if (res.code !== 0 && res.code !== 1) return new Set();
  return new Set(res.stdout.toString('utf8').split('\0').filter((s) => s !== ''));
}

/** Absolute git directory of the repository holding `dir`, or undefined outside git. */
export async function gitDirOf(dir: string, env?: Env): Promise<string | undefined> {
  if (!existsSync(dir)) return undefined;
  return new Git(dir, env).gitDir();
}
