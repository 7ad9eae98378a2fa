import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  LOG_FORMAT,
  TaskReader,
  isTask,
  parseDiff,
  readTasks,
  splitLog
} from "./chunk-ZD45ZS5W.js";
import {
  gitComplaint
} from "./chunk-R7KVV44W.js";
import {
  GitError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/sources/git.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/sources/pushed-objects.ts
init_define_SEALGATE_EMBEDDED_RULES();
async function classifyPushed(git, pushed) {
  const out = { commits: [], trees: [], blobs: [] };
  if (pushed.length === 0) return out;
  const r = await git.run(["cat-file", "--batch-check=%(objectname) %(objecttype)"], pushed.map((p) => `${p.sha}^{}`).join("\n") + "\n");
  if (r.code !== 0) throw new GitError(`--pre-push: git cat-file --batch-check failed: ${r.stderr.trim().split("\n")[0]}`);
  const lines = r.stdout.toString("utf8").split("\n");
  pushed.forEach((p, i) => {
    const m = /^([0-9a-f]{40,64}) (commit|tree|blob)$/.exec(lines[i] ?? "");
    if (!m) {
      throw new GitError(`--pre-push: cannot tell what ${p.sha.slice(0, 12)} pushed to ${p.remoteRef} is (${(lines[i] ?? "").trim() || "no answer"}); refusing the push`);
    }
    const object = { remoteRef: p.remoteRef, sha: m[1] };
    if (m[2] === "commit") out.commits.push(object.sha);
    else if (m[2] === "tree") out.trees.push(object);
    else out.blobs.push(object);
  });
  return out;
}
async function* objectTasks(git, c) {
  for (const t of c.trees) {
    for await (const task of commitTreeSource(git, t.sha).tasks()) {
      if (isTask(task) && task.kind === "blob") yield { ...task, path: `${t.remoteRef}:${task.path}`, origin: "range" };
      else if (isTask(task)) yield { ...task, path: `${t.remoteRef}:${task.path}` };
      else yield { ...task, file: `${t.remoteRef}:${task.file}` };
    }
  }
  for (const b of c.blobs) yield { kind: "blob", path: `${b.remoteRef}.yaml`, blob: b.sha, origin: "range" };
}

// src/sources/git.ts
var DIFF_OPTS = [
  "-z",
  "--raw",
  "-p",
  "-U0",
  "--inter-hunk-context=0",
  "--no-abbrev",
  "-M",
  "--no-color",
  "--no-ext-diff",
  "--no-textconv",
  "--no-relative",
  "--submodule=short"
];
var LOG_OPTS = [
  "log",
  ...DIFF_OPTS,
  "--root",
  "--diff-merges=first-parent",
  "--no-show-signature",
  "--encoding=UTF-8",
  LOG_FORMAT
];
var ZERO = /^0+$/;
function isScannable(e) {
  if (e.status === "D" || e.status === "U" || e.status === "X") return false;
  if (ZERO.test(e.dstSha)) return false;
  return e.dstMode.startsWith("100");
}
function commitInfo(c) {
  const info = { sha: c.sha, author: c.author, date: c.date };
  if (c.email) info.email = c.email;
  return info;
}
function blobTask(e, patch, origin, commit) {
  const t = { kind: "blob", path: e.path, blob: e.dstSha, origin };
  if (patch && !patch.binary && e.status !== "A") t.hunks = patch.hunks;
  if (commit) t.commit = commit;
  return t;
}
function stagedSource(git, opts = {}) {
  const info = {};
  const specs = opts.paths?.length ? ["--", ...opts.paths] : [];
  const tasks = async function* () {
    const out = await git.out(["diff", "--cached", ...DIFF_OPTS, "--diff-filter=ACMRT", ...specs], "git diff --cached");
    const { entries, patches } = parseDiff(out);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (isScannable(e)) yield blobTask(e, patches[i], "staged");
    }
  };
  return {
    info,
    items: () => {
      const reader = new TaskReader(git, Infinity);
      reader.start();
      return readTasks(tasks(), reader);
    }
  };
}
function logTasks(git, info, opts) {
  return {
    async *[Symbol.asyncIterator]() {
      let revs = opts.revs;
      if (opts.prepare) {
        const p = await opts.prepare();
        if (!p) return;
        revs = p.revs;
      }
      info.commits = 0;
      const args = [...LOG_OPTS, ...opts.extra ?? [], ...revs, "--"];
      const seen = /* @__PURE__ */ new Set();
      const tasksOf = function* (c, withPatches) {
        if (opts.forbidden?.has(c.sha)) throw new GitError(opts.forbiddenMessage?.(c.sha) ?? `commit ${c.sha} is not complete`);
        info.commits++;
        const commit = commitInfo(c);
        if (opts.onCommit) {
          opts.onCommit({
            sha: c.sha,
            parents: c.parents,
            author: c.author,
            email: c.email,
            date: c.date,
            changes: c.entries.map((e) => ({
              path: e.path,
              ...e.oldPath !== void 0 && e.status === "R" ? { oldPath: e.oldPath } : {},
              ...e.status === "D" || ZERO.test(e.dstSha) ? {} : { blob: e.dstSha }
            }))
          });
        }
        for (let i = 0; i < c.entries.length; i++) {
          const e = c.entries[i];
          if (isScannable(e)) yield blobTask(e, withPatches ? c.patches[i] : void 0, opts.origin, commit);
        }
      };
      try {
        for await (const c of splitLog(git.stream(args, "git log"))) {
          seen.add(c.sha);
          yield* tasksOf(c, true);
        }
        return;
      } catch (e) {
        if (!opts.tolerateUnreadable || !(e instanceof GitError) || !UNREADABLE.test(e.message)) throw e;
        (info.unreadable ??= []).push(`git log stopped: ${e.message.replace(/^git log failed: /, "")}; the rest of the history was read commit by commit`);
      }
      yield* degradedLog(git, info, revs, opts, seen, (c) => tasksOf(c, false));
    }
  };
}
var DEGRADED_BATCH = 500;
async function* degradedLog(git, info, revs, opts, seen, tasksOf) {
  const listed = (await git.out(["rev-list", ...opts.extra ?? [], ...revs, "--"], "git rev-list")).toString("utf8").split("\n").filter(Boolean);
  let pending = listed.filter((sha) => !seen.has(sha));
  const noPatch = LOG_OPTS.filter((a) => !PATCH_ONLY.has(a));
  while (pending.length > 0) {
    const batch = pending.slice(0, DEGRADED_BATCH);
    try {
      for await (const c of splitLog(git.stream([...noPatch, "--no-walk=unsorted", ...batch, "--"], "git log"))) {
        if (seen.has(c.sha)) continue;
        seen.add(c.sha);
        yield* tasksOf(c);
      }
      pending = pending.slice(batch.length);
    } catch (e) {
      if (!(e instanceof GitError) || !UNREADABLE.test(e.message)) throw e;
      const bad = batch.findIndex((sha) => !seen.has(sha));
      if (bad < 0) throw e;
      seen.add(batch[bad]);
      (info.unreadable ??= []).push(`commit ${batch[bad].slice(0, 12)}: its files could not be read (${e.message.replace(/^git log failed: /, "")})`);
      pending = pending.slice(bad + 1);
    }
  }
}
function logSource(git, info, opts) {
  return {
    info,
    tasks: () => logTasks(git, info, opts),
    items: () => readTasks(logTasks(git, info, opts), new TaskReader(git, Infinity))
  };
}
var UNREADABLE = /unable to read|missing (?:blob|tree|object)|bad object|corrupt|does not match/i;
var PATCH_ONLY = /* @__PURE__ */ new Set(["-p", "-U0", "--inter-hunk-context=0"]);
function short(sha) {
  return sha.slice(0, 12);
}
var SHALLOW_HINT = "the clone is shallow: fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)";
async function resolveCommit(git, rev, range, shallow) {
  if (rev.startsWith("-")) throw new UsageError(`--range ${range}: '${rev}' is not a revision`);
  const sha = await git.resolveCommit(rev);
  if (!sha) {
    const hint = await shallow() ? `; ${SHALLOW_HINT}` : "";
    throw new GitError(`--range ${range}: unknown revision '${rev}' (not a commit in this repository${hint})`);
  }
  return sha;
}
function parseRange(range) {
  const m = /^(.*?)\.\.\.?(.*)$/.exec(range);
  const base = (m ? m[1] : range) || "HEAD";
  const head = (m ? m[2] : "HEAD") || "HEAD";
  if (!range.trim() || /\s/.test(base + head)) throw new UsageError(`--range takes BASE..HEAD (got '${range}')`);
  return { base, head };
}
function rangeSource(git, range) {
  const info = { range };
  let shallowKnown;
  const shallow = async () => shallowKnown ??= await git.isShallow();
  const opts = {
    origin: "range",
    revs: [],
    prepare: async () => {
      const { base, head } = parseRange(range);
      const baseSha = await resolveCommit(git, base, range, shallow);
      const headSha = await resolveCommit(git, head, range, shallow);
      const mergeBase = await git.text(["merge-base", baseSha, headSha], { allowFail: true });
      if (!mergeBase && await shallow()) {
        throw new GitError(`--range ${range}: no common history between ${short(baseSha)} and ${short(headSha)}; ${SHALLOW_HINT}`);
      }
      if (await shallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--range ${range}: history is cut at ${short(sha)} inside the range; ${SHALLOW_HINT}`;
      }
      const from = mergeBase && mergeBase !== baseSha ? ` from merge base ${short(mergeBase)}` : "";
      info.range = `${range} (${short(baseSha)}..${short(headSha)}${from})`;
      return { revs: [headSha, "--not", baseSha] };
    }
  };
  return logSource(git, info, opts);
}
function parsePrePush(stdinText) {
  const updates = [];
  const lines = stdinText.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (parts.length !== 4 || !/^[0-9a-f]{40,64}$/.test(localSha) || !/^[0-9a-f]{40,64}$/.test(remoteSha)) {
      throw new UsageError(
        `--pre-push: line ${i + 1} of stdin is not '<local ref> <local sha> <remote ref> <remote sha>' (git passes these lines to a pre-push hook)`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  });
  return updates;
}
function prePushSource(git, stdinText) {
  const info = {};
  let updates = [];
  let classified;
  const classify = () => classified ??= (async () => {
    updates = parsePrePush(stdinText).filter((u) => !ZERO.test(u.localSha));
    return classifyPushed(git, updates.map((u) => ({ remoteRef: u.remoteRef, sha: u.localSha })));
  })();
  const opts = {
    origin: "range",
    revs: [],
    prepare: async () => {
      const { commits } = await classify();
      info.range = updates.length === 0 ? "nothing to push" : updates.map((u) => `${u.localRef} -> ${u.remoteRef}`).join(", ");
      if (commits.length === 0) {
        info.commits = 0;
        return void 0;
      }
      const known = updates.filter((u) => !ZERO.test(u.remoteSha)).map((u) => u.remoteSha);
      const check = known.length ? await git.run(["cat-file", "--batch-check"], known.map((s) => `${s}^{commit}`).join("\n") + "\n") : void 0;
      if (check && check.code !== 0) throw new GitError(`git cat-file --batch-check failed: ${gitComplaint(check.stderr)}`);
      const present = new Set(
        (check?.stdout.toString("utf8") ?? "").split("\n").map((l) => /^([0-9a-f]{40,64}) commit /.exec(l)?.[1]).filter((s) => !!s)
      );
      const exclude = known.filter((s) => present.has(s));
      if (await git.isShallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--pre-push: history is cut at ${short(sha)} (shallow clone); fetch the full history (git fetch --unshallow)`;
      }
      return { revs: [...new Set(commits), "--not", ...exclude, "--remotes"] };
    }
  };
  const tasks = async function* () {
    yield* objectTasks(git, await classify());
    yield* logTasks(git, info, opts);
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}
function historySource(git, opts = {}) {
  const info = { range: "all refs" };
  const logOpts = {
    origin: "history",
    revs: ["--all"],
    extra: ["--topo-order"],
    tolerateUnreadable: true,
    ...opts.onCommit ? { onCommit: opts.onCommit } : {},
    prepare: async () => {
      const head = await git.text(["rev-parse", "--verify", "--quiet", "HEAD"], { allowFail: true });
      const refs = head ? "HEAD" : await git.text(["for-each-ref", "--count=1", "--format=%(refname)"]);
      if (!refs) {
        info.commits = 0;
        return void 0;
      }
      return { revs: ["--all"] };
    }
  };
  return logSource(git, info, logOpts);
}
function commitTreeSource(git, rev = "HEAD") {
  const info = { range: rev };
  const tasks = async function* () {
    const r = await git.run(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", rev]);
    if (r.code !== 0) {
      if (rev === "HEAD" && /Not a valid object name|not a tree object|bad revision/i.test(r.stderr)) return;
      throw new GitError(`git ls-tree ${rev} failed: ${gitComplaint(r.stderr)}`);
    }
    const out = r.stdout;
    for (let pos = 0; pos < out.length; ) {
      const end = out.indexOf(0, pos);
      const rec = out.toString("utf8", pos, end < 0 ? out.length : end);
      pos = end < 0 ? out.length : end + 1;
      const tab = rec.indexOf("	");
      const [mode = "", type = "", sha = ""] = rec.slice(0, tab).split(" ");
      if (type !== "blob" || !mode.startsWith("100")) continue;
      yield { kind: "blob", path: rec.slice(tab + 1), blob: sha, origin: "tree" };
    }
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}
function blobsSource(git, files) {
  const info = { range: "branch and tag tips" };
  const tasks = async function* () {
    for (const f of files) yield { kind: "blob", path: f.path, blob: f.blob, origin: "tree", commit: f.commit };
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}

export {
  stagedSource,
  parseRange,
  rangeSource,
  parsePrePush,
  prePushSource,
  historySource,
  commitTreeSource,
  blobsSource
};
