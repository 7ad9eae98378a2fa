// The keyword prefilter: one pass over a fragment's text picks the rules that can match in it
// (gitleaks' keyword idea, with every rule's keywords in one Aho-Corasick automaton instead of one
// search per keyword or one big regex alternation). A fragment without any keyword costs exactly
// one walk over its characters; rules without keywords always run.
//
// Matching is case-insensitive (keywords are stored lower-case by the rule loader). The automaton
// is a full DFA over a small alphabet: every character that occurs in no keyword shares class 0,
// whose transitions all lead back to the start, so the inner loop is two array reads per character.
import type { Rule } from '../rules/types.js';

/** The automaton, shared by every KeywordIndex built over the same keywords. */
class Automaton {
  /** ASCII code -> character class (case folded); 0 = in no keyword. */
  readonly ascii = new Uint8Array(128);
  /** Non-ASCII characters that occur in some keyword (both cases) -> class. */
  readonly wide = new Map<number, number>();
  readonly classes: number;
  /**
   * delta[state * classes + class] = next state * classes (pre-multiplied: one add per step),
   * bit-inverted (~x, negative) when a keyword ends in the next state: one sign test per step.
   */
  readonly delta: Int32Array;
  /** Keyword ids that end at a state (its own and those of its suffix states), or undefined. */
  readonly output: (Int32Array | undefined)[];

  constructor(keywords: readonly string[]) {
    let classes = 1;
    const classOf = (ch: string): number => {
      const code = ch.charCodeAt(0);
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
    // The trie, with transitions in maps while it is built.
    const next: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    keywords.forEach((k, id) => {
      let s = 0;
      for (const ch of k) {
        // A keyword character outside the BMP is two code units; the text is walked by code unit.
        for (let i = 0; i < ch.length; i++) {
          const c = classOf(ch[i]!);
          let t = next[s]!.get(c);
          if (t === undefined) {
            t = next.length;
            next.push(new Map());
            own.push([]);
            next[s]!.set(c, t);
          }
          s = t;
        }
      }
      own[s]!.push(id);
    });
    this.classes = classes;
    const states = next.length;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const out: number[][] = own.map((o) => [...o]);
    // Breadth-first: a state's failure state is shallower, so its row is complete when needed. A row
    // starts as a copy of its failure state's row (one native copy) and then takes its own
    // transitions: every hook builds this, in code that is not compiled yet, so it does little in JS.
    const queue: number[] = [];
    for (const [c, t] of next[0]!) {
      delta[c] = t * classes;
      queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      for (const id of out[f]!) if (!out[s]!.includes(id)) out[s]!.push(id);
      const row = s * classes;
      delta.copyWithin(row, f * classes, f * classes + classes);
      for (const [c, t] of next[s]!) {
        fail[t] = delta[f * classes + c]! / classes;
        delta[row + c] = t * classes;
        queue.push(t);
      }
    }
    const hasOutput = out.map((o) => o.length > 0);
    for (let i = 0; i < delta.length; i++) {
      const t = delta[i]!;
      if (hasOutput[t / classes]) delta[i] = ~t;
    }
    this.delta = delta;
    this.output = out.map((o) => (o.length ? Int32Array.from(o) : undefined));
  }

  /**
   * Walks `text` once; for every distinct state with output it reaches (seen[state] !== gen),
   * appends the state to `found` and returns how many. A keyword seen again costs nothing more.
   */
  walk(text: string, seen: Uint32Array, gen: number, found: number[]): void {
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
        if (seen[state] !== gen) {
          seen[state] = gen;
          found.push(state);
        }
      }
    }
  }
}

export class KeywordIndex {
  private readonly unkeyed: number[];
  private readonly rules: readonly Rule[];
  private readonly position = new Map<Rule, number>();
  private readonly automaton: Automaton | undefined;
  /** keyword id -> positions (in `rules`) of the rules it activates. */
  private readonly rulesOf: Int32Array[] = [];
  /** Scratch list of the output states one walk reached. */
  private readonly found: number[] = [];
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
    rules.forEach((r, i) => {
      for (const k of new Set(keywordsOf(r))) {
        let id = ids.get(k);
        if (id === undefined) {
          id = ids.size;
          ids.set(k, id);
          byKeyword.push([]);
        }
        byKeyword[id]!.push(i);
      }
    });
    this.rulesOf = byKeyword.map((l) => Int32Array.from(l));
    this.automaton = ids.size ? new Automaton([...ids.keys()]) : undefined;
    this.activeGen = new Uint32Array(rules.length);
    this.stateGen = new Uint32Array(this.automaton ? this.automaton.output.length : 0);
  }

  /**
   * The rules whose keywords occur in `text` (any case), plus the rules without keywords, in the
   * order of `order`. Rules in `order` that this index was not built with are left out.
   */
  activeRules(text: string, order: readonly Rule[]): Rule[] {
    const gen = this.mark(text);
    const result: Rule[] = [];
    if (order === this.rules) {
      for (let i = 0; i < order.length; i++) if (this.activeGen[i] === gen) result.push(order[i]!);
      return result;
    }
    for (const r of order) {
      const i = this.position.get(r);
      if (i !== undefined && this.activeGen[i] === gen) result.push(r);
    }
    return result;
  }

  /** True when some keyword of some rule occurs in `text` (rules without keywords do not count). */
  anyKeyword(text: string): boolean {
    if (!this.automaton) return false;
    const found = this.found;
    found.length = 0;
    this.automaton.walk(text, this.stateGen, this.nextGen(), found);
    return found.length > 0;
  }

  /** One walk over the text; afterwards activeGen[i] === the returned generation for active rules. */
  private mark(text: string): number {
    const gen = this.nextGen();
    for (const i of this.unkeyed) this.activeGen[i] = gen;
    const automaton = this.automaton;
    if (!automaton) return gen;
    const found = this.found;
    found.length = 0;
    automaton.walk(text, this.stateGen, gen, found);
    for (const state of found) {
      const ids = automaton.output[state]!;
      for (let j = 0; j < ids.length; j++) {
        const list = this.rulesOf[ids[j]!]!;
        for (let k = 0; k < list.length; k++) this.activeGen[list[k]!] = gen;
      }
    }
    return gen;
  }

  private nextGen(): number {
    if (this.gen === 0xffffffff) {
      this.gen = 0;
      this.activeGen.fill(0);
      this.stateGen.fill(0);
    }
    return ++this.gen;
  }
}
