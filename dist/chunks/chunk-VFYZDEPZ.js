import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  effectiveRules,
  loadConfig
} from "./chunk-Z6LMIWVM.js";
import {
  fingerprint,
  isSkipped
} from "./chunk-VCXNBE4A.js";
import {
  decodeBytes
} from "./chunk-ZD45ZS5W.js";
import {
  CHECKS,
  classifyValue,
  isCredentialUrl,
  isDigestLike,
  shannon
} from "./chunk-5ZWGGM7B.js";
import {
  get,
  parseManifest,
  parseRange,
  str
} from "./chunk-A2I6SM73.js";
import {
  ConfigError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/engine/baseline.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync } from "node:fs";
var BASELINE_FILE = ".sealgate-baseline.json";
function readBaseline(file) {
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code = e.code;
    throw new ConfigError([`${file}: cannot read the baseline (${code ?? "not valid JSON"})`]);
  }
  const fps = raw.fingerprints;
  if (!Array.isArray(fps) || !fps.every((f) => typeof f === "string")) {
    throw new ConfigError([`${file}: fingerprints: must be a list of strings`]);
  }
  return new Set(fps);
}
function baselineJson(findings) {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return JSON.stringify({ version: 1, tool: "sealgate", fingerprints }, null, 2) + "\n";
}

// src/parallel/item.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync as readFileSync2, statSync } from "node:fs";
import path from "node:path";

// src/engine/engine.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/text/lines.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LineIndex = class {
  /** Built on first use: most scanned files have no finding and never need a line number. */
  constructor(text) {
    this.text = text;
  }
  text;
  lazyStarts;
  /** Offset at which each line starts; starts[0] = 0. */
  get starts() {
    if (this.lazyStarts) return this.lazyStarts;
    const text = this.text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return this.lazyStarts = starts;
  }
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line of an offset. */
  lineOf(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based line and column (column counts UTF-16 code units, as editors and SARIF do). */
  position(offset) {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line - 1] + 1 };
  }
  lineStart(line) {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
  }
};

