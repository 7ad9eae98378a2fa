// The audit as text for a terminal: what is live in HEAD (fix, then rotate) apart from what is only in
// history (rotate), one block per distinct secret. Secrets arrive already masked (see collect.ts).
import { rotationLink } from '../rules/rotation.js';
import type { AuditEntry, AuditReport } from '../report/audit-model.js';
import { logLine } from '../report/escape.js';

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function commit(c: { sha: string; author: string; date: string }): string {
  return `${c.sha.slice(0, 12)} (${c.author}, ${c.date.slice(0, 10)})`;
}

function block(e: AuditEntry): string[] {
  const out = [`  ${e.file}:${e.line}:${e.column}  ${e.severity.padEnd(7)}  ${e.message}  ${e.ruleId}`];
  out.push(`      secret:     ${e.secret}${e.credential ? ` (${e.credential})` : ''}`);
  const rotate = rotationLink(e.credential);
  if (rotate) out.push(`      rotate:     ${rotate}`);
  if (e.refs?.length) out.push(`      still in:   ${e.refs.slice(0, 8).join(', ')}${e.refs.length > 8 ? ` and ${e.refs.length - 8} more` : ''}`);
  if (e.introduced) out.push(`      introduced: ${commit(e.introduced)}`);
  if (e.removed) out.push(`      removed:    ${commit(e.removed)}`);
  if (e.occurrences > 1 || e.otherFiles.length > 0) {
    const others = e.otherFiles.length
      ? `; also in ${e.otherFiles.slice(0, 3).join(', ')}${e.otherFiles.length > 3 ? ` and ${e.otherFiles.length - 3} more` : ''}`
      : '';
    out.push(`      seen in:    ${plural(e.occurrences, 'place')}${others}`);
  }
  if (e.fixCommand) out.push(`      fix:        ${e.fixCommand}`);
  return out;
}

export function renderAuditText(r: AuditReport): string {
  const lines: string[] = [];
  const scope = r.history ? `working tree, HEAD and ${plural(r.commitsScanned, 'commit')} of history` : 'working tree';
  lines.push(`sealgate audit of ${r.repository}${r.head ? ` at ${r.head.slice(0, 12)}` : ''}: ${scope}, ${size(r.bytesScanned)} read`);
  lines.push('');
  const live = r.entries.filter((e) => e.status === 'live');
  const hist = r.entries.filter((e) => e.status === 'history');
  if (live.length) {
    lines.push(`Live (${live.length}): in the working tree, HEAD or a branch or tag tip: fix these, then rotate every value that was ever committed`);
    for (const e of live) lines.push(...block(e), '');
  }
  if (hist.length) {
    lines.push(`In history only: rotate (${hist.length}): gone from every branch and tag, but every clone still holds them`);
    for (const e of hist) lines.push(...block(e), '');
  }
  if (r.skipped.length) {
    lines.push(`Skipped ${plural(r.skipped.length, 'file')}:`);
    for (const s of r.skipped.slice(0, 10)) lines.push(`  ${s.file}: ${s.reason}`);
    if (r.skipped.length > 10) lines.push(`  … and ${r.skipped.length - 10} more (see --format json)`);
    lines.push('');
  }
  if (r.incomplete?.length) {
    lines.push(`INCOMPLETE: ${plural(r.incomplete.length, 'part')} of the repository could not be read; everything else is reported:`);
    for (const s of r.incomplete.slice(0, 20)) lines.push(`  ${s}`);
    if (r.incomplete.length > 20) lines.push(`  … and ${r.incomplete.length - 20} more (see --format json)`);
    lines.push('');
  }
  if (r.safe.length) {
    const kinds = new Map<string, number>();
    for (const s of r.safe) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    lines.push(`Safe objects: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  const s = r.summary;
  if (s.distinct === 0) {
    const where = r.history ? ' in the working tree, HEAD or history' : ' (add --history to check past commits too)';
    lines.push(r.incomplete?.length ? `✖ no secrets found in what could be read, but the audit is INCOMPLETE (see above)` : `✔ no secrets found${where}`);
  } else {
    lines.push(
      `✖ ${plural(s.distinct, 'distinct secret')}: ${s.live} live, ${s.historyOnly} in history only (rotate); ${s.blocking} blocking`,
    );
    if (!r.history) lines.push('  Add --history to find secrets that past commits still hold.');
    if (s.historyOnly > 0) {
      lines.push('  Rotating is the fix for history: revoke each value where it was issued. Rewriting history does not');
      lines.push('  reach forks, clones or caches that already have it.');
    }
  }
  // Input (file names, messages) is shown with control bytes escaped and never starts a workflow command.
  return lines.map(logLine).join('\n') + '\n';
}
