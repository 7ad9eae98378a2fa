// Aggregates the HTML audit page draws: counts by rule, by top-level folder and by month.
// Pure functions over AuditEntry[] so the charts stay dumb and the numbers are testable.
import type { AuditEntry, AuditReport } from '../report/audit-model.js';

export interface Bar {
  label: string;
  live: number;
  history: number;
  /** Set on the bar that stands for the rows cut by topBars. */
  rest?: number;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  introduced: number;
  removed: number;
}

export interface Timeline {
  months: MonthCount[];
  /** Entries whose introducing commit is unknown (working-tree audits, or no date). */
  undated: number;
}

/** The folder a path starts with; files at the repository root are grouped as "(root)". */
export function topFolder(file: string): string {
  const slash = file.indexOf('/');
  return slash > 0 ? file.slice(0, slash) + '/' : '(root)';
}

function countBy(entries: readonly AuditEntry[], key: (e: AuditEntry) => string): Bar[] {
  const bars = new Map<string, Bar>();
  for (const e of entries) {
    const label = key(e);
    let bar = bars.get(label);
    if (!bar) bars.set(label, (bar = { label, live: 0, history: 0 }));
    if (e.status === 'live') bar.live++;
    else bar.history++;
  }
  // Biggest first; ties by name so the page is the same for the same report.
  return [...bars.values()].sort((a, b) => b.live + b.history - (a.live + a.history) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

export function byRule(entries: readonly AuditEntry[]): Bar[] {
  return countBy(entries, (e) => e.ruleId);
}

export function byFolder(entries: readonly AuditEntry[]): Bar[] {
  return countBy(entries, (e) => topFolder(e.file));
}

/** Keeps the `limit - 1` biggest bars and sums the others into one, so a chart stays readable. */
export function topBars(bars: Bar[], limit: number): Bar[] {
  if (bars.length <= limit) return bars;
  const kept = bars.slice(0, limit - 1);
  const cut = bars.slice(limit - 1);
  const other: Bar = { label: `${cut.length} others`, live: 0, history: 0, rest: cut.length };
  for (const b of cut) {
    other.live += b.live;
    other.history += b.history;
  }
  return [...kept, other];
}

/** The author's own calendar month (ISO 8601 keeps the author's offset), or undefined when not a date. */
export function monthOf(isoDate: string | undefined): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])/.exec(isoDate ?? '');
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function nextMonth(month: string): string {
  let y = Number(month.slice(0, 4));
  let m = Number(month.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Secrets introduced and removed per month, every month between the first and the last (gaps are zero). */
export function timeline(entries: readonly AuditEntry[]): Timeline {
  const introduced = new Map<string, number>();
  const removed = new Map<string, number>();
  let undated = 0;
  for (const e of entries) {
    const inMonth = monthOf(e.introduced?.date);
    if (inMonth) introduced.set(inMonth, (introduced.get(inMonth) ?? 0) + 1);
    else undated++;
    const outMonth = monthOf(e.removed?.date);
    if (outMonth) removed.set(outMonth, (removed.get(outMonth) ?? 0) + 1);
  }
  const all = [...introduced.keys(), ...removed.keys()].sort();
  const months: MonthCount[] = [];
  if (all.length > 0) {
    const last = all[all.length - 1]!;
    // A bogus date far in the past must not draw thousands of empty months: cap the span at 50 years.
    let month = all[0]!;
    for (let guard = 0; guard < 600; guard++) {
      months.push({ month, introduced: introduced.get(month) ?? 0, removed: removed.get(month) ?? 0 });
      if (month >= last) break;
      month = nextMonth(month);
    }
    if (months[months.length - 1]!.month < last) {
      // Over the cap: keep the months that actually have events rather than a truncated axis.
      months.length = 0;
      for (const m of all.filter((x, i) => x !== all[i - 1])) months.push({ month: m, introduced: introduced.get(m) ?? 0, removed: removed.get(m) ?? 0 });
    }
  }
  return { months, undated };
}

/**
 * Progress toward zero plaintext: the share of secret-carrying things in the tree that are kept
 * safe (SealedSecrets, ExternalSecrets, SOPS ...) rather than plaintext still live at HEAD.
 */
export function safeShare(summary: AuditReport['summary']): number {
  const total = summary.safe + summary.live;
  return total === 0 ? 1 : summary.safe / total;
}
