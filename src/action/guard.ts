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
  /** Longest first, so a line of a PEM key is replaced before any shorter value inside it. */
  private readonly forms: { form: string; masked: string }[] = [];

  constructor(findings: Iterable<Finding>) {
    const seen = new Set<string>();
    for (const f of findings) {
      const masked = mask(f.secret);
      for (const form of maskForms(f.secret)) {
        // The masked form may keep a public prefix (a token's ghp_, a PEM header): not a leak.
        if (seen.has(form) || form.length < MIN_GUARD || masked.includes(form)) continue;
        seen.add(form);
        this.forms.push({ form, masked });
      }
    }
    this.forms.sort((a, b) => b.form.length - a.form.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const { form, masked } of this.forms) if (out.includes(form)) out = out.split(form).join(masked);
    return out;
  }

  /** Throws when `text` holds a secret; `what` names the output in the message (never the value). */
  assertClean(text: string, what: string): void {
    if (this.forms.some(({ form }) => text.includes(form))) {
      throw new SealgateError(`refusing to write ${what}: it would contain a secret value. This is a bug in sealgate; please report it (never the secret).`);
    }
  }
}
