// Annotations on the pull request diff, one per row, and the runner-side masking of every secret the
// run handled. Masking is the second guard: sealgate never prints a secret, and if some text ever did,
// the runner would still print *** instead. It must therefore happen before anything is logged.
import { credentialNote } from '../report/credential.js';
import type { Finding } from '../types.js';
import { error, notice, setSecret, warning, type AnnotationProperties } from './core.js';
import type { Row } from './findings.js';
import { STATUS_LIVE } from './summary.js';

/**
 * Values shorter than this are not registered: the runner would star out every "true" or "80" in the
 * log. sealgate never prints them either way.
 */
const MIN_MASK = 4;

/** A line of a multi-line secret worth registering: 8 or more characters and no blank inside. */
const KEY_MATERIAL = /^\S{8,}$/;

/**
 * The strings to register for one secret, and nothing more: the value, its base64 forms, and for a
 * multi-line value (a PEM key, a JSON credential) the lines that carry key material (the runner masks
 * line by line). Lines of ordinary text (`"type": "service_account",`, armour lines) are not
 * registered: they are not the secret, and each registration is one more `::add-mask::` line.
 */
export function maskForms(secret: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    const t = s.trim();
    // PEM armour lines say what the value is, not what it unlocks (the masked form shows them too).
    if (t.length >= MIN_MASK && !/^-----(?:BEGIN|END) [A-Z0-9 ]+-----$/.test(t)) forms.add(t);
  };
  const addAll = (value: string) => {
    add(value);
    // The runner matches masks line by line, so a multi-line value (a PEM key) is registered per line.
    const lines = value.split(/\r?\n/);
    if (lines.length > 1) for (const line of lines) if (KEY_MATERIAL.test(line.trim())) add(line);
    const b64 = Buffer.from(value, 'utf8').toString('base64');
    add(b64);
    add(b64.replace(/=+$/, ''));
  };
  addAll(secret);
  // A Secret's `data` value is reported as written (base64): its plaintext is the same secret.
  const decoded = decodeBase64Text(secret.trim());
  if (decoded !== undefined) addAll(decoded);
  return [...forms];
}

/** The text a base64 value encodes, when it is base64 of printable UTF-8. */
export function decodeBase64Text(s: string): string | undefined {
  if (s.length < 8 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  const buf = Buffer.from(s, 'base64');
  const text = buf.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(buf) || /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return undefined;
  return text;
}

export function registerSecrets(findings: Iterable<Finding>): number {
  const all = new Set<string>();
  for (const f of findings) if (typeof f.secret === 'string') for (const form of maskForms(f.secret)) all.add(form);
  for (const s of all) setSecret(s);
  return all.size;
}

export interface AnnotateOptions {
  /** Per-row fix command (when show-fix is on). */
  fixCommand?: (row: Row) => string | undefined;
  rotateWhere: string;
  /** Makes sure no known secret survives into a message (see guard.ts). */
  scrub: (text: string) => string;
}

const RANK = { error: 0, warning: 1, note: 2 } as const;

/** GitHub keeps 10 annotations of each level per step; more are dropped without a word. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** How many annotations of each level a step has issued, to stop at GitHub's limit and say so. */
export class AnnotationBudget {
  readonly used = { error: 0, warning: 0, note: 0 };
  left = 0;
  take(level: keyof AnnotationBudget['used']): boolean {
    if (this.used[level] >= ANNOTATIONS_PER_LEVEL) {
      this.left++;
      return false;
    }
    this.used[level]++;
    return true;
  }
}

export function annotate(rows: Row[], opts: AnnotateOptions, budget = new AnnotationBudget()): AnnotationBudget {
  // Only the first 10 of each level count: blocking, live ones first. The rest are left out (and
  // counted): the job summary and the SARIF list every finding. Building 20,000 annotations that the
  // runner drops cost minutes.
  const ordered = [...rows].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || Number(a.status === 'rotate') - Number(b.status === 'rotate'));
  for (const r of ordered) {
    if (!budget.take(r.finding.severity)) continue;
    const props: AnnotationProperties = {
      title: r.finding.ruleId,
      file: r.at.file,
      startLine: r.at.line,
      endLine: Math.max(r.at.endLine, r.at.line),
    };
    // GitHub refuses columns on an annotation that spans several lines.
    if (props.endLine === props.startLine) {
      props.startColumn = r.at.column;
      if (r.at.endColumn > r.at.column) props.endColumn = r.at.endColumn;
    }
    const sha = r.introduced?.sha.slice(0, 7);
    const state =
      r.status === 'live'
        ? `${sha ? `added in ${sha}, ` : ''}${STATUS_LIVE}`
        : `rotate: ${sha ? `added in ${sha}, ` : ''}only in ${opts.rotateWhere}; it stays in the Git history, so revoke and reissue it`;
    const fix = opts.fixCommand?.(r);
    const message = opts.scrub(`${r.finding.message}${credentialNote(r.finding)} (${state})${fix ? `. Fix: ${fix}` : ''}`);
    if (r.finding.severity === 'error') error(message, props);
    else if (r.finding.severity === 'warning') warning(message, props);
    else notice(message, props);
  }
  return budget;
}
