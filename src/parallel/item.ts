// One input through the engine, done the same way on the main thread and on a worker thread, and
// the engine built the same way in both (from the repository, the config file and the baseline
// file: compiled rules and matchers cannot cross threads, their sources can).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Fragment, Skipped } from '../types.js';
import { loadConfig, effectiveRules, type Config } from '../config/load.js';
import { Engine, type FragmentResult } from '../engine/engine.js';
import { readBaseline } from '../engine/baseline.js';
import { isSkipped } from '../sources/source.js';
import { isTask, type Task, type TaskReader } from '../sources/tasks.js';

/** What a worker needs to build the very engine the main thread built. */
export interface EngineSetup {
  root: string;
  configPath?: string;
  configStart: string;
  baselineFile?: string;
  /** The environment git runs with (a hook's GIT_DIR / GIT_INDEX_FILE reach the workers' git too). */
  env: Record<string, string>;
  /** Diff modes: report findings on untouched documents of touched files too. */
  wholeFiles?: boolean;
  /** The fingerprints' key (src/fingerprint-key.ts), so workers fingerprint alike. */
  fingerprintKey?: string;
  /** `sealgate baseline`: every finding, whatever the current baseline accepts. */
  ignoreBaseline?: boolean;
}

export async function loadSetupConfig(setup: EngineSetup): Promise<Config> {
  return loadConfig(setup.root, setup.configPath, setup.configStart);
}

export function engineFor(setup: EngineSetup, config: Config): Engine {
  const baselineFile = setup.ignoreBaseline ? undefined : (setup.baselineFile ?? config.baseline);
  return new Engine({
    rules: effectiveRules(config),
    allowPaths: config.allowPaths,
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
    baseline: baselineFile ? readBaseline(baselineFile) : undefined,
    fingerprintKey: setup.fingerprintKey,
    readFile: (rel) => readSmallFile(setup.root, rel, config.maxFileSize),
  });
}

/** A scanned input: either skipped (reported) or the engine's result. */
export type ItemOutcome = { skipped: Skipped } | { result: FragmentResult };

export function scanItem(engine: Engine, item: Fragment | Skipped, maxFileSize: number, wholeFiles: boolean | undefined): ItemOutcome {
  if (isSkipped(item)) return { skipped: item };
  if (item.bytes.length > maxFileSize) {
    return { skipped: { file: item.path, reason: `larger than ${maxFileSize} bytes (maxFileSize)`, commit: item.commit?.sha, unscannable: true } };
  }
  const r = engine.scanFragment(wholeFiles ? { ...item, changedLines: undefined } : item);
  return r.skipped ? { skipped: r.skipped } : { result: r };
}

function readSmallFile(root: string, rel: string, max: number): string | undefined {
  const abs = path.join(root, rel);
  if (!abs.startsWith(root + path.sep)) return undefined; // never outside the repository
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > max) return undefined;
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A batch of tasks read and scanned, outcomes in task order: every read is asked for first, so
 * cat-file streams the blobs while the first ones are scanned. The same on a worker and on the main
 * thread. With `claim` (a worker's batch, see claims.ts), task `i` is scanned only when claim(i)
 * says so; the first refusal ends the batch (the main thread took the rest), and the outcomes are
 * those of the tasks before it.
 */
export async function scanBatch(
  reader: TaskReader,
  tasks: (Task | Skipped)[],
  scan: (item: Fragment | Skipped) => ItemOutcome,
  claim?: (i: number) => boolean,
): Promise<ItemOutcome[]> {
  const reads = tasks.map((t) => (isTask(t) ? reader.read(t) : t));
  // Handled here so an early failure is not "unhandled" while it waits its turn; awaiting it rethrows.
  for (const r of reads) if (r instanceof Promise) r.catch(() => {});
  const outcomes: ItemOutcome[] = [];
  for (let i = 0; i < reads.length; i++) {
    const item = await reads[i];
    // Claimed once read, just before the scan: a task waiting for its bytes can still be taken.
    if (claim && !claim(i)) break;
    outcomes.push(scan(item!));
  }
  return outcomes;
}
