// Runs a content rule's regular expression only where a match can start. Most provider patterns
// begin, after a lookbehind, with a literal (`glpat-`, `SK`, `pat`, `--token`), and the generic ones
// with a credential word (`password`, `token`): V8's regex engine tries a pattern at every offset of
// the text, but the keyword prefilter's one walk over the text (keywords.ts) already passes every
// occurrence of these literals. The index records where they occur, and the pattern runs sticky
// (flag `y`) at those offsets only, so the matches are exactly those of the global regex: a match
// can only start where one of its literal prefixes occurs, and at a given offset the sticky and the
// global regex find the same match (same pattern, same backtracking order; lookbehinds see the text
// before the offset either way). Patterns without such a prefix keep the global regex.
import type { Rule } from '../rules/types.js';

/** Shortest literal worth searching for: a single character would stop at nearly every offset. */
const MIN_PREFIX = 2;

/**
 * The literals one of which every match of `source` starts with, or undefined when no such set of
 * literals (each at least MIN_PREFIX long) can be read off the pattern's start. Conservative: any
 * construct it does not know ends the prefix, or gives up.
 */
export function literalPrefixes(source: string, flags: string): string[] | undefined {
  // With `u` or `v`, case folding maps some non-ASCII characters onto ASCII letters (the Kelvin sign
  // onto k); without them, `i` only folds ASCII onto ASCII, which is what the keyword walk does.
  if (/[uv]/.test(flags)) return undefined;
  const lits = alternativesPrefixes(source);
  if (!lits || lits.length === 0 || lits.some((l) => l.length < MIN_PREFIX)) return undefined;
  if (flags.includes('i') && lits.some((l) => /[^\x00-\x7f]/.test(l))) return undefined;
  return [...new Set(lits)];
}

/** Shortest anchor: two letters in any case (`co`, `sk`) occur at a few percent of all offsets. */
const MIN_ANCHOR = 3;
/** Longest anchor the keyword walk looks for: every match starts with the first characters of its literal too. */
const MAX_ANCHOR = 8;

/**
 * The anchors of a rule's regex for the keyword walk: its literal prefixes, lower-cased (the walk
 * ignores case) and cut to MAX_ANCHOR characters (a shorter literal only adds candidate offsets, and
 * keeps the automaton small). Undefined when the regex must run everywhere: no literal prefix, or a
 * custom rule's linear-time engine (linear-regex.ts), which a V8 sticky copy would replace.
 */
export function anchorsOf(regex: RegExp): string[] | undefined {
  if (Object.getPrototypeOf(regex) !== RegExp.prototype) return undefined;
  const lits = literalPrefixes(regex.source, regex.flags);
  if (!lits || lits.some((l) => l.length < MIN_ANCHOR)) return undefined;
  return [...new Set(lits.map(toAnchor))];
}

/** A literal as the keyword walk looks for it: lower-cased (the walk ignores case), cut to MAX_ANCHOR characters. */
const toAnchor = (literal: string): string => literal.slice(0, MAX_ANCHOR).toLowerCase();

/** A rule's walk anchors: those the build embedded (Rule.anchors), else read off its pattern. */
export function ruleAnchors(rule: Rule): WalkAnchors | undefined {
  if (!rule.regex) return undefined;
  if (rule.anchors === undefined) return walkAnchors(rule.regex);
  return rule.anchors ? { words: rule.anchors, skip: rule.anchorSkip ?? 0 } : undefined;
}

/** What the keyword walk looks for to start a rule's regex: its anchors, and how far before an anchor a match starts. */
export interface WalkAnchors {
  words: string[];
  /** Characters every match has before the anchor (0: the anchors are prefixes). */
  skip: number;
}

/**
 * The anchors of a rule's regex: its literal prefixes (anchorsOf), or else a literal at a fixed
 * distance from the start (infixAnchorOf). Undefined when the regex must run everywhere.
 */
export function walkAnchors(regex: RegExp): WalkAnchors | undefined {
  const words = anchorsOf(regex);
  return words ? { words, skip: 0 } : infixAnchorOf(regex);
}

/**
 * A literal that every match holds at a fixed distance from its start: `[a-f0-9]{32}-us[0-9]{1,2}`
 * holds `-us` 32 characters in. Only for a pattern of one alternative whose start (after
 * lookbehinds) is single characters, classes and `.`, each once or `{n}` times: without the `u`
 * flag each of them is exactly one UTF-16 code unit, so the distance is fixed. A match then starts
 * `skip` characters before an occurrence of the literal, which the keyword walk records.
 */
