// (2) audit throughput `sealgate scan .` and (5) the peers on the same corpora, same run;
// (6) recall and false positives of every tool from the reports of those very runs.
import { measureTogether, warmPageCache } from '../proc.mjs';
import { peerTasks, sealgateTask } from '../peers.mjs';
import os from 'node:os';
import { scannedBy, scoreReport } from '../score.mjs';

/** The pool size sealgate picks by itself here; the one-thread run is the baseline of the scaling target. */
export const WORKERS = os.availableParallelism();
export const ONE_WORKER = 'sealgate, 1 worker';

export function auditSection({ corpora, bin, baseline, patterns, runs, log }) {
  const out = {};
  for (const corpus of corpora) {
    log(`audit: ${corpus.name} (${corpus.truth.fileCount} files, ${(corpus.truth.bytes / 1e6).toFixed(1)} MB)`);
    // sealgate as users run it (one worker per core, os.availableParallelism()) and on one thread:
    // the pool's speed-up on this machine, measured in the same interleaved rounds.
    const tasks = [
      sealgateTask(bin, ['scan', '.', '--format', 'json'], corpus.dir, { rss: true, env: { ...process.env, SEALGATE_WORKERS: String(WORKERS) } }),
      { ...sealgateTask(bin, ['scan', '.', '--format', 'json'], corpus.dir, { rss: true, env: { ...process.env, SEALGATE_WORKERS: '1' } }), name: ONE_WORKER },
      // An older sealgate (--baseline), run the way the one under test is.
      ...(baseline ? [{ ...sealgateTask(baseline.bin, ['scan', '.', '--format', 'json'], corpus.dir, { rss: true, env: { ...process.env, SEALGATE_WORKERS: String(WORKERS) } }), name: baseline.name }] : []),
      ...peerTasks(corpus.dir, patterns, { git: corpus.git }),
    ];
    warmPageCache(corpus.dir);
    const res = measureTogether(tasks, { runs, warmup: 1, slowMs: 20_000, log });
    const tools = {};
    for (const t of tasks) {
      const e = res.get(t.name);
      const row = { ms: e.ms, runs: e.all.length, all: e.all, rssMB: e.rssMB, failed: e.failed };
      if (e.ms !== undefined) row.mbps = corpus.truth.bytes / 1e6 / (e.ms / 1000);
      if (e.last && !e.failed) {
        const text = e.last.stdout.toString('utf8') + (t.format === 'grep' ? `\n${e.last.stderr}` : '');
        row.quality = scoreReport(corpus, text, t.format);
        if (t.name === 'sealgate') {
          row.scanned = scannedBy(e.last.stdout);
          row.workers = WORKERS;
          // Decoys that would block a commit: the report's error-severity findings only.
          const report = JSON.parse(text);
          row.blockingQuality = scoreReport(corpus, JSON.stringify({ ...report, findings: report.findings.filter((f) => f.severity === 'error') }), 'json');
        }
      }
      tools[t.name] = row;
    }
    out[corpus.name] = { files: corpus.truth.fileCount, bytes: corpus.truth.bytes, tools };
  }
  return out;
}
