// The public API: scan(options) = config + rules + source + engine + baseline -> ScanResult.
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding, ScanResult, Skipped } from './types.js';
import { UsageError } from './errors.js';
import { loadConfig, effectiveRules, type Config } from './config/load.js';
import { Engine } from './engine/engine.js';
import { readBaseline, BASELINE_FILE } from './engine/baseline.js';
import { treeSource, toRepoPath } from './sources/files.js';
import { Git, repositoryRoot, type Env } from './sources/git-client.js';
import { isSkipped, type Source } from './sources/source.js';

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
  /** The environment git runs with (default: this process's). */
  env?: Env;
  /** Called after each scanned fragment with its bytes and findings (progress lines). */
  onFragment?: (bytes: number, findings: number) => void;
}

export interface ScanOutcome extends ScanResult {
  root: string;
  config: Config;
  inGit: boolean;
}

export async function scan(opts: ScanOptions): Promise<ScanOutcome> {
  const t0 = performance.now();
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
  const rules = effectiveRules(config);
  const baselineFile = opts.baselinePath ? path.resolve(cwd, opts.baselinePath) : config.baseline;
  const baseline = baselineFile ? readBaseline(baselineFile) : undefined;
  const engine = new Engine({
    rules,
    allowPaths: config.allowPaths,
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
    baseline,
    readFile: (rel) => readSmallFile(root, rel, config.maxFileSize),
  });
  const source = opts.source ?? treeSource(root, absPaths, repo !== undefined ? new Git(root, env) : undefined, config.maxFileSize);
  const result: ScanOutcome = {
    findings: [],
    summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 },
    safe: [],
    warnings: [],
    root,
    config,
    inGit: repo !== undefined,
  };
  const ownFiles = new Set([config.file, baselineFile].filter(Boolean).map((f) => toRepoPath(root, f!)));
  for await (const item of source.items()) {
    if (isSkipped(item)) {
      result.summary.skipped.push(item);
      continue;
    }
    if (ownFiles.has(item.path)) continue; // the config and baseline name fingerprints and patterns, not secrets
    if (item.bytes.length > config.maxFileSize) {
      result.summary.skipped.push({ file: item.path, reason: `larger than ${config.maxFileSize} bytes (maxFileSize)`, commit: item.commit?.sha, unscannable: true });
      continue;
    }
    const r = engine.scanFragment(opts.wholeFiles ? { ...item, changedLines: undefined } : item);
    if (r.skipped) {
      result.summary.skipped.push(r.skipped);
      continue;
    }
    result.summary.files++;
    result.summary.bytes += r.bytes;
    result.warnings.push(...r.warnings);
    result.safe.push(...r.safe);
    result.findings.push(...r.findings);
    opts.onFragment?.(r.bytes, r.findings.length);
  }
  result.summary.range = source.info.range;
  result.summary.commits = source.info.commits;
  if (source.info.unreadable?.length) result.summary.unreadable = [...source.info.unreadable];
  result.summary.findings = result.findings.length;
  result.summary.hidden = { ...engine.hidden };
  result.summary.durationMs = Math.round(performance.now() - t0);
  return result;
}

function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The folder that holds every scanned path (where config lookup starts). */
function commonDir(paths: string[], root: string): string {
  if (paths.length === 0) return root;
  const dirs = paths.map((p) => (statSync(p).isDirectory() ? p : path.dirname(p)));
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) while (!(d + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) common = path.dirname(common);
  return common;
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

/** Blocking = severity error; warnings count against --max-warnings. */
export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; notes: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

export function unscannable(skipped: Skipped[]): Skipped[] {
  return skipped.filter((s) => s.unscannable);
}

export { BASELINE_FILE };
