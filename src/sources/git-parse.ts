// Parsers for git's machine output: `--raw -z` records, `-p -U0` hunks, and the commits of a
// `git log -z --raw -p` stream. Pure functions over bytes, so they are tested without a repository.
//
// Paths come only from the NUL-separated raw records (never from the quoted `diff --git` headers),
// and the patch sections are matched to the raw records by order: git prints both for the same
// queue of file pairs, one `diff --git` section per record.

export interface RawEntry {
  srcMode: string;
  dstMode: string;
  srcSha: string;
  dstSha: string;
  /** A, C, D, M, R, T, U or X. */
  status: string;
  path: string;
  /** Source path of a rename or copy. */
  oldPath?: string;
}

export interface FilePatch {
  /** Added lines of the new file as [first line (1-based), count] pairs, one per hunk. */
  hunks: number[];
  /** git printed no text diff ("Binary files ... differ", e.g. a `-diff` attribute). */
  binary: boolean;
}

export interface LogCommit {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  date: string;
  entries: RawEntry[];
  /** Aligned with `entries`. */
  patches: (FilePatch | undefined)[];
}

/** Separates commits in the log stream; control bytes no header or path realistically holds. */
export const COMMIT_MARK = '\x01\x02\x03';
export const LOG_FORMAT = '--format=%x01%x02%x03%H %P%x02%an%x02%ae%x02%aI%x02';

const COLON = 0x3a;

/** Parses raw records starting at `pos`; stops at the first byte that does not begin one. */
export function parseRaw(buf: Buffer, pos = 0): { entries: RawEntry[]; pos: number } {
  const entries: RawEntry[] = [];
  while (pos < buf.length && buf[pos] === COLON) {
    const metaEnd = buf.indexOf(0, pos);
    if (metaEnd < 0) break;
    const meta = buf.toString('latin1', pos + 1, metaEnd).split(' ');
    const [srcMode = '', dstMode = '', srcSha = '', dstSha = '', statusField = ''] = meta;
    const status = statusField.charAt(0);
    pos = metaEnd + 1;
    const p1End = buf.indexOf(0, pos);
    if (p1End < 0) break;
    const p1 = buf.toString('utf8', pos, p1End);
    pos = p1End + 1;
    const entry: RawEntry = { srcMode, dstMode, srcSha, dstSha, status, path: p1 };
    if (status === 'R' || status === 'C') {
      const p2End = buf.indexOf(0, pos);
      if (p2End < 0) break;
      entry.oldPath = p1;
      entry.path = buf.toString('utf8', pos, p2End);
      pos = p2End + 1;
    }
    entries.push(entry);
  }
  return { entries, pos };
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Start of the next line that begins with `head` at or after `from`, or -1. */
function nextLineStarting(text: string, head: string, from: number): number {
  if (from === 0 && text.startsWith(head)) return 0;
  const i = text.indexOf(`\n${head}`, Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}

/**
 * Splits `-p -U0` output into one FilePatch per `diff --git` section. Only header lines are looked at,
 * found with native string search rather than line by line (a history's diff is hundreds of MB):
 * content lines start with '+', '-', ' ' or '\', so a line starting "diff --git " or "@@ " is always
 * a header. Hunk headers give the added lines directly (-U0 and --inter-hunk-context=0: a hunk holds
 * no context lines).
 */
export function parsePatches(text: string): FilePatch[] {
  const patches: FilePatch[] = [];
  let diff = nextLineStarting(text, 'diff --git ', 0);
  let hunk = nextLineStarting(text, '@@ ', 0);
  while (diff >= 0) {
    const cur: FilePatch = { hunks: [], binary: false };
    patches.push(cur);
    const next = nextLineStarting(text, 'diff --git ', diff + 1);
    const end = next < 0 ? text.length : next;
    while (hunk >= 0 && hunk < diff) hunk = nextLineStarting(text, '@@ ', hunk + 1);
    // The extended header (mode, index, rename, "Binary files ... differ") runs up to the first hunk.
    const headerEnd = hunk >= 0 && hunk < end ? hunk : end;
    const header = text.slice(diff, Math.min(headerEnd, diff + 64 * 1024));
    if (header.includes('\nBinary files ') || header.includes('\nGIT binary patch')) cur.binary = true;
    while (hunk >= 0 && hunk < end) {
      const m = HUNK.exec(text.slice(hunk, hunk + 200));
      if (m) {
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0) cur.hunks.push(Number(m[1]), count);
      }
      hunk = nextLineStarting(text, '@@ ', hunk + 1);
    }
    diff = next;
  }
  return patches;
}

/** The added line numbers of a patch. */
export function addedLines(patch: FilePatch): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i < patch.hunks.length; i += 2) {
    const start = patch.hunks[i]!;
    const end = start + patch.hunks[i + 1]!;
    for (let n = start; n < end; n++) set.add(n);
  }
  return set;
}

