// Makes sure the commits to scan are in the checkout. actions/checkout fetches one commit by default
// (fetch-depth: 1), and a pull_request checkout holds only the merge commit: the base, the head and the
// commits between them must be fetched, or the scan would silently see less than the pull request.
// When they cannot be fetched, the run fails with a message that says to set fetch-depth: 0.
import { GitError } from '../errors.js';
import { gitComplaint, repositoryRoot, type Env, type Git, type GitOutput } from '../sources/git-client.js';

export const FETCH_DEPTH_HINT = 'Set `fetch-depth: 0` on the actions/checkout step so the history is there.';

/** Deepest single fetch before giving up; a pull request deeper than this wants fetch-depth: 0 anyway. */
const MAX_DEPTH = 10_000;

export type Log = (line: string) => void;

/** The top folder of the repository holding `dir` (git paths are relative to it), or a GitError. */
export async function repositoryTop(dir: string, env: Env): Promise<string> {
  const root = await repositoryRoot(dir, env);
  if (!root) throw new GitError(`${dir} is not a git repository (nor inside one); run actions/checkout before sealgate, or set the path input`);
  return root;
}

/** First line of git's complaint about a failed fetch. */
function firstLine(r: GitOutput): string {
  return gitComplaint(r.stderr || r.stdout.toString('utf8'));
}

/**
 * The commit `rev` names, or undefined when it is not in the checkout. A branch name also finds the
 * remote-tracking branch: a checkout made by actions/checkout has `origin/main`, not `main`.
 */
export async function resolveCommit(git: Git, rev: string, remote = 'origin'): Promise<string | undefined> {
  for (const candidate of [rev, ...(/^[0-9a-f]{40,64}$|^refs\//.test(rev) ? [] : [`refs/remotes/${remote}/${rev}`])]) {
    const sha = await git.resolveCommit(candidate);
    if (sha) return sha;
  }
  return undefined;
}

async function hasRemote(git: Git, name: string): Promise<boolean> {
  return (await git.run(['remote', 'get-url', name])).code === 0;
}

/**
 * true when base and head are here, have a common ancestor, and no commit of base..head sits on the
 * shallow boundary (a boundary commit in the range means some of its parents, maybe in the range too,
 * are missing: rev-list would stop there without a word).
 */
export async function rangeComplete(git: Git, baseRev: string, headRev: string): Promise<boolean> {
  const base = await resolveCommit(git, baseRev);
  const head = await resolveCommit(git, headRev);
  if (!base || !head) return false;
  if ((await git.run(['merge-base', base, head])).code !== 0) return false;
  const boundary = await git.shallowCuts();
  if (boundary.size === 0) return true;
  const r = await git.run(['rev-list', `${base}..${head}`]);
  if (r.code !== 0) return false;
  return !r.stdout.toString('utf8').split('\n').some((c) => boundary.has(c.trim()));
}

export interface EnsureOptions {
  log: Log;
  /** How many commits the event says the range holds (pull_request.commits), to pick the first depth. */
  commits?: number;
  remote?: string;
}

/** Fetches (deepening a shallow checkout step by step) until base..head is complete, or throws GitError. */
export async function ensureRange(git: Git, base: string, head: string, opts: EnsureOptions): Promise<void> {
  const remote = opts.remote ?? 'origin';
  if (!(await git.isShallow())) {
    const missing: string[] = [];
    for (const rev of [base, head]) if (!(await resolveCommit(git, rev))) missing.push(rev);
    if (missing.length === 0) return;
    opts.log(`sealgate: fetching ${missing.map(short).join(' and ')} from ${remote}`);
    const r = await git.run(['fetch', '--no-tags', '--end-of-options', remote, ...missing]);
    for (const rev of missing) {
      if (!(await resolveCommit(git, rev))) {
        throw new GitError(
          `commit ${rev} is not in the checkout and could not be fetched from ${remote}${r.code !== 0 ? ` (${firstLine(r)})` : ''}. ${FETCH_DEPTH_HINT}`,
        );
      }
    }
    return;
  }

  let depth = Math.max(50, (opts.commits ?? 0) + 2);
  let fetched = 0;
  while (!(await rangeComplete(git, base, head))) {
    if (fetched >= MAX_DEPTH) {
      throw new GitError(
        `the commits of ${short(base)}..${short(head)} are still not all in this shallow checkout after fetching ${fetched} commits deep (no common history with the base?). ${FETCH_DEPTH_HINT}`,
      );
    }
    if (!(await hasRemote(git, remote))) {
      throw new GitError(`this checkout is shallow and lacks commits of ${short(base)}..${short(head)}, and has no '${remote}' remote to fetch them from. ${FETCH_DEPTH_HINT}`);
    }
    // Fetch by sha where we know it (a sha is what GitHub serves for a fork's head); else as named.
    const have = [await resolveCommit(git, base), await resolveCommit(git, head)];
    const wants = [have[0] ?? base, have[1] ?? head];
    // --depth counts from the tips and would cut history a deeper checkout already has; once both ends
    // are here, --deepen only ever moves the shallow boundary further back.
    const how = have[0] && have[1] ? `--deepen=${depth}` : `--depth=${depth}`;
    opts.log(`sealgate: shallow checkout: fetching ${short(base)} and ${short(head)} (${how}) from ${remote}`);
    const r = await git.run(['fetch', '--no-tags', how, '--end-of-options', remote, ...wants]);
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
export async function defaultBranchTip(git: Git, name: string, opts: EnsureOptions): Promise<string | undefined> {
  const remote = opts.remote ?? 'origin';
  const tracking = `refs/remotes/${remote}/${name}`;
  if (await hasRemote(git, remote)) {
    const depth = (await git.isShallow()) ? ['--depth=50'] : [];
    opts.log(`sealgate: fetching the default branch ${name} from ${remote}`);
    const r = await git.run(['fetch', '--no-tags', ...depth, '--end-of-options', remote, `+refs/heads/${name}:${tracking}`]);
    if (r.code !== 0 && !/couldn't find remote ref/i.test(r.stderr)) {
      throw new GitError(`fetching the default branch ${name} from ${remote} failed: ${firstLine(r)}. ${FETCH_DEPTH_HINT}`);
    }
  }
  return (await resolveCommit(git, tracking)) ?? (await resolveCommit(git, `refs/heads/${name}`));
}

/** Whole history for an audit: unshallow, or fail (an audit of one commit would pass for the wrong reason). */
export async function ensureFullHistory(git: Git, opts: EnsureOptions): Promise<void> {
  if (!(await git.isShallow())) return;
  const remote = opts.remote ?? 'origin';
  opts.log(`sealgate: shallow checkout: fetching the whole history from ${remote}`);
  const r = await git.run(['fetch', '--no-tags', '--unshallow', '--end-of-options', remote]);
  if (r.code !== 0 || (await git.isShallow())) {
    throw new GitError(`this checkout is shallow and the whole history could not be fetched from ${remote}${r.code !== 0 ? `: ${firstLine(r)}` : ''}. ${FETCH_DEPTH_HINT}`);
  }
}

export function short(rev: string): string {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 7) : rev;
}
