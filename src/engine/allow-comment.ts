// Inline allow markers count only where they are comments. `sealgate:allow` must sit in a comment on
// the finding's line; `sealgate:allow-next-line` must be a line that is nothing but a comment. Text
// inside a value never counts: a marker written into a YAML block scalar, a quoted string or a plain
// value (`password: x#sealgate:allow`) would otherwise let the author of a value hide another finding.
// In YAML files a comment is a `#` at a line start or after a blank that lies outside every scalar of
// the parsed documents (the file is parsed here only when it holds a marker).
import type { LineIndex } from '../text/lines.js';
import { parseManifest, type YNode } from '../yaml/documents.js';

const SAME_LINE = /sealgate:allow(?!-)/;
const NEXT_LINE = /sealgate:allow-next-line/;
const YAML_FILE = /\.ya?ml$/i;
/** Comment openers of text files: `#`, `//`, `--`, `;` (whole line), `/*`, `*` (inside a block comment), `<!--`, `REM`. */
const WHOLE_LINE_COMMENT = /^[ \t]*(?:#|\/\/|--|;|\/\*|\*|<!--|rem\b)/i;

export class AllowComments {
  private scalars?: { starts: number[]; ends: number[] } | null;

  constructor(
    private readonly lines: LineIndex,
    private readonly file: string,
  ) {}

  /** `sealgate:allow` inside a comment on `line`. */
  sameLine(line: number): boolean {
    const text = this.lines.lineText(line);
    const m = SAME_LINE.exec(text);
    if (!m) return false;
    const start = this.commentStart(line, text);
    return start >= 0 && start <= m.index;
  }

  /** `line` is a whole-line comment holding `sealgate:allow-next-line`. */
  nextLine(line: number): boolean {
    const text = this.lines.lineText(line);
    if (!NEXT_LINE.test(text)) return false;
    const start = this.commentStart(line, text);
    return start >= 0 && text.slice(0, start).trim() === '';
  }

  /** Index in the line where a comment starts, or -1. */
  private commentStart(line: number, text: string): number {
    if (YAML_FILE.test(this.file)) {
      const base = this.lines.lineStart(line);
      const scalars = this.yamlScalars();
      for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
        if (i > 0 && !/[ \t]/.test(text[i - 1]!)) continue;
        if (scalars ? !inside(scalars, base + i) : !inQuotes(text, i)) return i;
      }
      return -1;
    }
    if (WHOLE_LINE_COMMENT.test(text)) return text.search(/\S/);
    // A trailing comment after code: the first opener outside quotes.
    for (const m of text.matchAll(/(?:^|[ \t;])(#|\/\/|\/\*|--|<!--)/g)) {
      const i = m.index! + m[0].length - m[1]!.length;
      if (!inQuotes(text, i)) return i;
    }
    return -1;
  }

  /** Sorted, non-overlapping scalar ranges of the file's YAML documents; null when it does not parse. */
  private yamlScalars(): { starts: number[]; ends: number[] } | null {
    if (this.scalars !== undefined) return this.scalars;
    const ranges: [number, number][] = [];
    try {
      for (const doc of parseManifest(this.lines.text, this.file)) {
        if (doc.error) return (this.scalars = null);
        if (doc.root) collect(doc.root, ranges, new Set());
      }
    } catch {
      return (this.scalars = null);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    return (this.scalars = { starts: ranges.map((r) => r[0]), ends: ranges.map((r) => r[1]) });
  }
}

function collect(node: YNode, out: [number, number][], seen: Set<YNode>): void {
  if (node.type === 'scalar') {
    if (node.end > node.start) out.push([node.start, node.end]);
    return;
  }
  if (seen.has(node)) return; // aliases
  seen.add(node);
  if (node.type === 'seq') for (const item of node.items) collect(item, out, seen);
  else
    for (const p of node.pairs) {
      collect(p.key, out, seen);
      collect(p.value, out, seen);
    }
}

/** Whether `offset` falls in one of the sorted ranges (binary search). */
function inside(r: { starts: number[]; ends: number[] }, offset: number): boolean {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r.starts[mid]! <= offset) {
      if (offset < r.ends[mid]!) return true;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return false;
}

/** Whether index `i` of a line is inside a '…', "…" or `…` string opened earlier on the line. */
function inQuotes(line: string, i: number): boolean {
  let quote = '';
  for (let k = 0; k < i; k++) {
    const c = line[k]!;
    if (quote) {
      if (c === '\\' && quote !== "'") k++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote !== '';
}
