// Human output: findings grouped by file, then one summary, one block of fix commands and one
// explanation for the whole run (not per finding). --quiet prints the findings only.
import { rotationLink } from '../rules/rotation.js';
import type { FixKind, ScanResult } from '../types.js';
import { fixCommand, type FixTarget } from './command.js';
import { logLine } from './escape.js';
import { countBySeverity } from '../exit-code.js';
import { NO_PAINT, type Paint } from './color.js';

export interface TextOptions {
  fixDefaults?: FixTarget;
  /** Findings only: no summary, fix commands or explanation (nothing at all when clean). */
  quiet?: boolean;
  /** Colours (only around sealgate's own words; input is made safe with logLine first). */
  paint?: Paint;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 hidden by the baseline, 1 by sealgate:allow comments", or '' when nothing was hidden. */
export function hiddenNote(hidden: { baseline: number; allowComments: number } | undefined): string {
  if (!hidden) return '';
  const parts: string[] = [];
  if (hidden.baseline) parts.push(`${hidden.baseline} hidden by the baseline`);
  if (hidden.allowComments) parts.push(`${hidden.allowComments} ${hidden.baseline ? 'by' : 'hidden by'} sealgate:allow comments`);
  return parts.join(', ');
}

/** One command per kind of fix for the whole run, naming every file that needs it. */
export function fixCommandsForRun(findings: ScanResult['findings'], t: FixTarget = {}): string[] {
  const files: Record<FixKind, Set<string>> = { seal: new Set(), external: new Set() };
  for (const f of findings) for (const k of f.fix ?? []) files[k]?.add(f.file);
  return (['seal', 'external'] as const).filter((k) => files[k].size > 0).map((k) => fixCommand(k, [...files[k]], t));
}

export function formatText(result: ScanResult, opts: TextOptions = {}): string {
  const c$ = opts.paint ?? NO_PAINT;
  // File names, messages (which quote YAML keys) and secrets come from the input: each piece has its
  // control bytes shown escaped (never sent to the terminal) and cannot start a workflow command;
  // colour codes are added around the safe pieces afterwards.
  const safe = logLine;
  const lines: string[] = [];
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    const key = f.commit ? `${f.file} @ ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})` : f.file;
    // Appended in place: copying the group per finding made a 100,000-key Secret quadratic.
    const group = byFile.get(key);
    if (group) group.push(f);
    else byFile.set(key, [f]);
  }
  for (const [file, findings] of byFile) {
    lines.push(c$.bold(safe(file)));
    for (const f of findings) {
      const sev = f.severity.padEnd(7);
      const sevText = f.severity === 'error' ? c$.red(sev) : f.severity === 'warning' ? c$.yellow(sev) : c$.cyan(sev);
      lines.push(`  ${c$.dim(`${f.line}:${f.column}`)}  ${sevText}  ${safe(f.message)}  ${c$.dim(safe(f.ruleId))}`);
      const about = [f.credential, f.decoded && `inside a ${f.decoded} value`].filter(Boolean).join(', ');
      if (f.secret) lines.push(`      secret: ${safe(f.secret)}${about ? ` (${safe(about)})` : ''}`);
      const rotate = rotationLink(f.credential);
      if (rotate) lines.push(`      rotate: ${safe(rotate)}`);
    }
    lines.push('');
  }
  if (opts.quiet) return lines.length ? lines.join('\n') + '\n' : '';

  const s = result.summary;
  const c = countBySeverity(result.findings);
  const hidden = hiddenNote(s.hidden);
  const scanned = `${plural(s.files, 'file')}, ${size(s.bytes)}${s.commits !== undefined ? `, ${plural(s.commits, 'commit')} (${safe(s.range ?? '')})` : ''} scanned in ${s.durationMs} ms${hidden ? `; ${hidden}` : ''}`;
  if (s.skipped.length) {
    lines.push(`Skipped ${plural(s.skipped.length, 'file')}:`);
    for (const k of s.skipped.slice(0, 20)) lines.push(`  ${safe(k.file)}: ${safe(k.reason)}`);
    if (s.skipped.length > 20) lines.push(`  … and ${s.skipped.length - 20} more (see --format json)`);
    lines.push('');
  }
  if (result.findings.length === 0) {
    lines.push(`${c$.green('✔')} no secrets found (${scanned})`);
    return lines.join('\n') + '\n';
  }
  const counts = `${plural(c.errors, 'blocking finding')}, ${plural(c.warnings, 'warning')}${c.notes ? `, ${plural(c.notes, 'note')}` : ''}`;
  lines.push(`${c$.red('✖')} ${c.errors ? c$.red(counts) : counts} (${scanned})`);
  const commands = fixCommandsForRun(result.findings, opts.fixDefaults);
  if (commands.length) {
    lines.push('');
    lines.push('Fix the plaintext Secrets (preview first with --dry-run):');
    for (const cmd of commands) lines.push(`  ${c$.bold(safe(cmd))}`);
  }
  lines.push('');
  lines.push('Why it matters: anything committed is readable by everyone who can clone the repository, and stays in');
  lines.push('its history after it is deleted.');
  lines.push('');
  lines.push('What to do:');
  if (commands.length) lines.push(`  - Plaintext Secrets: rewrite them with the fix command${commands.length > 1 ? 's' : ''} above (SealedSecret or ExternalSecret).`);
  lines.push('  - Other credentials: move the value to a Secret or your secret store and reference it.');
  lines.push('  - A value that was ever committed is in Git history: rotate it.');
  lines.push("  - A false positive: add '# sealgate:allow' on the line (or '# sealgate:allow-next-line' above it),");
  lines.push("    or record today's findings with 'sealgate baseline'.");
  return lines.join('\n') + '\n';
}
