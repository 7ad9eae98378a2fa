// Runs whole processes and measures them the way a user feels them: wall time with process.hrtime
// around spawnSync (Node's start-up included) and peak RSS from GNU time, which reads the child's
// rusage (process.resourceUsage() only knows this process, and RUSAGE_CHILDREN is a max over all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const HAVE_GNU_TIME = existsSync(GNU_TIME);

const scratch = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * One run of `cmd args` in `cwd`. Output is captured (tools pay for printing, as they do in a
 * terminal or CI log). `rss: true` wraps the command in GNU time; it adds about a millisecond, so the
 * hook latencies are taken without it.
 */
export function runOnce(cmd, args, { cwd, rss = false, input, env, timeoutMs = 600_000 } = {}) {
  let file = cmd;
  let argv = args;
  const rssFile = path.join(scratch, 'rss');
  if (rss && HAVE_GNU_TIME) {
    rmSync(rssFile, { force: true });
    file = GNU_TIME;
    argv = ['-f', '%M', '-o', rssFile, cmd, ...args];
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, {
    cwd,
    input,
    env: env ?? process.env,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let rssMB;
  if (rss && HAVE_GNU_TIME && existsSync(rssFile)) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) rssMB = kb / 1024;
  }
  return {
    ms,
    rssMB,
    status: r.status,
    signal: r.signal,
    error: r.error ? String(r.error.message) : undefined,
    stdout: r.stdout ?? Buffer.alloc(0),
    stderr: r.stderr ? r.stderr.toString('utf8') : '',
  };
}

export function median(xs) {
  const a = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return undefined;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

/** Tools left out of every measurement (`npm run bench -- --skip NAME,...`). */
export const SKIP = new Set();

/**
 * Measures several tools on the same input, interleaved (warm-up of each, then round after round)
 * so that the machine's noise hits every tool alike and the ratios stay meaningful.
 * A task: { name, cmd, args, cwd, rss, ok(status) }. Returns name -> { ms (median), all, rssMB (max), last }.
 */
export function measureTogether(allTasks, { runs, warmup = 1, slowMs, log = () => {} }) {
  const res = new Map(allTasks.map((t) => [t.name, { ms: undefined, all: [], rss: [], last: undefined, failed: SKIP.has(t.name) ? 'not measured (--skip)' : undefined }]));
  const tasks = allTasks.filter((t) => !SKIP.has(t.name));
  const one = (t, record) => {
    const r = runOnce(t.cmd, t.args, { cwd: t.cwd, rss: t.rss, input: t.input, env: t.env, timeoutMs: t.timeoutMs });
    const ok = (t.ok ?? ((s) => s === 0 || s === 1))(r.status) && !r.error;
    const e = res.get(t.name);
    if (!ok) {
      e.failed = r.error ?? `exit ${r.status ?? r.signal}: ${firstLine(r.stderr)}`;
      log(`  ${t.name}: FAILED (${e.failed})`);
    } else if (record) {
      e.all.push(r.ms);
      if (r.rssMB !== undefined) e.rss.push(r.rssMB);
    }
    e.last = r;
    return ok;
  };
  const alive = new Set(tasks);
  // A tool whose warm-up takes longer than slowMs (secretlint, glibc's regex on 200 MB) keeps its
  // warm-up as a measurement and runs once more: the budget is 15 minutes for everything.
  const budget = new Map(tasks.map((t) => [t, runs]));
  for (const t of tasks) {
    for (let i = 0; i < warmup && alive.has(t); i++) {
      const slowFirst = i === 0 && slowMs !== undefined;
      if (!one(t, false)) alive.delete(t);
      else if (slowFirst && res.get(t.name).last.ms > slowMs) {
        res.get(t.name).all.push(res.get(t.name).last.ms);
        if (res.get(t.name).last.rssMB !== undefined) res.get(t.name).rss.push(res.get(t.name).last.rssMB);
        budget.set(t, 1);
        break;
      }
    }
  }
  for (let i = 0; i < runs; i++) for (const t of tasks) if (alive.has(t) && i < budget.get(t) && !one(t, true)) alive.delete(t);
  for (const [name, e] of res) {
    e.ms = median(e.all);
    e.rssMB = e.rss.length ? Math.max(...e.rss) : undefined;
    if (e.ms !== undefined) log(`  ${name}: ${fmtMs(e.ms)} median of ${e.all.length}${e.rssMB ? `, peak RSS ${e.rssMB.toFixed(0)} MB` : ''}`);
  }
  return res;
}

/**
 * Reads every file of a corpus once, so that the first tool of a round does not pay for the disk.
 * On this shared machine the page cache holds about 2 GB: the previous run's 1 GB corpus (or another
 * session) evicts the 206 MB one, and the first warm-up then waited on the disk for 15 to 30 s, a run
 * measureTogether keeps when it passes slowMs (twice this morning: "15.2 s median of 2").
 */
export function warmPageCache(dir) {
  const files = spawnSync('git', ['ls-files', '-z'], { cwd: dir, maxBuffer: 1 << 28 }).stdout.toString('utf8').split('\0').filter(Boolean);
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += readFileSync(path.join(dir, f)).length;
    } catch {
      // a file the tools will report as unreadable too
    }
  }
  return bytes;
}

export function firstLine(s) {
  return String(s ?? '').trim().split('\n')[0]?.slice(0, 200) ?? '';
}

export function fmtMs(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

/** Synchronous helper for setup commands (git): throws with stderr on failure. */
export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, ...opts, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${firstLine(r.stderr || r.error?.message)}`);
  return r.stdout;
}
