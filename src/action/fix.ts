// What to do about each row: `sealgate fix` for plaintext Secrets still in the tree, rotation for
// values that only an intermediate commit carries. The commands themselves come from the one builder
// (src/report/command.ts), which quotes every path and puts `--` before them.
import type { Row } from './findings.js';
import { FETCH_CERT_COMMAND, fixCommand, preferredFix, type FixTarget } from '../report/command.js';

export interface FixSettings {
  seal?: { cert?: string; scope?: string };
  external?: { store?: string; storeKind?: string };
}

export interface FixPlan {
  /** Shell commands, one per line, for the live fixable files. */
  commands: string[];
  /** Files whose live findings no `sealgate fix` repairs (tokens in config files, ...). */
  manual: string[];
  /** Short shas of commits whose values must be rotated. */
  rotate: string[];
  /** Fixable files left out of the commands (more than MAX_FILES). */
  omitted?: number;
}

const MAX_FILES = 200;

function target(settings: FixSettings): FixTarget {
  return {
    // Without a configured certificate, the plan's first command fetches one into pub-cert.pem.
    cert: settings.seal?.cert ?? 'pub-cert.pem',
    scope: settings.seal?.scope,
    store: settings.external?.store ?? 'STORE_NAME',
    storeKind: settings.external?.storeKind,
  };
}

export function planFixes(rows: Row[], settings: FixSettings): FixPlan {
  const seal = new Set<string>();
  const external = new Set<string>();
  const manual = new Set<string>();
  const rotate = new Set<string>();
  const choice = { cert: settings.seal?.cert, store: settings.external?.store };
  for (const r of rows) {
    if (r.status === 'rotate') {
      rotate.add(r.introduced?.sha.slice(0, 7) ?? r.at.file);
      continue;
    }
    const kind = preferredFix(r.finding.fix, choice);
    if (kind === 'seal') seal.add(r.at.file);
    else if (kind === 'external') external.add(r.at.file);
    else manual.add(r.at.file);
  }
  const commands: string[] = [];
  const t = target(settings);
  // One command per fix, naming at most MAX_FILES files (a summary is capped at 1 MiB; past that
  // many files, fixing the folders is the better advice anyway).
  const files = (set: Set<string>) => [...set].slice(0, MAX_FILES);
  if (seal.size > 0) {
    if (!settings.seal?.cert) commands.push(FETCH_CERT_COMMAND);
    commands.push(fixCommand('seal', files(seal), t));
  }
  if (external.size > 0) commands.push(fixCommand('external', files(external), t));
  const omitted = Math.max(0, seal.size - MAX_FILES) + Math.max(0, external.size - MAX_FILES);
  return { commands, manual: [...manual].slice(0, MAX_FILES), rotate: [...rotate].slice(0, MAX_FILES), ...(omitted ? { omitted } : {}) };
}

/** The fix command for one row, for its annotation; undefined when no `sealgate fix` applies. */
export function fixCommandFor(row: Row, settings: FixSettings): string | undefined {
  if (row.status !== 'live') return undefined;
  const plan = planFixes([row], settings);
  return plan.commands.filter((c) => c.startsWith('sealgate ')).join(' && ') || undefined;
}
