import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  gitRun
} from "./chunk-YIX3TN3Q.js";
import {
  dump
} from "./chunk-4ENYKQUU.js";
import {
  FixError
} from "./chunk-5OWCKPOT.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-MS6ISIA5.js";

// src/fix/write.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { randomBytes } from "node:crypto";
import { closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import path from "node:path";
async function gitBackupRoot(root) {
  const r = await gitRun(root, ["rev-parse", "--absolute-git-dir"]);
  if (r.code !== 0) return void 0;
  const gitDir = r.stdout.toString("utf8").trim();
  return gitDir ? path.join(gitDir, "sealgate", "backups") : void 0;
}
function stamp(now) {
  return now.toISOString().replace(/:/g, "-").replace(/\./, "-");
}
async function backupRunDir(root, backupDir, now = /* @__PURE__ */ new Date()) {
  const base = backupDir ? path.resolve(root, backupDir) : await gitBackupRoot(root);
  if (!base) {
    throw new FixError(`${root} is not in a git repository, so there is no .git/sealgate/backups; pass --backup-dir DIR (outside anything you commit)`);
  }
  let dir = path.join(base, stamp(now));
  for (let i = 1; existsSync(dir); i++) dir = path.join(base, `${stamp(now)}-${i}`);
  return dir;
}
function saveBackup(runDir, rel, content) {
  const target = path.join(runDir, rel);
  if (!target.startsWith(runDir + path.sep)) throw new FixError(`${rel}: refusing a backup path outside the backup folder`);
  mkdirSync(path.dirname(target), { recursive: true, mode: 448 });
  const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 384);
  try {
    writeSync(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(target, 384);
  return target;
}
function writeAtomic(file, content, hooks = {}) {
  let mode = 420;
  try {
    mode = statSync(file).mode & 4095;
  } catch {
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.sealgate-${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 384);
  try {
    try {
      writeSync(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    hooks.beforeRename?.(tmp);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    if (e instanceof FixError) throw e;
    throw new FixError(`${file}: could not write the fixed file (${e.code ?? e.message}); the original is unchanged`);
  }
}
var BackupSession = class {
  constructor(root, backupDir, now = () => /* @__PURE__ */ new Date()) {
    this.root = root;
    this.backupDir = backupDir;
    this.now = now;
  }
  root;
  backupDir;
  now;
  dir;
  /** Fails early (before any write) when no backup location exists. */
  async folder() {
    this.dir ??= backupRunDir(this.root, this.backupDir, this.now());
    return this.dir;
  }
  /** Backs up `content` (the file before the fix) as `<folder>/<rel>`; returns the backup's path. */
  async save(rel, content) {
    return saveBackup(await this.folder(), rel, content);
  }
};

// src/yaml/emit.ts
init_define_SEALGATE_EMBEDDED_RULES();
function toYaml(value) {
  return dump(value, { lineWidth: -1, noRefs: true });
}
function toJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

// src/fix/apply.ts
init_define_SEALGATE_EMBEDDED_RULES();
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let pos = 0;
  for (const f of sorted) {
    const [start, end] = f.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length)) {
      throw new Error(`fix range [${start}, ${end}) is outside the text (length ${text.length})`);
    }
    if (start < pos) throw new Error(`fix ranges overlap at offset ${start}`);
    out += text.slice(pos, start) + f.text;
    pos = end;
  }
  return out + text.slice(pos);
}
var COMMENT_LINE = /^[ \t]*(#.*)?$/;
function replaceDocument(text, doc, body, eol) {
  let lead = "";
  let trail = "";
  if (doc.root) {
    const first = doc.root.start;
    const firstLine = text.lastIndexOf("\n", first - 1) + 1;
    if (firstLine > doc.start && text.slice(doc.start, firstLine).split(/\r?\n/).every((l) => COMMENT_LINE.test(l))) lead = text.slice(doc.start, firstLine);
    const last = lastOffset(doc.root);
    const nl = text.indexOf("\n", last);
    const afterLine = nl < 0 || nl + 1 > doc.end ? doc.end : nl + 1;
    const rest = text.slice(afterLine, doc.end);
    if (rest && rest.split(/\r?\n/).every((l) => COMMENT_LINE.test(l))) trail = rest;
  }
  const sep = doc.start > 0 && text[doc.start - 1] !== "\n" && !lead ? eol : "";
  return { range: [doc.start, doc.end], text: lead + sep + body + trail };
}
function lastOffset(node, seen = /* @__PURE__ */ new Set()) {
  if (node.type === "scalar") return node.end;
  if (seen.has(node)) return node.start;
  seen.add(node);
  let max = node.start;
  if (node.type === "seq") for (const i of node.items) max = Math.max(max, lastOffset(i, seen));
  else for (const p of node.pairs) max = Math.max(max, lastOffset(p.key, seen), lastOffset(p.value, seen));
  return max;
}

export {
  toYaml,
  toJson,
  applyFixes,
  replaceDocument,
  writeAtomic,
  BackupSession
};