// src/engine/keywords.ts
init_define_SEALGATE_EMBEDDED_RULES();
var Automaton = class {
  /** ASCII code -> character class (case folded); 0 = in no keyword. */
  ascii = new Uint8Array(128);
  /** Non-ASCII characters that occur in some keyword (both cases) -> class. */
  wide = /* @__PURE__ */ new Map();
  classes;
  /**
   * delta[state * classes + class] = next state * classes (pre-multiplied: one add per step),
   * bit-inverted (~x, negative) when a keyword ends in the next state: one sign test per step.
   */
  delta;
  /** Keyword ids that end at a state (its own and those of its suffix states), or undefined. */
  output;
  constructor(keywords) {
    let classes = 1;
    const classOf = (ch) => {
      const code = ch.charCodeAt(0);
      if (code < 128) {
        const lower = code >= 65 && code <= 90 ? code + 32 : code;
        if (this.ascii[lower] === 0) {
          this.ascii[lower] = classes++;
          if (lower >= 97 && lower <= 122) this.ascii[lower - 32] = this.ascii[lower];
        }
        return this.ascii[lower];
      }
      let c = this.wide.get(code);
      if (c === void 0) {
        c = classes++;
        for (const v of /* @__PURE__ */ new Set([ch, ch.toLowerCase(), ch.toUpperCase()])) if (v.length === 1) this.wide.set(v.charCodeAt(0), c);
      }
      return c;
    };
    const next = [/* @__PURE__ */ new Map()];
    const own = [[]];
    keywords.forEach((k, id) => {
      let s = 0;
      for (const ch of k) {
        for (let i = 0; i < ch.length; i++) {
          const c = classOf(ch[i]);
          let t = next[s].get(c);
          if (t === void 0) {
            t = next.length;
            next.push(/* @__PURE__ */ new Map());
            own.push([]);
            next[s].set(c, t);
          }
          s = t;
        }
      }
      own[s].push(id);
    });
    this.classes = classes;
    const states = next.length;
    const delta = new Int32Array(states * classes);
    const fail = new Int32Array(states);
    const out = own.map((o) => [...o]);
    const queue = [];
    for (let c = 0; c < classes; c++) {
      const t = next[0].get(c);
      delta[c] = (t ?? 0) * classes;
      if (t !== void 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      const f = fail[s];
      for (const id of out[f]) if (!out[s].includes(id)) out[s].push(id);
      for (let c = 0; c < classes; c++) {
        const t = next[s].get(c);
        if (t === void 0) {
          delta[s * classes + c] = delta[f * classes + c];
        } else {
          fail[t] = s === 0 ? 0 : delta[f * classes + c] / classes;
          delta[s * classes + c] = t * classes;
          queue.push(t);
        }
      }
    }
    for (let i = 0; i < delta.length; i++) if (out[delta[i] / classes].length > 0) delta[i] = ~delta[i];
    this.delta = delta;
    this.output = out.map((o) => o.length ? Int32Array.from(o) : void 0);
  }
  /**
   * Walks `text` once; for every distinct state with output it reaches (seen[state] !== gen),
   * appends the state to `found` and returns how many. A keyword seen again costs nothing more.
   */
  walk(text, seen, gen, found) {
    const { ascii, delta, classes } = this;
    let s = 0;
    if (this.wide.size === 0) {
      for (let i = 0, n = text.length; i < n; i++) {
        const code = text.charCodeAt(i);
        s = code < 128 ? delta[s + ascii[code]] : delta[s];
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
      s = delta[s + (code < 128 ? ascii[code] : wide.get(code) ?? 0)];
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
};
var KeywordIndex = class {
  unkeyed;
  rules;
  position = /* @__PURE__ */ new Map();
  automaton;
  /** keyword id -> positions (in `rules`) of the rules it activates. */
  rulesOf = [];
  /** Scratch list of the output states one walk reached. */
  found = [];
  /** Per-call marks, reset by bumping a generation instead of clearing. */
  gen = 0;
  activeGen;
  stateGen;
  constructor(rules) {
    this.rules = rules;
    rules.forEach((r, i) => this.position.set(r, i));
    const keywordsOf = (r) => r.keywords.includes("") ? [] : r.keywords;
    this.unkeyed = rules.map((r, i) => keywordsOf(r).length === 0 ? i : -1).filter((i) => i >= 0);
    const ids = /* @__PURE__ */ new Map();
    const byKeyword = [];
    rules.forEach((r, i) => {
      for (const k of new Set(keywordsOf(r))) {
        let id = ids.get(k);
        if (id === void 0) {
          id = ids.size;
          ids.set(k, id);
          byKeyword.push([]);
        }
        byKeyword[id].push(i);
      }
    });
    this.rulesOf = byKeyword.map((l) => Int32Array.from(l));
    this.automaton = ids.size ? new Automaton([...ids.keys()]) : void 0;
    this.activeGen = new Uint32Array(rules.length);
    this.stateGen = new Uint32Array(this.automaton ? this.automaton.output.length : 0);
  }
  /**
   * The rules whose keywords occur in `text` (any case), plus the rules without keywords, in the
   * order of `order`. Rules in `order` that this index was not built with are left out.
   */
  activeRules(text, order) {
    const gen = this.mark(text);
    const result = [];
    if (order === this.rules) {
      for (let i = 0; i < order.length; i++) if (this.activeGen[i] === gen) result.push(order[i]);
      return result;
    }
    for (const r of order) {
      const i = this.position.get(r);
      if (i !== void 0 && this.activeGen[i] === gen) result.push(r);
    }
    return result;
  }
  /** True when some keyword of some rule occurs in `text` (rules without keywords do not count). */
  anyKeyword(text) {
    if (!this.automaton) return false;
    const found = this.found;
    found.length = 0;
    this.automaton.walk(text, this.stateGen, this.nextGen(), found);
    return found.length > 0;
  }
  /** One walk over the text; afterwards activeGen[i] === the returned generation for active rules. */
  mark(text) {
    const gen = this.nextGen();
    for (const i of this.unkeyed) this.activeGen[i] = gen;
    const automaton = this.automaton;
    if (!automaton) return gen;
    const found = this.found;
    found.length = 0;
    automaton.walk(text, this.stateGen, gen, found);
    for (const state of found) {
      const ids = automaton.output[state];
      for (let j = 0; j < ids.length; j++) {
        const list = this.rulesOf[ids[j]];
        for (let k = 0; k < list.length; k++) this.activeGen[list[k]] = gen;
      }
    }
    return gen;
  }
  nextGen() {
    if (this.gen === 4294967295) {
      this.gen = 0;
      this.activeGen.fill(0);
      this.stateGen.fill(0);
    }
    return ++this.gen;
  }
};

// src/engine/templates.ts
init_define_SEALGATE_EMBEDDED_RULES();
var OPENER_MARK = /\{[{%#]/g;
var CLOSER = { "{": "}}", "%": "%}", "#": "#}" };
function actionSpans(text) {
  const spans = [];
  const unclosed = /* @__PURE__ */ new Set();
  OPENER_MARK.lastIndex = 0;
  for (let m = OPENER_MARK.exec(text); m; m = OPENER_MARK.exec(text)) {
    const kind = m[0][1];
    if (unclosed.has(kind)) continue;
    const end = text.indexOf(CLOSER[kind], m.index + 2);
    if (end < 0) {
      unclosed.add(kind);
      continue;
    }
    spans.push([m.index, end + 2]);
    OPENER_MARK.lastIndex = end + 2;
  }
  return spans;
}
var OPENER = /^(?:if|range|with|define|block|for|macro|call|filter|set(?=\s+\w+\s*$))\b/;
function hasTemplates(text) {
  return text.includes("{{") || text.includes("{%");
}
function keywordOf(action) {
  const inner = action.slice(2, -2).replace(/^[-+~\s]+/, "");
  if (action.startsWith("{#")) return "#";
  const word = /^[a-z]+/.exec(inner)?.[0] ?? "";
  if (/^(?:end\w*)$/.test(word)) return "end";
  if (word === "else" || word === "elif") return "else";
  return OPENER.test(inner) ? word : "";
}
function maskTemplates(text, opts = {}) {
  const lineStarts = [0];
  if (text.includes("\r")) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  } else for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineEnd = (line) => {
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    while (end > lineStarts[line] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end;
  };
  const spans = actionSpans(text);
  const dead = [];
  const open = [];
  for (const [s, e] of spans) {
    const word = keywordOf(text.slice(s, e));
    if (word === "end") {
      const o = open.pop();
      if (!o) continue;
      if (o.word === "define" || o.word === "macro") dead.push([o.at, e]);
      else if (o.elseAt !== void 0) dead.push([o.elseAt, s]);
    } else if (word === "else") {
      const o = open[open.length - 1];
      if (o && opts.dropElse && o.elseAt === void 0) o.elseAt = s;
    } else if (word !== "" && word !== "#" && word !== "set") open.push({ word, at: s });
  }
  dead.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < dead.length; i++) {
    if (dead[i][0] < dead[i - 1][1]) {
      dead[i - 1][1] = Math.max(dead[i - 1][1], dead[i][1]);
      dead.splice(i--, 1);
    }
  }
  const covered = [...spans, ...dead].sort((a, b) => a[0] - b[0]);
  const actionLine = new Uint8Array(lineStarts.length);
  const otherContent = new Uint8Array(lineStarts.length);
  let cursor = 0;
  for (const [s, e] of covered) {
    if (e <= cursor) continue;
    if (s > cursor) markContent(text, cursor, s, lineOf, lineStarts, otherContent);
    for (let l = lineOf(Math.max(s, cursor)); l <= lineOf(Math.max(s, e - 1)); l++) actionLine[l] = 1;
    cursor = e;
  }
  markContent(text, cursor, text.length, lineOf, lineStarts, otherContent);
  const blank = (line) => actionLine[line] === 1 && otherContent[line] === 0;
  const nextIndent = new Int32Array(lineStarts.length);
  for (let line = lineStarts.length - 1, next = 0; line >= 0; line--) {
    nextIndent[line] = next;
    const start = lineStarts[line];
    const end = lineEnd(line);
    const indent = indentation(text, start, end);
    if (!blank(line) && indent < end - start && text.charCodeAt(start + indent) !== 35) next = indent;
  }
  const edits = [];
  for (let k = 0; k < spans.length; k++) {
    const [s] = spans[k];
    let e = spans[k][1];
    while (k + 1 < spans.length && blanks(text, e, spans[k + 1][0])) e = spans[++k][1];
    const line = lineOf(s);
    if (blank(line) || inside(dead, s)) continue;
    const start = lineStarts[line];
    const indent = indentation(text, start, lineEnd(line));
    const last = lineOf(e - 1);
    const opensBlock = afterKey(text, start, s) && blanks(text, e, lineEnd(last)) && nextIndent[last] > indent;
    const fill = opensBlock ? " " : "T";
    const action = text.slice(s, e);
    edits.push({ start: s, text: /[\r\n]/.test(action) ? action.replace(/[^\r\n]/g, fill) : fill.repeat(e - s) });
  }
  for (let line = 0; line < lineStarts.length; line++) {
    if (!blank(line)) continue;
    const start = lineStarts[line];
    const width = lineEnd(line) - start;
    const at = nextIndent[line];
    edits.push({ start, text: width > at ? " ".repeat(at) + "#" + " ".repeat(width - at - 1) : " ".repeat(width) });
  }
  edits.sort((a, b) => a.start - b.start);
  const out = [];
  let done = 0;
  for (const edit of edits) {
    const skip = Math.max(0, done - edit.start);
    if (skip >= edit.text.length) continue;
    out.push(text.slice(done, edit.start + skip), edit.text.slice(skip));
    done = edit.start + edit.text.length;
  }
  out.push(text.slice(done));
  return { text: out.join(""), spans };
}
var NON_BLANK = /[^ \t\r\n]/g;
function markContent(text, from, to, lineOf, lineStarts, out) {
  NON_BLANK.lastIndex = from;
  for (let m = NON_BLANK.exec(text); m && m.index < to; m = NON_BLANK.exec(text)) {
    const line = lineOf(m.index);
    out[line] = 1;
    const next = lineStarts[line + 1];
    if (next === void 0 || next >= to) return;
    NON_BLANK.lastIndex = next;
  }
}
function blanks(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function afterKey(text, lineStart, at) {
  let i = at - 1;
  while (i >= lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < lineStart) return false;
  if (text.charCodeAt(i) === 58) return true;
  return text.charCodeAt(i) === 45 && blanks(text, lineStart, i);
}
function indentation(text, start, end) {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}
function inside(ranges, at) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
function overlaps(ranges, start, end) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

// src/engine/read-documents.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LINE_ACTION = /^[ \t]*(?:\{\{|\{%|\{#)/m;
function readDocuments(file, text) {
  const variants = [];
  if (hasTemplates(text)) {
    const masked = (dropElse) => () => {
      const m = maskTemplates(text, { dropElse });
      return { text: m.text, templated: m.spans };
    };
    if (LINE_ACTION.test(text)) variants.push(masked(false), () => ({ text }), masked(true));
    else variants.push(() => ({ text }), masked(false), masked(true));
  } else variants.push(() => ({ text }));
  const first = variants[0]();
  const read = parseManifest(first.text, file).map((doc) => ({ doc, text: first.text, templated: first.templated }));
  if (!read.some((r) => r.doc.error)) return read;
  let last = first;
  const retry = (v) => {
    for (let i = 0; i < read.length; i++) {
      const r = read[i];
      if (!r.doc.error) continue;
      const doc = parseRange(v.text, r.doc.start, r.doc.end, r.doc.index);
      if (!doc.error) read[i] = { doc, text: v.text, templated: v.templated };
    }
  };
  for (const make of variants.slice(1)) {
    last = make();
    retry(last);
    if (!read.some((r) => r.doc.error)) return read;
  }
  const repaired = repairFlowClosers(last.text);
  if (repaired !== last.text) retry({ text: repaired, templated: last.templated });
  return read;
}
var CLOSER_LINE = /^([ \t]*)([\]}][\]},]*)[ \t]*$/;
function repairFlowClosers(text) {
  const lines = text.split(/(\r\n|\n|\r)/);
  let changed = false;
  let prev = -1;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i];
    const m = CLOSER_LINE.exec(line);
    if (m && prev >= 0 && !lines[prev].includes("#")) {
      lines[prev] = lines[prev].replace(/[ \t]*$/, (ws) => m[2] + ws);
      lines[i] = line.slice(0, m[1].length) + " ".repeat(line.length - m[1].length - m[2].length);
      changed = true;
      continue;
    }
    if (line.trim() !== "") prev = i;
  }
  return changed ? lines.join("") : text;
}

// src/engine/reading.ts
init_define_SEALGATE_EMBEDDED_RULES();
var MANIFEST_FILE = /\.(?:ya?ml|json)$|(?:^|\/)Kustomization$/i;
var MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;
var ASCIIDOC_FILE = /\.(?:adoc|asciidoc|asc)$/i;
var CODE_FILE = /\.(?:[cm]?[jt]sx?|go|py|rb|java|kt|kts|scala|groovy|gradle|rs|c|h|cc|cpp|hpp|cs|fs|php|swift|m|mm|pl|pm|lua|r|sh|bash|zsh|fish|ps1|psm1|bat|cmd|sql|html?|css|scss|less|vue|svelte|xml|xsl|svg|tf|hcl|nix|dart|ex|exs|erl|hs|clj|elm|ipynb|lock|sum|mod|csv|tsv|map|min\.js)$/i;
var YAML_API = /^(?:- )?apiVersion[ \t]*:[ \t]*\S/m;
var YAML_KIND = /^(?:- |[ \t]*)kind[ \t]*:[ \t]*\S/m;
var YAML_OTHER = /^(?:users|clusters|contexts)[ \t]*:[ \t]*$|^auths[ \t]*:/m;
var JSON_API = /"apiVersion"\s*:/;
var JSON_KIND = /"kind"\s*:/;
var JSON_AUTHS = /"auths"\s*:\s*\{/;
function readingOf(file, text) {
  if (MANIFEST_FILE.test(file)) return "manifest";
  if (MARKDOWN_FILE.test(file)) return "markdown";
  if (ASCIIDOC_FILE.test(file)) return "asciidoc";
  if (CODE_FILE.test(file)) return "text";
  return holdsManifests(text) ? "sniffed" : "text";
}
function holdsManifests(text) {
  const head = text.trimStart().charCodeAt(0);
  if (head === 123 || head === 91) return JSON_API.test(text) && JSON_KIND.test(text) || JSON_AUTHS.test(text);
  return YAML_API.test(text) && YAML_KIND.test(text) || YAML_OTHER.test(text);
}
var FENCE_OPEN = /^[ \t]*(`{3,}(?!`)|~{3,}(?!~))([^\n`]*)$/;
var YAML_LABELS = /^(?:ya?ml|json|jsonc|json5|kubernetes|k8s|helm)$/i;
var BLOCK_LIKE_DATA = /^[ \t]*(?:[\w"'.\/-]+[ \t]*:(?:[ \t]|$)|- |\{|\[)/;
function embeddedManifests(text, kind) {
  if (kind === "markdown" ? !/```|~~~/.test(text) : !/^----+[ \t]*$/m.test(text)) return void 0;
  const lines = text.split(/(\r\n|\n|\r)/);
  const count = Math.ceil(lines.length / 2);
  const line = (k) => lines[2 * k];
  const blocks = kind === "markdown" ? markdownBlocks(count, line) : asciidocBlocks(count, line);
  const keep = [];
  for (const b of blocks) {
    const body = [];
    for (let k = b.open + 1; k < b.close; k++) body.push(line(k));
    const joined = body.join("\n");
    if (YAML_LABELS.test(b.label) ? joined.trim() !== "" : b.label === "" && holdsManifests(joined) && BLOCK_LIKE_DATA.test(body.find((l) => l.trim() !== "") ?? "")) keep.push(b);
  }
  if (keep.length === 0) return void 0;
  const out = lines.map((s, i) => i % 2 === 1 ? s : " ".repeat(s.length));
  for (const b of keep) {
    for (let k = b.open + 1; k < b.close; k++) out[2 * k] = line(k);
    const fence = line(b.open);
    out[2 * b.open] = "---" + " ".repeat(Math.max(0, fence.length - 3));
    if (b.close < count) out[2 * b.close] = "..." + " ".repeat(Math.max(0, line(b.close).length - 3));
  }
  return out.join("");
}
function markdownBlocks(count, line) {
  const blocks = [];
  for (let k = 0; k < count; k++) {
    const m = FENCE_OPEN.exec(line(k));
    if (!m) continue;
    const fence = m[1];
    const closer = new RegExp(`^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}(?![\`~])[ \\t]*$`);
    let close = k + 1;
    while (close < count && !closer.test(line(close))) close++;
    const label = /^[ \t]*([^\s`{]*)/.exec(m[2] ?? "")[1];
    blocks.push({ open: k, close, label: label.toLowerCase() });
    k = close;
  }
  return blocks;
}
function asciidocBlocks(count, line) {
  const blocks = [];
  for (let k = 0; k < count; k++) {
    const m = /^(-{4,})[ \t]*$/.exec(line(k));
    if (!m) continue;
    let close = k + 1;
    while (close < count && line(close).trimEnd() !== m[1]) close++;
    const attr = k > 0 ? /^\[(?:source)?,\s*([\w-]+)/.exec(line(k - 1)) : null;
    blocks.push({ open: k, close, label: (attr?.[1] ?? "").toLowerCase() });
    k = close;
  }
  return blocks;
}

// src/yaml/tolerant.ts
init_define_SEALGATE_EMBEDDED_RULES();
var TAB = 8;
var QUOTED_KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;
var KEY_COLON = /:(?=[ \t]|$)/;
function matchKey(content) {
  let raw;
  let at;
  const q = QUOTED_KEY.exec(content);
  if (q) {
    raw = q[0];
    at = raw.length;
    while (at < content.length && (content.charCodeAt(at) === 32 || content.charCodeAt(at) === 9)) at++;
    if (content.charCodeAt(at) !== 58) return void 0;
  } else {
    if (/^[\s#'"{}[\]]/.test(content)) return void 0;
    const colon = KEY_COLON.exec(content);
    if (!colon) return void 0;
    at = colon.index;
    raw = content.slice(0, at).trimEnd();
    if (raw === "" || raw.includes("#")) return void 0;
  }
  const after = content.charCodeAt(at + 1);
  if (at + 1 < content.length && after !== 32 && after !== 9) return void 0;
  return { raw, length: at + 1 };
}
function readTolerant(text, start, end) {
  const lines = splitLines(text, start, end);
  const root = { type: "map", pairs: [], start };
  const stack = [{ indent: -1, node: root, at: start }];
  let found = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    let content = text.slice(line.at, line.end);
    if (content.startsWith("#") || /^(?:---|\.\.\.)(?:\s|$)/.test(content) || /^[\]}),]+$/.test(content)) continue;
    let at = line.at;
    let indent = line.indent;
    let item = false;
    if (/^-(?:[ \t]|$)/.test(content)) {
      item = true;
      const skip = content.match(/^-[ \t]*/)[0].length;
      content = content.slice(skip);
      at += skip;
    }
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (indent > top.indent || item && indent === top.indent && (top.node === void 0 || top.node.type === "seq")) break;
      stack.pop();
    }
    const frame = stack[stack.length - 1];
    if (item) {
      const seq = containerOf(frame, "seq", at);
      if (seq.type !== "seq") continue;
      if (content === "" || content === "{") {
        stack.push({ indent, at, owner: { items: seq.items, index: seq.items.length } });
        seq.items.push(empty(at));
        continue;
      }
      const kv2 = matchKey(content);
      if (!kv2) {
        seq.items.push(scalarOf(text, at, line.end));
        continue;
      }
      const map2 = { type: "map", pairs: [], start: at };
      seq.items.push(map2);
      const itemFrame = { indent, node: map2, at };
      stack.push(itemFrame);
      indent = indent + (at - line.at);
      li = addPair(text, lines, li, { ...line, at, indent }, kv2, map2, stack, indent);
      found = true;
      continue;
    }
    const kv = matchKey(content);
    if (!kv) {
      continue;
    }
    const map = containerOf(frame, "map", at);
    if (map.type !== "map") continue;
    li = addPair(text, lines, li, line, kv, map, stack, indent);
    found = true;
  }
  return found ? root : void 0;
}
function addPair(text, lines, li, line, kv, map, stack, indent) {
  const rawKey = kv.raw;
  const key = { type: "scalar", value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: line.at, end: line.at + rawKey.length };
  let vStart = line.at + kv.length;
  while (vStart < line.end && (text.charCodeAt(vStart) === 32 || text.charCodeAt(vStart) === 9)) vStart++;
  let rest = text.slice(vStart, line.end);
  if (!/^["']/.test(rest)) rest = rest.replace(/[ \t]+#.*$/, "");
  rest = rest.replace(/,[ \t]*$/, "").replace(/[ \t]+$/, "");
  if (rest === "" || rest === "{" || rest === "[") {
    const index = map.pairs.length;
    map.pairs.push({ key, value: empty(vStart) });
    stack.push({ indent, at: vStart, owner: { pairs: map.pairs, index }, seq: rest === "[" });
    return li;
  }
  if (/^[|>][-+0-9]*$/.test(rest)) {
    let last = li;
    const body = [];
    for (let j = li + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.at < l.end && l.indent <= indent) break;
      body.push(l);
      last = j;
    }
    const content = body.filter((l) => l.at < l.end);
    const first = content[0];
    const value = content.map((l) => text.slice(l.at, l.end)).join(rest.startsWith(">") ? " " : "\n");
    map.pairs.push({ key, value: { type: "scalar", value, plain: false, block: true, start: first?.at ?? vStart, end: content[content.length - 1]?.end ?? vStart } });
    return last;
  }
  if (rest.startsWith("{") && rest.endsWith("}")) {
    map.pairs.push({ key, value: flowMap(text, vStart, vStart + rest.length) });
    return li;
  }
  map.pairs.push({ key, value: scalarOf(text, vStart, vStart + rest.length) });
  return li;
}
function containerOf(frame, want, at) {
  if (frame.node) return frame.node;
  const node = want === "seq" || frame.seq ? { type: "seq", items: [], start: at } : { type: "map", pairs: [], start: at };
  frame.node = node;
  const o = frame.owner;
  if (o && "pairs" in o) o.pairs[o.index] = { key: o.pairs[o.index].key, value: node };
  else if (o) o.items[o.index] = node;
  return node;
}
function empty(at) {
  return { type: "scalar", value: "", plain: true, block: false, start: at, end: at };
}
function scalarOf(text, start, end) {
  const raw = text.slice(start, end);
  const quoted = /^(["']).*\1$/s.test(raw);
  return { type: "scalar", value: quoted ? unquote(raw) : raw, plain: !quoted, block: false, start: quoted ? start + 1 : start, end: quoted ? end - 1 : end };
}
function unquote(s) {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\(["\\/])/g, "$1").replace(/\\n/g, "\n").replace(/\\t/g, "	");
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s;
}
function flowMap(text, start, end) {
  const map = { type: "map", pairs: [], start };
  let i = start + 1;
  const close = end - 1;
  while (i < close) {
    while (i < close && /[\s,]/.test(text[i])) i++;
    let j = i;
    let quote = "";
    for (; j < close; j++) {
      const c = text[j];
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ",") break;
    }
    const entry = text.slice(i, j);
    const kv = matchKey(entry);
    if (kv) {
      const rawKey = kv.raw;
      let vs = i + kv.length;
      while (vs < j && /\s/.test(text[vs])) vs++;
      let ve = j;
      while (ve > vs && /\s/.test(text[ve - 1])) ve--;
      map.pairs.push({
        key: { type: "scalar", value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: i, end: i + rawKey.length },
        value: scalarOf(text, vs, ve)
      });
    }
    i = j + 1;
  }
  return map;
}
function splitLines(text, start, end) {
  const lines = [];
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
    while (trimmed > at && /\s/.test(text[trimmed - 1])) trimmed--;
    if (at < trimmed) lines.push({ indent: col, at, end: trimmed });
    else lines.push({ indent: col, at: trimmed, end: trimmed });
    i = e;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < end) i++;
  }
  return lines;
}

// src/engine/gate.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/engine/allow-comment.ts
init_define_SEALGATE_EMBEDDED_RULES();
var SAME_LINE = /sealgate:allow(?!-)/;
var NEXT_LINE = /sealgate:allow-next-line/;
var YAML_FILE = /\.ya?ml$/i;
var WHOLE_LINE_COMMENT = /^[ \t]*(?:#|\/\/|--|;|\/\*|\*|<!--|rem\b)/i;
var AllowComments = class {
  constructor(lines, file) {
    this.lines = lines;
    this.file = file;
  }
  lines;
  file;
  scalars;
  /** `sealgate:allow` inside a comment on `line`. */
  sameLine(line) {
    const text = this.lines.lineText(line);
    const m = SAME_LINE.exec(text);
    if (!m) return false;
    const start = this.commentStart(line, text);
    return start >= 0 && start <= m.index;
  }
  /** `line` is a whole-line comment holding `sealgate:allow-next-line`. */
  nextLine(line) {
    const text = this.lines.lineText(line);
    if (!NEXT_LINE.test(text)) return false;
    const start = this.commentStart(line, text);
    return start >= 0 && text.slice(0, start).trim() === "";
  }
  /** Index in the line where a comment starts, or -1. */
  commentStart(line, text) {
    if (YAML_FILE.test(this.file)) {
      const base = this.lines.lineStart(line);
      const scalars = this.yamlScalars();
      for (let i = text.indexOf("#"); i >= 0; i = text.indexOf("#", i + 1)) {
        if (i > 0 && !/[ \t]/.test(text[i - 1])) continue;
        if (scalars ? !inside2(scalars, base + i) : !inQuotes(text, i)) return i;
      }
      return -1;
    }
    if (WHOLE_LINE_COMMENT.test(text)) return text.search(/\S/);
    for (const m of text.matchAll(/(?:^|[ \t;])(#|\/\/|\/\*|--|<!--)/g)) {
      const i = m.index + m[0].length - m[1].length;
      if (!inQuotes(text, i)) return i;
    }
    return -1;
  }
  /** Sorted, non-overlapping scalar ranges of the file's YAML documents; null when it does not parse. */
  yamlScalars() {
    if (this.scalars !== void 0) return this.scalars;
    const ranges = [];
    try {
      for (const doc of parseManifest(this.lines.text, this.file)) {
        if (doc.error) return this.scalars = null;
        if (doc.root) collect(doc.root, ranges, /* @__PURE__ */ new Set());
      }
    } catch {
      return this.scalars = null;
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return this.scalars = { starts: ranges.map((r) => r[0]), ends: ranges.map((r) => r[1]) };
  }
};
function collect(node, out, seen) {
  if (node.type === "scalar") {
    if (node.end > node.start) out.push([node.start, node.end]);
    return;
  }
  if (seen.has(node)) return;
  seen.add(node);
  if (node.type === "seq") for (const item of node.items) collect(item, out, seen);
  else
    for (const p of node.pairs) {
      collect(p.key, out, seen);
      collect(p.value, out, seen);
    }
}
function inside2(r, offset) {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (r.starts[mid] <= offset) {
      if (offset < r.ends[mid]) return true;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return false;
}
function inQuotes(line, i) {
  let quote = "";
  for (let k = 0; k < i; k++) {
    const c = line[k];
    if (quote) {
      if (c === "\\" && quote !== "'") k++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
  }
  return quote !== "";
}

// src/engine/gate.ts
var Gate = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  /** The whole file is allowlisted by the config. */
  fileAllowed(file) {
    return !!this.opts.allowPaths?.(file);
  }
  /** The rule does not apply to this file (its `allowlist.paths`). */
  ruleSkipsFile(rule, file) {
    return !!rule.allowPaths?.(file);
  }
  /**
   * Entropy, rule allowlist, global allowlist, stopwords: true when the value should be reported.
   * `forms` are the ways the value can be read (the raw text, and its decoded text when it is
   * base64): an allowlist entry matching any form silences it; entropy is measured on the last form
   * (the most decoded one), since base64 adds entropy of its own.
   */
  valueAllowed(rule, ...forms) {
    const plain = forms[forms.length - 1] ?? "";
    if (rule.entropy !== void 0 && shannon(plain) < rule.entropy) return false;
    for (const v of forms) {
      const lower = v.toLowerCase();
      if (rule.stopwords.some((w) => lower.includes(w))) return false;
      if (rule.allowRegexes.some((r) => r.test(v))) return false;
      if (this.opts.stopwords?.some((w) => lower.includes(w))) return false;
      if (this.opts.allowRegexes?.some((r) => r.test(v))) return false;
    }
    return true;
  }
  inBaseline(fingerprint2) {
    return !!this.opts.baseline?.has(fingerprint2);
  }
};
var InlineAllow = class {
  cache = /* @__PURE__ */ new Map();
  comments;
  constructor(lines, file) {
    this.comments = new AllowComments(lines, file);
  }
  allowed(line, endLine) {
    const span = Math.min(endLine - line, 63);
    const key = line * 64 + span;
    let hit = this.cache.get(key);
    if (hit === void 0) {
      hit = false;
      for (let l = line; l <= Math.min(endLine, line + 50) && !hit; l++) hit = this.comments.sameLine(l);
      if (!hit && line > 1) hit = this.comments.nextLine(line - 1);
      this.cache.set(key, hit);
    }
    return hit;
  }
};
var URL_WITH_USERINFO = /^[a-z][\w+.-]*:\/\/[^\s/@]*:[^\s/@]*@/i;
var ASSIGNED_KEY = /([A-Za-z][\w.-]{1,63})["']?\s{0,4}(?:=>?|:=|:)\s{0,4}(?:[rbuf]|new String\()?["'`]?$/;
function contentMatchIsCredential(rule, secret, match, before) {
  if (!classifyValue(secret, { where: "content" }).credential) return false;
  if (rule.secretGroup > 0 && URL_WITH_USERINFO.test(match) && !isCredentialUrl(match)) return false;
  const assigned = secret !== match ? ASSIGNED_KEY.exec(before) : null;
  if (assigned && classifyValue(secret, { key: assigned[1], where: "setting" }).kind !== "literal") return false;
  return true;
}

// src/engine/encoded.ts
init_define_SEALGATE_EMBEDDED_RULES();
var MIN_BASE64 = 24;
var MIN_HEX = 32;
var CHUNK = 64 * 1024;
var BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var B64 = new Uint8Array(65536);
for (let i = 0; i < 64; i++) B64[BASE64_ALPHABET.charCodeAt(i)] = i + 1;
B64[45] = 63;
B64[95] = 64;
var HEX = new Uint8Array(65536);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
function encodedRuns(text, encoding, from = 0, to = text.length) {
  const table = encoding === "base64" ? B64 : HEX;
  const min = encoding === "base64" ? MIN_BASE64 : MIN_HEX;
  const runs = [];
  let i = from;
  while (i + min <= to) {
    let j = i + min - 1;
    while (j >= i && table[text.charCodeAt(j)] !== 0) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let end = i + min;
    while (end < to && table[text.charCodeAt(end)] !== 0) end++;
    if (encoding === "base64") for (let pad = 0; pad < 2 && end < to && text.charCodeAt(end) === 61; pad++) end++;
    if (encoding === "base64" || (end - i) % 2 === 0) runs.push({ start: i, end, encoding });
    i = end + 1;
  }
  return runs;
}
function probablyText(value, encoding) {
  if (encoding === "hex") {
    for (let i = 0; i + 1 < Math.min(value.length, 8); i += 2) {
      const b = parseInt(value.slice(i, i + 2), 16);
      if (!printableAscii(b)) return false;
    }
    return true;
  }
  if (value.length < 8) return true;
  for (let q = 0; q < 8; q += 4) {
    const a = B64[value.charCodeAt(q)] - 1;
    const b = B64[value.charCodeAt(q + 1)] - 1;
    const c = B64[value.charCodeAt(q + 2)] - 1;
    const d = B64[value.charCodeAt(q + 3)] - 1;
    if (a < 0 || b < 0 || c < 0 || d < 0) return true;
    const n = a << 18 | b << 12 | c << 6 | d;
    if (!printableAscii(n >> 16) || !printableAscii(n >> 8 & 255) || !printableAscii(n & 255)) return false;
  }
  return true;
}
function isBase64Value(v, min = MIN_BASE64) {
  if (v.length < min) return false;
  let i = 0;
  while (i < v.length && B64[v.charCodeAt(i)] !== 0) i++;
  while (i < v.length && v.charCodeAt(i) === 61) i++;
  return i === v.length;
}
function printableAscii(b) {
  return b >= 32 && b < 127 || b === 9 || b === 10 || b === 13;
}
var TextSink = class {
  decoder = new TextDecoder("utf-8", { fatal: false });
  parts = [];
  printable = 0;
  total = 0;
  /** false as soon as the text is clearly not text (a replacement character, or under 95% printable). */
  push(bytes, last) {
    const s = this.decoder.decode(bytes, { stream: !last });
    if (s.includes("\uFFFD")) return false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 32 || c === 9 || c === 10 || c === 13) this.printable++;
    }
    this.total += s.length;
    this.parts.push(s);
    return this.total === 0 || this.printable / this.total > 0.95;
  }
  text() {
    return this.parts.join("");
  }
};
function compactBase64(value) {
  return /\s/.test(value.slice(0, 200)) || value.length > 200 ? value.replace(/\s+/g, "") : value;
}
function decodeToText(value, encoding) {
  const quantum = encoding === "base64" ? 4 : 2;
  if (value.length < quantum || !probablyText(value, encoding)) return void 0;
  const sink = new TextSink();
  const step = CHUNK - CHUNK % quantum;
  for (let at = 0; at < value.length; at += step) {
    const piece = value.slice(at, Math.min(value.length, at + step));
    const bytes = Buffer.from(piece, encoding);
    if (bytes.length === 0) return void 0;
    if (!sink.push(bytes, at + step >= value.length)) return void 0;
  }
  const text = sink.text();
  return text.trim() === "" ? void 0 : text;
}

// src/engine/decoded.ts
init_define_SEALGATE_EMBEDDED_RULES();
var SEPARATOR = "\n\0\n";
var MAX_DECODE_DEPTH = 2;
function decodeValues(text, fromManifests, hex) {
  const work = [...fromManifests];
  const covered = fromManifests.map((e) => [e.hostStart, e.hostEnd]).sort((a, b) => a[0] - b[0]);
  const encodings = hex ? ["base64", "hex"] : ["base64"];
  for (const enc of encodings) {
    const runs = encodedRuns(text, enc).filter((run) => !insideAny(covered, run.start));
    if (enc === "base64") for (const wrapped of wrappedRuns(text, runs)) work.push(wrapped);
    for (const run of runs) work.push({ hostStart: run.start, hostEnd: run.end, value: text.slice(run.start, run.end), encodings: [enc], depth: 1, label: labelBefore(text, run.start) });
  }
  const parts = [];
  const segments = [];
  let length = 0;
  while (work.length > 0) {
    const w = work.pop();
    if (isDigestLike(w.value)) continue;
    const plain = decodeToText(w.value, w.encodings[w.encodings.length - 1]);
    if (plain === void 0) continue;
    if (parts.length) {
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    const label = w.label ? `${w.label}: ` : "";
    segments.push({ at: length, end: length + label.length + plain.length, plainAt: length + label.length, hostStart: w.hostStart, hostEnd: w.hostEnd, encodings: w.encodings });
    parts.push(label + plain);
    length += label.length + plain.length;
    if (w.depth >= MAX_DECODE_DEPTH || plain.length < MIN_BASE64) continue;
    for (const enc of encodings) {
      for (const run of encodedRuns(plain, enc)) {
        work.push({ hostStart: w.hostStart, hostEnd: w.hostEnd, value: plain.slice(run.start, run.end), encodings: [...w.encodings, enc], depth: w.depth + 1 });
      }
    }
  }
  if (segments.length === 0) return void 0;
  return {
    text: parts.join(""),
    hostOf(start, end, accepted) {
      const seg = segmentAt(segments, start);
      if (!seg || end > seg.end) return void 0;
      if (start < seg.plainAt) return void 0;
      if (!seg.encodings.every((e) => accepted.includes(e))) return void 0;
      return { start: seg.hostStart, end: seg.hostEnd, encoding: seg.encodings[0] };
    },
    plainStartOf(at) {
      return segmentAt(segments, at)?.plainAt;
    }
  };
}
function labelBefore(text, at) {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 200), at);
  return /([A-Za-z0-9_.-]{1,80})["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}["']?$/.exec(before)?.[1];
}
function multiLineScalars(root, out) {
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "scalar") {
      if (n.block && n.value.length >= MIN_BASE64) {
        const value = compactBase64(n.value);
        if (isBase64Value(value)) out.push({ hostStart: n.start, hostEnd: n.end, value, encodings: ["base64"], depth: 1 });
      }
      continue;
    }
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.type === "map") for (const p of n.pairs) stack.push(p.value);
    else for (const i of n.items) stack.push(i);
  }
}
function wrappedRuns(text, runs) {
  const out = [];
  const fillsLine = (r) => blankTo(text, r.start, -1) && blankTo(text, r.end, 1);
  for (let i = 0; i < runs.length; i++) {
    if (!fillsLine(runs[i])) continue;
    let j = i;
    while (j + 1 < runs.length && (runs[j].end - runs[j].start) % 4 === 0 && fillsLine(runs[j + 1]) && onNextLine(text, runs[j].end, runs[j + 1].start)) j++;
    if (j > i) {
      const parts = [];
      for (let k = i; k <= j; k++) parts.push(text.slice(runs[k].start, runs[k].end));
      out.push({ hostStart: runs[i].start, hostEnd: runs[j].end, value: parts.join(""), encodings: ["base64"], depth: 1 });
      i = j;
    }
  }
  return out;
}
function blankTo(text, at, dir) {
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function onNextLine(text, from, to) {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return breaks === 1;
}
function insideAny(sorted, at) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = sorted[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
function segmentAt(segments, at) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = segments[mid];
    if (at < s.at) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return void 0;
}

// src/engine/hosts.ts
init_define_SEALGATE_EMBEDDED_RULES();
var ManifestHosts = class {
  list = [];
  byLine = /* @__PURE__ */ new Map();
  add(h) {
    this.list.push(h);
    if (!this.byLine.has(h.line)) this.byLine.set(h.line, h);
  }
  /** The manifest finding whose value holds [start, end), or that reports the same line. */
  holding(start, end, line) {
    let lo = 0;
    let hi = this.list.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (this.list[mid].start <= start) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = best; i >= 0 && i > best - 8; i--) {
      const h = this.list[i];
      if (end <= h.end) return h;
    }
    return this.byLine.get(line);
  }
};
var SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
function credentialName(rule) {
  return rule.credential ?? rule.description;
}
function nameCredential(host, rule, decoded) {
  const f = host.finding;
  const prev = host.credentialFrom;
  if (!prev || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[prev.severity]) {
    host.credentialFrom = rule;
    f.credential = credentialName(rule);
    if (decoded) f.decoded = decoded;
    else delete f.decoded;
  }
  if (SEVERITY_RANK[rule.severity] > SEVERITY_RANK[f.severity]) f.severity = rule.severity;
}

