// Finds base64 (and hex) runs in text and decodes them, so a token hidden in a ConfigMap value, a
// JSON string or a .txt file is seen as the token it is. Everything here is iterative and chunked:
// no regular expression ever runs over an unbounded run (a 6 MB base64 value once overflowed V8's
// regex backtracking stack), and decoding stops at the first chunk that is not text.

export type Encoding = 'base64' | 'hex';

export interface EncodedRun {
  start: number;
  end: number;
  encoding: Encoding;
}

/** Shortest run worth decoding: 24 base64 characters are 18 bytes, shorter than any credential format. */
export const MIN_BASE64 = 24;
const MIN_HEX = 32;
const CHUNK = 64 * 1024;

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Character code -> 6-bit value + 1 (0: not base64). Standard and URL-safe alphabets both count. */
const B64 = new Uint8Array(65536);
for (let i = 0; i < 64; i++) B64[BASE64_ALPHABET.charCodeAt(i)] = i + 1;
B64[45] = 63; // '-'
B64[95] = 64; // '_'
const HEX = new Uint8Array(65536);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/**
 * Maximal runs of one encoding's alphabet in `text[from, to)`, at least the minimum length. A plain
 * loop that checks the last character of each window first (Boyer-Moore style): most text is words
 * shorter than a run, so most windows are rejected by one look. No regular expression: a regex over
 * an unbounded run is what overflowed V8's backtracking stack.
 */
export function encodedRuns(text: string, encoding: Encoding, from = 0, to = text.length): EncodedRun[] {
  const table = encoding === 'base64' ? B64 : HEX;
  const min = encoding === 'base64' ? MIN_BASE64 : MIN_HEX;
  const runs: EncodedRun[] = [];
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
    if (encoding === 'base64') for (let pad = 0; pad < 2 && end < to && text.charCodeAt(end) === 61; pad++) end++;
    if (encoding === 'base64' || (end - i) % 2 === 0) runs.push({ start: i, end, encoding });
    i = end + 1;
  }
  return runs;
}

/**
 * The hex runs of `text`, found inside its base64 runs (`encodedRuns(text, 'base64')`) instead of by a
 * second pass over the whole text: hex digits are base64 characters, so a hex run of 32 or more lies
 * inside a base64 run of at least that length. A base64 run can start one character after the one
 * that follows a padded run (the scan skips it), so each search starts one character early. Same
 * runs, same order as `encodedRuns(text, 'hex')`.
 */
export function hexRunsWithin(text: string, base64Runs: readonly EncodedRun[]): EncodedRun[] {
  const out: EncodedRun[] = [];
  for (const r of base64Runs) {
    if (r.end - r.start + 1 < MIN_HEX) continue;
    for (const h of encodedRuns(text, 'hex', Math.max(0, r.start - 1), r.end)) out.push(h);
  }
  return out;
}

/**
 * A cheap look at the first bytes: credentials are ASCII text, and random letters (identifiers, paths,
 * digests) decode to bytes that are not. Saves a full decode for nearly every run that is not base64.
 */
function probablyText(value: string, encoding: Encoding): boolean {
  if (encoding === 'hex') {
    for (let i = 0; i + 1 < Math.min(value.length, 8); i += 2) {
      const b = parseInt(value.slice(i, i + 2), 16);
      if (!printableAscii(b)) return false;
    }
    return true;
  }
  if (value.length < 8) return true;
  for (let q = 0; q < 8; q += 4) {
    const a = B64[value.charCodeAt(q)]! - 1;
    const b = B64[value.charCodeAt(q + 1)]! - 1;
    const c = B64[value.charCodeAt(q + 2)]! - 1;
    const d = B64[value.charCodeAt(q + 3)]! - 1;
    if (a < 0 || b < 0 || c < 0 || d < 0) return true; // padding or a break: let the full decoder judge
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (!printableAscii(n >> 16) || !printableAscii((n >> 8) & 255) || !printableAscii(n & 255)) return false;
  }
  return true;
}

/** The whole value is base64 (either alphabet, optional padding), at least `min` characters long. */
export function isBase64Value(v: string, min = MIN_BASE64): boolean {
  if (v.length < min) return false;
  let i = 0;
  while (i < v.length && B64[v.charCodeAt(i)] !== 0) i++;
  while (i < v.length && v.charCodeAt(i) === 61) i++;
  return i === v.length;
}

function printableAscii(b: number): boolean {
  return (b >= 32 && b < 127) || b === 9 || b === 10 || b === 13;
}

/** A decoder that accepts bytes only while they stay printable text (what a credential is). */
class TextSink {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private readonly parts: string[] = [];
  private printable = 0;
  private total = 0;

  /** false as soon as the text is clearly not text (a replacement character, or under 95% printable). */
  push(bytes: Uint8Array, last: boolean): boolean {
    const s = this.decoder.decode(bytes, { stream: !last });
    if (s.includes('\uFFFD')) return false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 32 || c === 9 || c === 10 || c === 13) this.printable++;
    }
    this.total += s.length;
    this.parts.push(s);
    return this.total === 0 || this.printable / this.total > 0.95;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** Strips line breaks and indentation (block scalars wrap base64 at 64 or 76 columns). */
export function compactBase64(value: string): string {
  return /\s/.test(value.slice(0, 200)) || value.length > 200 ? value.replace(/\s+/g, '') : value;
}

/**
 * The decoded text of an encoded value, or undefined when it does not decode to printable text.
 * Works chunk by chunk, so a multi-megabyte value of random bytes costs one small chunk.
 */
export function decodeToText(value: string, encoding: Encoding): string | undefined {
  const quantum = encoding === 'base64' ? 4 : 2;
  if (value.length < quantum || !probablyText(value, encoding)) return undefined;
  const sink = new TextSink();
  const step = CHUNK - (CHUNK % quantum);
  for (let at = 0; at < value.length; at += step) {
    const piece = value.slice(at, Math.min(value.length, at + step));
    const bytes = Buffer.from(piece, encoding);
    if (bytes.length === 0) return undefined;
    if (!sink.push(bytes, at + step >= value.length)) return undefined;
  }
  const text = sink.text();
  return text.trim() === '' ? undefined : text;
}
