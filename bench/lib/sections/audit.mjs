// (2) audit throughput `sealgate scan .` and (5) the peers on the same corpora, same run;
// (6) recall and false positives of every tool from the reports of those very runs.
import { measureTogether } from '../proc.mjs';
import { peerTasks, sealgateTask } from '../peers.mjs';
import { scannedBy, scoreReport } from '../score.mjs';

export function auditSection({ corpora, bin, patterns, runs, log }) {
  const out = {};
  for (const corpus of corpora) {
    log(`audit: ${corpus.name} (${corpus.truth.fileCount} files, ${(corpus.truth.bytes / 1e6).toFixed(1)} MB)`);
    const tasks = [
      sealgateTask(bin, ['scan', '.', '--format', 'json'], corpus.dir, { rss: true }),
      ...peerTasks(corpus.dir, patterns, { git: corpus.git }),
    ];
    const res = measureTogether(tasks, { runs, warmup: 1, slowMs: 20_000, log });
    const tools = {};
    for (const t of tasks) {
      const e = res.get(t.name);
      const row = { ms: e.ms, runs: e.all.length, rssMB: e.rssMB, failed: e.failed };
      if (e.ms !== undefined) row.mbps = corpus.truth.bytes / 1e6 / (e.ms / 1000);
      if (e.last && !e.failed) {
        const text = e.last.stdout.toString('utf8') + (t.format === 'grep' ? `\n${e.last.stderr}` : '');
        row.quality = scoreReport(corpus, text, t.format);
        if (t.name === 'sealgate') row.scanned = scannedBy(e.last.stdout);
      }
      tools[t.name] = row;
    }
    out[corpus.name] = { files: corpus.truth.fileCount, bytes: corpus.truth.bytes, tools };
  }
  return out;
}
