// Field paths of rule selectors (`select.fields`, `select.except`, `select.when`): where in a
// Kubernetes object a rule looks. `spec.template.data.*`, `users.**.token|password`,
// `data[tls.key]`, `resources.**.provider=aescbc|aesgcm|secretbox.**.secret`.
//   - segments are separated by dots; `[...]` is one segment taken literally (keys with dots or slashes)
//   - `*` inside a segment matches any characters (`*Ref`); a lone `*` is any one key or list index
//   - `**` is any number of segments (none included, twelve at most)
//   - `a|b` is either; `name=a|b` also records the segment it matched under `name`
// A plain name takes the first of duplicate keys (as get() does); a pattern takes every key it matches.
import type { YNode } from '../yaml/documents.js';
import { starMatcher } from './glob.js';

/** One shape for every segment (the same properties, in the same order): the walk's property reads stay monomorphic. */
type Segment = { deep: boolean; test: (name: string) => boolean; literal: string | undefined; capture: string | undefined };

const ANY_NAME = (): boolean => true;

export interface FieldPath {
  source: string;
  segments: Segment[];
  /** How many leading segments are plain names (what `key: path` leaves out). */
  prefix: number;
  captures: string[];
}

export interface FieldMatch {
  /** Key or index of every step from the object's root. */
  path: string[];
  node: YNode;
  /** The key of the nearest mapping pair (a list item's key is its list's). */
  key?: YNode;
  /** The lists and mappings holding the node, outermost first (the object's root is the first). */
  holders: YNode[];
  captures: Record<string, string>;
}

/**
 * How many segments one `**` spans, and the deepest path followed at all: manifests are shallow (a
 * CronJob's containers sit 7 deep), CRD schemas and hostile input are not.
 */
const DEEP_SPAN = 12;
const MAX_DEPTH = 64;

/** Parses a field path; returns a message when it is not one. */
export function parseFieldPath(source: string): FieldPath | string {
  const raw: string[] = [];
  const literal: boolean[] = [];
  let i = 0;
  do {
    if (source[i] === '[') {
      // `data[tls.key]`, `labels[example.com/name]`: one segment, taken as written
      const end = source.indexOf(']', i);
      if (end < 0) return `'${source}': '[' without ']'`;
      raw.push(source.slice(i + 1, end));
      literal.push(true);
      i = end + 1;
      if (i < source.length && source[i] !== '.' && source[i] !== '[') return `'${source}': ']' is followed by '.' or '[' or ends the path`;
    } else {
      let end = i;
      while (end < source.length && source[end] !== '.' && source[end] !== '[') end++;
      raw.push(source.slice(i, end));
      literal.push(false);
      i = end;
    }
    if (source[i] === '.') {
      i++;
      if (i === source.length) raw.push('');
    }
  } while (i < source.length);
  const segments: Segment[] = [];
  const captures: string[] = [];
  for (let n = 0; n < raw.length; n++) {
    const s = raw[n]!;
    if (s === '') return `'${source}': empty segment`;
    if (literal[n]) {
      segments.push({ deep: false, test: (name) => name === s, literal: s, capture: undefined });
      continue;
    }
    if (s === '**') {
      segments.push({ deep: true, test: ANY_NAME, literal: undefined, capture: undefined });
      continue;
    }
    const m = /^(?:([A-Za-z]\w*)=)?(.+)$/.exec(s)!;
    const [, capture, body] = m;
    if (/[[\]]/.test(body!)) return `'${source}': '[' and ']' enclose a whole segment`;
    const alts = body!.split('|');
    if (alts.some((a) => a === '' || a.includes('**'))) return `'${source}': bad segment '${s}'`;
    if (capture) {
      if (captures.includes(capture)) return `'${source}': '${capture}' is captured twice`;
      captures.push(capture);
    }
    const plain = alts.length === 1 && !body!.includes('*') && !capture;
    const matchers = alts.map(starMatcher);
    segments.push({
      deep: false,
      test: (name) => matchers.some((m) => m(name)),
      literal: plain ? body : undefined,
      capture,
    });
  }
  let prefix = 0;
  while (prefix < segments.length && !segments[prefix]!.deep && segments[prefix]!.literal !== undefined) prefix++;
  return { source, segments, prefix, captures };
}