export function infixAnchorOf(regex: RegExp): WalkAnchors | undefined {
  if (Object.getPrototypeOf(regex) !== RegExp.prototype || /[uv]/.test(regex.flags)) return undefined;
  const source = regex.source;
  if (splitAlternatives(source).length !== 1) return undefined;
  // Lookaheads in front are not skipped: kept simple, as none of the built-in patterns needs it.
  let i = afterZeroWidth(source, 0, false);
  if (i < 0) return undefined;
  let skip = 0;
  for (;;) {
    // One code unit: a class, `.`, or a class escape (\d \w \s and their negations).
    let end: number;
    if (source[i] === '[') end = classEnd(source, i);
    else if (source[i] === '.') end = i + 1;
    else if (source[i] === '\\' && /[dDwWsS]/.test(source[i + 1] ?? '')) end = i + 2;
    else break;
    if (end < 0) return undefined;
    let times = 1;
    const q = /^\{(\d{1,4})\}/.exec(source.slice(end, end + 6));
    if (q) {
      times = Number(q[1]);
      end += q[0].length;
    } else if (/^[?*+{]/.test(source.slice(end, end + 1))) return undefined;
    skip += times;
    i = end;
  }
  if (skip === 0) return undefined;
  const lit = literalAt(source, i);
  if (lit.length < MIN_ANCHOR) return undefined;
  if (regex.flags.includes('i') && /[^\x00-\x7f]/.test(lit)) return undefined;
  return { words: [toAnchor(lit)], skip };
}

/**
 * Where a sequence's first consuming construct starts: lookbehinds, `\b` and (unless told not to)
 * lookaheads in front consume nothing. -1 for a group that does not close.
 */
function afterZeroWidth(seq: string, i: number, lookaheads = true): number {
  for (;;) {
    if (seq.startsWith('(?<!', i) || seq.startsWith('(?<=', i) || (lookaheads && (seq.startsWith('(?=', i) || seq.startsWith('(?!', i)))) {
      i = groupEnd(seq, i);
      if (i < 0) return -1;
    } else if (seq.startsWith('\\b', i) || seq.startsWith('\\B', i)) i += 2;
    else return i;
  }
}

/** The literal characters every match has from `i` on (an optional or repeated one ends them; `+` still puts it there once). */
function literalAt(seq: string, i: number): string {
  let lit = '';
  while (i < seq.length) {
    const atom = literalAtom(seq, i);
    if (!atom) break;
    const next = seq[atom.end];
    if (next === '?' || next === '*' || next === '{') break;
    lit += atom.ch;
    i = atom.end;
    if (next === '+') break;
  }
  return lit;
}

/** Prefixes of a pattern or group body: one set per top-level alternative, joined. */
function alternativesPrefixes(body: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of splitAlternatives(body)) {
    const p = sequencePrefixes(alt);
    if (!p) return undefined;
    out.push(...p);
  }
  return out;
}

function sequencePrefixes(seq: string): string[] | undefined {
  // Zero-width assertions in front consume nothing: the literal after them starts the match.
  const i = afterZeroWidth(seq, 0);
  if (i < 0) return undefined;
  if (seq[i] === '(') {
    const end = groupEnd(seq, i);
    if (end < 0) return undefined;
    // A group that may be skipped or is a lookaround gives no prefix.
    if (/^(?:[?*]|\{0[,}])/.test(seq.slice(end))) return undefined;
    // The group's body: after `(?:`, `(?<name>` or `(`; lookarounds were consumed above.
    let bodyStart: number;
    if (seq.startsWith('(?:', i)) bodyStart = i + 3;
    else if (seq.startsWith('(?<', i)) bodyStart = seq.indexOf('>', i) + 1;
    else if (seq[i + 1] !== '?') bodyStart = i + 1;
    else return undefined;
    if (bodyStart <= i || bodyStart > end - 1) return undefined;
    return alternativesPrefixes(seq.slice(bodyStart, end - 1));
  }
  return [literalAt(seq, i)];
}

