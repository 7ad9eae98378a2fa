// All encoded values of a file, decoded to depth 2 into one combined text that the content rules
// scan in one pass; a match maps back to the encoded value in the file that holds it. Iterative (a
// work stack, no recursion) and bounded by the decoder's chunking.
import type { YNode } from '../yaml/documents.js';
import { isDigestLike } from '../rules/values.js';
import { encodedRuns, hexRunsWithin, decodeToText, compactBase64, isBase64Value, MIN_BASE64, type EncodedRun, type Encoding } from './encoded.js';

/** Keeps decoded values apart when they are matched in one pass (no pattern crosses a NUL between line breaks). */
const SEPARATOR = '\n\u0000\n';
/** Encoded values are decoded at most this many times (base64 of base64 of a token). */
const MAX_DECODE_DEPTH = 2;

/** An encoded value to decode: its range in the file (where findings point) and its text. */
export interface EncodedValue {
  hostStart: number;
  hostEnd: number;
  value: string;
  encodings: Encoding[];
  depth: number;
  /**
   * The name written before the value on its line (`dd_api_key: <base64>` gives `dd_api_key`). The
   * decoded text is scanned as `name: decoded`, so rules that know a format only by its variable
   * name (a Datadog key is 32 hex digits) can name it inside a Secret's data too.
   */
  label?: string;
}

/** A decoded value inside the combined text that the content rules scan in one pass. */
interface Segment {
  at: number;
  end: number;
  hostStart: number;
  hostEnd: number;
  encodings: Encoding[];
  /** Where the decoded text starts (after `label: `). */
  plainAt: number;
}

export interface DecodedText {
  /** Every decoded value, separated so that no pattern spans two of them. */
  text: string;
  /** The encoded value in the file holding [start, end) of `text`, if the rule reads all its encodings. */
  hostOf(start: number, end: number, accepted: readonly Encoding[]): { start: number; end: number; encoding: Encoding } | undefined;
  /** Where the decoded value holding `at` starts, after its label (matches must not start before it). */
  plainStartOf(at: number): number | undefined;
}

