import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  Engine,
  engineFor,
  scanItem
} from "./chunk-AOL7VOYO.js";
import {
  effectiveRules,
  loadConfig
} from "./chunk-K5GVN7NQ.js";
import {
  TaskReader,
  readTasks,
  toRepoPath,
  treeSource
} from "./chunk-QNOJSHHP.js";
import {
  Git,
  repositoryRoot
} from "./chunk-2G5XW5IB.js";
import {
  ConfigError,
  UsageError
} from "./chunk-VFXUDUTR.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-G5GWPPM7.js";

// src/scan.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, lstatSync, statSync } from "node:fs";
import path from "node:path";

// src/engine/examples.ts
init_define_SEALGATE_EMBEDDED_RULES();
function findingsFor(rules, code, path2) {
  return new Engine({ rules }).scanText(path2, code).findings;
}
function checkExample(rules, rule, kind, index) {
  const ex = rule.examples[kind][index];
  const path2 = ex.path ?? (ex.code.trimStart().startsWith("{") ? "example.json" : "example.yaml");
  const named = rule.regex ? rule.credential ?? rule.description : void 0;
  const own = findingsFor(rules, ex.code, path2).filter((f) => f.ruleId === rule.id || named !== void 0 && f.credential === named);
  if (kind === "valid" && own.length > 0) {
    return `${rule.file}: examples.valid[${index}] '${ex.name}' produced ${own.length} finding(s) of ${rule.id} at line(s) ${own.map((f) => f.line).join(", ")}`;
  }
  if (kind === "invalid") {
    if (own.length === 0) return `${rule.file}: examples.invalid[${index}] '${ex.name}' produced no finding of ${rule.id}`;
    const at = (f) => f.line === ex.line || f.ruleId !== rule.id && ex.line >= f.line && ex.line <= f.endLine;
    if (ex.line !== void 0 && !own.some(at)) {
      return `${rule.file}: examples.invalid[${index}] '${ex.name}': expected a finding on line ${ex.line}, got ${own.map((f) => f.line).join(", ")}`;
    }
  }
  return void 0;
}
function exampleProblems(rules, targets) {
  const problems = [];
  for (const rule of targets) {
    for (const kind of ["valid", "invalid"]) {
      rule.examples[kind].forEach((_, i) => {
        const p = checkExample(rules, rule, kind, i);
        if (p) problems.push(p);
      });
    }
  }
  return problems;
}

// src/scan.ts
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
  requireCustomExamples(config);
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
  const pool = await import("./pool-LTDL2KUN.js");
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
function requireCustomExamples(config) {
  if (config.customRules.length === 0) return;
  const rules = effectiveRules(config);
  const active = new Set(rules.map((r) => r.id));
  const problems = exampleProblems(rules, config.customRules.filter((r) => active.has(r.id)));
  if (problems.length) throw new ConfigError(problems);
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
