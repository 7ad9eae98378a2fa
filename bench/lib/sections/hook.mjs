// (1) hook latency: `sealgate scan --staged` with 1 and 10 new manifests staged, in the big
// repository with history and in the small one (the time must not grow with the repository).
// The manifests are copies of corpus files that hold planted secrets, so the hook has work to do.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measureTogether, sh } from '../proc.mjs';
import { AVAILABLE, gitSecretsHookTask, secretlintFilesTask, sealgateTask } from '../peers.mjs';

const DIR = 'sg-bench-staged';

function manifestShapes(corpus, n) {
  const files = [...new Set(corpus.truth.planted.filter((p) => /\.ya?ml$/.test(p.file) && p.doc).map((p) => p.file))].sort();
  return files.slice(0, n);
}

export function hookSection({ corpora, bin, baseline, patterns, runs, log }) {
  const rows = [];
  for (const corpus of corpora) {
    for (const n of [1, 10]) {
      const sources = manifestShapes(corpus, n);
      const staged = sources.map((f, i) => path.join(DIR, `${i}-${path.basename(f)}`));
      log(`hook: ${corpus.name}, ${staged.length} staged manifest(s)`);
      mkdirSync(path.join(corpus.dir, DIR), { recursive: true });
      try {
        sources.forEach((f, i) => copyFileSync(path.join(corpus.dir, f), path.join(corpus.dir, staged[i])));
        sh('git', ['add', '--', ...staged], { cwd: corpus.dir });
        const tasks = [
          { name: 'node start-up', cmd: process.execPath, args: ['-e', '0'], cwd: corpus.dir },
          // Loading the bundle and printing the version: what start-up costs before any scanning.
          { name: 'sealgate --version', cmd: process.execPath, args: [bin, '--version'], cwd: corpus.dir },
          sealgateTask(bin, ['scan', '--staged'], corpus.dir),
          ...(baseline ? [{ ...sealgateTask(baseline.bin, ['scan', '--staged'], corpus.dir), name: baseline.name }] : []),
        ];
        if (AVAILABLE.gitSecrets) tasks.push(gitSecretsHookTask(corpus.dir, patterns));
        if (AVAILABLE.secretlint) tasks.push(secretlintFilesTask(corpus.dir, staged));
        const res = measureTogether(tasks, { runs, warmup: 2, log });
        for (const t of tasks) {
          const e = res.get(t.name);
          rows.push({ corpus: corpus.name, commits: corpus.truth.commits, files: corpus.truth.fileCount, staged: staged.length, tool: t.name, ms: e.ms, runs: e.all.length, all: e.all, failed: e.failed });
        }
      } finally {
        sh('git', ['reset', '-q', '--', DIR], { cwd: corpus.dir });
        rmSync(path.join(corpus.dir, DIR), { recursive: true, force: true });
      }
    }
  }
  return rows;
}
