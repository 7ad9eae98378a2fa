// Last check on what the Action writes: text it builds itself is scrubbed of any raw secret the run
// found (replaced by its masked form), and files it hands on (the SARIF) are refused outright if they
// would hold one, so a reporter bug fails the step instead of publishing the value.
import { SealgateError } from '../errors.js';
import { mask } from '../report/mask.js';
import type { Finding } from '../types.js';
import { maskForms } from './annotate.js';

/**
 * Shorter values are not looked for: a password such as "secret" or "changeme" also appears in rule
 * ids and messages, and refusing the SARIF for it would fail every run. The runner's own masking
 * (annotate.ts, from 4 characters) still covers them.
 */
const MIN_GUARD = 10;

export class LeakGuard {
  /**
   * The forms to look for, indexed by their first MIN_GUARD characters, longest first within a key
   * (so a line of a PEM key is replaced before any shorter value inside it). One pass over a text
   * looks up each position's prefix: linear in the text, however many secrets the run found (a
   * 20,000-key Secret made the former one-search-per-form quadratic).
   */
  private readonly byPrefix = new Map<string, { form: string; masked: string }[]>();

  constructor(findings: Iterable<Finding>) {
    const seen = new Set<string>();
    for (const f of findings) {
      const masked = mask(f.secret);
      for (const form of maskForms(f.secret)) {
        // The masked form may keep a public prefix (a token's ghp_, a PEM header): not a leak.
        if (seen.has(form) || form.length < MIN_GUARD || masked.includes(form)) continue;
        seen.add(form);
        const key = form.slice(0, MIN_GUARD);
        const list = this.byPrefix.get(key);
        if (list) list.push({ form, masked });
        else this.byPrefix.set(key, [{ form, masked }]);
      }
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  /** The longest known form that starts at `i`, if any. */
  private at(text: string, i: number): { form: string; masked: string } | undefined {
    const list = this.byPrefix.get(text.slice(i, i + MIN_GUARD));
    return list?.find((x) => text.startsWith(x.form, i));
  }

  scrub(text: string): string {
    if (this.byPrefix.size === 0) return text;
    let out = '';
    let from = 0;
    for (let i = 0; i + MIN_GUARD <= text.length; ) {
      const hit = this.at(text, i);
      if (!hit) {
        i++;
        continue;
      }
      out += text.slice(from, i) + hit.masked;
      i += hit.form.length;
      from = i;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /** Throws when `text` holds a secret; `what` names the output in the message (never the value). */
  assertClean(text: string, what: string): void {
    if (this.byPrefix.size === 0) return;
    for (let i = 0; i + MIN_GUARD <= text.length; i++) {
      if (this.at(text, i)) {
        throw new SealgateError(`refusing to write ${what}: it would contain a secret value. This is a bug in sealgate; please report it (never the secret).`);
      }
    }
  }
}
