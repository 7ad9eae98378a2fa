// The keyword prefilter: one pass over a fragment's text picks the rules that can match in it
// (gitleaks' keyword idea, with every rule's keywords in one Aho-Corasick automaton instead of one
// search per keyword or one big regex alternation). A fragment without any keyword costs exactly
// one walk over its characters; rules without keywords always run.
//
// The same walk records where the anchors of content rules occur (their literal prefixes, see
// anchored.ts): those rules then run their regex only at these offsets instead of at every one.
//
// Matching is case-insensitive (keywords are stored lower-case by the rule loader). The automaton
// is a full DFA over a small alphabet: every character that occurs in no keyword shares class 0,
// whose transitions all lead back to the start, so the inner loop is two array reads per character.
import type { Rule } from '../rules/types.js';
import { ruleAnchors } from './anchored.js';

/**
 * Lists per state or per id, flattened: the list of `i` is `items[start[i]]` to
 * `items[start[i + 1] - 1]`. Two typed arrays instead of one per list: a hook builds these before
 * its first scan, in code not compiled yet, where every small array costs an allocation.
 */
interface Lists {
  start: Int32Array;
  items: Int32Array;
}

/** `lists[i]` as one flat Lists (see above). */
function flatten(lists: readonly (readonly number[] | undefined)[]): Lists {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + (lists[i]?.length ?? 0);
  const items = new Int32Array(start[lists.length]!);
  for (let i = 0; i < lists.length; i++) {
    const l = lists[i];
    if (l) for (let k = 0; k < l.length; k++) items[start[i]! + k] = l[k]!;
  }
  return { start, items };
}

/** The automaton over an index's keywords and anchors (never an empty one: a rule with one always runs). */
class Automaton {
  /** ASCII code -> character class (case folded); 0 = in no keyword. */
  readonly ascii = new Uint8Array(128);
  /** Non-ASCII characters that occur in some keyword (both cases) -> class. */
  readonly wide = new Map<number, number>();
  readonly classes: number;
  readonly states: number;
  /**
   * delta[state * classes + class] = next state * classes (pre-multiplied: one add per step),
   * bit-inverted (~x, negative) when a keyword ends in the next state: one sign test per step.
   */
  readonly delta: Int32Array;
  /** Per state: the keyword ids that end there (its own and those of its suffix states). */
  readonly output: Lists;

