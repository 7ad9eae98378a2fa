// (8) adversarial input: every rule of rules/*.yaml against about 1 MB built to stress it (see
// adversarial-inputs.mjs), each file scanned by its own `sealgate scan` process; a rule is flagged
// when any of its inputs takes longer than the bound (whole process, Node's start-up included).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { adversarialInputs } from '../adversarial-inputs.mjs';
import { firstLine, median, runOnce } from '../proc.mjs';
import { RULES_DIR } from '../patterns.mjs';

export function adversarialSection({ bin, size, boundMs, log }) {
  const rows = [];
  const files = readdirSync(RULES_DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
  log(`adversarial: ${files.length} rules, ${(size / 2 ** 20).toFixed(2)} MB per input, bound ${boundMs} ms`);
  for (const f of files) {
    const spec = load(readFileSync(path.join(RULES_DIR, f), 'utf8'));
    for (const input of adversarialInputs(spec, size)) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-adv-'));
      try {
        const file = path.join(dir, input.path);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, input.text);
        const args = [bin, 'scan', input.path, '--format', 'json'];
        // A run is cut at 5x the bound: far over is over, and the whole benchmark has 15 minutes.
        const timeoutMs = Math.max(10_000, 5 * boundMs);
        let r = runOnce(process.execPath, args, { cwd: dir, timeoutMs });
        const times = [r.ms];
        // Near the bound: two more runs and the median, so one noisy run decides nothing.
        if (r.ms > boundMs / 2 && r.ms < 3 * boundMs && r.status !== null) {
          for (let i = 0; i < 2; i++) {
            r = runOnce(process.execPath, args, { cwd: dir, timeoutMs });
            times.push(r.ms);
          }
        }
        const timedOut = r.status === null && (String(r.error ?? '').includes('ETIMEDOUT') || r.ms >= timeoutMs);
        const ms = median(times);
        let findings;
        let skipped;
        if (r.status === 0 || r.status === 1) {
          try {
            const report = JSON.parse(r.stdout.toString('utf8'));
            findings = report.summary?.findings ?? report.findings?.length;
            skipped = report.summary?.skipped?.map((s) => s.reason).join('; ') || undefined;
          } catch {
            /* not JSON: counted as a failure below */
          }
        }
        const failed = timedOut || r.status === 0 || r.status === 1 ? undefined : r.signal ? `killed (${r.signal})` : `exit ${r.status}: ${firstLine(r.stderr)}`;
        const row = { rule: spec.id, variant: input.variant, bytes: Buffer.byteLength(input.text), ms, over: ms > boundMs, timedOut, findings, skipped, failed };
        rows.push(row);
        if (row.over || failed) log(`  ${spec.id} / ${input.variant}: ${timedOut ? `> ${timeoutMs}` : ms.toFixed(0)} ms${failed ? ` FAILED ${failed}` : ''}${row.over ? ' OVER BOUND' : ''}`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const worst = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 3);
  log(`  slowest: ${worst.map((w) => `${w.rule} / ${w.variant} ${w.ms.toFixed(0)} ms`).join(', ')}`);
  return { size, boundMs, rows };
}
