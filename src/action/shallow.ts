// Makes sure the commits to scan are in the checkout. actions/checkout fetches one commit by default
// (fetch-depth: 1), and a pull_request checkout holds only the merge commit: the base, the head and the
// commits between them must be fetched, or the scan would silently see less than the pull request.
// When they cannot be fetched, the run fails with a message that says to set fetch-depth: 0.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError } from '../errors.js';
import { firstLine, git } from './git.js';

export const FETCH_DEPTH_HINT = 'Set `fetch-depth: 0` on the actions/checkout step so the history is there.';

/** Deepest single fetch before giving up; a pull request deeper than this wants fetch-depth: 0 anyway. */
const MAX_DEPTH = 10_000;

export type Log = (line: string) => void;

/** The top folder of the repository holding `dir` (git paths are relative to it), or a GitError. */
export async function repositoryTop(dir: string): Promise<string> {
  const r = await git(dir, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0 || !r.stdout.trim()) {
    throw new GitError(`${dir} is not a git repository (${firstLine(r)}); run actions/checkout before sealgate, or set the path input`);
  }
  return r.stdout.trim();
}

export async function isShallow(root: string): Promise<boolean> {
  const r = await git(root, ['rev-parse', '--is-shallow-repository']);
  if (r.code !== 0) throw new GitError(`git rev-parse --is-shallow-repository failed in ${root}: ${firstLine(r)}`);
  return r.stdout.trim() === 'true';
}

/**
 * The commit `rev` names, or undefined when it is not in the checkout. A branch name also finds the
 * remote-tracking branch: a checkout made by actions/checkout has `origin/main`, not `main`.
 */
