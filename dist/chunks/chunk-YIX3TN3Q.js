import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  GitError
} from "./chunk-5OWCKPOT.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-MS6ISIA5.js";

// src/sources/git-client.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { spawn } from "node:child_process";
function gitEnv() {
  return { ...process.env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
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
function gitRun(root, args, input) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn("git", args, { cwd: root, env: gitEnv(), stdio: "pipe" });
    } catch (e) {
      reject(spawnError(e));
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
async function git(root, args, what) {
  const r = await gitRun(root, args);
  if (r.code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(r.stderr)}`);
  return r.stdout;
}
var READ_AHEAD = 64 * 1024 * 1024;
async function* gitStream(root, args, what) {
  let child;
  try {
    child = spawn("git", args, { cwd: root, env: gitEnv(), stdio: "pipe" });
  } catch (e) {
    throw spawnError(e);
  }
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
  constructor(root, opts = {}) {
    this.maxBytes = opts.maxBytes ?? Infinity;
    this.child = spawn("git", ["cat-file", "--batch"], { cwd: root, env: gitEnv(), stdio: "pipe" });
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
async function repoRoot(cwd) {
  const r = await gitRun(cwd, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) {
    if (/not a git repository|must be run in a work tree/i.test(r.stderr)) return void 0;
    throw new GitError(`git rev-parse failed in ${cwd}: ${gitComplaint(r.stderr)}`);
  }
  const root = r.stdout.toString("utf8").replace(/\n$/, "");
  return root || void 0;
}
async function gitText(root, args, opts = {}) {
  const { simpleGit } = await import("./dist-HBXN6I6U.js");
  const sg = simpleGit({ baseDir: root, trimmed: true });
  try {
    return await sg.raw(args);
  } catch (e) {
    if (opts.allowFail) return void 0;
    throw new GitError(`git ${args[0]} failed: ${gitComplaint(e.message)}`);
  }
}
async function gitSetConfig(root, key, value) {
  const { simpleGit } = await import("./dist-HBXN6I6U.js");
  const sg = simpleGit({ baseDir: root, unsafe: { allowUnsafeHooksPath: key === "core.hooksPath" } });
  try {
    await sg.addConfig(key, value, false, "local");
  } catch (e) {
    throw new GitError(`git config ${key} failed: ${gitComplaint(e.message)}`);
  }
}

export {
  gitComplaint,
  gitRun,
  git,
  gitStream,
  CatFileBatch,
  repoRoot,
  gitText,
  gitSetConfig
};
