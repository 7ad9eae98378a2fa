// Fixes are data: `{range: [start, end], text}` over a file's text. Applying them is one pass that
// copies every byte outside the ranges unchanged, so untouched documents and comments stay exact.
import type { ManifestDoc, YNode } from '../yaml/documents.js';

export interface TextFix {
  /** Offsets into the original text; `end` exclusive. */
  range: [number, number];
  text: string;
}

/** Applies non-overlapping fixes; throws when two overlap or a range is outside the text. */
export function applyFixes(text: string, fixes: readonly TextFix[]): string {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
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

const COMMENT_LINE = /^[ \t]*(#.*)?$/;
/** \n, \r\n and a lone \r each end a line (as in src/text/lines.ts and YAML). */
const LINE_BREAK = /\r\n|\r|\n/;

/** Offset where the line after the one holding `at` starts, or -1 on the last line. */
function nextLineStart(text: string, at: number): number {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = at;
  const hit = m.exec(text);
  return hit ? hit.index + hit[0].length : -1;
}

/**
 * The fix for one document: its own comment lines before and after the object stay, the object
 * is replaced. Falls back to replacing the whole range when the edges are not plain comments.
 */
export function replaceDocument(text: string, doc: ManifestDoc, body: string, eol: string): TextFix {
  let lead = '';
  let trail = '';
  if (doc.root) {
    const first = doc.root.start;
    const firstLine = Math.max(text.lastIndexOf('\n', first - 1), text.lastIndexOf('\r', first - 1)) + 1;
    if (firstLine > doc.start && text.slice(doc.start, firstLine).split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) lead = text.slice(doc.start, firstLine);
    const last = lastOffset(doc.root);
    const nl = nextLineStart(text, last);
    const afterLine = nl < 0 || nl > doc.end ? doc.end : nl;
    const rest = text.slice(afterLine, doc.end);
    if (rest && rest.split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) trail = rest;
  }
  // After `--- ` on the same line, the new object must start on its own line.
  const sep = doc.start > 0 && text[doc.start - 1] !== '\n' && text[doc.start - 1] !== '\r' && !lead ? eol : '';
  return { range: [doc.start, doc.end], text: lead + sep + body + trail };
}

function lastOffset(node: YNode, seen = new Set<YNode>()): number {
  if (node.type === 'scalar') return node.end;
  if (seen.has(node)) return node.start;
  seen.add(node);
  let max = node.start;
  if (node.type === 'seq') for (const i of node.items) max = Math.max(max, lastOffset(i, seen));
  else for (const p of node.pairs) max = Math.max(max, lastOffset(p.key, seen), lastOffset(p.value, seen));
  return max;
}

