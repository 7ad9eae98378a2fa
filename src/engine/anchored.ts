// Runs a content rule's regular expression only where a match can start. Most provider patterns
// begin, after a lookbehind, with a literal (`glpat-`, `SK`, `pat`, `--token`): V8's regex engine
// tries the pattern at every offset of the text, while String#indexOf jumps from one occurrence of
// the literal to the next several times faster. At each occurrence the same pattern runs sticky
// (flag `y`), so the matches are exactly those of the global regex: a match can only start where
// one of its literal prefixes occurs, and at a given offset the sticky and the global regex find
// the same match (same pattern, same backtracking order; lookbehinds see the text before the
// offset either way). Patterns without such a prefix, and case-insensitive ones (indexOf is
// case-sensitive), keep the global regex.

/** Shortest literal worth searching for: a single character would stop at nearly every offset. */
const MIN_PREFIX = 2;

/**
 * The literals one of which every match of `source` starts with, or undefined when no such set of
 * literals (each at least MIN_PREFIX long) can be read off the pattern's start. Conservative: any
 * construct it does not know ends the prefix, or gives up.
 */
export function literalPrefixes(source: string, flags: string): string[] | undefined {
  if (/[iuv]/.test(flags)) return undefined;
  const lits = alternativesPrefixes(source);
  if (!lits || lits.length === 0 || lits.some((l) => l.length < MIN_PREFIX)) return undefined;
  return [...new Set(lits)];
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
  let i = 0;
  // Zero-width assertions in front consume nothing: the literal after them starts the match.
  for (;;) {
    if (seq.startsWith('(?<!', i) || seq.startsWith('(?<=', i) || seq.startsWith('(?=', i) || seq.startsWith('(?!', i)) {
      const end = groupEnd(seq, i);
      if (end < 0) return undefined;
      i = end;
    } else if (seq.startsWith('\\b', i) || seq.startsWith('\\B', i)) i += 2;
    else break;
  }
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
  let lit = '';
  while (i < seq.length) {
    const atom = literalAtom(seq, i);
    if (!atom) break;
    const next = seq[atom.end];
    // An optional or repeated character ends the prefix (`+` still puts it there once).
    if (next === '?' || next === '*' || next === '{') break;
    lit += atom.ch;
    i = atom.end;
    if (next === '+') break;
  }
  return [lit];
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

/** A rule's regex with the fastest equivalent way to find all its matches. */
export class RuleMatcher {
  private readonly sticky: RegExp | undefined;
  private readonly prefixes: string[] | undefined;

  constructor(private readonly regex: RegExp) {
    // Only V8's own RegExp: a custom rule's linear-time subclass (linear-regex.ts) must keep its engine.
    this.prefixes = Object.getPrototypeOf(regex) === RegExp.prototype ? literalPrefixes(regex.source, regex.flags) : undefined;
    if (this.prefixes) this.sticky = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'y');
  }

  /** Calls `onMatch` for every match, in order, as a `g` regex's exec loop finds them (empty matches skipped). */
  forEach(text: string, onMatch: (m: RegExpExecArray) => void): void {
    if (!this.sticky) {
      const re = this.regex;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        onMatch(m);
      }
      return;
    }
    const lits = this.prefixes!;
    const re = this.sticky;
    // The next occurrence of each literal at or after `pos` (-1: none left), refreshed lazily.
    const next = lits.map((l) => text.indexOf(l));
    let pos = 0;
    for (;;) {
      let at = -1;
      for (let k = 0; k < lits.length; k++) {
        let n = next[k]!;
        if (n >= 0 && n < pos) next[k] = n = text.indexOf(lits[k]!, pos);
        if (n >= 0 && (at < 0 || n < at)) at = n;
      }
      if (at < 0) return;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) {
        pos = at + 1;
        continue;
      }
      // A literal prefix of length >= 2 makes every match non-empty.
      pos = m.index + m[0].length;
      onMatch(m);
    }
  }
}
