// "Removed in": for a secret that is only in history, the first commit on the way from the commit
// that introduced it to HEAD whose version of the file no longer holds it. Worked out from the commit
// graph the history scan already streamed (parents and changed paths of every commit) plus one
// cat-file for the few blobs to check, so it costs no extra history walk.
import type { CommitMeta } from '../sources/git.js';
import type { Git } from '../sources/git-client.js';
import { MAX_BLOB } from '../sources/git.js';

/** Bounds that keep a pathological history (thousands of removed secrets) from running for long. */
const MAX_ENTRIES = 5000;
const MAX_CANDIDATES = 200;

export interface RemovalQuery {
  /** Commit that introduced the secret. */
  commit: string;
  file: string;
  /** Raw secret (never printed): its absence from a blob marks the removal. */
  secret: string;
}

export class CommitGraph {
  private readonly commits = new Map<string, CommitMeta & { order: number }>();
  private children?: Map<string, string[]>;

  add(c: CommitMeta): void {
    this.commits.set(c.sha, { ...c, order: this.commits.size });
    this.children = undefined;
  }

  get(sha: string): CommitMeta | undefined {
    return this.commits.get(sha);
  }

  /** Position in the --topo-order stream: children come before their parents. */
  order(sha: string): number | undefined {
    return this.commits.get(sha)?.order;
  }

  get size(): number {
    return this.commits.size;
  }

  /** Every commit reachable from `sha` (itself included). */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      const c = this.commits.get(s);
      if (!c) continue;
      seen.add(s);
      stack.push(...c.parents);
    }
    return seen;
  }

  private childMap(): Map<string, string[]> {
    if (this.children) return this.children;
    const m = new Map<string, string[]>();
    for (const c of this.commits.values()) for (const p of c.parents) m.set(p, [...(m.get(p) ?? []), c.sha]);
    this.children = m;
    return m;
  }

  /** Commits after `from` (excluded) that are also in `within`, oldest first (parents before children). */
  descendantsWithin(from: string, within: Set<string>): string[] {
    const kids = this.childMap();
    const seen = new Set<string>();
    const stack = [...(kids.get(from) ?? [])];
    while (stack.length) {
      const s = stack.pop()!;
      if (seen.has(s) || !within.has(s)) continue;
      seen.add(s);
      stack.push(...(kids.get(s) ?? []));
    }
    return [...seen].sort((a, b) => this.order(b)! - this.order(a)!);
  }
}

function holds(bytes: Buffer, secret: string): boolean {
  if (bytes.includes(secret)) return true;
  // Secret data values are stored base64-encoded.
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  return b64.length >= 8 && bytes.includes(b64.replace(/=+$/, ''));
}

/**
 * For each query, the commit (on the ancestry path from its introduction to HEAD) where the file
 * stopped holding the secret; undefined when HEAD does not descend from the introduction (a secret on
 * another branch) or nothing on the path removed it.
 */
export async function findRemovals(git: Git, graph: CommitGraph, head: string | undefined, queries: RemovalQuery[]): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = queries.map(() => undefined);
  if (!head || queries.length === 0) return out;
  const headAncestors = graph.ancestors(head);
  const cat = git.catFile({ maxBytes: MAX_BLOB });
  try {
    for (let i = 0; i < Math.min(queries.length, MAX_ENTRIES); i++) {
      const q = queries[i]!;
      if (!headAncestors.has(q.commit)) continue;
      let file = q.file;
      const path = graph.descendantsWithin(q.commit, headAncestors);
      let checked = 0;
      for (const sha of path) {
        const c = graph.get(sha)!;
        const change = c.changes.find((x) => x.path === file || x.oldPath === file);
        if (!change) continue;
        if (change.oldPath === file && change.path !== file) file = change.path; // followed a rename
        if (!change.blob) {
          out[i] = sha; // the file was deleted
          break;
        }
        if (++checked > MAX_CANDIDATES) break;
        const obj = await cat.object(change.blob);
        // A blob too large to read cannot be judged: look further.
        if (obj && obj.bytes.length === obj.size && !holds(obj.bytes, q.secret)) {
          out[i] = sha;
          break;
        }
      }
    }
  } finally {
    cat.close();
  }
  return out;
}
