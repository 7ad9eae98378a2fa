import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import "./chunk-BFV7J5SC.js";
import {
  MAX_BLOB
} from "./chunk-ZD45ZS5W.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/audit/removed.ts
init_define_SEALGATE_EMBEDDED_RULES();
var MAX_ENTRIES = 5e3;
var MAX_CANDIDATES = 200;
var CommitGraph = class {
  commits = /* @__PURE__ */ new Map();
  children;
  add(c) {
    this.commits.set(c.sha, { ...c, order: this.commits.size });
    this.children = void 0;
  }
  get(sha) {
    return this.commits.get(sha);
  }
  /** Position in the --topo-order stream: children come before their parents. */
  order(sha) {
    return this.commits.get(sha)?.order;
  }
  get size() {
    return this.commits.size;
  }
  /** Every commit reachable from `sha` (itself included). */
  ancestors(sha) {
    const seen = /* @__PURE__ */ new Set();
    const stack = [sha];
    while (stack.length) {
      const s = stack.pop();
      if (seen.has(s)) continue;
      const c = this.commits.get(s);
      if (!c) continue;
      seen.add(s);
      stack.push(...c.parents);
    }
    return seen;
  }
  childMap() {
    if (this.children) return this.children;
    const m = /* @__PURE__ */ new Map();
    for (const c of this.commits.values()) for (const p of c.parents) m.set(p, [...m.get(p) ?? [], c.sha]);
    this.children = m;
    return m;
  }
  /** Commits after `from` (excluded) that are also in `within`, oldest first (parents before children). */
  descendantsWithin(from, within) {
    const kids = this.childMap();
    const seen = /* @__PURE__ */ new Set();
    const stack = [...kids.get(from) ?? []];
    while (stack.length) {
      const s = stack.pop();
      if (seen.has(s) || !within.has(s)) continue;
      seen.add(s);
      stack.push(...kids.get(s) ?? []);
    }
    return [...seen].sort((a, b) => this.order(b) - this.order(a));
  }
};
function holds(bytes, secret) {
  if (bytes.includes(secret)) return true;
  const b64 = Buffer.from(secret, "utf8").toString("base64");
  return b64.length >= 8 && bytes.includes(b64.replace(/=+$/, ""));
}
async function findRemovals(git, graph, head, queries) {
  const out = queries.map(() => void 0);
  if (!head || queries.length === 0) return out;
  const headAncestors = graph.ancestors(head);
  const cat = git.catFile({ maxBytes: MAX_BLOB });
  try {
    for (let i = 0; i < Math.min(queries.length, MAX_ENTRIES); i++) {
      const q = queries[i];
      if (!headAncestors.has(q.commit)) continue;
      let file = q.file;
      const path = graph.descendantsWithin(q.commit, headAncestors);
      let checked = 0;
      for (const sha of path) {
        const c = graph.get(sha);
        const change = c.changes.find((x) => x.path === file || x.oldPath === file);
        if (!change) continue;
        if (change.oldPath === file && change.path !== file) file = change.path;
        if (!change.blob) {
          out[i] = sha;
          break;
        }
        if (++checked > MAX_CANDIDATES) break;
        const obj = await cat.object(change.blob);
        if (obj && obj.bytes.length === obj.size && !holds(obj.bytes, q.secret)) {
          out[i] = sha;
          break;
        }
      }
    }
  } finally {
    cat.close();
  }
  return out;
}
export {
  CommitGraph,
  findRemovals
};
