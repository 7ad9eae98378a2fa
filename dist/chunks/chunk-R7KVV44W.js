import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/sources/git-client.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
function gitEnv(env) {
  return { ...env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
}
function spawnGit(cwd, env, args) {
  try {
    return spawn("git", args, { cwd, env: gitEnv(env), stdio: "pipe" });
  } catch (e) {
    throw spawnError(e);
  }
}
function gitComplaint(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? "no message").slice(0, 300);
}
function spawnError(e) {
  const code = e.code;
  if (code === "ENOENT") return new GitError("git is not installed or not on PATH");
  return new GitError(`could not run git: ${e.message}`);
}
function runGit(cwd, env, args, input) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(cwd, env, args);
    } catch (e) {
      reject(e);
      return;
    }
    const out = [];
    let stderr = "";
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => {
      if (stderr.length < 64 * 1024) stderr += c.toString("utf8");
    });
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
var READ_AHEAD = 64 * 1024 * 1024;
async function* streamGit(cwd, env, args, what) {
  const child = spawnGit(cwd, env, args);
  child.stdin.end();
  let stderr = "";
  child.stderr.on("data", (c) => {
    if (stderr.length < 64 * 1024) stderr += c.toString("utf8");
  });
  const queue = [];
  let queued = 0;
  let ended = false;
  let failure;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  child.stdout.on("data", (c) => {
    queue.push(c);
    queued += c.length;
    if (queued > READ_AHEAD) child.stdout.pause();
    notify();
  });
  const exit = new Promise((resolve) => {
    child.on("error", (e) => {
      failure = spawnError(e);
      ended = true;
      notify();
      resolve(128);
    });
    child.on("close", (code2) => {
      ended = true;
      notify();
      resolve(code2 ?? 128);
    });
  });
  let finished = false;
  try {
    for (; ; ) {
      if (queue.length > 0) {
        const c = queue.shift();
        queued -= c.length;
        if (queued <= READ_AHEAD / 2 && child.stdout.isPaused()) child.stdout.resume();
        yield c;
        continue;
      }
      if (ended) break;
      await new Promise((resolve) => wake = resolve);
    }
    finished = true;
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
  const code = await exit;
  if (failure) throw failure;
  if (code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(stderr)}`);
}
var HEAD_BYTES = 8192;
var CatFileBatch = class {
  child;
  queue = [];
  maxBytes;
  stderr = "";
  failed;
  /** Header mode: unparsed bytes. */
  buf = Buffer.alloc(0);
  /** Content mode: the object being read, bytes still to keep, then to skip (incl. the trailing LF). */
  inObject = false;
  size = 0;
  keepLeft = 0;
  skipLeft = 0;
  parts = [];
  got = 0;
  closed = false;
  constructor(git, opts = {}) {
    this.maxBytes = opts.maxBytes ?? Infinity;
    this.child = spawnGit(git.root, git.env, ["cat-file", "--batch"]);
    this.child.stdout.on("data", (c) => this.onData(c));
    this.child.stderr.on("data", (c) => {
      if (this.stderr.length < 64 * 1024) this.stderr += c.toString("utf8");
    });
    this.child.stdin.on("error", () => {
    });
    this.child.on("error", (e) => this.fail(spawnError(e)));
    this.child.on("close", (code) => {
      if (this.queue.length > 0 || !this.closed) {
        this.fail(new GitError(`git cat-file --batch stopped (exit ${code}): ${gitComplaint(this.stderr)}`));
      }
    });
  }
  /** The object (possibly cut to its start, see maxBytes), or undefined when the repository lacks it. */
  object(id) {
    if (this.failed) return Promise.reject(this.failed);
    if (this.closed) return Promise.reject(new GitError("git cat-file --batch already closed"));
    if (/[\r\n]/.test(id)) return Promise.reject(new GitError(`invalid object name for cat-file: ${JSON.stringify(id)}`));
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${id}
`);
    });
  }
  /** The object's bytes, or undefined when the repository does not have it. */
  async get(id) {
    return (await this.object(id))?.bytes;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin.end();
    if (this.queue.length === 0) {
      this.child.stdout.destroy();
      this.child.kill();
    }
  }
  fail(e) {
    this.failed ??= e;
    for (const p of this.queue.splice(0)) p.reject(this.failed);
  }
  onData(chunk) {
    let data = chunk;
    while (data.length > 0) {
      if (this.inObject) {
        if (this.keepLeft > 0) {
          const take = Math.min(this.keepLeft, data.length);
          this.parts.push(data.subarray(0, take));
          this.got += take;
          this.keepLeft -= take;
          data = data.subarray(take);
          if (this.keepLeft > 0) continue;
        }
        if (this.skipLeft > 0) {
          const take = Math.min(this.skipLeft, data.length);
          this.skipLeft -= take;
          data = data.subarray(take);
          if (this.skipLeft > 0) continue;
        }
        const bytes = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.got);
        this.parts = [];
        this.got = 0;
        this.inObject = false;
        this.queue.shift()?.resolve({ bytes, size: this.size });
        continue;
      }
      this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
      data = Buffer.alloc(0);
      const nl = this.buf.indexOf(10);
      if (nl < 0) return;
      const header = this.buf.subarray(0, nl).toString("utf8");
      const rest = this.buf.subarray(nl + 1);
      this.buf = Buffer.alloc(0);
      if (/ (missing|ambiguous)$/.test(header)) {
        this.queue.shift()?.resolve(void 0);
      } else {
        const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(header);
        if (!m) {
          this.fail(new GitError(`unexpected output from git cat-file --batch: ${header.slice(0, 80)}`));
          this.child.kill();
          return;
        }
        this.size = Number(m[1]);
        this.keepLeft = this.size > this.maxBytes ? Math.min(this.size, HEAD_BYTES) : this.size;
        this.skipLeft = this.size - this.keepLeft + 1;
        this.inObject = true;
      }
      data = rest;
    }
  }
};
var NOT_A_REPOSITORY = /not a git repository|must be run in a work tree/i;
var DISCOVERY_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
async function repositoryRoot(cwd, env = process.env) {
  if (!DISCOVERY_VARS.some((k) => env[k] !== void 0)) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, ".git"))) return dir;
      if (dir === path.dirname(dir)) return void 0;
    }
  }
  const r = await runGit(cwd, env, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) {
    if (NOT_A_REPOSITORY.test(r.stderr)) return void 0;
    throw new GitError(`git rev-parse failed in ${cwd}: ${gitComplaint(r.stderr)}`);
  }
  return r.stdout.toString("utf8").replace(/\n$/, "") || void 0;
}
async function openRepository(cwd, env = process.env) {
  const root = await repositoryRoot(cwd, env);
  return root === void 0 ? void 0 : new Git(root, env);
}
var OBJECT_ID = /^[0-9a-f]{40,64}$/;
var Git = class {
  constructor(root, env = process.env) {
    this.root = root;
    this.env = env;
  }
  root;
  env;
  /** Runs git to completion; never throws for a non-zero exit (the code is the answer). */
  run(args, input) {
    return runGit(this.root, this.env, args, input);
  }
  /** stdout of a git that must succeed: a non-zero exit is a GitError naming what failed. */
  async out(args, what) {
    const r = await this.run(args);
    if (r.code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(r.stderr)}`);
    return r.stdout;
  }
  /**
   * Trimmed stdout as text. `allowFail` returns undefined instead of throwing for expected non-zero
   * exits (merge-base without a common ancestor, config --get of an unset key).
   */
  async text(args, opts = {}) {
    const r = await this.run(args);
    if (r.code === 0) return r.stdout.toString("utf8").trim();
    if (opts.allowFail) return void 0;
    throw new GitError(`git ${args[0]} failed: ${gitComplaint(r.stderr)}`);
  }
  /** Streams stdout chunk by chunk; see streamGit. */
  stream(args, what) {
    return streamGit(this.root, this.env, args, what);
  }
  catFile(opts = {}) {
    return new CatFileBatch(this, opts);
  }
  /** The commit `rev` names, or undefined when it names none here. Never an option: `--end-of-options`. */
  async resolveCommit(rev) {
    const r = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
    const sha = r.code === 0 ? r.stdout.toString("utf8").trim() : "";
    return OBJECT_ID.test(sha) ? sha : void 0;
  }
  async isShallow() {
    return await this.text(["rev-parse", "--is-shallow-repository"]) === "true";
  }
  /** The commits where a shallow clone's history is cut (their parents are not in the repository). */
  async shallowCuts() {
    const file = await this.text(["rev-parse", "--path-format=absolute", "--git-path", "shallow"], { allowFail: true });
    if (!file) return /* @__PURE__ */ new Set();
    try {
      return new Set((await readFile(file, "utf8")).split("\n").map((l) => l.trim()).filter((l) => OBJECT_ID.test(l)));
    } catch {
      return /* @__PURE__ */ new Set();
    }
  }
  /** Absolute git directory (a worktree's own), or undefined outside git. */
  async gitDir() {
    return await this.text(["rev-parse", "--absolute-git-dir"], { allowFail: true }) || void 0;
  }
  /** Bytes of `file` at `rev`, or undefined when the file does not exist there. */
  async blobAt(rev, file) {
    const r = await this.run(["cat-file", "blob", `${rev}:${file}`]);
    if (r.code === 0) return r.stdout;
    if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(r.stderr)) return void 0;
    throw new GitError(`git cat-file ${rev}:${file}: ${gitComplaint(r.stderr)}`);
  }
  /** Sets a value in the repository's own config (`sealgate init --hooks-path` sets core.hooksPath). */
  async setConfig(key, value) {
    await this.out(["config", "--local", "--end-of-options", key, value], `git config ${key}`);
  }
};

export {
  gitComplaint,
  CatFileBatch,
  repositoryRoot,
  openRepository,
  Git
};
