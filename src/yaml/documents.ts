// The only reader of js-yaml: splits a file into YAML documents and builds, from js-yaml 5's event
// stream, a node tree that remembers where every key and value sits in the text. Rules need those
// offsets to point at the exact key of a Secret, and fixes need each document's range to replace
// only that document.
import { parseEvents, getScalarValue, EVENT_ID, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml';
import { readBlockTree } from './block-reader.js';
import { MAX_DEPTH } from './limits.js';

export interface YScalar {
  type: 'scalar';
  /** Decoded value (escapes resolved, block scalars folded). */
  value: string;
  /** Plain (unquoted) scalars resolve to null, booleans and numbers in toJS. */
  plain: boolean;
  block: boolean;
  tag?: string;
  start: number;
  end: number;
}
export interface YPair {
  key: YNode;
  value: YNode;
}
export interface YMap {
  type: 'map';
  pairs: YPair[];
  start: number;
  tag?: string;
}
export interface YSeq {
  type: 'seq';
  items: YNode[];
  start: number;
  tag?: string;
}
export type YNode = YScalar | YMap | YSeq;

export interface ManifestDoc {
  /** 0-based among the file's non-empty documents. */
  index: number;
  /** Offsets of the document's text (end exclusive; includes its trailing newline, excludes the `---` line). */
  start: number;
  end: number;
  root?: YNode;
  /** Plain JS value (aliases shared, never expanded). */
  value?: unknown;
  /** One line, no source snippet (a snippet could quote a secret). */
  error?: string;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t]|\r?\n|\r|$)/gm;

/** Splits a YAML stream at `---` / `...` lines. A marker at column 0 always ends a document in YAML. */
function splitRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let docStart = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    ranges.push({ start: docStart, end: m.index });
    // Content after `---` on the same line (`--- {a: 1}`) belongs to the next document.
    const lineEnd = text.slice(m.index + 3).search(/\r?\n|\r/);
    const restEnd = lineEnd < 0 ? text.length : m.index + 3 + lineEnd;
    const rest = text.slice(m.index + 3, restEnd);
    if (/^[ \t]*(#.*)?$/.test(rest)) {
      const nl = text.slice(restEnd, restEnd + 2);
      docStart = restEnd + (nl.startsWith('\r\n') ? 2 : nl.length > 0 ? 1 : 0);
    } else {
      docStart = m.index + 3;
    }
  }
  ranges.push({ start: docStart, end: text.length });
  return ranges;
}

