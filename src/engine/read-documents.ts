// Reads a file's YAML documents, trying harder where the plain parser gives up. A file with template
// actions on lines of their own (Helm, Jinja) is read with its actions masked; other files as
// written. Documents that still fail are read again, each on its own: with template actions masked
// (if not yet), then with `else` branches blanked too, then with flow closers (`]`, `}`) that sit too
// far left moved up (go-yaml accepts them, js-yaml does not). Every variant keeps the text's length,
// so a document read from a variant has the file's offsets.
import { parseManifest, parseRange, type ManifestDoc } from '../yaml/documents.js';
import { hasTemplates, maskTemplates } from './templates.js';

export interface ReadDocument {
  doc: ManifestDoc;
  /** The text the document was read from (masked for templates; same length as the file). */
  text: string;
  /** Spans of template actions: a value touching one is templated, not a literal. */
  templated?: [number, number][];
}

interface Variant {
  text: string;
  templated?: [number, number][];
}

/** A template action opening a line: such a file is no YAML until its actions are masked. */
const LINE_ACTION = /^[ \t]*(?:\{\{|\{%|\{#)/m;

export function readDocuments(file: string, text: string): ReadDocument[] {
  const variants: (() => Variant)[] = [];
  if (hasTemplates(text)) {
    const masked = (dropElse: boolean) => () => {
      const m = maskTemplates(text, { dropElse });
      return { text: m.text, templated: m.spans };
    };
    if (LINE_ACTION.test(text)) variants.push(masked(false), () => ({ text }), masked(true));
    else variants.push(() => ({ text }), masked(false), masked(true));
  } else variants.push(() => ({ text }));

  const first = variants[0]!();
  const read: ReadDocument[] = parseManifest(first.text, file).map((doc) => ({ doc, text: first.text, templated: first.templated }));
  if (!read.some((r) => r.doc.error)) return read;
  let last: Variant = first;
  const retry = (v: Variant) => {
    for (let i = 0; i < read.length; i++) {
      const r = read[i]!;
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

const CLOSER_LINE = /^([ \t]*)([\]}][\]},]*)[ \t]*$/;

/**
 * `args: [\n  "a"\n  ]` with the `]` at or left of its key's column is valid for go-yaml (and Helm)
 * but not for js-yaml. Moves such closers to the end of the previous content line; only whitespace
 * shifts, so every other character keeps its offset.
 */
export function repairFlowClosers(text: string): string {
  const lines = text.split(/(\r\n|\n|\r)/);
  let changed = false;
  let prev = -1;
  for (let i = 0; i < lines.length; i += 2) {
    const line = lines[i]!;
    const m = CLOSER_LINE.exec(line);
    if (m && prev >= 0 && !lines[prev]!.includes('#')) {
      // The previous line grows by the closer, this one shrinks by it.
      lines[prev] = lines[prev]!.replace(/[ \t]*$/, (ws) => m[2]! + ws);
      lines[i] = line.slice(0, m[1]!.length) + ' '.repeat(line.length - m[1]!.length - m[2]!.length);
      changed = true;
      continue;
    }
    if (line.trim() !== '') prev = i;
  }
  return changed ? lines.join('') : text;
}
