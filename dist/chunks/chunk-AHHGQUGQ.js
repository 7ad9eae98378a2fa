import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  isBinary
} from "./chunk-7YBUS7LQ.js";
import {
  gitComplaint
} from "./chunk-CZB3GGNI.js";
import {
  GitError,
  UsageError
} from "./chunk-XCRX7MVC.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/sources/git.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/sources/git-parse.ts
init_define_SEALGATE_EMBEDDED_RULES();
var COMMIT_MARK = "";
var LOG_FORMAT = "--format=%x01%x02%x03%H %P%x02%an%x02%ae%x02%aI%x02";
var COLON = 58;
function parseRaw(buf, pos = 0) {
  const entries = [];
  while (pos < buf.length && buf[pos] === COLON) {
    const metaEnd = buf.indexOf(0, pos);
    if (metaEnd < 0) break;
    const meta = buf.toString("latin1", pos + 1, metaEnd).split(" ");
    const [srcMode = "", dstMode = "", srcSha = "", dstSha = "", statusField = ""] = meta;
    const status = statusField.charAt(0);
    pos = metaEnd + 1;
    const p1End = buf.indexOf(0, pos);
    if (p1End < 0) break;
    const p1 = buf.toString("utf8", pos, p1End);
    pos = p1End + 1;
    const entry = { srcMode, dstMode, srcSha, dstSha, status, path: p1 };
    if (status === "R" || status === "C") {
      const p2End = buf.indexOf(0, pos);
      if (p2End < 0) break;
      entry.oldPath = p1;
      entry.path = buf.toString("utf8", pos, p2End);
      pos = p2End + 1;
    }
    entries.push(entry);
  }
  return { entries, pos };
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function nextLineStarting(text, head, from) {
  if (from === 0 && text.startsWith(head)) return 0;
  const i = text.indexOf(`
${head}`, Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}
function parsePatches(text) {
  const patches = [];
  let diff = nextLineStarting(text, "diff --git ", 0);
  let hunk = nextLineStarting(text, "@@ ", 0);
  while (diff >= 0) {
    const cur = { hunks: [], binary: false };
    patches.push(cur);
    const next = nextLineStarting(text, "diff --git ", diff + 1);
    const end = next < 0 ? text.length : next;
    while (hunk >= 0 && hunk < diff) hunk = nextLineStarting(text, "@@ ", hunk + 1);
    const headerEnd = hunk >= 0 && hunk < end ? hunk : end;
    const header = text.slice(diff, Math.min(headerEnd, diff + 64 * 1024));
    if (header.includes("\nBinary files ") || header.includes("\nGIT binary patch")) cur.binary = true;
    while (hunk >= 0 && hunk < end) {
      const m = HUNK.exec(text.slice(hunk, hunk + 200));
      if (m) {
        const count = m[2] === void 0 ? 1 : Number(m[2]);
        if (count > 0) cur.hunks.push(Number(m[1]), count);
      }
      hunk = nextLineStarting(text, "@@ ", hunk + 1);
    }
    diff = next;
  }
  return patches;
}
function addedLines(patch) {
  const set = /* @__PURE__ */ new Set();
  for (let i = 0; i < patch.hunks.length; i += 2) {
    const start = patch.hunks[i];
    const end = start + patch.hunks[i + 1];
    for (let n = start; n < end; n++) set.add(n);
  }
  return set;
}
function alignPatches(entries, sections) {
  const out = [];
  let k = 0;
  for (const e of entries) {
    if (e.status === "T") k++;
    out.push(sections[k]);
    k++;
  }
  return out;
}
function parseDiff(buf) {
  const { entries, pos } = parseRaw(buf, 0);
  const start = buf[pos] === 0 ? pos + 1 : pos;
  return { entries, patches: alignPatches(entries, parsePatches(buf.toString("latin1", start))) };
}
function parseLogCommit(buf) {
  let pos = buf.indexOf(COMMIT_MARK, 0, "latin1");
  if (pos < 0) return void 0;
  pos += COMMIT_MARK.length;
  const headerEnd = buf.indexOf(0, pos);
  const header = buf.toString("utf8", pos, headerEnd < 0 ? buf.length : headerEnd);
  const [ids = "", author = "", email = "", date = ""] = header.split("");
  const [sha = "", ...parents] = ids.split(" ").filter(Boolean);
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return void 0;
  const commit = { sha, parents, author, email, date, entries: [], patches: [] };
  if (headerEnd < 0) return commit;
  pos = headerEnd + 1;
  if (buf[pos] === 10) pos++;
  const diff = parseDiff(buf.subarray(pos));
  commit.entries = diff.entries;
  commit.patches = diff.patches;
  return commit;
}
async function* splitLog(chunks) {
  const mark = Buffer.from(COMMIT_MARK, "latin1");
  let parts = [];
  let len = 0;
  for await (const chunk of chunks) {
    const tail = tailOf(parts, len, mark.length - 1);
    const hay = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    const done = [];
    let from = tail.length;
    for (let i = hay.indexOf(mark); i >= 0; i = hay.indexOf(mark, i + mark.length)) {
      if (i < tail.length) {
        const all = Buffer.concat(parts, len);
        const k = len - (tail.length - i);
        done.push(all.subarray(0, k));
        parts = [all.subarray(k)];
        len = parts[0].length;
      } else {
        parts.push(hay.subarray(from, i));
        len += i - from;
        done.push(Buffer.concat(parts, len));
        parts = [];
        len = 0;
        from = i;
      }
    }
    const rest = hay.subarray(from);
    parts.push(rest);
    len += rest.length;
    for (const b of done) {
      const c = parseLogCommit(b);
      if (c) yield c;
    }
  }
  if (len > 0) {
    const c = parseLogCommit(Buffer.concat(parts, len));
    if (c) yield c;
  }
}
function tailOf(parts, len, n) {
  if (len === 0 || n === 0) return Buffer.alloc(0);
  const last = parts[parts.length - 1];
  if (last.length >= n) return last.subarray(last.length - n);
  return Buffer.concat(parts, len).subarray(Math.max(0, len - n));
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
var WINDOW = 64;
var MAX_BLOB = 64 * 1024 * 1024;
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
async function toItem(cat, e, patch, origin, commit) {
  const obj = await cat.object(e.dstSha);
  if (obj === void 0) {
    const s = { file: e.path, reason: `git object ${e.dstSha.slice(0, 12)} is missing from the repository`, unscannable: true };
    if (commit) s.commit = commit.sha;
    return s;
  }
  const bytes = obj.bytes;
  if (isBinary(bytes)) {
    const s = { file: e.path, reason: "binary file" };
    if (commit) s.commit = commit.sha;
    return s;
  }
  if (bytes.length < obj.size) {
    const s = { file: e.path, reason: `larger than ${MAX_BLOB} bytes (not read)`, unscannable: true };
    if (commit) s.commit = commit.sha;
    return s;
  }
  const f = { path: e.path, bytes, origin };
  if (patch && !patch.binary && e.status !== "A") f.changedLines = addedLines(patch);
  if (commit) f.commit = commit;
  return f;
}
var Pipeline = class {
  waiting = [];
  push(p) {
    p.catch(() => {
    });
    this.waiting.push(p);
  }
  get full() {
    return this.waiting.length >= WINDOW;
  }
  get size() {
    return this.waiting.length;
  }
  next() {
    return this.waiting.shift();
  }
};
function stagedSource(git) {
  const info = {};
  return {
    info,
    async *items() {
      const cat = git.catFile({ maxBytes: MAX_BLOB });
      try {
        const out = await git.out(["diff", "--cached", ...DIFF_OPTS, "--diff-filter=ACMRT"], "git diff --cached");
        const { entries, patches } = parseDiff(out);
        const pipe = new Pipeline();
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i];
          if (isScannable(e)) pipe.push(toItem(cat, e, patches[i], "staged"));
        }
        while (pipe.size > 0) yield await pipe.next();
      } finally {
        cat.close();
      }
    }
  };
}
function logItems(git, info, opts) {
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
      const cat = git.catFile({ maxBytes: MAX_BLOB });
      const seen = /* @__PURE__ */ new Set();
      try {
        const pipe = new Pipeline();
        for (let degraded = false; ; ) {
          try {
            const logArgs = degraded ? args.filter((a) => !PATCH_ONLY.has(a)) : args;
            for await (const c of splitLog(git.stream(logArgs, "git log"))) {
              if (seen.has(c.sha)) continue;
              seen.add(c.sha);
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
                if (isScannable(e)) pipe.push(toItem(cat, e, degraded ? void 0 : c.patches[i], opts.origin, commit));
              }
              while (pipe.full) yield await pipe.next();
            }
            break;
          } catch (e) {
            if (degraded || !opts.tolerateUnreadable || !(e instanceof GitError) || !UNREADABLE.test(e.message)) throw e;
            degraded = true;
            (info.unreadable ??= []).push(`git log stopped: ${e.message.replace(/^git log failed: /, "")}; the rest of the history was read file by file`);
          }
        }
        while (pipe.size > 0) yield await pipe.next();
      } finally {
        cat.close();
      }
    }
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
  return { info, items: () => logItems(git, info, opts) };
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
  const opts = {
    origin: "range",
    revs: [],
    prepare: async () => {
      const updates = parsePrePush(stdinText).filter((u) => !ZERO.test(u.localSha));
      info.range = updates.length === 0 ? "nothing to push" : updates.map((u) => `${u.localRef} -> ${u.remoteRef}`).join(", ");
      if (updates.length === 0) {
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
      return { revs: [...new Set(updates.map((u) => u.localSha)), "--not", ...exclude, "--remotes"] };
    }
  };
  return { info, items: () => logItems(git, info, opts) };
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
  return { info, items: () => logItems(git, info, logOpts) };
}
function commitTreeSource(git, rev = "HEAD") {
  const info = { range: rev };
  return {
    info,
    async *items() {
      const r = await git.run(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", rev]);
      if (r.code !== 0) {
        if (rev === "HEAD" && /Not a valid object name|not a tree object|bad revision/i.test(r.stderr)) return;
        throw new GitError(`git ls-tree ${rev} failed: ${gitComplaint(r.stderr)}`);
      }
      const cat = git.catFile({ maxBytes: MAX_BLOB });
      try {
        const pipe = new Pipeline();
        const out = r.stdout;
        for (let pos = 0; pos < out.length; ) {
          const end = out.indexOf(0, pos);
          const rec = out.toString("utf8", pos, end < 0 ? out.length : end);
          pos = end < 0 ? out.length : end + 1;
          const tab = rec.indexOf("	");
          const [mode = "", type = "", sha = ""] = rec.slice(0, tab).split(" ");
          if (type !== "blob" || !mode.startsWith("100")) continue;
          const e = { srcMode: mode, dstMode: mode, srcSha: sha, dstSha: sha, status: "A", path: rec.slice(tab + 1) };
          pipe.push(toItem(cat, e, void 0, "tree"));
          while (pipe.full) yield await pipe.next();
        }
        while (pipe.size > 0) yield await pipe.next();
      } finally {
        cat.close();
      }
    }
  };
}
function blobsSource(git, files) {
  const info = { range: "branch and tag tips" };
  return {
    info,
    async *items() {
      const cat = git.catFile({ maxBytes: MAX_BLOB });
      try {
        const pipe = new Pipeline();
        for (const f of files) {
          const e = { srcMode: "100644", dstMode: "100644", srcSha: f.blob, dstSha: f.blob, status: "A", path: f.path };
          pipe.push(toItem(cat, e, void 0, "tree", f.commit));
          while (pipe.full) yield await pipe.next();
        }
        while (pipe.size > 0) yield await pipe.next();
      } finally {
        cat.close();
      }
    }
  };
}

export {
  MAX_BLOB,
  stagedSource,
  parseRange,
  rangeSource,
  parsePrePush,
  prePushSource,
  historySource,
  commitTreeSource,
  blobsSource
};