/** One literal character at `i` (plain or escaped punctuation), or undefined. */
function literalAtom(s: string, i: number): { ch: string; end: number } | undefined {
  const c = s[i];
  if (c === undefined) return undefined;
  if (c === '\\') {
    const n = s[i + 1];
    if (n === undefined) return undefined;
    if (/[^A-Za-z0-9]/.test(n)) return { ch: n, end: i + 2 };
    if (n === 't') return { ch: '\t', end: i + 2 };
    if (n === 'n') return { ch: '\n', end: i + 2 };
    if (n === 'r') return { ch: '\r', end: i + 2 };
    return undefined; // classes (\d \w \s), backreferences, other escapes
  }
  if ('.[](){}|?*+^$'.includes(c)) return undefined;
  return { ch: c, end: i + 1 };
}

/** Index just after the group opening at `start`, or -1. Skips escapes and character classes. */
function groupEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = classEnd(s, i) - 1;
      if (i < 0) return -1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function classEnd(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i + 1;
  }
  return -1;
}

/** Top-level alternatives of a pattern or group body. */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const e = classEnd(body, i);
      if (e < 0) return [body];
      i = e - 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

/**
 * A rule's regex, run where its matches can start: sticky at the offsets where the keyword walk saw
 * its anchors; for a case-sensitive literal prefix too short to be an anchor (`SK`, `-p`), sticky at
 * each occurrence String#indexOf finds (exact case, so rare); otherwise everywhere.
 */
export class RuleMatcher {
  private readonly sticky: RegExp | undefined;
  /** Case-sensitive literal prefixes, searched with indexOf when no anchor offsets are given. */
  private readonly prefixes: string[] | undefined;

  /** `anchors`: the rule's, when known (Rule.anchors): a rule with some is given its offsets, and its pattern need not be read again. */
  constructor(
    private readonly regex: RegExp,
    anchors?: string[] | null,
  ) {
    const plain = Object.getPrototypeOf(regex) === RegExp.prototype;
    // Told its anchors, a matcher need not read its pattern for prefixes.
    const prefixes = plain && !anchors ? literalPrefixes(regex.source, regex.flags) : undefined;
    if (plain && (anchors || prefixes)) this.sticky = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'y');
    if (prefixes && !regex.flags.includes('i')) this.prefixes = prefixes;
  }

  /**
   * Calls `onMatch` for every match, in order, as a `g` regex's exec loop finds them (empty matches
   * skipped). `starts`: ascending offsets holding every offset where a match can start (the keyword
   * index's anchor offsets for this rule, see anchorsOf).
   */
  forEach(text: string, onMatch: (m: RegExpExecArray) => void, starts?: readonly number[]): void {
    if (this.sticky && starts) return this.atOffsets(text, onMatch, starts);
    if (this.prefixes) return this.atLiterals(text, onMatch, this.prefixes);
    const re = this.regex;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      onMatch(m);
    }
  }

  private atOffsets(text: string, onMatch: (m: RegExpExecArray) => void, starts: readonly number[]): void {
    let k = 0;
    // The next start at or after `pos`: one inside the previous match, or tried already, is skipped.
    this.stickyAt(text, onMatch, (pos) => {
      while (k < starts.length && starts[k]! < pos) k++;
      return k < starts.length ? starts[k++]! : -1;
    });
  }

  private atLiterals(text: string, onMatch: (m: RegExpExecArray) => void, lits: string[]): void {
    // The next occurrence of each literal at or after `pos` (-1: none left), refreshed lazily.
    const next = lits.map((l) => text.indexOf(l));
    this.stickyAt(text, onMatch, (pos) => {
      let at = -1;
      for (let k = 0; k < lits.length; k++) {
        let n = next[k]!;
        if (n >= 0 && n < pos) next[k] = n = text.indexOf(lits[k]!, pos);
        if (n >= 0 && (at < 0 || n < at)) at = n;
      }
      return at;
    });
  }

  /** The sticky regex at each candidate offset `next(pos)` gives (-1: none left), `pos` past the last match. */
  private stickyAt(text: string, onMatch: (m: RegExpExecArray) => void, next: (pos: number) => number): void {
    const re = this.sticky!;
    for (let pos = 0, at = next(0); at >= 0; at = next(pos)) {
      re.lastIndex = at;
      const m = re.exec(text);
      // A literal of two characters or more in every match makes it non-empty.
      pos = m ? m.index + m[0].length : at + 1;
      if (m) onMatch(m);
    }
  }
}
