// A tolerant, line-based reader for documents the YAML parser refuses (tab indentation, a badly
// indented line, a NUL byte, nesting past the depth limit elsewhere). It reads indentation blocks of
// `key: value` lines, `- ` items, block scalars, one-line flow maps and JSON-style lines into the same
// positioned node tree the parser builds, so the manifest checks can still read a Secret in them:
// a scanner that cannot parse a Secret must not pass it. Iterative (no recursion): any depth is fine.
import type { YMap, YNode, YScalar, YSeq } from './documents.js';

/** Tabs count as 8 columns (what most editors show), so tab- and space-indented lines still nest. */
const TAB = 8;

interface Line {
  indent: number;
  /** Offset of the first non-blank character. */
  at: number;
  /** Offset of the line's end (before the line break). */
  end: number;
}

interface Frame {
  /** Indentation of the line that opened it (-1 for the root). */
  indent: number;
  node?: YMap | YSeq;
  /** The pair whose value this frame builds (filled when its first child arrives). */
  owner?: { pairs: { key: YNode; value: YNode }[]; index: number } | { items: YNode[]; index: number };
  /** Offset for an empty value. */
  at: number;
  /** `[` in JSON style: children are items. */
  seq?: boolean;
}

interface KeyMatch {
  /** The key as written (quotes included). */
  raw: string;
  /** Length of `key:` including blanks before the colon. */
  length: number;
}

const QUOTED_KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;
const KEY_COLON = /:(?=[ \t]|$)/;

/**
 * `key:` at the start of `content` (quoted, or plain up to the first `: `). Written as a scan, not one
 * regex: a lazy key followed by blanks would be quadratic on a long line of spaces.
 */
function matchKey(content: string): KeyMatch | undefined {
  let raw: string;
  let at: number;
  const q = QUOTED_KEY.exec(content);
  if (q) {
    raw = q[0];
    at = raw.length;
    while (at < content.length && (content.charCodeAt(at) === 32 || content.charCodeAt(at) === 9)) at++;
    if (content.charCodeAt(at) !== 58) return undefined;
  } else {
    if (/^[\s#'"{}[\]]/.test(content)) return undefined;
    const colon = KEY_COLON.exec(content);
    if (!colon) return undefined;
    at = colon.index;
    raw = content.slice(0, at).trimEnd();
    if (raw === '' || raw.includes('#')) return undefined;
  }
  const after = content.charCodeAt(at + 1);
  if (at + 1 < content.length && after !== 32 && after !== 9) return undefined;
  return { raw, length: at + 1 };
}

/** Reads `text[start, end)` line by line; the root map, or undefined when no `key:` line was found. */
export function readTolerant(text: string, start: number, end: number): YMap | undefined {
  const lines = splitLines(text, start, end);
  const root: YMap = { type: 'map', pairs: [], start };
  const stack: Frame[] = [{ indent: -1, node: root, at: start }];
  let found = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    let content = text.slice(line.at, line.end);
    if (content.startsWith('#') || /^(?:---|\.\.\.)(?:\s|$)/.test(content) || /^[\]}),]+$/.test(content)) continue;
    let at = line.at;
    let indent = line.indent;
    let item = false;
    if (/^-(?:[ \t]|$)/.test(content)) {
      item = true;
      const skip = content.match(/^-[ \t]*/)![0].length;
      content = content.slice(skip);
      at += skip;
    }
    // Close frames this line is not inside of. Items may sit at their key's indentation (`key:\n- a`).
    while (stack.length > 1) {
      const top = stack[stack.length - 1]!;
      if (indent > top.indent || (item && indent === top.indent && (top.node === undefined || top.node.type === 'seq'))) break;
      stack.pop();
    }
    const frame = stack[stack.length - 1]!;
    if (item) {
      const seq = containerOf(frame, 'seq', at);
      if (seq.type !== 'seq') continue;
      if (content === '' || content === '{') {
        stack.push({ indent, at, owner: { items: seq.items, index: seq.items.length } });
        seq.items.push(empty(at));
        continue;
      }
      const kv = matchKey(content);
      if (!kv) {
        seq.items.push(scalarOf(text, at, line.end));
        continue;
      }
      // `- key: value` starts a map item; its further keys sit two columns in.
      const map: YMap = { type: 'map', pairs: [], start: at };
      seq.items.push(map);
      const itemFrame: Frame = { indent, node: map, at };
      stack.push(itemFrame);
      indent = indent + (at - line.at);
      li = addPair(text, lines, li, { ...line, at, indent }, kv, map, stack, indent);
      found = true;
      continue;
    }
    const kv = matchKey(content);
    if (!kv) {
      // A continuation of the previous plain scalar, or a line nothing can be made of.
      continue;
    }
    const map = containerOf(frame, 'map', at);
    if (map.type !== 'map') continue;
    li = addPair(text, lines, li, line, kv, map, stack, indent);
    found = true;
  }
  return found ? root : undefined;
}

