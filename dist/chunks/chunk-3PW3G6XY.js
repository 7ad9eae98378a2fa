import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

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
var LINE_BREAK = /\r\n|\r|\n/;
function nextLineStart(text, at) {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = at;
  const hit = m.exec(text);
  return hit ? hit.index + hit[0].length : -1;
}
function replaceDocument(text, doc, body, eol) {
  let lead = "";
  let trail = "";
  if (doc.root) {
    const first = doc.root.start;
    const firstLine = Math.max(text.lastIndexOf("\n", first - 1), text.lastIndexOf("\r", first - 1)) + 1;
    if (firstLine > doc.start && text.slice(doc.start, firstLine).split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) lead = text.slice(doc.start, firstLine);
    const last = lastOffset(doc.root);
    const nl = nextLineStart(text, last);
    const afterLine = nl < 0 || nl > doc.end ? doc.end : nl;
    const rest = text.slice(afterLine, doc.end);
    if (rest && rest.split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) trail = rest;
  }
  const sep = doc.start > 0 && text[doc.start - 1] !== "\n" && text[doc.start - 1] !== "\r" && !lead ? eol : "";
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
  applyFixes,
  replaceDocument
};