/** Decodes the file's encoded values (plus `fromManifests`, block scalars decoded whole); undefined when none is text. */
export function decodeValues(text: string, fromManifests: EncodedValue[], hex: boolean): DecodedText | undefined {
  // Literals filled by push, not spread or map: an empty `fromManifests` (most files) would make
  // arrays of another elements kind, and optimized code deoptimized on each kind it had not seen.
  const work: EncodedValue[] = [];
  const covered: [number, number][] = [];
  for (const e of fromManifests) {
    work.push(e);
    covered.push([e.hostStart, e.hostEnd]);
  }
  if (covered.length > 1) covered.sort((a, b) => a[0] - b[0]);
  for (const [enc, all] of runsOf(text, hex)) {
    const runs = all.filter((run) => !insideAny(covered, run.start)); // block scalars are decoded whole
    if (enc === 'base64') for (const wrapped of wrappedRuns(text, runs)) work.push(wrapped);
    for (const run of runs) work.push({ hostStart: run.start, hostEnd: run.end, value: text.slice(run.start, run.end), encodings: [enc], depth: 1, label: labelBefore(text, run.start) });
  }
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  // Each decoded text may hold encoded runs of its own.
  while (work.length > 0) {
    const w = work.pop()!;
    if (isDigestLike(w.value)) continue;
    const plain = decodeToText(w.value, w.encodings[w.encodings.length - 1]!);
    if (plain === undefined) continue;
    if (parts.length) {
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    const label = w.label ? `${w.label}: ` : '';
    segments.push({ at: length, end: length + label.length + plain.length, plainAt: length + label.length, hostStart: w.hostStart, hostEnd: w.hostEnd, encodings: w.encodings });
    parts.push(label + plain);
    length += label.length + plain.length;
    if (w.depth >= MAX_DECODE_DEPTH || plain.length < MIN_BASE64) continue;
    for (const [enc, runs] of runsOf(plain, hex)) {
      for (const run of runs) {
        work.push({ hostStart: w.hostStart, hostEnd: w.hostEnd, value: plain.slice(run.start, run.end), encodings: [...w.encodings, enc], depth: w.depth + 1 });
      }
    }
  }
  if (segments.length === 0) return undefined;
  return {
    text: parts.join(''),
    hostOf(start, end, accepted) {
      const seg = segmentAt(segments, start);
      if (!seg || end > seg.end) return undefined; // a match across two values is no match
      if (start < seg.plainAt) return undefined; // the label is context, never the secret
      if (!seg.encodings.every((e) => accepted.includes(e))) return undefined;
      return { start: seg.hostStart, end: seg.hostEnd, encoding: seg.encodings[0]! };
    },
    plainStartOf(at) {
      return segmentAt(segments, at)?.plainAt;
    },
  };
}

/** The base64 runs of a text and, when asked, its hex runs (found inside the base64 runs: one pass). */
function runsOf(text: string, hex: boolean): [Encoding, EncodedRun[]][] {
  const base64 = encodedRuns(text, 'base64');
  return hex ? [['base64', base64], ['hex', hexRunsWithin(text, base64)]] : [['base64', base64]];
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isQuote = (c: string | undefined) => c === '"' || c === "'";

/**
 * The key or variable name right before an encoded value on its line, if any: the text before `at`
 * ends in `name["']? (:|=|=>) ["']?` with at most four blanks around the operator; the name is its
 * last 80 name characters. Read backwards from `at` (a regex anchored at the end would be tried
 * from every offset of the line before it).
 */
export function labelBefore(text: string, at: number): string | undefined {
  let i = at - 1;
  if (isQuote(text[i])) i--;
  for (let n = 0; n < 4 && isBlank(text[i]); n++) i--;
  if (text[i] === '>' && text[i - 1] === '=') i -= 2;
  else if (text[i] === ':' || text[i] === '=') i--;
  else return undefined;
  for (let n = 0; n < 4 && isBlank(text[i]); n++) i--;
  if (isQuote(text[i])) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 80 && text[i] !== '\n' && NAME_CHAR.test(text[i]!)) i--;
  return end - (i + 1) > 0 ? text.slice(i + 1, end) : undefined;
}

/** Block scalars (`|`, `>`) are decoded whole (base64 wrapped over lines), not line by line. */
export function multiLineScalars(root: YNode, out: EncodedValue[]): void {
  const stack: YNode[] = [root];
  const seen = new Set<YNode>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'scalar') {
      if (n.block && n.value.length >= MIN_BASE64) {
        const value = compactBase64(n.value);
        if (isBase64Value(value)) out.push({ hostStart: n.start, hostEnd: n.end, value, encodings: ['base64'], depth: 1 });
      }
      continue;
    }
    if (seen.has(n)) continue; // an alias may point back at its own ancestor
    seen.add(n);
    if (n.type === 'map') for (const p of n.pairs) stack.push(p.value);
    else for (const i of n.items) stack.push(i);
  }
}

/**
 * Base64 wrapped over lines in plain text (`base64` wraps at 76 columns, PEM bodies at 64): runs that
 * each fill their line, on consecutive lines, all but the last a whole number of quads long, are also
 * decoded as one value (each line alone decodes only to a fragment).
 */
function wrappedRuns(text: string, runs: { start: number; end: number }[]): EncodedValue[] {
  const out: EncodedValue[] = [];
  const fillsLine = (r: { start: number; end: number }) => blankTo(text, r.start, -1) && blankTo(text, r.end, 1);
  for (let i = 0; i < runs.length; i++) {
    if (!fillsLine(runs[i]!)) continue;
    let j = i;
    while (
      j + 1 < runs.length &&
      (runs[j]!.end - runs[j]!.start) % 4 === 0 &&
      fillsLine(runs[j + 1]!) &&
      onNextLine(text, runs[j]!.end, runs[j + 1]!.start)
    ) j++;
    if (j > i) {
      const parts: string[] = [];
      for (let k = i; k <= j; k++) parts.push(text.slice(runs[k]!.start, runs[k]!.end));
      out.push({ hostStart: runs[i]!.start, hostEnd: runs[j]!.end, value: parts.join(''), encodings: ['base64'], depth: 1 });
      i = j;
    }
  }
  return out;
}

/** Only spaces and tabs from `at` to the line's start (dir -1) or end (dir 1). */
function blankTo(text: string, at: number, dir: 1 | -1): boolean {
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** `from` ends a line and `to` sits on the very next one. */
function onNextLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return breaks === 1;
}

function insideAny(sorted: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sorted[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

function segmentAt(segments: Segment[], at: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (at < s.at) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