  constructor(keywords: readonly string[]) {
    let classes = 1;
    const classOf = (code: number, ch: string): number => {
      if (code < 128) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code;
        if (this.ascii[lower] === 0) {
          this.ascii[lower] = classes++;
          if (lower >= 97 && lower <= 122) this.ascii[lower - 32] = this.ascii[lower]!;
        }
        return this.ascii[lower]!;
      }
      let c = this.wide.get(code);
      if (c === undefined) {
        c = classes++;
        for (const v of new Set([ch, ch.toLowerCase(), ch.toUpperCase()])) if (v.length === 1) this.wide.set(v.charCodeAt(0), c);
      }
      return c;
    };
    // Every hook builds this before its first scan, in code not compiled yet: flat typed arrays (no
    // map or list per state) and loops over keyword characters and states, never over the table.
    // A keyword character outside the BMP is two code units; the text is walked by code unit.
    // The keywords' characters as classes, one after another (keyword `id` from unitStart[id]).
    const unitStart = new Int32Array(keywords.length + 1);
    for (let id = 0; id < keywords.length; id++) unitStart[id + 1] = unitStart[id]! + keywords[id]!.length;
    const capacity = unitStart[keywords.length]! + 1;
    const units = new Int32Array(capacity);
    let depth = 0;
    for (let id = 0; id < keywords.length; id++) {
      const k = keywords[id]!;
      if (k.length > depth) depth = k.length;
      for (let i = 0; i < k.length; i++) units[unitStart[id]! + i] = classOf(k.charCodeAt(i), k[i]!);
    }
    this.classes = classes;
    // The trie: goto table (0: no child; the root is nobody's child), each state's parent and class.
    // Built one depth at a time, so states are numbered breadth-first: a state's failure state has a
    // smaller number, and the shallow states, where a walk spends nearly all its steps, have
    // neighbouring rows at the start of the table.
    const child = new Int32Array(capacity * classes);
    const parent = new Int32Array(capacity);
    const via = new Int32Array(capacity);
    /** The state where each keyword ends; per state, the keyword ending there (-1: none; ids are distinct words). */
    const at = new Int32Array(keywords.length);
    const ends = new Int32Array(capacity).fill(-1);
    let states = 1;
    for (let d = 0; d < depth; d++) {
      for (let id = 0; id < keywords.length; id++) {
        const length = unitStart[id + 1]! - unitStart[id]!;
        if (d >= length) continue;
        const unit = units[unitStart[id]! + d]!;
        const s = at[id]!;
        const slot = s * classes + unit;
        let t = child[slot]!;
        if (t === 0) {
          t = states++;
          child[slot] = t;
          parent[t] = s;
          via[t] = unit;
        }
        at[id] = t;
        if (d === length - 1) ends[t] = id;
      }
    }
    this.states = states;
    // Each state's children, grouped by parent (a counting sort).
    const first = new Int32Array(states + 1);
    for (let t = 1; t < states; t++) first[parent[t]! + 1]++;
    for (let s = 1; s <= states; s++) first[s] += first[s - 1]!;
    const kids = new Int32Array(Math.max(0, states - 1));
    const fill = first.slice();
    for (let t = 1; t < states; t++) kids[fill[parent[t]!]++] = t;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    // A state's outputs are its own keyword, then its failure state's outputs (a shorter suffix,
    // never the same keyword): counted here in state order, filled in below.
    const outCount = new Int32Array(states);
    // In state order: a row starts as a copy of its failure state's row (complete already: that
    // state is shallower) and then takes its children. A child's failure state and outputs are known
    // when its parent's row is written, so the entry is marked (bit-inverted) there and then.
    for (let s = 0; s < states; s++) {
      const row = s * classes;
      const f = fail[s]!;
      if (s > 0) delta.copyWithin(row, f * classes, f * classes + classes);
      for (let k = first[s]!; k < first[s + 1]!; k++) {
        const t = kids[k]!;
        const c = via[t]!;
        let g = 0;
        if (s > 0) {
          const v = delta[f * classes + c]!;
          g = (v < 0 ? ~v : v) / classes;
        }
        fail[t] = g;
        outCount[t] = (ends[t]! >= 0 ? 1 : 0) + outCount[g]!;
        delta[row + c] = outCount[t]! > 0 ? ~(t * classes) : t * classes;
      }
    }
    const start = new Int32Array(states + 1);
    for (let s = 0; s < states; s++) start[s + 1] = start[s]! + outCount[s]!;
    const items = new Int32Array(start[states]!);
    for (let s = 1; s < states; s++) {
      let k = start[s]!;
      if (ends[s]! >= 0) items[k++] = ends[s]!;
      const g = fail[s]!;
      items.copyWithin(k, start[g]!, start[g + 1]!);
    }
    this.delta = delta;
    this.output = { start, items };
  }

  /**
   * Walks `text` once; for every distinct state with output it reaches (seen[state] !== gen),
   * appends the state to `found`. Every time it reaches a state where an anchor ends
   * (anchorAt[state] === 1), appends the state and the offset of the last character to `hits`.
   */
  walk(text: string, seen: Uint32Array, gen: number, found: number[], anchorAt: Uint8Array, hits: number[]): void {
    const { ascii, delta, classes } = this;
    let s = 0;
    if (this.wide.size === 0) {
      // Every keyword is ASCII: any other character leads back to the start (class 0).
      for (let i = 0, n = text.length; i < n; i++) {
        const code = text.charCodeAt(i);
        s = code < 128 ? delta[s + ascii[code]!]! : delta[s]!;
        if (s < 0) {
          s = ~s;
          const state = s / classes;
          if (anchorAt[state] === 1) hits.push(state, i);
          if (seen[state] !== gen) {
            seen[state] = gen;
            found.push(state);
          }
        }
      }
      return;
    }
    const wide = this.wide;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      s = delta[s + (code < 128 ? ascii[code]! : (wide.get(code) ?? 0))]!;
      if (s < 0) {
        s = ~s;
        const state = s / classes;
        if (anchorAt[state] === 1) hits.push(state, i);
        if (seen[state] !== gen) {
          seen[state] = gen;
          found.push(state);
        }
      }
    }
  }
}

/** What one walk over a text found. Valid until the next walk of the same index. */
export interface Prefiltered {
  /** The active rules: those whose keywords occur (any case) and those without keywords. */
  rules: Rule[];
  /**
   * For an active rule with anchors: the ascending offsets where one of its anchors occurs, which
   * include every offset where a match can start. Undefined for rules without anchors.
   */
  startsOf(rule: Rule): readonly number[] | undefined;
}

