import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  engineFor,
  scanItem
} from "./chunk-VFYZDEPZ.js";
import {
  loadConfig
} from "./chunk-Z6LMIWVM.js";
import {
  TaskReader,
  readTasks,
  toRepoPath,
  treeSource
} from "./chunk-ZD45ZS5W.js";
import {
  Git,
  repositoryRoot
} from "./chunk-R7KVV44W.js";
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/scan.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, lstatSync, statSync } from "node:fs";
import path from "node:path";
async function scan(opts) {
  const t0 = performance.now();
  const cwd = path.resolve(opts.cwd);
  const absPaths = (opts.paths?.length ? opts.paths : ["."]).map((p) => path.resolve(cwd, p));
  if (!opts.source) {
    const missing = (opts.paths ?? []).filter((p) => !lexists(path.resolve(cwd, p)));
    if (missing.length) throw new UsageError(`scan: no such file or directory: ${missing.join(", ")}`);
  }
  const start = commonDir(absPaths.filter((p) => existsSync(p)), cwd);
  const env = opts.env ?? process.env;
  const repo = opts.root ?? await repositoryRoot(start, env);
  const root = repo ?? (opts.paths?.length ? start : cwd);
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const outside = absPaths.find((p) => p !== root && !p.startsWith(prefix));
  if (outside) throw new UsageError(`scan: ${outside} is outside ${repo ? "the repository" : "the scanned folder"} ${root}; scan it on its own`);
  const configStart = start;
  const config = await loadConfig(root, opts.configPath, configStart);
  const baselineFile = opts.baselinePath ? path.resolve(cwd, opts.baselinePath) : config.baseline;
  const setup = { root, configStart, env: plainEnv(env), wholeFiles: opts.wholeFiles };
  if (opts.configPath) setup.configPath = opts.configPath;
  if (baselineFile) setup.baselineFile = baselineFile;
  const engine = engineFor(setup, config);
  const source = opts.source ?? treeSource(root, absPaths, repo !== void 0 ? new Git(root, env) : void 0, config.maxFileSize);
  const result = {
    findings: [],
    summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 },
    safe: [],
    warnings: [],
    root,
    config,
    inGit: repo !== void 0
  };
  result.warnings.push(...config.notes ?? []);
  const ownFiles = new Set([config.file, baselineFile].filter(Boolean).map((f) => toRepoPath(root, f)));
  const hidden = { baseline: 0, allowComments: 0 };
  const add = (o) => {
    if ("skipped" in o) {
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
  const own = (x) => "path" in x && ownFiles.has(x.path);
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
  result.summary.durationMs = Math.round(performance.now() - t0);
  return result;
}
async function scanTasks(tasks, setup, env, skip, maxFileSize, scanHere, add) {
  const pool = await import("./pool-PRI3QEVL.js");
  const plan = pool.workerPlan(env);
  const script = plan.workers > 1 ? pool.workerScript() : void 0;
  const it = tasks[Symbol.asyncIterator]();
  const head = [];
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
  const all = async function* () {
    for (const t of head) if (!skip(t)) yield t;
    if (ended) return;
    for (let r = await it.next(); !r.done; r = await it.next()) if (!skip(r.value)) yield r.value;
  };
  if (script && !ended) {
    await pool.runPool(script, setup, plan.workers, all(), add);
    return;
  }
  for await (const item of readTasks(all(), new TaskReader(new Git(setup.root, env), maxFileSize))) add(scanHere(item));
}
function plainEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0) out[k] = v;
  return out;
}
function lexists(p) {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
function commonDir(paths, root) {
  if (paths.length === 0) return root;
  const dirs = paths.map((p) => statSync(p).isDirectory() ? p : path.dirname(p));
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!(d + path.sep).startsWith(common + path.sep) && common !== path.dirname(common)) common = path.dirname(common);
  return common;
}

export {
  scan
};