export async function resolveCommit(root: string, rev: string, remote = 'origin'): Promise<string | undefined> {
  for (const candidate of [rev, ...(/^[0-9a-f]{40,64}$|^refs\//.test(rev) ? [] : [`refs/remotes/${remote}/${rev}`])]) {
    const r = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
    if (r.code === 0) return r.stdout.trim();
  }
  return undefined;
}

async function hasRemote(root: string, name: string): Promise<boolean> {
  return (await git(root, ['remote', 'get-url', name])).code === 0;
}

/** Commits whose parents a shallow checkout does not have. */
async function shallowBoundary(root: string): Promise<Set<string>> {
  const r = await git(root, ['rev-parse', '--git-path', 'shallow']);
  if (r.code !== 0) return new Set();
  try {
    const text = await readFile(path.resolve(root, r.stdout.trim()), 'utf8');
    return new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

/**
 * true when base and head are here, have a common ancestor, and no commit of base..head sits on the
 * shallow boundary (a boundary commit in the range means some of its parents, maybe in the range too,
 * are missing: rev-list would stop there without a word).
 */
export async function rangeComplete(root: string, baseRev: string, headRev: string): Promise<boolean> {
  const base = await resolveCommit(root, baseRev);
  const head = await resolveCommit(root, headRev);
  if (!base || !head) return false;
  if ((await git(root, ['merge-base', base, head])).code !== 0) return false;
  const boundary = await shallowBoundary(root);
  if (boundary.size === 0) return true;
  const r = await git(root, ['rev-list', `${base}..${head}`]);
  if (r.code !== 0) return false;
  return !r.stdout.split('\n').some((c) => boundary.has(c.trim()));
}

export interface EnsureOptions {
  log: Log;
  /** How many commits the event says the range holds (pull_request.commits), to pick the first depth. */
  commits?: number;
  remote?: string;
}

/** Fetches (deepening a shallow checkout step by step) until base..head is complete, or throws GitError. */
export async function ensureRange(root: string, base: string, head: string, opts: EnsureOptions): Promise<void> {
  const remote = opts.remote ?? 'origin';
  if (!(await isShallow(root))) {
    const missing: string[] = [];
    for (const rev of [base, head]) if (!(await resolveCommit(root, rev))) missing.push(rev);
    if (missing.length === 0) return;
    opts.log(`sealgate: fetching ${missing.map(short).join(' and ')} from ${remote}`);
    const r = await git(root, ['fetch', '--no-tags', '--end-of-options', remote, ...missing]);
    for (const rev of missing) {
      if (!(await resolveCommit(root, rev))) {
        throw new GitError(
          `commit ${rev} is not in the checkout and could not be fetched from ${remote}${r.code !== 0 ? ` (${firstLine(r)})` : ''}. ${FETCH_DEPTH_HINT}`,
        );
      }
    }
    return;
  }

  let depth = Math.max(50, (opts.commits ?? 0) + 2);
  let fetched = 0;
  while (!(await rangeComplete(root, base, head))) {
    if (fetched >= MAX_DEPTH) {
      throw new GitError(
        `the commits of ${short(base)}..${short(head)} are still not all in this shallow checkout after fetching ${fetched} commits deep (no common history with the base?). ${FETCH_DEPTH_HINT}`,
      );
    }
    if (!(await hasRemote(root, remote))) {
      throw new GitError(`this checkout is shallow and lacks commits of ${short(base)}..${short(head)}, and has no '${remote}' remote to fetch them from. ${FETCH_DEPTH_HINT}`);
    }
    // Fetch by sha where we know it (a sha is what GitHub serves for a fork's head); else as named.
    const have = [await resolveCommit(root, base), await resolveCommit(root, head)];
    const wants = [have[0] ?? base, have[1] ?? head];
    // --depth counts from the tips and would cut history a deeper checkout already has; once both ends
    // are here, --deepen only ever moves the shallow boundary further back.
    const how = have[0] && have[1] ? `--deepen=${depth}` : `--depth=${depth}`;
    opts.log(`sealgate: shallow checkout: fetching ${short(base)} and ${short(head)} (${how}) from ${remote}`);
    const r = await git(root, ['fetch', '--no-tags', how, '--end-of-options', remote, ...wants]);
    if (r.code !== 0) {
      throw new GitError(`this checkout is shallow and fetching the commits of ${short(base)}..${short(head)} from ${remote} failed: ${firstLine(r)}. ${FETCH_DEPTH_HINT}`);
    }
    fetched = depth;
    depth = Math.min(depth * 4, MAX_DEPTH);
  }
}

/**
 * The tip of the default branch as the remote has it (fetched into refs/remotes/<remote>/<name>), or the
 * local branch of that name; undefined when neither exists (the first push of a repository).
 */
export async function defaultBranchTip(root: string, name: string, opts: EnsureOptions): Promise<string | undefined> {
  const remote = opts.remote ?? 'origin';
  const tracking = `refs/remotes/${remote}/${name}`;
  if (await hasRemote(root, remote)) {
    const depth = (await isShallow(root)) ? ['--depth=50'] : [];
    opts.log(`sealgate: fetching the default branch ${name} from ${remote}`);
    const r = await git(root, ['fetch', '--no-tags', ...depth, '--end-of-options', remote, `+refs/heads/${name}:${tracking}`]);
    if (r.code !== 0 && !/couldn't find remote ref/i.test(r.stderr)) {
      throw new GitError(`fetching the default branch ${name} from ${remote} failed: ${firstLine(r)}. ${FETCH_DEPTH_HINT}`);
    }
  }
  return (await resolveCommit(root, tracking)) ?? (await resolveCommit(root, `refs/heads/${name}`));
}

/** Whole history for an audit: unshallow, or fail (an audit of one commit would pass for the wrong reason). */
export async function ensureFullHistory(root: string, opts: EnsureOptions): Promise<void> {
  if (!(await isShallow(root))) return;
  const remote = opts.remote ?? 'origin';
  opts.log(`sealgate: shallow checkout: fetching the whole history from ${remote}`);
  const r = await git(root, ['fetch', '--no-tags', '--unshallow', '--end-of-options', remote]);
  if (r.code !== 0 || (await isShallow(root))) {
    throw new GitError(`this checkout is shallow and the whole history could not be fetched from ${remote}${r.code !== 0 ? `: ${firstLine(r)}` : ''}. ${FETCH_DEPTH_HINT}`);
  }
}

export function short(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 7) : rev;
}