export class KeywordIndex {
  private readonly unkeyed: number[];
  private readonly rules: readonly Rule[];
  private readonly position = new Map<Rule, number>();
  private readonly automaton: Automaton | undefined;
  /** keyword id -> positions (in `rules`) of the rules it activates. */
  private readonly rulesOf: Lists;
  /** keyword id -> its length when it is some rule's anchor (else 0), and the rules it anchors. */
  private readonly anchorLength: Int32Array;
  private readonly anchoredBy: Lists;
  /** Per state: 1 when an anchor ends there; the anchor ids that end there. */
  private readonly anchorAt: Uint8Array;
  private readonly anchorsAt: Lists;
  /** Per rule position: 1 when the rule has anchors; how many characters a match has before its anchor. */
  private readonly anchored: Uint8Array;
  private readonly skip: Int32Array;
  /** Scratch lists of one walk: output states reached, (state, offset) pairs of anchor ends. */
  private readonly found: number[] = [];
  private readonly hits: number[] = [];
  /** Orders asked for (see membersOf). */
  private readonly orders = new WeakMap<readonly Rule[], Uint8Array | null>();
  private lastOrder: readonly Rule[] | undefined;
  private lastMembers: Uint8Array | undefined;
  /** Positions of the rules the last walk activated, in the order they were marked. */
  private readonly active: number[] = [];
  /** Per rule position: the start offsets of the last walk (valid when startGen[i] === gen). */
  private readonly starts: number[][];
  private readonly startGen: Uint32Array;
  private readonly unsorted: Uint8Array;
  /** Per-call marks, reset by bumping a generation instead of clearing. */
  private gen = 0;
  private readonly activeGen: Uint32Array;
  private readonly stateGen: Uint32Array;

