import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  Git
} from "./chunk-R7KVV44W.js";
import {
  FixError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/write.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { randomBytes } from "node:crypto";
import { readFileSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import path from "node:path";
async function gitBackupRoot(root, env) {
  const gitDir = await new Git(root, env).gitDir();
  return gitDir ? path.join(gitDir, "sealgate", "backups") : void 0;
}
function stamp(now) {
  return now.toISOString().replace(/:/g, "-").replace(/\./, "-");
}
async function backupRunDir(root, backupDir, now = /* @__PURE__ */ new Date(), env) {
  const base = backupDir ? path.resolve(root, backupDir) : await gitBackupRoot(root, env);
  if (backupDir && base) await refuseCommittableBackups(root, base, env);
  if (!base) {
    throw new FixError(`${root} is not in a git repository, so there is no .git/sealgate/backups; pass --backup-dir DIR (outside anything you commit)`);
  }
  let dir = path.join(base, stamp(now));
  for (let i = 1; existsSync(dir); i++) dir = path.join(base, `${stamp(now)}-${i}`);
  return dir;
}
async function refuseCommittableBackups(root, dir, env) {
  const git = new Git(root, env);
  const top = await git.text(["rev-parse", "--show-toplevel"], { allowFail: true });
  if (!top) return;
  const rel = path.relative(top, dir);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return;
  const gitDir = await git.gitDir();
  if (gitDir && (dir === gitDir || dir.startsWith(gitDir + path.sep))) return;
  const r = await git.run(["check-ignore", "-q", "--no-index", "--", `${rel.split(path.sep).join("/") || "."}/`]);
  if (r.code !== 0) {
    throw new FixError(`--backup-dir ${rel || "."} is inside the work tree and git does not ignore it: the backups hold the plaintext values and would be one 'git add' away from a commit. Use a folder outside the repository, or add it to .gitignore`);
  }
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
    if (hooks.expect && !unchanged(file, hooks.expect)) {
      throw new FixError(`${file}: changed while the fix ran, so it was not overwritten (your edit is kept); run the fix again`);
    }
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
function unchanged(file, expected) {
  try {
    return readFileSync(file).equals(expected);
  } catch {
    return false;
  }
}
var BackupSession = class {
  constructor(root, backupDir, env, now = () => /* @__PURE__ */ new Date()) {
    this.root = root;
    this.backupDir = backupDir;
    this.env = env;
    this.now = now;
  }
  root;
  backupDir;
  env;
  now;
  dir;
  /** Fails early (before any write) when no backup location exists. */
  async folder() {
    this.dir ??= backupRunDir(this.root, this.backupDir, this.now(), this.env);
    return this.dir;
  }
  /** Backs up `content` (the file before the fix) as `<folder>/<rel>`; returns the backup's path. */
  async save(rel, content) {
    return saveBackup(await this.folder(), rel, content);
  }
};

export {
  gitBackupRoot,
  stamp,
  backupRunDir,
  saveBackup,
  writeAtomic,
  BackupSession
};
