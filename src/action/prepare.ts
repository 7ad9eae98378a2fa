// Target -> what to scan: fetches what a shallow checkout lacks, then picks the git source. Every
// path either yields a source that covers the whole target or throws; none quietly scans less.
import { historySource, rangeSource } from '../sources/git.js';
import type { Source } from '../sources/source.js';
import type { Target } from './event.js';
import { defaultBranchTip, ensureFullHistory, ensureRange, resolveCommit, short, type Log } from './shallow.js';
import { GitError } from '../errors.js';

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

export async function prepare(root: string, target: Target, log: Log): Promise<Prepared> {
  switch (target.kind) {
    case 'none':
      return { scope: target.why, rotateWhere: 'history' };
    case 'audit': {
      await ensureFullHistory(root, { log });
      return { source: historySource(root), head: await resolveCommit(root, 'HEAD'), scope: `${target.why}: audit of the whole history`, rotateWhere: 'the history' };
    }
    case 'range': {
      try {
        await ensureRange(root, target.base, target.head, { log, commits: target.commits });
      } catch (e) {
        // A force push can leave `before` unreachable, and then the remote may refuse it: the commits
        // that matter are those the rewritten branch adds over the default branch.
        if (!(e instanceof GitError) || !target.orNotOn || (await resolveCommit(root, target.base))) throw e;
        log(`sealgate: ${short(target.base)} (before the forced push) cannot be fetched; scanning the commits not on ${target.orNotOn}`);
        return prepare(root, { kind: 'branch', head: target.head, defaultBranch: target.orNotOn, why: target.why }, log);
      }
      return range(root, target.base, target.head, `${target.why}: ${short(target.base)}..${short(target.head)}`);
    }
    case 'branch': {
      const isDefault = target.ref === `refs/heads/${target.defaultBranch}`;
      const tip = isDefault ? undefined : await defaultBranchTip(root, target.defaultBranch, { log });
      if (!tip) {
        // The first push of a repository, or of its default branch: all of it is new, so every
        // commit the checkout has (a superset of the pushed branch's history).
        await ensureFullHistory(root, { log });
        const head = await must(root, target.head);
        return { source: historySource(root), head, scope: `${target.why}: every commit up to ${short(head)}`, rotateWhere: 'an intermediate commit' };
      }
      await ensureRange(root, tip, target.head, { log });
      return range(root, tip, target.head, `${target.why}: commits not on ${target.defaultBranch} (${short(tip)}..${short(target.head)})`);
    }
  }
}

async function range(root: string, base: string, head: string, scope: string): Promise<Prepared> {
  const headSha = await must(root, head);
  const baseSha = await must(root, base);
  return { source: rangeSource(root, `${baseSha}..${headSha}`), head: headSha, scope, rotateWhere: 'an intermediate commit' };
}

async function must(root: string, rev: string): Promise<string> {
  const sha = await resolveCommit(root, rev);
  if (!sha) throw new GitError(`unknown revision ${rev} in ${root}`);
  return sha;
}
