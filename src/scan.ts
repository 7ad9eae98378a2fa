// The public API: scan(options) = config + rules + source + engine + baseline -> ScanResult.
import { fingerprintKey } from './fingerprint-key.js';
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding, Fragment, ScanResult, Skipped } from './types.js';
import { ConfigError, UsageError } from './errors.js';
import { effectiveRules, loadConfig, type Config } from './config/load.js';
import { exampleProblems } from './engine/examples.js';
import { BASELINE_FILE } from './engine/baseline.js';
import { treeSource, toRepoPath } from './sources/files.js';
import { Git, repositoryRoot, type Env } from './sources/git-client.js';
import { type Source } from './sources/source.js';
import { TaskReader, readTasks, type Task } from './sources/tasks.js';
import { engineFor, scanBatch, scanItem, type EngineSetup, type ItemOutcome } from './parallel/item.js';

export interface ScanOptions {
  cwd: string;
  /** Files and folders of the working tree (default: cwd). Ignored when `source` is given. */
  paths?: string[];
  source?: Source;
  configPath?: string;
  baselinePath?: string;
  /** Diff modes: report findings on untouched documents of touched files too. */
  wholeFiles?: boolean;
  /** Repository root when the caller knows it (saves a git call). */
  root?: string;
  /** The environment git runs with and that decides worker threads (default: this process's). */
  env?: Env;
  /** Called after each scanned fragment with its bytes and findings (progress lines). */
  onFragment?: (bytes: number, findings: number) => void;
  /** Fingerprint with this key (`sealgate baseline` writing a new baseline); default: see src/fingerprint-key.ts. */
  fingerprintKey?: string;
  /** Report every finding, whatever the baseline accepts (`sealgate baseline` rewriting it). */
  ignoreBaseline?: boolean;
}

export interface ScanOutcome extends ScanResult {
  /** The key the fingerprints were computed with (written into a new baseline; never into a report). */
  fingerprintKey?: string;
  root: string;
  config: Config;
  inGit: boolean;
}

export async function scan(opts: ScanOptions): Promise<ScanOutcome> {
  // process.hrtime, not performance.now(): the latter loads perf_hooks, a dozen modules, in every hook.
  const t0 = process.hrtime.bigint();
  const cwd = path.resolve(opts.cwd);
  const absPaths = (opts.paths?.length ? opts.paths : ['.']).map((p) => path.resolve(cwd, p));
  // A path named on the command line that does not exist is a mistake, not a clean result: a typo in a
  // CI step or a hook would otherwise pass forever.
  if (!opts.source) {
    const missing = (opts.paths ?? []).filter((p) => !lexists(path.resolve(cwd, p)));
    if (missing.length) throw new UsageError(`scan: no such file or directory: ${missing.join(', ')}`);
  }
  // The repository is the one holding the scanned paths (which may differ from the working directory's).
  const start = commonDir(absPaths.filter((p) => existsSync(p)), cwd);
  const env = opts.env ?? process.env;
  const repo = opts.root ?? (await repositoryRoot(start, env));
  const root = repo ?? (opts.paths?.length ? start : cwd);
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const outside = absPaths.find((p) => p !== root && !p.startsWith(prefix));
  if (outside) throw new UsageError(`scan: ${outside} is outside ${repo ? 'the repository' : 'the scanned folder'} ${root}; scan it on its own`);
  const configStart = start;
  const config = await loadConfig(root, opts.configPath, configStart);
  requireCustomExamples(config);
  const baselineFile = opts.ignoreBaseline ? undefined : opts.baselinePath ? path.resolve(cwd, opts.baselinePath) : config.baseline;
  const setup: EngineSetup = { root, configStart, env: plainEnv(env), wholeFiles: opts.wholeFiles };
  if (opts.configPath) setup.configPath = opts.configPath;
  if (baselineFile) setup.baselineFile = baselineFile;
  if (opts.ignoreBaseline) setup.ignoreBaseline = true;
  const keyChoice = opts.fingerprintKey ? { key: opts.fingerprintKey } : await fingerprintKey(root, baselineFile ?? path.join(root, BASELINE_FILE), repo !== undefined, env);
  if (keyChoice.key) setup.fingerprintKey = keyChoice.key;
  const engine = engineFor(setup, config);
  const source = opts.source ?? treeSource(root, absPaths, repo !== undefined ? new Git(root, env) : undefined, config.maxFileSize);
  const result: ScanOutcome = {
    findings: [],
    summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 },
    safe: [],
    warnings: [],
    root,
    config,
    inGit: repo !== undefined,
    ...(keyChoice.key ? { fingerprintKey: keyChoice.key } : {}),
  };
  if (keyChoice.note && baselineFile) result.warnings.push(keyChoice.note);
  result.warnings.push(...(config.notes ?? []));
  const ownFiles = new Set([config.file, baselineFile, config.baseline].filter(Boolean).map((f) => toRepoPath(root, f!)));
  const hidden = { baseline: 0, allowComments: 0 };
  const add = (o: ItemOutcome) => {
    if ('skipped' in o) {
      result.summary.skipped.push(o.skipped);
      return;
    }
    const r = o.result;
    result.summary.files++;
    result.summary.bytes += r.bytes;
    result.warnings.push(...r.warnings);
    result.safe.push(...r.safe);
    result.findings.push(...r.findings);
    if (r.hidden) {
      hidden.baseline += r.hidden.baseline;
      hidden.allowComments += r.hidden.allowComments;
    }
    opts.onFragment?.(r.bytes, r.findings.length);
  };
  // The config and baseline name fingerprints and patterns, not secrets.
  const own = (x: { path: string } | Skipped) => 'path' in x && ownFiles.has(x.path);
  if (source.tasks) {
    await scanTasks(source.tasks(), setup, env, (t) => own(t), config.maxFileSize, (item) => scanItem(engine, item, config.maxFileSize, opts.wholeFiles), add);
  } else {
    for await (const item of source.items()) if (!own(item)) add(scanItem(engine, item, config.maxFileSize, opts.wholeFiles));
  }
  result.summary.range = source.info.range;
  result.summary.commits = source.info.commits;
  if (source.info.unreadable?.length) result.summary.unreadable = [...source.info.unreadable];
  result.summary.findings = result.findings.length;
  result.summary.hidden = hidden;
  result.summary.durationMs = Number((process.hrtime.bigint() - t0) / 1_000_000n);
  return result;
}

