// The Action's view of a finding: where it was introduced, and whether it is still in the head tree
// ("live": fix it) or only in an intermediate commit ("rotate": deleting it later does not un-leak it).
import type { CommitInfo, Finding } from '../types.js';

export type Status = 'live' | 'rotate';

export interface Row {
  /** Raw finding (holds the secret): never printed; only its location, rule and resource are. */
  finding: Finding;
  status: Status;
  /** The commit that added it (range and audit scans). */
  introduced?: CommitInfo;
  /** Where to point annotations and links: the head location for live rows, else the introducing commit's. */
  at: { file: string; line: number; column: number; endLine: number; endColumn: number; sha?: string };
}

/**
 * One row per secret and place: a history scan can meet the same value in several commits (re-added,
 * cherry-picked); the earliest commit is the one that introduced it.
 */
export function dedupe(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.fingerprint}\0${f.file}\0${f.line}\0${f.column}`;
    const prev = byKey.get(key);
    if (!prev || earlier(f.commit, prev.commit)) byKey.set(key, f);
  }
  return [...byKey.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

function earlier(a?: CommitInfo, b?: CommitInfo): boolean {
  if (!a || !b) return false;
  return Date.parse(a.date) < Date.parse(b.date);
}

/**
 * Live when the same value is still found at head, and then located where it is at head (lines move as
 * later commits edit the file, and annotations land on the head version of the diff).
 */
export function classify(findings: Finding[], atHead: Finding[], headSha?: string): Row[] {
  // Head findings by value: one lookup per finding (a filter per finding was quadratic on big Secrets).
  const bySecret = new Map<string, Finding[]>();
  for (const h of atHead) {
    const list = bySecret.get(h.secret);
    if (list) list.push(h);
    else bySecret.set(h.secret, [h]);
  }
  const rows = findings.map((f): Row => {
    const same = bySecret.get(f.secret) ?? [];
    const here = same.find((h) => h.file === f.file && h.ruleId === f.ruleId) ?? same.find((h) => h.file === f.file) ?? same[0];
    if (here) {
      return { finding: f, status: 'live', introduced: f.commit, at: { ...loc(here), sha: headSha ?? f.commit?.sha } };
    }
    return { finding: f, status: 'rotate', introduced: f.commit, at: { ...loc(f), sha: f.commit?.sha } };
  });
  // A value added to a file that a later commit renames shows up twice and is one place at head.
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (r.status !== 'live') return true;
    const key = `${r.finding.ruleId}\0${r.at.file}\0${r.at.line}\0${r.at.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function loc(f: Finding) {
  return { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

export function isBlocking(r: Row): boolean {
  return r.finding.severity === 'error';
}

/** The finding as reported at `at` (SARIF and annotations show where the value is, not where it was). */
export function locatedFinding(r: Row): Finding {
  const { sha: _sha, ...where } = r.at;
  return { ...r.finding, ...where };
}
