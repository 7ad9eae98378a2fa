import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/plaintext-copies.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
async function sealgateDir(git) {
  const gitDir = await git.gitDir();
  return gitDir ? path.join(gitDir, "sealgate") : void 0;
}
function walk(dir, visit) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else if (e.isFile()) visit(p, statSync(p));
  }
}
function measure(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return { files: 1, bytes: st.size, mtime: st.mtime };
  let files = 0;
  let bytes = 0;
  let mtime = st.mtime;
  walk(p, (_f, s) => {
    files++;
    bytes += s.size;
    if (s.mtime > mtime) mtime = s.mtime;
  });
  return { files, bytes, mtime };
}
function listCopies(dir) {
  const out = [];
  for (const [sub, kind] of [["backups", "backup"], ["external", "values"]]) {
    const base = path.join(dir, sub);
    if (!existsSync(base)) continue;
    for (const e of readdirSync(base, { withFileTypes: true })) {
      if (!e.isDirectory() && !e.isFile()) continue;
      out.push({ kind, path: path.join(base, e.name), ...measure(path.join(base, e.name)) });
    }
  }
  return out.sort((a, b) => a.mtime.getTime() - b.mtime.getTime() || a.path.localeCompare(b.path));
}
function removeCopy(c) {
  rmSync(c.path, { recursive: true, force: true });
}
function pruneBackups(dir, keep) {
  const backups = path.join(dir, "backups");
  if (!existsSync(backups)) return 0;
  const runs = readdirSync(backups, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const byFile = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const base = path.join(backups, run);
    walk(base, (f) => {
      const rel = path.relative(base, f);
      byFile.set(rel, [...byFile.get(rel) ?? [], f]);
    });
  }
  let removed = 0;
  for (const copies of byFile.values()) {
    for (const old of copies.slice(0, Math.max(0, copies.length - keep))) {
      rmSync(old, { force: true });
      removed++;
    }
  }
  for (const run of runs) removeEmptyDirs(path.join(backups, run));
  return removed;
}
function removeEmptyDirs(dir) {
  if (!existsSync(dir)) return true;
  let empty = true;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyDirs(path.join(dir, e.name))) continue;
    empty = false;
  }
  if (empty) rmSync(dir, { recursive: true, force: true });
  return empty;
}
function humanSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1 << 20 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
function humanAge(ms) {
  const m = Math.floor(ms / 6e4);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}
function parseAge(text) {
  const m = /^(\d+)\s*(m|h|d|w)$/.exec(text.trim());
  if (!m) return void 0;
  const unit = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }[m[2]];
  return Number(m[1]) * unit;
}
function copiesReminder(dir, root) {
  const copies = listCopies(dir);
  if (copies.length === 0) return void 0;
  const backups = copies.filter((c) => c.kind === "backup").reduce((a, c) => a + c.files, 0);
  const values = copies.filter((c) => c.kind === "values" && !c.path.endsWith(".d")).length;
  const bytes = copies.reduce((a, c) => a + c.bytes, 0);
  const parts = [backups ? `${backups} backup${backups === 1 ? "" : "s"}` : "", values ? `${values} values file${values === 1 ? "" : "s"}` : ""].filter(Boolean);
  const where = path.relative(root, dir) || dir;
  return `Plaintext copies: ${parts.join(" and ")} (${humanSize(bytes)}) under ${where}/; once the values are sealed or in your store, remove them with 'sealgate clean --all' (list them with 'sealgate clean').`;
}

export {
  sealgateDir,
  listCopies,
  removeCopy,
  pruneBackups,
  humanSize,
  humanAge,
  parseAge,
  copiesReminder
};