/**
 * A source that can hand out tasks: large jobs are shared by worker threads and this thread (when
 * running from the bundle), small ones are read and scanned here alone. The first MIN_TASKS tasks decide which: a worker's start-up
 * only pays for itself on a few hundred files.
 */
async function scanTasks(
  tasks: AsyncIterable<Task | Skipped>,
  setup: EngineSetup,
  env: Record<string, string | undefined>,
  skip: (t: Task | Skipped) => boolean,
  maxFileSize: number,
  scanHere: (item: Fragment | Skipped) => ItemOutcome,
  add: (o: ItemOutcome) => void,
): Promise<void> {
  const pool = await import('./parallel/pool.js');
  const plan = pool.workerPlan(env);
  const script = plan.workers > 1 ? pool.workerScript() : undefined;
  const it = tasks[Symbol.asyncIterator]();
  const head: (Task | Skipped)[] = [];
  let ended = false;
  if (script && !plan.forced) {
    while (head.length < pool.MIN_TASKS) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      head.push(r.value);
    }
  }
  const all = async function* (): AsyncGenerator<Task | Skipped> {
    for (const t of head) if (!skip(t)) yield t;
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) if (!skip(r.value)) yield r.value;
  };
  if (script && !ended) {
    // The main thread is one of the scanning threads (pool.ts): N threads are N - 1 workers and this one.
    const reader = new TaskReader(new Git(setup.root, env), maxFileSize);
    try {
      await pool.runPool(script, setup, plan.workers - 1, all(), add, (batch) => scanBatch(reader, batch, scanHere));
    } finally {
      reader.close();
    }
    return;
  }
  for await (const item of readTasks(all(), new TaskReader(new Git(setup.root, env), maxFileSize))) add(scanHere(item));
}

/** The environment as plain strings (it goes to worker threads; process.env is not cloneable as is). */
function plainEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Custom rules' examples run as the built-in rules' do in the tests: a rule that misses its own example is a config error. */
function requireCustomExamples(config: Config): void {
  if (config.customRules.length === 0) return;
  const rules = effectiveRules(config);
  const active = new Set(rules.map((r) => r.id));
  const problems = exampleProblems(rules, config.customRules.filter((r) => active.has(r.id)));
  if (problems.length) throw new ConfigError(problems);
}

/** The folder that holds every scanned path (where config lookup starts). */
function commonDir(paths: string[], root: string): string {
  if (paths.length === 0) return root;
  const dirs = paths.map((p) => (statSync(p).isDirectory() ? p : path.dirname(p)));
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) while (!(d + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) common = path.dirname(common);
  return common;
}

export { BASELINE_FILE };
