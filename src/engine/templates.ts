// Helm templates and Jinja-wrapped YAML are not YAML. When a document does not parse and holds
// template actions, its text is masked in place (same length, so offsets stay exact and findings land
// on the right line) and parsed again:
// - a line holding only actions (`{{- if }}`, `{{- end }}`, `{{- include … | nindent 4 }}`,
//   `{{ toYaml … }}`, `{% raw %}`, `{# note #}`), also an action spread over several lines, is blanked.
//   Blank means spaces, unless the line is longer than the indentation of the next content line:
//   then it becomes a comment at that indentation (inside a block scalar a longer all-space line
//   would set the scalar's indentation and break it; a `#` line there is just text);
// - `key: {{- include … | nindent 4 }}` followed by deeper lines: the action writes the first
//   entries of the block, so it is blanked and the key opens that block;
// - any other action becomes letters (`TTTT`, safe in flow collections too); the engine knows these
//   spans and treats a value touching one as templated, never as a literal;
// - `{{ define }}` bodies are not rendered in place, so they are blanked; on a second attempt the
//   `else` branches are blanked too (one branch of each choice is a possible rendering).
import { lineStarts as lineStartsOf, lineAt } from '../text/lines.js';

const OPENER_MARK = /\{[{%#]/g;
const CLOSER: Record<string, string> = { '{': '}}', '%': '%}', '#': '#}' };

/**
 * `{{ … }}`, `{% … %}` and `{# … #}` spans, found in one pass: an opener with no closer after it means
 * no later opener of its kind has one either (a lazy regex would rescan to the end for each of them).
 */
function actionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const unclosed = new Set<string>();
  OPENER_MARK.lastIndex = 0;
  for (let m = OPENER_MARK.exec(text); m; m = OPENER_MARK.exec(text)) {
    const kind = m[0][1]!;
    if (unclosed.has(kind)) continue;
    const end = text.indexOf(CLOSER[kind]!, m.index + 2);
    if (end < 0) {
      unclosed.add(kind);
      continue;
    }
    spans.push([m.index, end + 2]);
    OPENER_MARK.lastIndex = end + 2;
  }
  return spans;
}
const OPENER = /^(?:if|range|with|define|block|for|macro|call|filter|set(?=\s+\w+\s*$))\b/;

export interface Masked {
  text: string;
  /** Offsets of every action (sorted, end exclusive). */
  spans: [number, number][];
}

export function hasTemplates(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

/** The action's keyword: `if`, `else`, `end`, `define`, … (Go templates and Jinja alike). */
function keywordOf(action: string): string {
  const inner = action.slice(2, -2).replace(/^[-+~\s]+/, '');
  if (action.startsWith('{#')) return '#';
  const word = /^[a-z]+/.exec(inner)?.[0] ?? '';
  if (/^(?:end\w*)$/.test(word)) return 'end';
  if (word === 'else' || word === 'elif') return 'else';
  return OPENER.test(inner) ? word : '';
}

export function maskTemplates(text: string, opts: { dropElse?: boolean } = {}): Masked {
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number): number => lineAt(lineStarts, offset);
  const lineEnd = (line: number): number => {
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    while (end > lineStarts[line]! && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end;
  };

  const spans = actionSpans(text);

  // Regions never rendered in place: define bodies, and (second attempt) else branches.
  const dead: [number, number][] = [];
  const open: { word: string; at: number; elseAt?: number }[] = [];
  for (const [s, e] of spans) {
    const word = keywordOf(text.slice(s, e));
    if (word === 'end') {
      const o = open.pop();
      if (!o) continue;
      if (o.word === 'define' || o.word === 'macro') dead.push([o.at, e]);
      else if (o.elseAt !== undefined) dead.push([o.elseAt, s]);
    } else if (word === 'else') {
      const o = open[open.length - 1];
      if (o && opts.dropElse && o.elseAt === undefined) o.elseAt = s;
    } else if (word !== '' && word !== '#' && word !== 'set') open.push({ word, at: s });
  }
  dead.sort((a, b) => a[0] - b[0]);
  // Nested regions (an else inside a define) merge into one, so lookups can bisect.
  for (let i = 1; i < dead.length; i++) {
    if (dead[i]![0] < dead[i - 1]![1]) {
      dead[i - 1]![1] = Math.max(dead[i - 1]![1], dead[i]![1]);
      dead.splice(i--, 1);
    }
  }

  // Lines every non-blank character of which belongs to an action or a dead region.
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
  const blank = (line: number) => actionLine[line] === 1 && otherContent[line] === 0;

  // Indentation of the next content line after each line (blank and comment lines do not count).
  const nextIndent = new Int32Array(lineStarts.length);
  for (let line = lineStarts.length - 1, next = 0; line >= 0; line--) {
    nextIndent[line] = next;
    const start = lineStarts[line]!;
    const end = lineEnd(line);
    const indent = indentation(text, start, end);
    if (!blank(line) && indent < end - start && text.charCodeAt(start + indent) !== 35) next = indent;
  }

  const edits: { start: number; text: string }[] = [];
  for (let k = 0; k < spans.length; k++) {
    const [s] = spans[k]!;
    // Adjacent actions (`{{- if x -}}{{ include … }}{{- end -}}`) are decided together.
    let e = spans[k]![1];
    while (k + 1 < spans.length && blanks(text, e, spans[k + 1]![0])) e = spans[++k]![1];
    const line = lineOf(s);
    if (blank(line) || inside(dead, s)) continue; // whole lines are blanked below
    const start = lineStarts[line]!;
    const indent = indentation(text, start, lineEnd(line));
    const last = lineOf(e - 1);
    const opensBlock = afterKey(text, start, s) && blanks(text, e, lineEnd(last)) && nextIndent[last]! > indent;
    const fill = opensBlock ? ' ' : 'T';
    const action = text.slice(s, e);
    edits.push({ start: s, text: /[\r\n]/.test(action) ? action.replace(/[^\r\n]/g, fill) : fill.repeat(e - s) });
  }
  for (let line = 0; line < lineStarts.length; line++) {
    if (!blank(line)) continue;
    const start = lineStarts[line]!;
    const width = lineEnd(line) - start;
    const at = nextIndent[line]!;
    edits.push({ start, text: width > at ? ' '.repeat(at) + '#' + ' '.repeat(width - at - 1) : ' '.repeat(width) });
  }
  edits.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let done = 0;
  for (const edit of edits) {
    const skip = Math.max(0, done - edit.start); // a multi-line action already masked part of this line
    if (skip >= edit.text.length) continue;
    out.push(text.slice(done, edit.start + skip), edit.text.slice(skip));
    done = edit.start + edit.text.length;
  }
  out.push(text.slice(done));
  // Every action counts: a block scalar made of masked lines is as templated as a masked value.
  return { text: out.join(''), spans };
}

const NON_BLANK = /[^ \t\r\n]/g;

/** Marks the lines of `text[from, to)` that hold non-blank characters. */
function markContent(text: string, from: number, to: number, lineOf: (o: number) => number, lineStarts: number[], out: Uint8Array): void {
  NON_BLANK.lastIndex = from;
  for (let m = NON_BLANK.exec(text); m && m.index < to; m = NON_BLANK.exec(text)) {
    const line = lineOf(m.index);
    out[line] = 1;
    // the rest of this line does not matter
    const next = lineStarts[line + 1];
    if (next === undefined || next >= to) return;
    NON_BLANK.lastIndex = next;
  }
}

/** Only spaces and tabs in text[from, to). */
function blanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** text[lineStart, at) ends a key (`key:`) or an item dash (`  -`), then blanks: a value position. */
function afterKey(text: string, lineStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < lineStart) return false;
  if (text.charCodeAt(i) === 58) return true;
  return text.charCodeAt(i) === 45 && blanks(text, lineStart, i);
}

function indentation(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}

/** Whether `at` lies in one of the sorted, non-overlapping ranges. */
export function inside(ranges: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether [start, end) overlaps one of the sorted, non-overlapping ranges. */
export function overlaps(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