// src/engine/engine.ts
var MANIFEST_HINT = /\b(?:kind|apiVersion|auths|secretGenerator|sops)\b|"(?:kind|auths)"/;
var SECRET_SHAPED = /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:,[ \t]*)?(?:#.*)?$|^[ \t]*["']?(?:data|stringData)["']?[ \t]*:[ \t]*(?:\{[ \t]*)?(?:#.*)?$|sealedsecrets\.bitnami\.com\/sealed-secrets-key|^[ \t]*["']?users["']?[ \t]*:[ \t]*(?:\[[ \t]*)?$/m;
var SAFE_KINDS = /* @__PURE__ */ new Set(["SealedSecret", "ExternalSecret", "PushSecret", "SecretStore", "ClusterSecretStore"]);
var Engine = class {
  constructor(opts) {
    this.opts = opts;
    this.keywords = new KeywordIndex(opts.rules);
    this.pathRules = opts.rules.filter((r) => r.appliesTo);
    this.gate = new Gate(opts);
    this.hexRules = opts.rules.some((r) => r.decodings.includes("hex"));
  }
  opts;
  keywords;
  pathRules;
  ruleSets = /* @__PURE__ */ new Map();
  gate;
  hexRules;
  /** Findings hidden by the baseline, and places (file lines) where a `sealgate:allow` comment hid one: counted for the summary. */
  hidden = { baseline: 0, allowComments: 0 };
  /**
   * The rules that apply to a file, with their keyword index and the decodable content rules: rules
   * restricted to some paths (values*.yaml, kustomizations) only add keywords where they apply. Files
   * that the same path rules apply to share one set (decided with one glob test per path rule).
   */
  ruleSet(file) {
    const key = this.pathRules.length ? this.pathRules.map((r) => r.appliesTo(file) ? "1" : "0").join("") : "*";
    let set = this.ruleSets.get(key);
    if (!set) {
      const rules = key === "*" ? this.opts.rules : this.opts.rules.filter((r) => !r.appliesTo || key[this.pathRules.indexOf(r)] === "1");
      set = { rules, keywords: new KeywordIndex(rules), decodable: rules.filter((r) => r.regex && r.decodings.length > 0) };
      this.ruleSets.set(key, set);
    }
    return set;
  }
  scanFragment(f) {
    const decoded = decodeBytes(f.bytes);
    if ("binary" in decoded) {
      return { findings: [], warnings: [], safe: [], bytes: f.bytes.length, skipped: { file: f.path, reason: "binary file", commit: f.commit?.sha } };
    }
    const res = this.scanText(f.path, decoded.text, f.changedLines);
    res.bytes = f.bytes.length;
    if (decoded.note) res.warnings.push(`${f.path}: ${decoded.note}`);
    if (f.commit) for (const x of res.findings) x.commit = f.commit;
    return res;
  }
  scanText(file, text, changedLines) {
    const out = { findings: [], warnings: [], safe: [], bytes: text.length };
    if (this.gate.fileAllowed(file)) return out;
    const lines = new LineIndex(text);
    const located = [];
    const set = this.ruleSet(file);
    const active = set.keywords.activeRules(text, this.opts.rules);
    const activeManifest = active.filter((r) => r.check);
    const activeContent = active.filter((r) => r.regex);
    const encoded = [];
    let docs = [];
    const reading = readingOf(file, text);
    if (reading !== "text" && (activeManifest.length > 0 || MANIFEST_HINT.test(text))) {
      const source = reading === "manifest" || reading === "sniffed" ? text : embeddedManifests(text, reading);
      const mode = reading === "manifest" ? "file" : reading === "sniffed" ? "sniffed" : "embedded";
      if (source !== void 0) docs = this.scanManifests(file, source, mode, lines, activeManifest, located, encoded, out);
    }
    for (const rule of activeContent) this.runContentRule(rule, text, located);
    this.scanEncoded(set.decodable, text, encoded, located);
    if (docs.length) attachDocuments(located, docs, lines);
    const before = { ...this.hidden };
    out.findings = this.finish(file, lines, located, changedLines);
    const baseline = this.hidden.baseline - before.baseline;
    const allowComments = this.hidden.allowComments - before.allowComments;
    if (baseline || allowComments) out.hidden = { baseline, allowComments };
    return out;
  }
  /**
   * `mode`: the file itself, a file read as manifests by its content (`sniffed`), or the code blocks
   * of a page (`embedded`). A parse error in the last two is not worth a warning (docs abbreviate,
   * notes mix prose and YAML) unless the document looks like a Secret.
   */
  scanManifests(file, text, mode, lines, manifestRules, located, encoded, out) {
    const read = readDocuments(file, text);
    const kubesecTrailer = /^#\s*kubesec:v:\d+/m.test(text) && /^#\s*kubesec:mac:/m.test(text);
    const dispatch = new KindDispatch(manifestRules);
    for (const { doc, text: source, templated } of read) {
      const docRef = { index: doc.index, start: doc.start, end: doc.end };
      const docLines = [lines.lineOf(doc.start), lines.lineOf(Math.max(doc.start, doc.end - 1))];
      let root = doc.root;
      let unparsed;
      if (doc.error) {
        const shaped = SECRET_SHAPED.test(source.slice(doc.start, doc.end));
        root = shaped ? readTolerant(source, doc.start, doc.end) : void 0;
        unparsed = doc.error;
        if (mode === "file" || shaped) {
          const how = root ? "read line by line" : "scanned as text";
          out.warnings.push(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); ${how}`);
        }
      }
      if (!root) continue;
      if (root.type === "map") {
        for (const obj of objectsOf(root)) {
          const ctx = this.objectContext(file, kubesecTrailer, obj);
          if (templated) unmaskNames(ctx, text, templated);
          const safe = unparsed ? void 0 : safeKind(ctx);
          if (safe) out.safe.push(detachAll({ file, kind: safe, name: ctx.name, namespace: ctx.namespace }));
          for (const rule of dispatch.rulesFor(ctx.kind)) {
            for (const hit of CHECKS[rule.check](ctx)) {
              const l = this.fromHit(rule, hit, ctx, docRef, docLines);
              if (templated && overlaps(templated, l.start, l.end)) continue;
              l.unparsed = unparsed;
              l.fixable = mode !== "embedded" && !unparsed;
              l.embedded = mode === "embedded";
              located.push(l);
            }
          }
        }
      }
      if (!unparsed) multiLineScalars(root, encoded);
    }
    return read.map((r) => r.doc);
  }
  objectContext(file, kubesecTrailer, node) {
    return {
      file,
      node,
      kind: str(get(node, "kind")),
      apiVersion: str(get(node, "apiVersion")),
      name: str(get(node, "metadata", "name")),
      namespace: str(get(node, "metadata", "namespace")),
      kubesecTrailer,
      readFile: this.opts.readFile
    };
  }
  fromHit(rule, hit, ctx, document, docLines) {
    const at = hit.at;
    const start = at.start;
    const end = at.type === "scalar" ? at.end : at.start + 1;
    return {
      rule,
      secret: hit.secret,
      start,
      end: Math.max(end, start),
      lineAt: hit.key ? hit.key.start : start,
      resource: hit.resource,
      data: { kind: ctx.kind ?? "", name: ctx.name ?? "", namespace: ctx.namespace ?? "", ...hit.data },
      severity: hit.severity,
      plain: plainForm(hit.secret),
      document,
      docLines
    };
  }
  /** Runs a content rule over the file text. */
  runContentRule(rule, text, located) {
    const re = rule.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const secret = m[rule.secretGroup] ?? m[0];
      if (!secret) continue;
      if (rule.validator && !rule.validator(secret, m.groups)) continue;
      const offsetInMatch = rule.secretGroup > 0 ? Math.max(0, m[0].indexOf(secret)) : 0;
      if (!contentMatchIsCredential(rule, secret, m[0], text.slice(Math.max(0, m.index - 64), m.index + offsetInMatch))) continue;
      const start = m.index + offsetInMatch;
      located.push({ rule, secret, start, end: start + secret.length, lineAt: start, matchStart: m.index });
    }
  }
  /**
   * Decodes base64 (and, for rules that ask, hex) values to depth 2 and runs the content rules over
   * the decoded text: its own keyword prefilter, every decodable rule. All decoded values of a file
   * are matched in one pass over a combined text; a match maps back to the encoded value holding it.
   */
  /** Content rules over the decoded text of encoded values (their own keyword prefilter, one pass). */
  scanEncoded(rules, text, fromManifests, located) {
    if (rules.length === 0) return;
    const decoded = decodeValues(text, fromManifests, this.hexRules);
    if (!decoded) return;
    const found = [];
    for (const rule of this.keywords.activeRules(decoded.text, rules)) this.runContentRule(rule, decoded.text, found);
    for (const l of found) {
      const host = decoded.hostOf(l.start, l.end, l.rule.decodings);
      if (!l.rule.provider && (l.matchStart ?? l.start) < (decoded.plainStartOf(l.start) ?? 0)) continue;
      if (host) located.push({ rule: l.rule, secret: l.secret, start: host.start, end: host.end, lineAt: host.start, decoded: host.encoding });
    }
  }
  finish(file, lines, located, changed) {
    const findings = [];
    const taken = /* @__PURE__ */ new Set();
    const inline = new InlineAllow(lines, file);
    const allowedLines = /* @__PURE__ */ new Set();
    located.sort((a, b) => Number(!!a.rule.regex) - Number(!!b.rule.regex) || a.start - b.start);
    const hosts = new ManifestHosts();
    const named = new Set(located.filter((l) => l.rule.provider && l.rule.regex).map((l) => l.start));
    for (const l of located) {
      if (l.rule.regex && !l.rule.provider && named.has(l.start)) continue;
      if (this.gate.ruleSkipsFile(l.rule, file)) continue;
      const forms = l.plain !== void 0 ? [l.secret, l.plain] : [l.secret];
      if (!this.gate.valueAllowed(l.rule, ...forms)) continue;
      const at = lines.position(l.start);
      const line = lines.lineOf(l.lineAt);
      const endPos = lines.position(Math.max(l.start, l.end - 1));
      if (l.rule.regex) {
        const host = hosts.holding(l.start, l.end, line);
        if (host) {
          nameCredential(host, l.rule, l.decoded);
          continue;
        }
      }
      const place = `${l.rule.id}@${line}:${at.column}`;
      if (taken.has(place)) continue;
      if (inline.allowed(line, endPos.line)) {
        allowedLines.add(line);
        continue;
      }
      if (changed && !touches(changed, l.docLines ?? [line, endPos.line])) continue;
      const fp = fingerprint(l.rule.id, file, l.secret);
      if (this.gate.inBaseline(fp)) {
        this.hidden.baseline++;
        continue;
      }
      taken.add(place);
      const message = interpolate(l.rule.message, { ...l.data, key: l.resource?.key ?? l.data?.key ?? "" });
      const finding = {
        ruleId: l.rule.id,
        // A manifest that could not be parsed blocks: nobody can tell what the cluster would make of it.
        // (A documentation code block keeps its rule's verdict: it is never applied as it stands.)
        severity: l.unparsed && !l.embedded ? "error" : l.severity ?? l.rule.severity,
        message: detach(l.unparsed ? `${message} (the document could not be parsed: ${l.unparsed}; read line by line)` : message),
        file,
        line,
        column: line === at.line ? at.column : 1,
        endLine: Math.max(line, endPos.line),
        endColumn: endPos.column + 1,
        resource: l.resource && detachAll(l.resource),
        secret: detach(l.secret),
        fingerprint: fp,
        fix: l.rule.fix && l.fixable && l.resource?.kind === "Secret" ? [...l.rule.fix] : void 0,
        offset: { start: l.start, end: l.end },
        document: l.document && { ...l.document },
        credential: l.rule.regex ? credentialName(l.rule) : void 0,
        decoded: l.decoded
      };
      findings.push(finding);
      if (!l.rule.regex) hosts.add({ start: l.start, end: l.end, line, finding });
    }
    for (const f of findings) {
      if (f.document === void 0) delete f.document;
      if (f.credential === void 0) delete f.credential;
      if (f.decoded === void 0) delete f.decoded;
    }
    for (const line of allowedLines) if (!changed || changed.has(line)) this.hidden.allowComments++;
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  }
};
var KindDispatch = class {
  constructor(rules) {
    this.rules = rules;
    this.anyKind = rules.filter((r) => r.kinds.length === 0);
  }
  rules;
  byKind = /* @__PURE__ */ new Map();
  anyKind;
  rulesFor(kind) {
    if (kind === void 0) return this.anyKind;
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.rules.filter((r) => r.kinds.length === 0 || r.kinds.includes(kind));
      this.byKind.set(kind, list);
    }
    return list;
  }
};
function plainForm(secret) {
  if (secret.length > 1 << 20 || secret.length % 4 !== 0 || !isBase64Value(secret, 8)) return void 0;
  return decodeToText(secret, "base64");
}
function attachDocuments(located, docs, lines) {
  for (const l of located) {
    if (l.document) continue;
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const d = docs[mid];
      if (l.start < d.start) hi = mid - 1;
      else if (l.start >= d.end) lo = mid + 1;
      else {
        if (!d.error) {
          l.document = { index: d.index, start: d.start, end: d.end };
          l.docLines = [lines.lineOf(d.start), lines.lineOf(Math.max(d.start, d.end - 1))];
        }
        break;
      }
    }
  }
}
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function detachAll(o) {
  const out = { ...o };
  for (const [k, v] of Object.entries(out)) if (typeof v === "string") out[k] = detach(v);
  return out;
}
function unmaskNames(ctx, text, templated) {
  for (const field of ["name", "namespace"]) {
    const node = field === "name" ? get(ctx.node, "metadata", "name") : get(ctx.node, "metadata", "namespace");
    if (node?.type === "scalar" && overlaps(templated, node.start, node.end)) ctx[field] = text.slice(node.start, node.end);
  }
}
function objectsOf(root) {
  const kind = str(get(root, "kind"));
  const items = get(root, "items");
  if (kind && /List$/.test(kind) && items?.type === "seq") {
    return [root, ...items.items.filter((i) => i.type === "map")];
  }
  return [root];
}
function safeKind(ctx) {
  if (ctx.kind && SAFE_KINDS.has(ctx.kind)) return ctx.kind;
  if (ctx.kind === "Secret") {
    const sops = get(ctx.node, "sops");
    if (sops?.type === "map" && get(sops, "mac")) return "SOPS";
    if (ctx.kubesecTrailer) return "kubesec";
  }
  return void 0;
}
function touches(changed, [from, to]) {
  if (to - from > changed.size) {
    for (const l of changed) if (l >= from && l <= to) return true;
    return false;
  }
  for (let l = from; l <= to; l++) if (changed.has(l)) return true;
  return false;
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k) => data[k] ? data[k] : k in data ? "" : all).replace(/\s+/g, " ").replace(/ \)/g, ")").trim();
}

// src/parallel/item.ts
async function loadSetupConfig(setup) {
  return loadConfig(setup.root, setup.configPath, setup.configStart);
}
function engineFor(setup, config) {
  const baselineFile = setup.baselineFile ?? config.baseline;
  return new Engine({
    rules: effectiveRules(config),
    allowPaths: config.allowPaths,
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
    baseline: baselineFile ? readBaseline(baselineFile) : void 0,
    readFile: (rel) => readSmallFile(setup.root, rel, config.maxFileSize)
  });
}
function scanItem(engine, item, maxFileSize, wholeFiles) {
  if (isSkipped(item)) return { skipped: item };
  if (item.bytes.length > maxFileSize) {
    return { skipped: { file: item.path, reason: `larger than ${maxFileSize} bytes (maxFileSize)`, commit: item.commit?.sha, unscannable: true } };
  }
  const r = engine.scanFragment(wholeFiles ? { ...item, changedLines: void 0 } : item);
  return r.skipped ? { skipped: r.skipped } : { result: r };
}
function readSmallFile(root, rel, max) {
  const abs = path.join(root, rel);
  if (!abs.startsWith(root + path.sep)) return void 0;
  try {
    const st = statSync(abs);
    if (!st.isFile() || st.size > max) return void 0;
    return readFileSync2(abs, "utf8");
  } catch {
    return void 0;
  }
}

export {
  BASELINE_FILE,
  baselineJson,
  loadSetupConfig,
  engineFor,
  scanItem
};
