// (7) peak memory on the ~1 GB corpus: `sealgate scan .` must stay under 256 MB, bounded by the
// largest file and not by the repository. ripgrep runs alongside as the throughput floor.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { measureTogether } from '../proc.mjs';
import { AVAILABLE, ripgrepTask, sealgateTask } from '../peers.mjs';
import { CORPORA_DIR } from '../corpora.mjs';
import { scannedBy, scoreReport } from '../score.mjs';

function largestFile(dir) {
  let max = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const parent = e.parentPath ?? e.path;
    if (parent === path.join(dir, '.git') || parent.startsWith(path.join(dir, '.git') + path.sep)) continue;
    const size = statSync(path.join(parent, e.name)).size;
    if (size > max) max = size;
  }
  return max;
}

export function memorySection({ corpus, bin, patterns, runs, log }) {
  log(`memory: ${corpus.name} (${corpus.truth.fileCount} files, ${(corpus.truth.bytes / 1e6).toFixed(0)} MB)`);
  // The corpus lies inside sealgate's own repository, where bench/.corpora/ is ignored: without a
  // ceiling, git would find that repository and the scan would see no file at all.
  const env = corpus.git ? undefined : { ...process.env, GIT_CEILING_DIRECTORIES: CORPORA_DIR };
  const tasks = [sealgateTask(bin, ['scan', '.', '--format', 'json'], corpus.dir, { rss: true, env })];
  if (AVAILABLE.rg) tasks.push(ripgrepTask(corpus.dir, patterns));
  const res = measureTogether(tasks, { runs, warmup: 0, log });
  const sg = res.get('sealgate');
  const out = { corpus: corpus.name, files: corpus.truth.fileCount, bytes: corpus.truth.bytes, largestFile: largestFile(corpus.dir), tools: {} };
  for (const t of tasks) {
    const e = res.get(t.name);
    out.tools[t.name] = { ms: e.ms, runs: e.all.length, rssMB: e.rssMB, failed: e.failed, mbps: e.ms ? corpus.truth.bytes / 1e6 / (e.ms / 1000) : undefined };
  }
  if (sg.last && !sg.failed) {
    out.quality = scoreReport(corpus, sg.last.stdout.toString('utf8'), 'json');
    out.scanned = scannedBy(sg.last.stdout);
  }
  return out;
}
