// Checking a fix with the scanner, twice: the planned files in memory before anything is written
// (a refusal leaves every file as it was), and the written files on disk after.
import { FixError } from '../errors.js';
import { exitCode } from '../exit-code.js';
import { mask } from '../report/mask.js';
import { scan, type ScanOptions } from '../scan.js';
import type { Source } from '../sources/source.js';
import type { Finding, FixKind, Fragment, Skipped } from '../types.js';
import type { FilePlan } from './plan.js';

/** What scan() needs besides the files: where, which config, which environment for git. */
export type ScanBase = Pick<ScanOptions, 'cwd' | 'root' | 'configPath' | 'env'>;

/** The rewritten files as a scan source, so the scanner judges the result before it is written. */
function memorySource(plans: FilePlan[]): Source {
  return {
    info: {},
    async *items(): AsyncIterable<Fragment | Skipped> {
      for (const p of plans) yield { path: p.file, bytes: Buffer.from(p.bom + p.next, 'utf8'), origin: 'tree' };
    },
  };
}

/**
 * Scans the planned files in memory. A Secret this fix should have repaired is a FixError (nothing
 * is written); the findings left are those the fix does not repair.
 */
export async function checkPlanned(base: ScanBase, plans: FilePlan[], kind: FixKind): Promise<Finding[]> {
  const after = await scan({ ...base, source: memorySource(plans) });
  const still = after.findings.find((f) => f.fix?.includes(kind));
  if (still) throw new FixError(`${still.file}:${still.line}: the rewritten file would still hold a plaintext Secret (${still.ruleId}); nothing was written`);
  return after.findings;
}

/** Scans the written files on disk: what is there now is what counts. */
export async function checkWritten(base: ScanBase, plans: FilePlan[], kind: FixKind): Promise<Finding[]> {
  const check = await scan({ ...base, paths: plans.map((p) => p.abs) });
  const broken = check.findings.find((f) => f.fix?.includes(kind));
  if (broken) throw new FixError(`${broken.file}:${broken.line}: still holds a plaintext Secret after the fix (${broken.ruleId}); the original is in the backup`);
  return check.findings;
}

/** Findings the fix cannot repair (another rule, another document): named, masked; exit 1 if blocking. */
export function reportRemaining(err: (text: string) => void, remaining: Finding[], dryRun: boolean): number {
  if (remaining.length === 0) return 0;
  err(`sealgate fix: ${dryRun ? 'after the fix, ' : ''}${remaining.length} finding(s) remain that this fix does not repair; see 'sealgate scan':\n`);
  for (const f of remaining) err(`  ${f.file}:${f.line} ${f.ruleId} ${mask(f.secret)}\n`);
  return dryRun ? 0 : exitCode(remaining, [], { failOnUnscannable: false });
}