/** Every node of `root` that `field` names, each once, in document order. */
export function matchField(root: YNode, field: FieldPath): FieldMatch[] {
  const out: FieldMatch[] = [];
  const seen = new Set<YNode>();
  const segments = field.segments;
  // With two `**` a node is reachable by many routes: try it once per position in the path.
  const tried = segments.filter((s) => s.deep).length > 1 ? new Map<YNode, Set<number>>() : undefined;
  // One path, one list of holders, changed in place on the way down (this walk visits whole objects).
  const path: string[] = [];
  const holders: YNode[] = [];
  let captures: Record<string, string> = {};
  // Whether a non-`**` segment remains from each position: a scalar cannot match one (not worth a call).
  const more = segments.map((_, i) => segments.slice(i).some((s) => !s.deep));
  // One step down from a node: to the child `name`, under segment `at`. A function of the walk, not
  // of each node (a closure per node visited was most of what a hook's selectors allocated).
  const step = (at: number, span: number, name: string, child: YNode, childKey: YNode | undefined): boolean => {
    const seg = segments[at]!;
    path.push(name);
    let matched = false;
    if (seg.deep) {
      if ((child.type !== 'scalar' || !more[at]) && span < DEEP_SPAN) walk(child, at, childKey, span + 1);
    } else if (seg.test(name)) {
      matched = true;
      const before = captures;
      if (seg.capture) captures = { ...captures, [seg.capture]: name };
      if (child.type !== 'scalar' || !more[at + 1]) walk(child, at + 1, childKey);
      captures = before;
    }
    path.pop();
    return matched;
  };
  const walk = (node: YNode, at: number, key: YNode | undefined, span = 0): void => {
    if (path.length > MAX_DEPTH) return;
    if (tried) {
      const positions = tried.get(node) ?? new Set<number>();
      if (positions.has(at)) return;
      tried.set(node, positions.add(at));
    }
    if (at === segments.length) {
      if (!seen.has(node)) {
        seen.add(node);
        out.push({ path: [...path], node, key, holders: [...holders], captures });
      }
      return;
    }
    const seg = segments[at]!;
    if (seg.deep) walk(node, at + 1, key);
    if (node.type === 'scalar') return;
    holders.push(node);
    if (node.type === 'map') {
      for (const p of node.pairs) {
        if (p.key.type !== 'scalar') continue;
        // A plain name reads as get() does: the first of duplicate keys (a template's other branch).
        if (step(at, span, p.key.value, p.value, p.key) && !seg.deep && seg.literal !== undefined) break;
      }
    } else {
      // A list item's key is its list's.
      for (let i = 0; i < node.items.length; i++) step(at, span, String(i), node.items[i]!, key);
    }
    holders.pop();
  };
  walk(root, 0, undefined);
  return out.sort((a, b) => a.node.start - b.node.start);
}

/** Whether `path` (keys from the object's root) is one `field` names. */
export function pathMatches(field: FieldPath, path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const at = (s: number, p: number): boolean => {
    const k = s * (path.length + 1) + p;
    const known = memo.get(k);
    if (known !== undefined) return known;
    let r: boolean;
    if (s === field.segments.length) r = p === path.length;
    else {
      const seg = field.segments[s]!;
      if (seg.deep) r = at(s + 1, p) || (p < path.length && at(s, p + 1));
      else r = p < path.length && seg.test(path[p]!) && at(s + 1, p + 1);
    }
    memo.set(k, r);
    return r;
  };
  return at(0, 0);
}
