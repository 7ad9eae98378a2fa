import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-MS6ISIA5.js";

// src/sources/files.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { lstat, readdir } from "node:fs/promises";
import { openSync, fstatSync, readSync, closeSync, constants, existsSync } from "node:fs";
import path from "node:path";
var run = promisify(execFile);
async function gitRoot(cwd) {
  if (!Object.keys(process.env).some((k) => k === "GIT_DIR" || k === "GIT_WORK_TREE" || k === "GIT_CEILING_DIRECTORIES" || k === "GIT_DISCOVERY_ACROSS_FILESYSTEM")) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, ".git"))) return dir;
      if (dir === path.dirname(dir)) break;
    }
    return void 0;
  }
  try {
    const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
function toRepoPath(root, abs) {
  return path.relative(root, abs).split(path.sep).join("/");
}
async function gitFiles(root, absPaths) {
  const specs = absPaths.map((p) => toRepoPath(root, p) || ".");
  const { stdout } = await run("git", ["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", ...specs], {
    cwd: root,
    maxBuffer: 1 << 30
  });
  return stdout.split("\0").filter(Boolean);
}
async function walk(root, abs, out) {
  const st = await lstat(abs);
  if (!st.isDirectory()) {
    out.push(toRepoPath(root, abs));
    return;
  }
  for (const e of await readdir(abs, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    await walk(root, path.join(abs, e.name), out);
  }
}
function readTreeFile(root, rel, maxSize) {
  const abs = path.join(root, rel);
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (st.isDirectory()) return { file: rel, reason: "directory (submodule?)" };
    if (!st.isFile()) return { file: rel, reason: "not a regular file (FIFO, socket or device)" };
    if (st.size > maxSize) return { file: rel, reason: `larger than ${maxSize} bytes (maxFileSize)`, unscannable: true };
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { path: rel, bytes: off === st.size ? bytes : bytes.subarray(0, off), origin: "tree" };
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") return { file: rel, reason: "symbolic link (not followed)" };
    if (code === "ENOENT") return { file: rel, reason: "vanished while scanning (or deleted but still tracked)" };
    if (code === "EISDIR") return { file: rel, reason: "directory (submodule?)" };
    return { file: rel, reason: `cannot be read (${code ?? "error"})`, unscannable: true };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function treeSource(root, absPaths, inGit, maxSize) {
  const tasks = async function* () {
    const existing = [];
    for (const p of absPaths) {
      try {
        await lstat(p);
        existing.push(p);
      } catch {
        yield { file: toRepoPath(root, p) || p, reason: "no such file or directory", unscannable: true };
      }
    }
    if (existing.length === 0) return;
    let files = [];
    if (inGit) files = await gitFiles(root, existing);
    else for (const p of existing) await walk(root, p, files);
    for (const path2 of files) yield { kind: "file", path: path2 };
  };
  return {
    info: {},
    tasks,
    async *items() {
      for await (const t of tasks()) yield "kind" in t ? readTreeFile(root, t.path, maxSize) : t;
    }
  };
}

export {
  gitRoot,
  toRepoPath,
  readTreeFile,
  treeSource
};
