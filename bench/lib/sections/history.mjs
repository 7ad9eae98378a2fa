// (3) history: `sealgate scan --range <root>..HEAD` over the corpus' commits, against the cost of
// reading the same diffs with `git log -p` (piped to wc -c, which also gives the diff's size).
import { measureTogether, sh } from '../proc.mjs';
import { sealgateTask } from '../peers.mjs';
import { scoreReport } from '../score.mjs';

export function historySection({ corpus, bin, runs, log }) {
  const root = sh('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: corpus.dir }).trim().split('\n')[0];
  const range = `${root}..HEAD`;
  const commits = Number(sh('git', ['rev-list', '--count', range], { cwd: corpus.dir }).trim());
  log(`history: ${corpus.name}, ${commits} commits (${range.slice(0, 12)}..HEAD)`);
  const tasks = [
    sealgateTask(bin, ['scan', '--range', range, '--format', 'json'], corpus.dir, { rss: true }),
    { name: 'git log -p', cmd: 'sh', args: ['-c', `git log -p ${range} | wc -c`], cwd: corpus.dir, ok: (s) => s === 0 },
    // What sealgate itself asks git for (src/sources/git.ts: raw entries, rename detection, -U0),
    // without the blobs it then reads through cat-file: git's share of sealgate's time.
    { name: "git log (sealgate's diff options)", cmd: 'sh', args: ['-c', `git log -z --raw -p -U0 --inter-hunk-context=0 --no-abbrev -M --no-color --no-ext-diff --no-textconv --no-relative --submodule=short --root --diff-merges=first-parent ${range} | wc -c`], cwd: corpus.dir, ok: (s) => s === 0 },
  ];
  const res = measureTogether(tasks, { runs, warmup: 1, slowMs: 30_000, log });
  const log_ = res.get('git log -p');
  const diffBytes = log_.last ? Number(log_.last.stdout.toString().trim()) : undefined;
  const sg = res.get('sealgate');
  const out = { corpus: corpus.name, commits, diffBytes, tools: {} };
  for (const t of tasks) {
    const e = res.get(t.name);
    out.tools[t.name] = {
      ms: e.ms,
      runs: e.all.length,
      rssMB: e.rssMB,
      failed: e.failed,
      commitsPerSec: e.ms ? commits / (e.ms / 1000) : undefined,
      mbps: e.ms && diffBytes ? diffBytes / 1e6 / (e.ms / 1000) : undefined,
    };
  }
  if (sg.last && !sg.failed) out.quality = scoreReport(corpus, sg.last.stdout.toString('utf8'), 'json', { history: true });
  return out;
}
