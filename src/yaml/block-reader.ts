// A fast reader for the plain block YAML that nearly every manifest and values file is: block
// mappings and sequences, plain and quoted scalars, block scalars (`|`, `>-`, and so on) and one-line
// flow collections of scalars (`[]`, `{}`, `["--port", 8080]`).
// It builds exactly the node tree that the js-yaml event path in documents.ts builds (same values,
// offsets and styles) about seven times as fast (35 MB/s against 5 here), because it reads whole
// lines instead of characters.
//
// It never judges a document: on anything outside that subset (nested or multi-line flow
// collections, anchors, aliases, tags, most escapes, explicit and multi-line keys, tabs, CR line
// breaks, odd characters, any indentation js-yaml would refuse) it gives up and returns undefined,
// and the caller asks js-yaml, which decides what the document means or why it is invalid.
// test/block-reader.test.ts holds the two readers to the same tree on every document it accepts.
import { getScalarValue, SCALAR_STYLE, CHOMPING_MODE, type ScalarEvent } from 'js-yaml';
import type { YMap, YNode, YScalar, YSeq } from './documents.js';
import { MAX_DEPTH } from './limits.js';

/** Characters left to js-yaml: tab, CR, C0/C1 controls, DEL, surrogates (astral characters), BOM, U+FFFE/FFFF. */
const UNSUPPORTED = /[^\n\x20-\x7E\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;
/**
 * Well below js-yaml's depth limit, so a document accepted here can never be one that js-yaml
 * refuses for its depth (48 levels of collections).
 */
const MAX_NESTING = MAX_DEPTH - 16;

/** `\0 \a \b \t \n \v \f \r \e \  \" \/ \\ \N \_ \L \P`: the escapes js-yaml takes without reading further. */
const SIMPLE_ESCAPE = new Set([48, 97, 98, 116, 110, 118, 102, 114, 101, 32, 34, 47, 92, 78, 95, 76, 80]);

const NL = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;

/** Thrown (never escapes this module) when the document leaves the subset. */
const GIVE_UP: unique symbol = Symbol('give up');

/** The node tree of one document `body` (offsets shifted by `base`), or undefined: ask js-yaml. */
export function readBlockTree(body: string, base: number): YNode | undefined {
  if (UNSUPPORTED.test(body)) return undefined;
  try {
    return new BlockReader(body, base).document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

class BlockReader {
  private readonly n: number;
  /** Start of the first line the last node did not consume. */
  private at = 0;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly base: number,
  ) {
    this.n = s.length;
  }

  document(): YNode {
    const first = this.content(0);
    if (first >= this.n) throw GIVE_UP;
    const root = this.node(first, this.indent(first));
    if (this.content(this.at) < this.n) throw GIVE_UP;
    return root;
  }

  // --- lines -------------------------------------------------------------------------------------

  /** Start of the first line at or after line start `p` with content (not blank, not only a comment); n at the end. */
  private content(p: number): number {
    const { s, n } = this;
    while (p < n) {
      let i = p;
      while (s.charCodeAt(i) === SPACE) i++;
      const c = s.charCodeAt(i);
      if (i < n && c !== NL && c !== HASH) return p;
      const e = s.indexOf('\n', i);
      if (e < 0) return n;
      p = e + 1;
    }
    return n;
  }

  private indent(p: number): number {
    let i = p;
    while (this.s.charCodeAt(i) === SPACE) i++;
    return i - p;
  }

  private lineEnd(p: number): number {
    const e = this.s.indexOf('\n', p);
    return e < 0 ? this.n : e;
  }

  /**
   * From line start `p`, the first character that is not a space on a line that is not blank (its
   * column is its indentation), or n. What js-yaml's skipSeparationSpace reaches without comments.
   */
  private firstAfterBlankLines(p: number): number {
    const s = this.s;
    for (;;) {
      while (s.charCodeAt(p) === SPACE) p++;
      if (s.charCodeAt(p) !== NL) return Math.min(p, this.n);
      p++;
    }
  }

  private lineStart(i: number): number {
    return this.s.lastIndexOf('\n', i - 1) + 1;
  }

  /** `-` followed by a space, a line break or the end: a sequence entry. */
  private isEntry(q: number): boolean {
    if (this.s.charCodeAt(q) !== DASH) return false;
    const c = this.s.charCodeAt(q + 1);
    return q + 1 >= this.n || c === SPACE || c === NL;
  }

  /** `:` followed by a space, a line break or the end: a mapping value indicator. */
  private isValueIndicator(i: number): boolean {
    if (this.s.charCodeAt(i) !== COLON) return false;
    const c = this.s.charCodeAt(i + 1);
    return i + 1 >= this.n || c === SPACE || c === NL;
  }

  // --- collections -------------------------------------------------------------------------------

  /** The block node whose first line starts at `line` and whose content starts at column `col`. */
  private node(line: number, col: number): YNode {
    const q = line + col;
    if (this.isEntry(q)) return this.sequence(line, col);
    return this.mapping(line, col);
  }

  /**
   * The node of an entry whose line ends after its indicator (`key:`, `-`; `e` is that line's end):
   * on the next lines, deeper than `col` (or, for a mapping's value, a sequence at `col`), else empty.
   */
  private nodeBelow(e: number, col: number, sequenceAtCol: boolean): YNode {
    const next = this.content(e + 1);
    const ind = next < this.n ? this.indent(next) : -1;
    if (ind > col) return this.node(next, ind);
    if (sequenceAtCol && ind === col && this.isEntry(next + ind)) return this.sequence(next, ind);
    this.at = next;
    return this.empty();
  }

  /**
   * After an entry of the collection at column `col`: the start of the next line at that column, or
   * -1 where the collection ends (the end, or a line further left). A line further right is no entry
   * of anything here (a continuation or an error): js-yaml's call.
   */
  private nextAt(col: number): number {
    const next = this.content(this.at);
    if (next >= this.n) return -1;
    const ind = this.indent(next);
    if (ind > col) throw GIVE_UP;
    this.at = next;
    return ind < col ? -1 : next;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) throw GIVE_UP;
  }

  /** A block mapping whose keys sit at column `col`; the first key on line `line`. */
  private mapping(line: number, col: number): YMap {
    this.enter();
    const s = this.s;
    const map: YMap = { type: 'map', pairs: [], start: this.base + line + col, tag: undefined };
    for (;;) {
      const key = this.key(line + col);
      let v = this.at;
      while (s.charCodeAt(v) === SPACE) v++;
      const e = this.lineEnd(v);
      // Nothing after `key:` on its line: the value is on the next lines (a sequence may sit at the
      // key's column), or empty.
      const value = v >= e || s.charCodeAt(v) === HASH ? this.nodeBelow(e, col, true) : this.inline(v, e, col);
      map.pairs.push({ key, value });
      const next = this.nextAt(col);
      if (next < 0) break;
      line = next;
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose `-` entries sit at column `col`; the first on line `line`. */
  private sequence(line: number, col: number): YSeq {
    this.enter();
    const s = this.s;
    const seq: YSeq = { type: 'seq', items: [], start: this.base + line + col, tag: undefined };
    for (;;) {
      let v = line + col + 1;
      while (s.charCodeAt(v) === SPACE) v++;
      const e = this.lineEnd(v);
      let item: YNode;
      if (v >= e || s.charCodeAt(v) === HASH) item = this.nodeBelow(e, col, false);
      else if (this.isEntry(v)) throw GIVE_UP; // `- - a`: a compact nested sequence
      else if (this.keyLine(v, e)) item = this.mapping(line, v - line);
      else item = this.inline(v, e, col);
      seq.items.push(item);
      const next = this.nextAt(col);
      if (next < 0 || !this.isEntry(next + col)) break;
      line = next;
    }
    this.depth--;
    return seq;
  }

  // --- keys --------------------------------------------------------------------------------------

  /** Does the text at `v` (up to the line end `e`) open with a mapping key? */
  private keyLine(v: number, e: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(v);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(v, e, c);
      return close >= 0 && this.isValueIndicator(close + 1);
    }
    if (!this.plainStart(v)) return false;
    for (let i = v; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COLON && this.isValueIndicator(i)) return true;
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) return false;
    }
    return false;
  }

  /** The key at `q` and its `:`; sets `at` just past the `:`. */
  private key(q: number): YScalar {
    const s = this.s;
    const e = this.lineEnd(q);
    const c = s.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(q, e, c);
      if (close < 0 || !this.isValueIndicator(close + 1)) throw GIVE_UP;
      this.at = close + 2;
      return this.quoted(q, close, c);
    }
    if (!this.plainStart(q)) throw GIVE_UP;
    for (let i = q; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (ch === COLON && this.isValueIndicator(i)) {
        // `key :` (space before the colon) is valid YAML but rare; js-yaml trims it its own way.
        if (s.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
        this.at = i + 1;
        return this.scalar(s.slice(q, i), true, false, q, i);
      }
      if (ch === HASH && s.charCodeAt(i - 1) === SPACE) break;
    }
    throw GIVE_UP;
  }

  // --- scalars -----------------------------------------------------------------------------------

  /**
   * A value that starts on its key's (or entry's) line at `v`, the line ending at `e`. `col` is the
   * column of the collection holding it. Sets `at` to the line after the value.
   */
  private inline(v: number, e: number, col: number): YNode {
    const s = this.s;
    const c = s.charCodeAt(v);
    let node: YNode;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      node = this.quotedValue(v, c, col + 1);
      after = this.at;
      e = this.lineEnd(after);
    } else if (c === 124 /* | */ || c === 62 /* > */) {
      return this.blockScalar(v, e, col + 1);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      node = this.flow(v, e);
      after = this.at;
    } else return this.plain(v, e, col + 1);
    // After a quoted scalar or `{}`: spaces, then the line end or a comment.
    let i = after;
    while (s.charCodeAt(i) === SPACE) i++;
    if (i < e && !(s.charCodeAt(i) === HASH && i > after)) throw GIVE_UP;
    this.at = e < this.n ? e + 1 : e;
    return node;
  }

  /**
   * A plain scalar from `v` (its first line ending at `e`), continued on following lines indented at
   * least `nodeIndent`, as js-yaml's readPlainScalar reads it. Sets `at` to the line where it stopped.
   */
  private plain(v: number, e: number, nodeIndent: number): YScalar {
    const { s, n } = this;
    if (!this.plainStart(v)) throw GIVE_UP;
    let end = v;
    let lineEnd = e;
    let multiline = false;
    for (let i = v; ; ) {
      // One line of the scalar, from `i` to `lineEnd`.
      let comment = false;
      for (; i < lineEnd; i++) {
        const ch = s.charCodeAt(i);
        if (ch === COLON && this.isValueIndicator(i)) throw GIVE_UP;
        if (ch === HASH && s.charCodeAt(i - 1) === SPACE) {
          comment = true;
          break;
        }
        if (ch !== SPACE) end = i + 1;
      }
      this.at = lineEnd < n ? lineEnd + 1 : n;
      if (comment || lineEnd >= n) break;
      // The next line that is not blank continues the scalar when it is indented enough.
      const first = this.firstAfterBlankLines(lineEnd + 1);
      if (first >= n || first - this.lineStart(first) < nodeIndent) break;
      multiline = true;
      // A comment line ends the scalar (js-yaml stops at its `#`).
      if (s.charCodeAt(first) === HASH) break;
      i = first;
      lineEnd = this.lineEnd(i);
    }
    const value = multiline ? getScalarValue(s, { valueStart: v, valueEnd: end, style: SCALAR_STYLE.PLAIN, fast: false } as unknown as ScalarEvent) : s.slice(v, end);
    return this.scalar(value, true, false, v, end);
  }

  /**
   * A quoted scalar opened at `q`, possibly over several lines (each indented at least `nodeIndent`,
   * else js-yaml refuses it). Sets `at` just past the closing quote.
   */
  private quotedValue(q: number, quote: number, nodeIndent: number): YScalar {
    const { s, n } = this;
    let simple = true;
    for (let i = q + 1; i < n; i++) {
      const ch = s.charCodeAt(i);
      if (ch === quote) {
        if (quote === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) {
          simple = false;
          i++;
          continue;
        }
        this.at = i + 1;
        if (simple) return this.scalar(s.slice(q + 1, i), false, false, q + 1, i);
        const style = quote === SQUOTE ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED;
        const value = getScalarValue(s, { valueStart: q + 1, valueEnd: i, style, fast: false } as unknown as ScalarEvent);
        return this.scalar(value, false, false, q + 1, i);
      }
      if (ch === 92 /* \ */ && quote === DQUOTE) {
        // Only the one-character escapes; js-yaml checks and decodes the rest.
        if (!SIMPLE_ESCAPE.has(s.charCodeAt(i + 1))) throw GIVE_UP;
        simple = false;
        i++;
      } else if (ch === NL) {
        simple = false;
        const first = this.firstAfterBlankLines(i + 1);
        if (first >= n || first - this.lineStart(first) < nodeIndent) throw GIVE_UP;
        i = first - 1;
      }
    }
    throw GIVE_UP;
  }

  /**
   * A flow collection on one line holding scalars only: `[]`, `{}`, `["--port", 8080]`,
   * `{cpu: 100m, memory: "128Mi"}`. Nested collections, pairs inside `[...]`, colons inside plain
   * scalars, empty entries and lines that do not close it are js-yaml's. Sets `at` past the closer.
   */
  private flow(v: number, e: number): YMap | YSeq {
    const s = this.s;
    const mapping = s.charCodeAt(v) === 123;
    const closer = mapping ? 125 : 93;
    const start = this.base + v;
    const map: YMap = { type: 'map', pairs: [], start, tag: undefined };
    const seq: YSeq = { type: 'seq', items: [], start, tag: undefined };
    let i = v + 1;
    for (;;) {
      while (s.charCodeAt(i) === SPACE) i++;
      if (i >= e) throw GIVE_UP;
      if (s.charCodeAt(i) === closer) break;
      const first = this.flowScalar(i, e, mapping);
      i = this.at;
      if (mapping) {
        // `key: value` with a space after the colon: the one spelling whose reading is plain.
        if (s.charCodeAt(i) !== COLON || s.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
        i += 2;
        while (s.charCodeAt(i) === SPACE) i++;
        map.pairs.push({ key: first, value: this.flowScalar(i, e, false) });
        i = this.at;
      } else seq.items.push(first);
      while (s.charCodeAt(i) === SPACE) i++;
      const ch = s.charCodeAt(i);
      if (ch === 44 /* , */) i++;
      else if (ch !== closer) throw GIVE_UP;
    }
    this.at = i + 1;
    return mapping ? map : seq;
  }

  /** A one-line quoted or plain scalar inside a flow collection (a mapping's `key`: up to its colon); sets `at` just past it. */
  private flowScalar(i: number, e: number, key: boolean): YScalar {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(i, e, c);
      if (close < 0) throw GIVE_UP;
      this.at = close + 1;
      return this.quoted(i, close, c);
    }
    // Plain: none of the flow indicators, `:` or a comment, and no `-`/`?` that could be an indicator.
    if (!this.plainStart(i) || c === DASH || c === 63) throw GIVE_UP;
    let end = i;
    let j = i;
    for (; j < e; j++) {
      const ch = s.charCodeAt(j);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || (key && ch === COLON)) break;
      if (ch === COLON || (ch === HASH && s.charCodeAt(j - 1) === SPACE)) throw GIVE_UP;
      if (ch !== SPACE) end = j + 1;
    }
    this.at = end;
    return this.scalar(s.slice(i, end), true, false, i, end);
  }

  /** Can a plain scalar start at `i`? As js-yaml's canStartPlainScalar, minus the rare `?x` and `:x`. */
  private plainStart(i: number): boolean {
    const c = this.s.charCodeAt(i);
    // Indicators: # & * ! | > ' " % @ ` , [ ] { } ? :
    if (c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === SQUOTE || c === DQUOTE || c === 37 || c === 64 || c === 96) return false;
    if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 63 || c === COLON) return false;
    if (c === SPACE || c === NL || i >= this.n) return false;
    return c !== DASH || !this.isEntry(i);
  }

  /** The closing quote of the one-line key or flow entry opened at `q`, or -1 (a backslash escape is left to js-yaml). */
  private closingQuote(q: number, e: number, quote: number): number {
    const s = this.s;
    for (let i = q + 1; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (quote === DQUOTE && ch === 92 /* \ */) return -1;
      if (ch !== quote) continue;
      if (quote === SQUOTE && s.charCodeAt(i + 1) === SQUOTE) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  private quoted(q: number, close: number, quote: number): YScalar {
    const raw = this.s.slice(q + 1, close);
    const value = quote === SQUOTE && raw.includes("''") ? raw.replace(/''/g, "'") : raw;
    return this.scalar(value, false, false, q + 1, close);
  }

  /**
   * `|` / `>` with an optional chomping indicator, read line by line exactly as js-yaml's
   * readBlockScalar reads it; `parent` is js-yaml's parentIndent (the collection's column + 1).
   */
  private blockScalar(v: number, e: number, parent: number): YScalar {
    const { s, n } = this;
    const style = s.charCodeAt(v) === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let i = v + 1;
    let chomping: number = CHOMPING_MODE.CLIP;
    const c = s.charCodeAt(i);
    if (c === 43 /* + */ || c === DASH) {
      chomping = c === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      i++;
    }
    let spaced = false;
    while (s.charCodeAt(i) === SPACE) {
      i++;
      spaced = true;
    }
    // Anything else in the header (an indentation digit, a second indicator, text) is js-yaml's call.
    if (i < e && !(spaced && s.charCodeAt(i) === HASH)) throw GIVE_UP;
    let pos = e < n ? e + 1 : n;
    const valueStart = pos;
    let valueEnd = pos;
    let contentIndent = -1;
    let maxLeading = 0;
    while (pos < n) {
      const line = pos;
      let column = 0;
      while (s.charCodeAt(line + column) === SPACE) column++;
      if (line + column >= n) {
        if (contentIndent >= 0 ? column > contentIndent : column > 0) valueEnd = line + column;
        break;
      }
      const blank = s.charCodeAt(line + column) === NL;
      if (contentIndent === -1) {
        if (blank) maxLeading = Math.max(maxLeading, column);
        else {
          // js-yaml refuses a first content line indented less than a leading blank line.
          if (column >= parent && column < maxLeading) throw GIVE_UP;
          if (column < parent) break;
          contentIndent = column;
        }
      }
      if (!blank && column < (contentIndent === -1 ? parent + 1 : contentIndent)) break;
      const le = s.indexOf('\n', line);
      if (le < 0) {
        valueEnd = pos = n;
        break;
      }
      valueEnd = pos = le + 1;
    }
    this.at = pos;
    const event = { valueStart, valueEnd, style, chomping, indent: contentIndent, fast: false } as unknown as ScalarEvent;
    return this.scalar(getScalarValue(s, event), false, true, valueStart, valueEnd);
  }

  /** A missing value (`key:` with nothing under it): js-yaml's empty plain scalar, which has no range (-1). */
  private empty(): YScalar {
    return this.scalar('', true, false, -1, -1);
  }

  /** Same fields in the same order as documents.ts builds them (one object shape for both readers). */
  private scalar(value: string, plain: boolean, block: boolean, start: number, end: number): YScalar {
    return { type: 'scalar', value, plain, block, tag: undefined, start: this.base + start, end: this.base + end };
  }
}