/** Adds `key: value` to `map`; returns the index of the last line consumed (block scalars eat lines). */
function addPair(text: string, lines: Line[], li: number, line: Line, kv: KeyMatch, map: YMap, stack: Frame[], indent: number): number {
  const rawKey = kv.raw;
  const key: YScalar = { type: 'scalar', value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: line.at, end: line.at + rawKey.length };
  let vStart = line.at + kv.length;
  while (vStart < line.end && (text.charCodeAt(vStart) === 32 || text.charCodeAt(vStart) === 9)) vStart++;
  let rest = text.slice(vStart, line.end);
  if (!/^["']/.test(rest)) rest = rest.replace(/[ \t]+#.*$/, '');
  rest = rest.replace(/,[ \t]*$/, '').replace(/[ \t]+$/, '');
  if (rest === '' || rest === '{' || rest === '[') {
    const index = map.pairs.length;
    map.pairs.push({ key, value: empty(vStart) });
    stack.push({ indent, at: vStart, owner: { pairs: map.pairs, index }, seq: rest === '[' });
    return li;
  }
  if (/^[|>][-+0-9]*$/.test(rest)) {
    // Block scalar: the following lines indented deeper than the key.
    let last = li;
    const body: Line[] = [];
    for (let j = li + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.at < l.end && l.indent <= indent) break;
      body.push(l);
      last = j;
    }
    const content = body.filter((l) => l.at < l.end);
    const first = content[0];
    const value = content.map((l) => text.slice(l.at, l.end)).join(rest.startsWith('>') ? ' ' : '\n');
    map.pairs.push({ key, value: { type: 'scalar', value, plain: false, block: true, start: first?.at ?? vStart, end: content[content.length - 1]?.end ?? vStart } });
    return last;
  }
  if (rest.startsWith('{') && rest.endsWith('}')) {
    map.pairs.push({ key, value: flowMap(text, vStart, vStart + rest.length) });
    return li;
  }
  map.pairs.push({ key, value: scalarOf(text, vStart, vStart + rest.length) });
  return li;
}

/** The container a frame builds, created on its first child. */
function containerOf(frame: Frame, want: 'map' | 'seq', at: number): YMap | YSeq {
  if (frame.node) return frame.node;
  const node: YMap | YSeq = want === 'seq' || frame.seq ? { type: 'seq', items: [], start: at } : { type: 'map', pairs: [], start: at };
  frame.node = node;
  const o = frame.owner;
  if (o && 'pairs' in o) o.pairs[o.index] = { key: o.pairs[o.index]!.key, value: node };
  else if (o) o.items[o.index] = node;
  return node;
}

function empty(at: number): YScalar {
  return { type: 'scalar', value: '', plain: true, block: false, start: at, end: at };
}

function scalarOf(text: string, start: number, end: number): YScalar {
  const raw = text.slice(start, end);
  const quoted = /^(["']).*\1$/s.test(raw);
  return { type: 'scalar', value: quoted ? unquote(raw) : raw, plain: !quoted, block: false, start: quoted ? start + 1 : start, end: quoted ? end - 1 : end };
}

function unquote(s: string): string {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\(["\\/])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** `{a: b, "c": "d"}` on one line (no nesting). */
function flowMap(text: string, start: number, end: number): YMap {
  const map: YMap = { type: 'map', pairs: [], start };
  let i = start + 1;
  const close = end - 1;
  while (i < close) {
    while (i < close && /[\s,]/.test(text[i]!)) i++;
    let j = i;
    let quote = '';
    for (; j < close; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ',') break;
    }
    const entry = text.slice(i, j);
    const kv = matchKey(entry);
    if (kv) {
      const rawKey = kv.raw;
      let vs = i + kv.length;
      while (vs < j && /\s/.test(text[vs]!)) vs++;
      let ve = j;
      while (ve > vs && /\s/.test(text[ve - 1]!)) ve--;
      map.pairs.push({
        key: { type: 'scalar', value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: i, end: i + rawKey.length },
        value: scalarOf(text, vs, ve),
      });
    }
    i = j + 1;
  }
  return map;
}

function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let i = start;
  while (i < end) {
    let e = i;
    while (e < end && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    let col = 0;
    let at = i;
    for (; at < e; at++) {
      const c = text.charCodeAt(at);
      if (c === 32) col++;
      else if (c === 9) col = (Math.floor(col / TAB) + 1) * TAB;
      else break;
    }
    let trimmed = e;
    while (trimmed > at && /\s/.test(text[trimmed - 1]!)) trimmed--;
    if (at < trimmed) lines.push({ indent: col, at, end: trimmed });
    else lines.push({ indent: col, at: trimmed, end: trimmed });
    i = e;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < end) i++;
  }
  return lines;
}
