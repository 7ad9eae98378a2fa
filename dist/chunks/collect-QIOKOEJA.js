import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-LOWPDE6Y.js";
import {
  mask
} from "./chunk-MIMWYFE4.js";
import {
  isSkipped,
  secretHash
} from "./chunk-VCXNBE4A.js";
import {
  fixCommand,
  preferredFix
} from "./chunk-B5HXU6T3.js";
import {
  GitError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/audit/collect.ts
init_define_SEALGATE_EMBEDDED_RULES();
import path from "node:path";
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
async function commitInfos(git, shas) {
  const out = /* @__PURE__ */ new Map();
  if (shas.length === 0) return out;
  const text = (await git.out(["log", "--no-walk=unsorted", "--format=%H%x00%an%x00%ae%x00%aI", "--end-of-options", ...shas], "git log")).toString("utf8");
  for (const line of text.split("\n")) {
    const [sha = "", author = "", email = "", date = ""] = line.split("\0");
    if (sha) out.set(sha, { sha, author, ...email ? { email } : {}, date });
  }
  return out;
}
async function collectAudit(root, opts) {
  const { scan } = await import("./scan-5FJPQ7VB.js");
  const sources = await import("./git-323OS6FK.js");
  const client = await import("./git-client-IARXRSBQ.js");
  const repo = await client.repositoryRoot(root, opts.env) !== void 0 ? new client.Git(root, opts.env) : void 0;
  const inGit = repo !== void 0;
  if (opts.history && !inGit) throw new GitError(`audit --history: ${root} is not a git repository`);
  const keep = pathFilter(opts.paths);
  const base = { cwd: root, env: opts.env, ...inGit ? { root } : {}, ...opts.configPath ? { configPath: opts.configPath } : {} };
  const results = [];
  const safeNow = [];
  const occurrences = [];
  let config;
  let head;
  if (repo) head = await repo.resolveCommit("HEAD");
  const wanted = opts.paths?.length ? opts.paths.map((p) => path.join(root, p)) : [root];
  const changed = opts.history && head && repo ? await changedSinceHead(repo, keep) : void 0;
  const treePaths = changed ? changed.map((p) => path.join(root, p)) : wanted;
  if (treePaths.length > 0) {
    const tree = await scan({ ...base, paths: treePaths });
    config = tree.config;
    results.push(tree);
    safeNow.push(...tree.safe);
    for (const f of tree.findings) occurrences.push({ finding: f, live: true });
  }
  let commitsScanned = 0;
  const graph = new (await import("./removed-MEGS7GLR.js")).CommitGraph();
  if (opts.history && repo) {
    const atHead = await scan({ ...base, source: filtered(sources.commitTreeSource(repo), keep) });
    config ??= atHead.config;
    results.push(atHead);
    safeNow.push(...atHead.safe);
    const refs = await import("./refs-DW6YT3ZX.js");
    const tips = await refs.refTips(repo, opts.refs);
    const diffs = await refs.diffTips(repo, head, tips);
    const tipInfo = await commitInfos(repo, [...new Set(tips.map((t) => t.commit))]);
    const blobAt = /* @__PURE__ */ new Map();
    for (const d of diffs) for (const f of d.files) blobAt.set(`${d.tip.commit}\0${f.path}`, f.blob);
    const atTips = await scan({ ...base, source: filtered(sources.blobsSource(repo, refs.filesToScan(diffs, (sha) => tipInfo.get(sha))), keep) });
    results.push(atTips);
    const refsOf = refs.refsOfFindings(diffs, atHead.findings, atTips.findings, (f) => f.commit ? blobAt.get(`${f.commit.sha}\0${f.file}`) : void 0);
    for (const f of atHead.findings) occurrences.push({ finding: f, live: true, refs: refsOf.get(f) ?? [] });
    for (const f of atTips.findings) {
      const { commit: _tip, ...finding } = f;
      occurrences.push({ finding, live: true, refs: refsOf.get(f) ?? [], offHead: true });
    }
    const progress = { commits: 0, total: 0, bytes: 0, findings: occurrences.length };
    if (opts.progress) progress.total = Number(await repo.text(["rev-list", "--all", "--count"], { allowFail: true })) || 0;
    const onCommit = (c) => {
      graph.add(c);
      progress.commits++;
      opts.progress?.(progress);
    };
    const onFragment = (bytes, findings) => {
      progress.bytes += bytes;
      progress.findings += findings;
    };
    const history = await scan({ ...base, source: filtered(sources.historySource(repo, { onCommit }), keep), ...opts.progress ? { onFragment } : {} });
    results.push(history);
    commitsScanned = history.summary.commits ?? graph.size;
    for (const f of history.findings) occurrences.push({ finding: f, live: false });
  }
  const entries = await group(repo, occurrences, graph, head, config, opts.showSecrets === true);
  const incomplete = await incompleteReasons(repo, opts.history, results);
  const safe = dedupeSafe(safeNow);
  const skipped = dedupeSkipped(results.flatMap((r) => r.summary.skipped));
  const live = entries.filter((e) => e.status === "live").length;
  return {
    version: 1,
    tool: { name: "sealgate", version: VERSION },
    repository: path.basename(root),
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...head ? { head } : {},
    history: opts.history,
    commitsScanned,
    bytesScanned: results.reduce((t, r) => t + r.summary.bytes, 0),
    entries,
    safe,
    summary: {
      distinct: entries.length,
      live,
      historyOnly: entries.length - live,
      safe: safe.length,
      blocking: entries.filter((e) => e.severity === "error").length
    },
    skipped,
    ...incomplete.length ? { incomplete } : {}
  };
}
async function incompleteReasons(git, history, results) {
  const out = [];
  for (const r of results) out.push(...r.summary.unreadable ?? []);
  const missing = /* @__PURE__ */ new Set();
  for (const r of results) for (const s of r.summary.skipped) if (/is missing from the repository/.test(s.reason)) missing.add(`${s.file}${s.commit ? ` @ ${s.commit.slice(0, 12)}` : ""}: ${s.reason}`);
  out.push(...[...missing].sort());
  if (history && git) {
    if (await git.isShallow()) {
      out.push("the clone is shallow: commits before its cut were not read (git fetch --unshallow, or actions/checkout with fetch-depth: 0)");
    }
  }
  return out;
}
var MAX_CHANGED = 1e3;
async function changedSinceHead(repo, keep) {
  const edited = await repo.run(["diff", "HEAD", "--name-only", "-z", "--no-renames", "--no-relative", "--no-ext-diff", "--diff-filter=d"]);
  const untracked = await repo.run(["ls-files", "--others", "--exclude-standard", "-z"]);
  if (edited.code !== 0 || untracked.code !== 0) return void 0;
  const files = [.../* @__PURE__ */ new Set([...edited.stdout.toString("utf8").split("\0"), ...untracked.stdout.toString("utf8").split("\0")])].filter(
    (f) => f !== "" && (!keep || keep(f))
  );
  return files.length > MAX_CHANGED ? void 0 : files;
}
function pathFilter(paths) {
  const prefixes = (paths ?? []).map((p) => p.split(path.sep).join("/").replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
  if (prefixes.length === 0) return void 0;
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`));
}
function filtered(source, keep) {
  if (!keep) return source;
  return {
    info: source.info,
    async *items() {
      for await (const x of source.items()) if (keep(isSkipped(x) ? x.file : x.path)) yield x;
    }
  };
}
function older(a, b, order) {
  const ta = Date.parse(a.date);
  const tb = Date.parse(b.date);
  if (ta !== tb && Number.isFinite(ta) && Number.isFinite(tb)) return ta < tb;
  return (order(a.sha) ?? 0) > (order(b.sha) ?? 0);
}
function fixCommandFor(file, fix, config) {
  const target = { cert: config?.seal?.cert, store: config?.external?.store };
  const kind = preferredFix(fix, target);
  return kind ? fixCommand(kind, [file], target) : void 0;
}
async function group(repo, occurrences, graph, head, config, showSecrets) {
  const groups = /* @__PURE__ */ new Map();
  for (const o of occurrences) {
    const key = secretHash(o.finding.secret);
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  const order = (sha) => graph.order(sha);
  const entries = [];
  const raw = [];
  for (const g of groups.values()) {
    let introduced;
    for (const o of g) {
      const c = o.finding.commit;
      if (c && (!introduced || older(c, introduced.commit, order))) introduced = o.finding;
    }
    const here = g.filter((o) => o.live && !o.offHead).map((o) => o.finding);
    const liveOnes = here.length ? here : g.filter((o) => o.live).map((o) => o.finding);
    const rep = liveOnes.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line)[0] ?? introduced ?? g[0].finding;
    const severity = g.reduce((s, o) => SEVERITY_RANK[o.finding.severity] > SEVERITY_RANK[s] ? o.finding.severity : s, "note");
    const places = new Set(g.map((o) => `${o.live ? "live" : o.finding.commit?.sha ?? ""}\0${o.finding.file}`));
    const files = [...new Set(g.map((o) => o.finding.file))].filter((f) => f !== rep.file).sort();
    const status = liveOnes.length > 0 ? "live" : "history";
    const entry = {
      ruleId: rep.ruleId,
      severity,
      message: rep.message,
      file: rep.file,
      line: rep.line,
      column: rep.column,
      ...rep.resource ? { resource: rep.resource } : {},
      ...rep.credential ? { credential: rep.credential } : {},
      secret: showSecrets ? rep.secret : mask(rep.secret),
      fingerprint: rep.fingerprint,
      status,
      ...introduced?.commit ? { introduced: introduced.commit } : {},
      occurrences: places.size,
      otherFiles: files,
      ...rep.fix ? { fix: rep.fix } : {}
    };
    const refNames = [...new Set(g.flatMap((o) => o.refs ?? []))].sort(byRefName);
    if (refNames.length) entry.refs = refNames;
    if (status === "live" && here.length) {
      const cmd = fixCommandFor(rep.file, rep.fix, config);
      if (cmd) entry.fixCommand = cmd;
    }
    entries.push(entry);
    raw.push(rep.secret);
  }
  const queries = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.status === "history" && e.introduced).map(({ e, i }) => ({ i, q: { commit: e.introduced.sha, file: e.file, secret: raw[i] } }));
  if (queries.length > 0 && repo) {
    const { findRemovals } = await import("./removed-MEGS7GLR.js");
    const removed = await findRemovals(repo, graph, head, queries.map((x) => x.q));
    queries.forEach(({ i }, k) => {
      const sha = removed[k];
      const c = sha ? graph.get(sha) : void 0;
      if (c) entries[i].removed = { sha: c.sha, author: c.author, ...c.email ? { email: c.email } : {}, date: c.date };
    });
  }
  return entries.sort(
    (a, b) => (a.status === b.status ? 0 : a.status === "live" ? -1 : 1) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line
  );
}
function byRefName(a, b) {
  const ta = a.endsWith(" (tag)") ? 1 : 0;
  const tb = b.endsWith(" (tag)") ? 1 : 0;
  return ta - tb || a.localeCompare(b);
}
function dedupeSafe(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of list) seen.set(`${s.file}\0${s.kind}\0${s.namespace ?? ""}\0${s.name ?? ""}`, s);
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function dedupeSkipped(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of list) {
    const key = `${s.file}\0${s.reason}`;
    if (!seen.has(key)) seen.set(key, { file: s.file, reason: s.reason });
  }
  return [...seen.values()];
}
export {
  collectAudit,
  fixCommandFor
};
