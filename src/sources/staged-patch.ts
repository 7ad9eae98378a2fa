// The staged files from one `git diff --cached` with the whole file as context: each patch section
// then holds the new file (context and added lines) and says which lines were added, so the hook
// needs no second git process to read blobs. A section that does not give the whole file (binary,
// a pure rename, a mode change) or gives bytes whose object id is not the staged blob's is not
// used: the caller reads that blob instead.
import { createHash } from 'node:crypto';

/** Context lines for "the whole file": far above any file a scan reads, far below git's int limit. */
export const WHOLE_FILE_CONTEXT = 100_000_000;

export interface StagedPatch {
  /** The new file's bytes, when the section held all of them. */
  content?: Buffer;
  /** Added lines of the new file (1-based). */
  added: number[];
  /** git printed no text diff ("Binary files ... differ"). */
  binary: boolean;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Splits the patch text (from `start`, after the raw records) into one StagedPatch per `diff --git` section. */
export function parseStagedPatches(buf: Buffer, start: number): StagedPatch[] {
  // latin1: one character per byte, so string offsets are byte offsets into `buf`.
  const text = buf.toString('latin1', start);
  const out: StagedPatch[] = [];
  let pos = text.startsWith('diff --git ') ? 0 : sectionAfter(text, 0);
  while (pos >= 0) {
    const nextSection = sectionAfter(text, pos + 1);
    const end = nextSection < 0 ? text.length : nextSection;
    out.push(parseSection(buf, start, text, pos, end));
    pos = nextSection;
  }
  return out;
}

function sectionAfter(text: string, from: number): number {
  const i = text.indexOf('\ndiff --git ', Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}

function parseSection(buf: Buffer, base: number, text: string, pos: number, end: number): StagedPatch {
  const hunkAt = text.indexOf('\n@@ ', pos);
  if (hunkAt < 0 || hunkAt >= end) {
    const header = text.slice(pos, Math.min(end, pos + 64 * 1024));
    return { added: [], binary: header.includes('\nBinary files ') || header.includes('\nGIT binary patch') };
  }
  const headerEnd = lineEnd(text, hunkAt + 1, end);
  const m = HUNK.exec(text.slice(hunkAt + 1, headerEnd));
  const parts: Buffer[] = [];
  const added: number[] = [];
  let line = m ? Number(m[1]) - 1 : 0;
  let lastNew = false;
  let whole = m !== null && (m[1] === '1' || m[2] === '0');
  for (let i = headerEnd + 1; i < end; ) {
    const eol = lineEnd(text, i, end);
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x2b) {
      // ' ' context or '+' added: a line of the new file (with its line break).
      line++;
      parts.push(buf.subarray(base + i + 1, base + Math.min(eol + 1, end)));
      if (c === 0x2b) added.push(line);
      lastNew = true;
    } else if (c === 0x2d) {
      lastNew = false;
    } else if (c === 0x5c) {
      // "\ No newline at end of file": the line before it has no line break in its file.
      if (lastNew) {
        const last = parts[parts.length - 1]!;
        if (last[last.length - 1] === 0x0a) parts[parts.length - 1] = last.subarray(0, last.length - 1);
      }
    } else if (c === 0x40) {
      whole = false; // a second hunk: the file was not given whole
    }
    i = eol + 1;
  }
  if (m && (m[2] === undefined ? 1 : Number(m[2])) !== parts.length) whole = false;
  return { ...(whole ? { content: Buffer.concat(parts) } : {}), added, binary: false };
}

function lineEnd(text: string, from: number, end: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 || i >= end ? end : i;
}

/** True when `bytes` are the blob `id` names (SHA-1 or SHA-256 repositories). */
export function isBlob(bytes: Buffer, id: string): boolean {
  const algo = id.length === 64 ? 'sha256' : id.length === 40 ? 'sha1' : undefined;
  if (!algo) return false;
  return createHash(algo).update(`blob ${bytes.length}\0`).update(bytes).digest('hex') === id;
}
