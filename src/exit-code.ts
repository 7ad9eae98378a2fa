// What a result means for the exit code, one policy for the CLI and the Action: 0 clean, 1 blocking
// findings, 2 a file that could not be scanned in hook or CI modes (it may hold a Secret: never a
// pass, and never mistaken for "findings"). Usage, config, git and internal errors are 2 where they
// are caught.
import type { Finding, Skipped } from './types.js';

export type ExitCode = 0 | 1 | 2;

/** Blocking = severity error; warnings count against --max-warnings. */
export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; notes: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

/** Files that were not scanned and may hold a secret (not binaries, not symlinks). */
export function unscannable(skipped: Skipped[]): Skipped[] {
  return skipped.filter((s) => s.unscannable);
}

export interface ExitPolicy {
  /** Exit 1 also when warnings exceed this many (--max-warnings). */
  maxWarnings?: number;
  /** false: blocking findings are reported but do not fail (the Action's fail-on-findings). */
  failOnFindings?: boolean;
  /** Hook and CI modes with failOnSkipped: a file that could not be scanned is exit 2. */
  failOnUnscannable: boolean;
}

export function exitCode(findings: Finding[], skipped: Skipped[], policy: ExitPolicy): ExitCode {
  if (policy.failOnFindings !== false) {
    const c = countBySeverity(findings);
    if (c.errors > 0) return 1;
    if (policy.maxWarnings !== undefined && c.warnings > policy.maxWarnings) return 1;
  }
  if (policy.failOnUnscannable && unscannable(skipped).length > 0) return 2;
  return 0;
}
