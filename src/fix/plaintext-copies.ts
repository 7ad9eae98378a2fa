// What sealgate keeps under <git dir>/sealgate that holds plaintext: the backups of fixed files
// (backups/<run>/<path>) and the values files of the ExternalSecret fix (external/values-*.json).
// Listed with age and size, removed on request, and backups pruned to the newest N per file.
import { existsSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Git } from '../sources/git-client.js';

export interface PlaintextCopy {
  kind: 'backup' | 'values';
  /** Absolute path: a backup run's folder, or a values file (or the folder of its binary values). */
  path: string;
  /** Files inside (a folder) or 1. */
  files: number;
  bytes: number;
  /** Newest modification time inside. */
  mtime: Date;
}

/** `<git dir>/sealgate`, or undefined outside a git repository. */
export async function sealgateDir(git: Git): Promise<string | undefined> {
  const gitDir = await git.gitDir();
  return gitDir ? path.join(gitDir, 'sealgate') : undefined;
}

function walk(dir: string, visit: (file: string, st: Stats) => void): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else if (e.isFile()) visit(p, statSync(p));
  }
}

/** Files, bytes and newest mtime of a file or a folder. */
function measure(p: string): { files: number; bytes: number; mtime: Date } {
  const st = statSync(p);
  if (!st.isDirectory()) return { files: 1, bytes: st.size, mtime: st.mtime };
  let files = 0;
  let bytes = 0;
  let mtime = st.mtime;
  walk(p, (_f, s) => {
    files++;
    bytes += s.size;
    if (s.mtime > mtime) mtime = s.mtime;
  });
  return { files, bytes, mtime };
}

/** Every backup run (one folder per fix) and values file (with its folder of binary values), oldest first. */
export function listCopies(dir: string): PlaintextCopy[] {
  const out: PlaintextCopy[] = [];
  for (const [sub, kind] of [['backups', 'backup'], ['external', 'values']] as const) {
    const base = path.join(dir, sub);
    if (!existsSync(base)) continue;
    for (const e of readdirSync(base, { withFileTypes: true })) {
      if (!e.isDirectory() && !e.isFile()) continue;
      out.push({ kind, path: path.join(base, e.name), ...measure(path.join(base, e.name)) });
    }
  }
  return out.sort((a, b) => a.mtime.getTime() - b.mtime.getTime() || a.path.localeCompare(b.path));
}

export function removeCopy(c: PlaintextCopy): void {
  rmSync(c.path, { recursive: true, force: true });
}

/**
 * Keeps the newest `keep` backups of each file (by run folder name, which sorts by time) and deletes
 * the older ones, and run folders left empty. Returns how many backup files were removed.
 */
export function pruneBackups(dir: string, keep: number): number {
  const backups = path.join(dir, 'backups');
  if (!existsSync(backups)) return 0;
  const runs = readdirSync(backups, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const byFile = new Map<string, string[]>();
  for (const run of runs) {
    const base = path.join(backups, run);
    walk(base, (f) => {
      const rel = path.relative(base, f);
      byFile.set(rel, [...(byFile.get(rel) ?? []), f]);
    });
  }
  let removed = 0;
  for (const copies of byFile.values()) {
    for (const old of copies.slice(0, Math.max(0, copies.length - keep))) {
      rmSync(old, { force: true });
      removed++;
    }
  }
  for (const run of runs) removeEmptyDirs(path.join(backups, run));
  return removed;
}

function removeEmptyDirs(dir: string): boolean {
  if (!existsSync(dir)) return true;
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyDirs(path.join(dir, e.name))) continue;
    empty = false;
  }
  if (empty) rmSync(dir, { recursive: true, force: true });
  return empty;
}

export function humanSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

export function humanAge(ms: number): string {
  const m = Math.floor(ms / 60_000);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

/** `7d`, `12h`, `30m`, `2w` -> milliseconds; undefined when it is not a duration. */
export function parseAge(text: string): number | undefined {
  const m = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/** The one line printed after a fix that wrote plaintext copies. */
export function copiesReminder(dir: string, root: string): string | undefined {
  const copies = listCopies(dir);
  if (copies.length === 0) return undefined;
  const backups = copies.filter((c) => c.kind === 'backup').reduce((a, c) => a + c.files, 0);
  const values = copies.filter((c) => c.kind === 'values' && !c.path.endsWith('.d')).length;
  const bytes = copies.reduce((a, c) => a + c.bytes, 0);
  const parts = [backups ? `${backups} backup${backups === 1 ? '' : 's'}` : '', values ? `${values} values file${values === 1 ? '' : 's'}` : ''].filter(Boolean);
  const where = path.relative(root, dir) || dir;
  return `Plaintext copies: ${parts.join(' and ')} (${humanSize(bytes)}) under ${where}/; once the values are sealed or in your store, remove them with 'sealgate clean --all' (list them with 'sealgate clean').`;
}
