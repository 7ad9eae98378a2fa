import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/audit/refs.ts
init_define_SEALGATE_EMBEDDED_RULES();
var DEFAULT_REF_PATTERNS = ["refs/heads", "refs/tags"];
async function refTips(git, patterns = DEFAULT_REF_PATTERNS) {
  const fmt = "%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)";
  const out = await git.out(["for-each-ref", `--format=${fmt}`, "--end-of-options", ...patterns], "git for-each-ref");
  const tips = [];
  for (const line of out.toString("utf8").split("\n")) {
    if (!line) continue;
    const [ref = "", type, sha = "", peeledType, peeled = ""] = line.split("\0");
    const commit = type === "commit" ? sha : peeledType === "commit" ? peeled : void 0;
    if (!commit) continue;
    const name = ref.startsWith("refs/heads/") ? ref.slice(11) : ref.startsWith("refs/tags/") ? `${ref.slice(10)} (tag)` : ref.replace(/^refs\//, "");
    tips.push({ name, commit });
  }
  return tips;
}
async function diffTips(git, head, tips) {
  const byCommit = /* @__PURE__ */ new Map();
  const out = [];
  for (const tip of tips) {
    let d = byCommit.get(tip.commit);
    if (!d) {
      d = { differs: /* @__PURE__ */ new Set(), files: [] };
      byCommit.set(tip.commit, d);
      if (tip.commit !== head) {
        const base = head ?? await git.text(["hash-object", "-t", "tree", "/dev/null"]);
        const raw = await git.out(["diff-tree", "-r", "-z", "--no-renames", "--no-commit-id", "--end-of-options", base, tip.commit], "git diff-tree");
        const parts = raw.toString("utf8").split("\0");
        for (let i = 0; i + 1 < parts.length; i += 2) {
          const meta = parts[i];
          const file = parts[i + 1];
          if (!meta.startsWith(":")) break;
          const [, dstMode = "", , dstSha = "", status = ""] = meta.slice(1).split(" ");
          d.differs.add(file);
          if (status !== "D" && dstMode.startsWith("100")) d.files.push({ path: file, blob: dstSha });
        }
      }
    }
    out.push({ tip, ...d });
  }
  return out;
}
function filesToScan(diffs, commitOf) {
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  for (const d of diffs) {
    for (const f of d.files) {
      const key = `${f.path}\0${f.blob}`;
      if (seen.has(key)) continue;
      seen.add(key);
      files.push({ path: f.path, blob: f.blob, commit: commitOf(d.tip.commit) });
    }
  }
  return files;
}
function refsOfFindings(diffs, headFindings, tipFindings, blobOf) {
  const refs = /* @__PURE__ */ new Map();
  const add = (f, name) => {
    const list = refs.get(f);
    if (list) list.push(name);
    else refs.set(f, [name]);
  };
  const byPair = /* @__PURE__ */ new Map();
  for (const f of tipFindings) {
    const blob = blobOf(f);
    if (!blob) continue;
    const key = `${f.file}\0${blob}`;
    byPair.set(key, [...byPair.get(key) ?? [], f]);
  }
  for (const d of diffs) {
    for (const f of headFindings) if (!d.differs.has(f.file)) add(f, d.tip.name);
    for (const file of d.files) for (const f of byPair.get(`${file.path}\0${file.blob}`) ?? []) add(f, d.tip.name);
  }
  return refs;
}
export {
  DEFAULT_REF_PATTERNS,
  diffTips,
  filesToScan,
  refTips,
  refsOfFindings
};