/**
 * The patch section of each raw record. One section per record, except a type change (a symlink
 * that became a file, ...), which git prints as a deletion followed by a creation: the creation is
 * the new content.
 */
export function alignPatches(entries: RawEntry[], sections: FilePatch[]): (FilePatch | undefined)[] {
  const out: (FilePatch | undefined)[] = [];
  let k = 0;
  for (const e of entries) {
    if (e.status === 'T') k++;
    out.push(sections[k]);
    k++;
  }
  return out;
}

/** Parses a `git diff --raw -z -p` output: raw records, one NUL, then the patch text. */
export function parseDiff(buf: Buffer): { entries: RawEntry[]; patches: (FilePatch | undefined)[] } {
  const { entries, pos } = parseRaw(buf, 0);
  const start = buf[pos] === 0 ? pos + 1 : pos;
  return { entries, patches: alignPatches(entries, parsePatches(buf.toString('latin1', start))) };
}

/** Parses one commit of the log stream (the bytes from one COMMIT_MARK up to the next). */
export function parseLogCommit(buf: Buffer): LogCommit | undefined {
  let pos = buf.indexOf(COMMIT_MARK, 0, 'latin1');
  if (pos < 0) return undefined;
  pos += COMMIT_MARK.length;
  const headerEnd = buf.indexOf(0, pos);
  const header = buf.toString('utf8', pos, headerEnd < 0 ? buf.length : headerEnd);
  const [ids = '', author = '', email = '', date = ''] = header.split('\x02');
  const [sha = '', ...parents] = ids.split(' ').filter(Boolean);
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return undefined;
  const commit: LogCommit = { sha, parents, author, email, date, entries: [], patches: [] };
  if (headerEnd < 0) return commit;
  pos = headerEnd + 1;
  if (buf[pos] === 0x0a) pos++;
  const diff = parseDiff(buf.subarray(pos));
  commit.entries = diff.entries;
  commit.patches = diff.patches;
  return commit;
}

/**
 * Cuts a byte stream into commits at COMMIT_MARK and parses each; memory holds one commit at a time.
 */
export async function* splitLog(chunks: AsyncIterable<Buffer>): AsyncGenerator<LogCommit> {
  const mark = Buffer.from(COMMIT_MARK, 'latin1');
  // Bytes of the commit being read (from its mark on).
  let parts: Buffer[] = [];
  let len = 0;
  for await (const chunk of chunks) {
    // A mark can straddle two chunks: search the last few pending bytes together with the new chunk.
    const tail = tailOf(parts, len, mark.length - 1);
    const hay = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    const done: Buffer[] = [];
    let from = tail.length;
    for (let i = hay.indexOf(mark); i >= 0; i = hay.indexOf(mark, i + mark.length)) {
      if (i < tail.length) {
        const all = Buffer.concat(parts, len);
        const k = len - (tail.length - i);
        done.push(all.subarray(0, k));
        parts = [all.subarray(k)];
        len = parts[0]!.length;
      } else {
        parts.push(hay.subarray(from, i));
        len += i - from;
        done.push(Buffer.concat(parts, len));
        parts = [];
        len = 0;
        from = i;
      }
    }
    const rest = hay.subarray(from);
    parts.push(rest);
    len += rest.length;
    for (const b of done) {
      const c = parseLogCommit(b);
      if (c) yield c;
    }
  }
  if (len > 0) {
    const c = parseLogCommit(Buffer.concat(parts, len));
    if (c) yield c;
  }
}

function tailOf(parts: Buffer[], len: number, n: number): Buffer {
  if (len === 0 || n === 0) return Buffer.alloc(0);
  const last = parts[parts.length - 1]!;
  if (last.length >= n) return last.subarray(last.length - n);
  return Buffer.concat(parts, len).subarray(Math.max(0, len - n));
}
