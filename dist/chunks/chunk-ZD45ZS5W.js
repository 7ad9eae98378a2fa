import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/sources/files.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { lstat, readdir } from "node:fs/promises";
import { openSync, fstatSync, readSync, closeSync, constants } from "node:fs";
import path from "node:path";
function toRepoPath(root, abs) {
  return path.relative(root, abs).split(path.sep).join("/");
}
async function gitFiles(git, absPaths) {
  const specs = absPaths.map((p) => toRepoPath(git.root, p) || ".");
  const out = await git.out(["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", ...specs], "git ls-files");
  return out.toString("utf8").split("\0").filter(Boolean);
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
function treeSource(root, absPaths, git, maxSize) {
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
    if (git) {
      const named = [];
      const folders = [];
      for (const p of existing) ((await lstat(p)).isDirectory() ? folders : named).push(p);
      files = [.../* @__PURE__ */ new Set([...named.map((p) => toRepoPath(root, p)), ...folders.length ? await gitFiles(git, folders) : []])];
    } else for (const p of existing) await walk(root, p, files);
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

// src/sources/tasks.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/text/decode.ts
init_define_SEALGATE_EMBEDDED_RULES();
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var UTF8_LOOSE = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
function utf16Bom(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return void 0;
}
function isBinary(bytes) {
  return !utf16Bom(bytes) && bytes.subarray(0, 8192).includes(0);
}
function decodeBytes(bytes) {
  const bom = utf16Bom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), note: bom === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE" };
  if (isBinary(bytes)) return { binary: true };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { text: UTF8_LOOSE.decode(bytes), note: "invalid UTF-8 (scanned with replacement characters)" };
  }
}

// src/sources/tasks.ts
function isTask(x) {
  return x.kind !== void 0;
}
var MAX_BLOB = 64 * 1024 * 1024;
var WINDOW = 64;
var TaskReader = class {
  constructor(git, maxFileSize) {
    this.git = git;
    this.maxFileSize = maxFileSize;
  }
  git;
  maxFileSize;
  cat;
  /** Starts cat-file now (its start-up then overlaps whatever runs before the first blob). */
  start() {
    this.cat ??= this.git.catFile({ maxBytes: MAX_BLOB });
  }
  read(t) {
    if (t.kind === "file") return readTreeFile(this.git.root, t.path, this.maxFileSize);
    this.start();
    return readBlob(this.cat, t);
  }
  close() {
    this.cat?.close();
    this.cat = void 0;
  }
};
async function readBlob(cat, t) {
  const skipped = (reason, unscannable) => {
    const s = { file: t.path, reason };
    if (unscannable) s.unscannable = true;
    if (t.commit) s.commit = t.commit.sha;
    return s;
  };
  const obj = await cat.object(t.blob);
  if (obj === void 0) return skipped(`git object ${t.blob.slice(0, 12)} is missing from the repository`, true);
  const bytes = obj.bytes;
  if (isBinary(bytes)) return skipped("binary file");
  if (bytes.length < obj.size) return skipped(`larger than ${MAX_BLOB} bytes (not read)`, true);
  const f = { path: t.path, bytes, origin: t.origin };
  if (t.hunks) f.changedLines = addedLines({ hunks: t.hunks, binary: false });
  if (t.commit) f.commit = t.commit;
  return f;
}
async function* readTasks(tasks, reader) {
  const waiting = [];
  try {
    for await (const t of tasks) {
      const p = Promise.resolve(isTask(t) ? reader.read(t) : t);
      p.catch(() => {
      });
      waiting.push(p);
      while (waiting.length >= WINDOW) yield await waiting.shift();
    }
    while (waiting.length > 0) yield await waiting.shift();
  } finally {
    reader.close();
  }
}

export {
  toRepoPath,
  treeSource,
  decodeBytes,
  LOG_FORMAT,
  parseDiff,
  splitLog,
  isTask,
  MAX_BLOB,
  TaskReader,
  readTasks
};
