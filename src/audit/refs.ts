// "Live" beyond HEAD: a secret is still present wherever a branch or tag tip holds it, merged or not.
// For each tip (refs/heads and refs/tags by default, or the patterns given with --refs), the files
// that differ from HEAD are read from the tip and scanned once per distinct (path, blob); the files a
// tip shares with HEAD carry HEAD's findings. The result names, per finding, the refs that hold it.
import type { CommitInfo, Finding } from '../types.js';
import type { Git } from '../sources/git-client.js';
import type { TreeFile } from '../sources/git.js';

export interface RefTip {
  /** Short name as people say it: `main`, `feature/old`, `v1.2.0 (tag)`. */
  name: string;
  commit: string;
}

export const DEFAULT_REF_PATTERNS = ['refs/heads', 'refs/tags'];

/** Branch and tag tips (tags peeled to their commit); refs that do not name a commit are left out. */
export async function refTips(git: Git, patterns: string[] = DEFAULT_REF_PATTERNS): Promise<RefTip[]> {
  const fmt = '%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
  const out = await git.out(['for-each-ref', `--format=${fmt}`, '--end-of-options', ...patterns], 'git for-each-ref');
  const tips: RefTip[] = [];
  for (const line of out.toString('utf8').split('\n')) {
    if (!line) continue;
    const [ref = '', type, sha = '', peeledType, peeled = ''] = line.split('\0');
    const commit = type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined;
    if (!commit) continue;
    const name = ref.startsWith('refs/heads/') ? ref.slice(11) : ref.startsWith('refs/tags/') ? `${ref.slice(10)} (tag)` : ref.replace(/^refs\//, '');
    tips.push({ name, commit });
  }
  return tips;
}

export interface TipDiff {
  tip: RefTip;
  /** Paths whose content at the tip differs from HEAD (changed, added or deleted). */
  differs: Set<string>;
  /** The tip's version of the changed and added files. */
  files: { path: string; blob: string }[];
}

/** What each tip holds that HEAD does not (one diff-tree per distinct tip commit). */
export async function diffTips(git: Git, head: string | undefined, tips: RefTip[]): Promise<TipDiff[]> {
  const byCommit = new Map<string, { differs: Set<string>; files: { path: string; blob: string }[] }>();
  const out: TipDiff[] = [];
  for (const tip of tips) {
    let d = byCommit.get(tip.commit);
    if (!d) {
      d = { differs: new Set(), files: [] };
      byCommit.set(tip.commit, d);
      if (tip.commit !== head) {
        // Without a HEAD (an unborn branch) the whole tip is new: diff against the empty tree.
        const base = head ?? (await git.text(['hash-object', '-t', 'tree', '/dev/null']))!;
        const raw = await git.out(['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', '--end-of-options', base, tip.commit], 'git diff-tree');
        const parts = raw.toString('utf8').split('\0');
        for (let i = 0; i + 1 < parts.length; i += 2) {
          const meta = parts[i]!;
          const file = parts[i + 1]!;
          if (!meta.startsWith(':')) break;
          const [, dstMode = '', , dstSha = '', status = ''] = meta.slice(1).split(' ');
          d.differs.add(file);
          if (status !== 'D' && dstMode.startsWith('100')) d.files.push({ path: file, blob: dstSha });
        }
      }
    }
    out.push({ tip, ...d });
  }
  return out;
}

/** The distinct (path, blob) pairs to scan, each attributed to the first tip that holds it. */
export function filesToScan(diffs: TipDiff[], commitOf: (sha: string) => CommitInfo): TreeFile[] {
  const seen = new Set<string>();
  const files: TreeFile[] = [];
  for (const d of diffs) {
    for (const f of d.files) {
      const key = `${f.path}\0${f.blob}`;
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ path: f.path, blob: f.blob, commit: commitOf(d.tip.commit) });
    }
  }
  return files;
}

/**
 * Which refs hold each finding: HEAD's findings for every tip that shares the file with HEAD, and the
 * findings of a tip's own (path, blob) for every tip that has that blob at that path.
 */
export function refsOfFindings(diffs: TipDiff[], headFindings: Finding[], tipFindings: Finding[], blobOf: (f: Finding) => string | undefined): Map<Finding, string[]> {
  const refs = new Map<Finding, string[]>();
  const add = (f: Finding, name: string) => {
    const list = refs.get(f);
    if (list) list.push(name);
    else refs.set(f, [name]);
  };
  const byPair = new Map<string, Finding[]>();
  for (const f of tipFindings) {
    const blob = blobOf(f);
    if (!blob) continue;
    const key = `${f.file}\0${blob}`;
    byPair.set(key, [...(byPair.get(key) ?? []), f]);
  }
  for (const d of diffs) {
    for (const f of headFindings) if (!d.differs.has(f.file)) add(f, d.tip.name);
    for (const file of d.files) for (const f of byPair.get(`${file.path}\0${file.blob}`) ?? []) add(f, d.tip.name);
  }
  return refs;
}
