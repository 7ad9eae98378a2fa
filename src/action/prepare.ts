// Target -> what to scan: fetches what a shallow checkout lacks, then picks the git source. Every
// path either yields a source that covers the whole target or throws; none quietly scans less.
import { historySource, rangeSource } from '../sources/git.js';
import type { Source } from '../sources/source.js';
import type { Target } from './event.js';
import { defaultBranchTip, ensureFullHistory, ensureRange, resolveCommit, short, type Log } from './shallow.js';
import { GitError } from '../errors.js';
import type { Git } from '../sources/git-client.js';

export interface Prepared {
  /** Undefined when there is nothing to scan (a deleted branch). */
  source?: Source;
  /** The commit whose tree decides "still present" vs "rotate". */
  head?: string;
  /** Human description of what is scanned. */
  scope: string;
  /** Where a value that is gone from head still lives. */
  rotateWhere: string;
}

export async function prepare(git: Git, target: Target, log: Log): Promise<Prepared> {
  switch (target.kind) {
    case 'none':
      return { scope: target.why, rotateWhere: 'history' };
    case 'audit': {
      await ensureFullHistory(git, { log });
      return { source: historySource(git), head: await resolveCommit(git, 'HEAD'), scope: `${target.why}: audit of the whole history`, rotateWhere: 'the history' };
    }
    case 'range': {
      try {
        await ensureRange(git, target.base, target.head, { log, commits: target.commits });
      } catch (e) {
        // A force push can leave `before` unreachable, and then the remote may refuse it: the commits
        // that matter are those the rewritten branch adds over the default branch.
        if (!(e instanceof GitError) || !target.orNotOn || (await resolveCommit(git, target.base))) throw e;
        log(`sealgate: ${short(target.base)} (before the forced push) cannot be fetched; scanning the commits not on ${target.orNotOn}`);
        return prepare(git, { kind: 'branch', head: target.head, defaultBranch: target.orNotOn, why: target.why }, log);
      }
      return range(git, target.base, target.head, `${target.why}: ${short(target.base)}..${short(target.head)}`);
    }
    case 'branch': {
      const isDefault = target.ref === `refs/heads/${target.defaultBranch}`;
      const tip = isDefault ? undefined : await defaultBranchTip(git, target.defaultBranch, { log });
      if (!tip) {
        // The first push of a repository, or of its default branch: all of it is new, so every
        // commit the checkout has (a superset of the pushed branch's history).
        await ensureFullHistory(git, { log });
        const head = await must(git, target.head);
        return { source: historySource(git), head, scope: `${target.why}: every commit up to ${short(head)}`, rotateWhere: 'an intermediate commit' };
      }
      await ensureRange(git, tip, target.head, { log });
      return range(git, tip, target.head, `${target.why}: commits not on ${target.defaultBranch} (${short(tip)}..${short(target.head)})`);
    }
  }
}

async function range(git: Git, base: string, head: string, scope: string): Promise<Prepared> {
  const headSha = await must(git, head);
  const baseSha = await must(git, base);
  return { source: rangeSource(git, `${baseSha}..${headSha}`), head: headSha, scope, rotateWhere: 'an intermediate commit' };
}

async function must(git: Git, rev: string): Promise<string> {
  const sha = await resolveCommit(git, rev);
  if (!sha) throw new GitError(`unknown revision ${rev} in ${git.root}`);
  return sha;
}