  constructor(rules: readonly Rule[]) {
    this.rules = rules;
    rules.forEach((r, i) => this.position.set(r, i));
    // An empty keyword occurs everywhere: such a rule always runs, as one without keywords.
    const keywordsOf = (r: Rule) => (r.keywords.includes('') ? [] : r.keywords);
    this.unkeyed = rules.map((r, i) => (keywordsOf(r).length === 0 ? i : -1)).filter((i) => i >= 0);
    const ids = new Map<string, number>();
    const byKeyword: number[][] = [];
    const byAnchor: number[][] = [];
    const idOf = (k: string): number => {
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
        byKeyword.push([]);
        byAnchor.push([]);
      }
      return id;
    };
    this.anchored = new Uint8Array(rules.length);
    this.skip = new Int32Array(rules.length);
    rules.forEach((r, i) => {
      for (const k of new Set(keywordsOf(r))) byKeyword[idOf(k)]!.push(i);
      const found = ruleAnchors(r);
      const anchors = found?.words;
      if (anchors) {
        this.anchored[i] = 1;
        this.skip[i] = found.skip;
        for (const a of anchors) byAnchor[idOf(a)]!.push(i);
      }
    });
    this.rulesOf = flatten(byKeyword);
    this.anchoredBy = flatten(byAnchor);
    const words = [...ids.keys()];
    const anchorLength = new Int32Array(words.length);
    for (let id = 0; id < words.length; id++) if (byAnchor[id]!.length) anchorLength[id] = words[id]!.length;
    this.anchorLength = anchorLength;
    this.automaton = ids.size ? new Automaton(words) : undefined;
    const states = this.automaton ? this.automaton.states : 0;
    this.anchorAt = new Uint8Array(states);
    const anchorsAt: (number[] | undefined)[] = new Array(states);
    if (this.automaton) {
      const { start, items } = this.automaton.output;
      for (let st = 0; st < states; st++) {
        for (let k = start[st]!; k < start[st + 1]!; k++) {
          const id = items[k]!;
          if (anchorLength[id] === 0) continue;
          (anchorsAt[st] ??= []).push(id);
          this.anchorAt[st] = 1;
        }
      }
    }
    this.anchorsAt = flatten(anchorsAt);
    this.starts = rules.map(() => []);
    this.startGen = new Uint32Array(rules.length);
    this.unsorted = new Uint8Array(rules.length);
    this.activeGen = new Uint32Array(rules.length);
    this.stateGen = new Uint32Array(states);
  }

  /** One walk over `text`: the active rules in the order of `order` (rules this index was not built with are left out), and their anchors' offsets. */
  scan(text: string, order: readonly Rule[]): Prefiltered {
    const gen = this.mark(text);
    const result: Rule[] = [];
    const members = this.membersOf(order);
    if (members) {
      // The active rules were listed as they were marked: usually a few of the hundreds.
      const active = this.active;
      for (let k = 1; k < active.length; k++) {
        if (active[k - 1]! > active[k]!) {
          active.sort((a, b) => a - b);
          break;
        }
      }
      for (let k = 0; k < active.length; k++) if (members[active[k]!] === 1) result.push(this.rules[active[k]!]!);
    } else {
      for (const r of order) {
        const i = this.position.get(r);
        if (i !== undefined && this.activeGen[i] === gen) result.push(r);
      }
    }
    return {
      rules: result,
      startsOf: (rule) => {
        if (gen !== this.gen) throw new Error('KeywordIndex: offsets asked for after the next walk');
        const i = this.position.get(rule);
        if (i === undefined || this.anchored[i] === 0) return undefined;
        const list = this.startGen[i] === gen ? this.starts[i]! : [];
        if (this.unsorted[i] === 1) {
          list.sort((a, b) => a - b);
          this.unsorted[i] = 0;
        }
        return list;
      },
    };
  }

  /**
   * For an `order` that lists some of this index's rules in the index's own order (the engine's
   * rule lists): which positions it holds, so a walk's few active rules are picked without going
   * through all of them. Undefined for any other order (answered rule by rule).
   */
  private membersOf(order: readonly Rule[]): Uint8Array | undefined {
    if (order === this.lastOrder) return this.lastMembers;
    let members = this.orders.get(order);
    if (members === undefined) {
      members = new Uint8Array(this.rules.length);
      let last = -1;
      for (const r of order) {
        const i = this.position.get(r);
        if (i === undefined || i <= last) {
          members = null;
          break;
        }
        members[i] = 1;
        last = i;
      }
      this.orders.set(order, members);
    }
    this.lastOrder = order;
    this.lastMembers = members ?? undefined;
    return this.lastMembers;
  }

  /** The active rules of `text` (see scan). */
  activeRules(text: string, order: readonly Rule[]): Rule[] {
    return this.scan(text, order).rules;
  }

  /**
   * One walk over the text; afterwards activeGen[i] === the returned generation for active rules,
   * and the start offsets of active anchored rules are in `starts` (startGen[i] === generation).
   */
  private mark(text: string): number {
    const gen = this.nextGen();
    const active = this.active;
    active.length = 0;
    for (const i of this.unkeyed) {
      this.activeGen[i] = gen;
      active.push(i);
    }
    const automaton = this.automaton;
    const found = this.found;
    found.length = 0;
    if (!automaton) return gen;
    const hits = this.hits;
    hits.length = 0;
    automaton.walk(text, this.stateGen, gen, found, this.anchorAt, hits);
    const output = automaton.output;
    const rulesOf = this.rulesOf;
    for (const state of found) {
      for (let j = output.start[state]!, jn = output.start[state + 1]!; j < jn; j++) {
        const id = output.items[j]!;
        for (let k = rulesOf.start[id]!, kn = rulesOf.start[id + 1]!; k < kn; k++) {
          const r = rulesOf.items[k]!;
          if (this.activeGen[r] === gen) continue;
          this.activeGen[r] = gen;
          active.push(r);
        }
      }
    }
    // Anchor ends -> match starts, for the active rules only; in walk order, so a rule's list is
    // ascending unless it has anchors of different lengths (then it is sorted when asked for).
    const anchorsAt = this.anchorsAt;
    const anchoredBy = this.anchoredBy;
    for (let h = 0; h < hits.length; h += 2) {
      const state = hits[h]!;
      const end = hits[h + 1]!;
      for (let j = anchorsAt.start[state]!, jn = anchorsAt.start[state + 1]!; j < jn; j++) {
        const id = anchorsAt.items[j]!;
        const anchorStart = end - this.anchorLength[id]! + 1;
        for (let k = anchoredBy.start[id]!, kn = anchoredBy.start[id + 1]!; k < kn; k++) {
          const r = anchoredBy.items[k]!;
          if (this.activeGen[r] !== gen) continue;
          const start = anchorStart - this.skip[r]!;
          if (start < 0) continue;
          const list = this.starts[r]!;
          if (this.startGen[r] !== gen) {
            this.startGen[r] = gen;
            this.unsorted[r] = 0;
            list.length = 0;
          }
          if (list.length > 0 && list[list.length - 1]! > start) this.unsorted[r] = 1;
          list.push(start);
        }
      }
    }
    return gen;
  }

  private nextGen(): number {
    if (this.gen === 0xffffffff) {
      this.gen = 0;
      this.activeGen.fill(0);
      this.stateGen.fill(0);
      this.startGen.fill(0);
    }
    return ++this.gen;
  }
}