/** Only whitespace, comments and directives: not a document. */
function isBlank(s: string): boolean {
  // Line by line, stopping at the first line with content (usually the first line): no split of
  // the whole document into lines.
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
  for (let at = 0; at < s.length; ) {
    line.lastIndex = at;
    const l = line.exec(s)![0];
    const body = l.replace(/[\r\n]+$/, '');
    if (!(/^\s*(?:#.*)?$/.test(body) || body.startsWith('%'))) return false;
    at += l.length;
  }
  return true;
}

export function parseManifest(text: string, file: string): ManifestDoc[] {
  const json = /\.json$/i.test(file);
  const ranges = json ? [{ start: 0, end: text.length }] : splitRanges(text);
  const docs: ManifestDoc[] = [];
  for (const r of ranges) {
    if (isBlank(text.slice(r.start, r.end))) continue;
    docs.push(parseRange(text, r.start, r.end, docs.length));
  }
  return docs;
}

/** One document: `text[start, end)` parsed on its own (a retry of one document need not reparse the file). */
export function parseRange(text: string, start: number, end: number, index: number): ManifestDoc {
  const doc: ManifestDoc = { index, start, end };
  try {
    const root = buildTree(text.slice(start, end), start);
    if (root) {
      doc.root = root;
      lazyValue(doc, root);
    }
  } catch (e) {
    doc.error = describeYamlError(e, text, start);
  }
  return doc;
}

/** `value` is built on first use: the scanner reads node trees only, fixes and rule loading read values. */
function lazyValue(doc: ManifestDoc, root: YNode): void {
  let value: unknown;
  let built = false;
  Object.defineProperty(doc, 'value', {
    enumerable: true,
    configurable: true,
    get() {
      if (!built) {
        value = toJS(root);
        built = true;
      }
      return value;
    },
    set(v: unknown) {
      value = v;
      built = true;
    },
  });
}

function describeYamlError(e: unknown, text: string, base: number): string {
  const err = e as { reason?: string; mark?: { position?: number }; message?: string };
  const reason = err.reason ?? (err.message ?? 'parse error').split('\n')[0];
  if (err.mark?.position !== undefined) {
    const abs = base + err.mark.position;
    let line = 1;
    for (let i = 0; i < abs && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return `${reason} (line ${line})`;
  }
  return reason;
}

/** The node tree of one document: the fast block reader where it applies, else js-yaml's events. */
function buildTree(body: string, base: number): YNode | undefined {
  return readBlockTree(body, base) ?? eventTree(body, base);
}

/** Builds the node tree of one document from js-yaml's events; offsets are shifted by `base`. */
export function eventTree(body: string, base: number): YNode | undefined {
  const events = parseEvents(body, { maxDepth: MAX_DEPTH });
  const anchors = new Map<string, YNode>();
  const stack: (YMap | YSeq)[] = [];
  const pendingKey: (YNode | undefined)[] = [];
  let root: YNode | undefined;
  let docCount = 0;

  const tagOf = (ev: { tagStart: number; tagEnd: number }) => (ev.tagStart >= 0 ? body.slice(ev.tagStart, ev.tagEnd) : undefined);
  const remember = (ev: { anchorStart: number; anchorEnd: number }, node: YNode) => {
    if (ev.anchorStart >= 0) anchors.set(body.slice(ev.anchorStart, ev.anchorEnd), node);
  };
  const attach = (node: YNode) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    if (parent.type === 'seq') parent.items.push(node);
    else {
      const depth = stack.length - 1;
      const key = pendingKey[depth];
      if (key === undefined) pendingKey[depth] = node;
      else {
        parent.pairs.push({ key, value: node });
        pendingKey[depth] = undefined;
      }
    }
  };

  for (const ev of events as Event[]) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (++docCount > 1) throw new Error('more than one document in a segment');
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node: YMap | YSeq =
          ev.type === EVENT_ID.MAPPING
            ? { type: 'map', pairs: [], start: base + ev.start, tag: tagOf(ev) }
            : { type: 'seq', items: [], start: base + ev.start, tag: tagOf(ev) };
        remember(ev, node);
        attach(node);
        stack.push(node);
        pendingKey[stack.length - 1] = undefined;
        break;
      }
      case EVENT_ID.SCALAR: {
        const s = ev as ScalarEvent;
        const node: YScalar = {
          type: 'scalar',
          value: getScalarValue(body, s),
          plain: s.style === SCALAR_STYLE.PLAIN,
          block: s.style === SCALAR_STYLE.LITERAL_BLOCK || s.style === SCALAR_STYLE.FOLDED_BLOCK,
          tag: tagOf(s),
          start: base + s.valueStart,
          end: base + s.valueEnd,
        };
        remember(s, node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = body.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        if (!target) throw new Error(`unknown alias *${name}`);
        // Shared, never copied: a "billion laughs" file costs one node per alias.
        attach(target);
        break;
      }
      case EVENT_ID.POP:
        if (stack.length > 0) stack.pop();
        break;
    }
  }
  return root;
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
const NUMBER = /^[-+]?(?:\d+|\d*\.\d+(?:[eE][-+]?\d+)?|\d+\.\d*(?:[eE][-+]?\d+)?)$/;

/** Core-schema resolution of a scalar (what kubectl would see, close enough for classification). */
export function scalarJS(n: YScalar): unknown {
  if (!n.plain || n.tag === '!!str' || n.tag === 'tag:yaml.org,2002:str') return n.value;
  if (NULLS.has(n.value)) return null;
  if (TRUE.has(n.value)) return true;
  if (FALSE.has(n.value)) return false;
  if (NUMBER.test(n.value)) return Number(n.value);
  return n.value;
}

/** Plain JS view of a node. Shared (aliased) nodes map to the same object, so nothing is expanded. */
export function toJS(node: YNode, seen = new Map<YNode, unknown>()): unknown {
  if (node.type === 'scalar') return scalarJS(node);
  const hit = seen.get(node);
  if (hit !== undefined) return hit;
  if (node.type === 'seq') {
    const arr: unknown[] = [];
    seen.set(node, arr);
    for (const item of node.items) arr.push(toJS(item, seen));
    return arr;
  }
  const obj: Record<string, unknown> = Object.create(null);
  seen.set(node, obj);
  for (const { key, value } of node.pairs) {
    if (key.type !== 'scalar') continue;
    if (key.value === '<<' && key.plain) {
      // YAML merge keys: copy the merged map's entries that are not set explicitly.
      const merged = toJS(value, seen);
      for (const src of Array.isArray(merged) ? merged : [merged]) {
        if (src && typeof src === 'object') for (const [k, v] of Object.entries(src)) if (!(k in obj)) obj[k] = v;
      }
      continue;
    }
    obj[key.value] = toJS(value, seen);
  }
  return obj;
}

/** The value node of `key` in a map node. */
export function getPair(node: YNode | undefined, key: string): YPair | undefined {
  if (!node || node.type !== 'map') return undefined;
  for (const p of node.pairs) if (p.key.type === 'scalar' && p.key.value === key) return p;
  return undefined;
}

export function get(node: YNode | undefined, ...path: (string | number)[]): YNode | undefined {
  let cur = node;
  for (const k of path) {
    if (!cur) return undefined;
    if (typeof k === 'number') cur = cur.type === 'seq' ? cur.items[k] : undefined;
    else cur = getPair(cur, k)?.value;
  }
  return cur;
}

/** A scalar's string value, or undefined. */
export function str(node: YNode | undefined): string | undefined {
  return node?.type === 'scalar' ? node.value : undefined;
}
