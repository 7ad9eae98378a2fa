// Human output: findings grouped by file, then what to do next (fix command, how to allow).
import { rotationLink } from '../rules/rotation.js';
import type { ScanResult } from '../types.js';
import { fixCommands, type FixTarget } from './command.js';
import { logLine } from './escape.js';
import { countBySeverity } from '../exit-code.js';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

export function formatText(result: ScanResult, defaults: FixTarget = {}): string {
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
    lines.push(file);
    for (const f of findings) {
      lines.push(`  ${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
      const about = [f.credential, f.decoded && `inside a ${f.decoded} value`].filter(Boolean).join(', ');
      if (f.secret) lines.push(`      secret: ${f.secret}${about ? ` (${about})` : ''}`);
      const rotate = rotationLink(f.credential);
      if (rotate) lines.push(`      rotate: ${rotate}`);
      for (const c of fixCommands(f, defaults)) lines.push(`      fix:    ${c}`);
    }
    lines.push('');
  }
  const s = result.summary;
  const c = countBySeverity(result.findings);
  const scanned = `${s.files} file${s.files === 1 ? '' : 's'}, ${size(s.bytes)}${s.commits !== undefined ? `, ${s.commits} commit${s.commits === 1 ? '' : 's'} (${s.range})` : ''} scanned in ${s.durationMs} ms`;
  if (s.skipped.length) {
    lines.push(`Skipped ${s.skipped.length} file${s.skipped.length === 1 ? '' : 's'}:`);
    for (const k of s.skipped.slice(0, 20)) lines.push(`  ${k.file}: ${k.reason}`);
    if (s.skipped.length > 20) lines.push(`  … and ${s.skipped.length - 20} more (see --format json)`);
    lines.push('');
  }
  if (result.findings.length === 0) {
    lines.push(`✔ no secrets found (${scanned})`);
  } else {
    lines.push(`✖ ${c.errors} blocking finding${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}${c.notes ? `, ${c.notes} note${c.notes === 1 ? '' : 's'}` : ''} (${scanned})`);
    lines.push('');
    lines.push('Why it matters: anything committed is readable by everyone who can clone the repository, and stays in');
    lines.push('its history after it is deleted.');
    lines.push('');
    lines.push('What to do:');
    lines.push('  - Plaintext Secrets: rewrite them with the fix command above (SealedSecret or ExternalSecret).');
    lines.push('  - Other credentials: move the value to a Secret or your secret store and reference it.');
    lines.push('  - A value that was ever committed is in Git history: rotate it.');
    lines.push("  - A false positive: add '# sealgate:allow' on the line (or '# sealgate:allow-next-line' above it),");
    lines.push("    or record today's findings with 'sealgate baseline'.");
  }
  // File names, messages (which quote YAML keys) and secrets come from the input: each line has its
  // control bytes shown escaped (never sent to the terminal) and cannot start a workflow command.
  return lines.map(logLine).join('\n') + '\n';
}
