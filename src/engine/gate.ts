// The one gate every hit passes, whether a manifest check or a content rule found it: the rule's own
// entropy and allowlist, the config's allowlist (paths, regexes, stopwords), inline `sealgate:allow`
// comments and the baseline. Keeping it in one place is what makes an allowlist entry mean the same
// thing for a token in a script and for a password in a Secret.
import type { Rule } from '../rules/types.js';
import type { PathMatcher } from '../rules/glob.js';
import type { LineIndex } from '../text/lines.js';
import { shannon } from '../rules/values.js';
import { classifyValue, isCredentialUrl } from '../rules/classify.js';
import { judgeAssignedLiteral } from '../rules/assigned-literal.js';
import { AllowComments } from './allow-comment.js';

export interface GateOptions {
  allowPaths?: PathMatcher;
  allowRegexes?: RegExp[];
  stopwords?: string[];
  /** Fingerprints recorded by `sealgate baseline`. */
  baseline?: ReadonlySet<string>;
}


export class Gate {
  constructor(private readonly opts: GateOptions) {}

  /** The whole file is allowlisted by the config. */
  fileAllowed(file: string): boolean {
    return !!this.opts.allowPaths?.(file);
  }

  /** The rule does not apply to this file (its `allowlist.paths`). */
  ruleSkipsFile(rule: Rule, file: string): boolean {
    return !!rule.allowPaths?.(file);
  }

  /**
   * Entropy, rule allowlist, global allowlist, stopwords: true when the value should be reported.
   * `forms` are the ways the value can be read (the raw text, and its decoded text when it is
   * base64): an allowlist entry matching any form silences it; entropy is measured on the last form
   * (the most decoded one), since base64 adds entropy of its own.
   */
  valueAllowed(rule: Rule, ...forms: string[]): boolean {
    const plain = forms[forms.length - 1] ?? '';
    if (rule.entropy !== undefined && shannon(plain) < rule.entropy) return false;
    for (const v of forms) {
      const lower = v.toLowerCase();
      if (rule.stopwords.some((w) => lower.includes(w))) return false;
      if (rule.allowRegexes.some((r) => r.test(v))) return false;
      if (this.opts.stopwords?.some((w) => lower.includes(w))) return false;
      if (this.opts.allowRegexes?.some((r) => r.test(v))) return false;
    }
    return true;
  }

  inBaseline(fingerprint: string): boolean {
    return !!this.opts.baseline?.has(fingerprint);
  }
}

/**
 * Inline allow comments: `sealgate:allow` on any line of the finding, or `sealgate:allow-next-line`
 * above it; only real comments count, never text inside a value (see allow-comment.ts).
 */
export class InlineAllow {
  private readonly cache = new Map<number, boolean>();
  private readonly comments: AllowComments;

  constructor(lines: LineIndex, file: string) {
    this.comments = new AllowComments(lines, file);
  }

  allowed(line: number, endLine: number): boolean {
    const span = Math.min(endLine - line, 63);
    const key = line * 64 + span;
    let hit = this.cache.get(key);
    if (hit === undefined) {
      hit = false;
      for (let l = line; l <= Math.min(endLine, line + 50) && !hit; l++) hit = this.comments.sameLine(l);
      if (!hit && line > 1) hit = this.comments.nextLine(line - 1);
      this.cache.set(key, hit);
    }
    return hit;
  }
}

const URL_WITH_USERINFO = /^[a-z][\w+.-]*:\/\/[^\s/@]*:[^\s/@]*@/i;
const ASSIGNED_KEY = /([A-Za-z][\w.-]{1,63})["']?\s{0,4}(?:=>?|:=|:)\s{0,4}(?:[rbuf]|new String\()?["'`]?$/;

/** Rules that find a literal by the name it is assigned to, judged by assigned-literal.ts. */
export function judgesAssignedLiteral(rule: Rule): boolean {
  return rule.validate === 'literal-credential' || rule.validate === 'authorization-credential';
}

/**
 * The value classifier's word on a content rule's match (manifest checks ask it themselves): a
 * placeholder, reference, dummy or truncated example is not a credential; a URL with userinfo
 * counts only when the URL is one (`user:pass@` is the docs' stand-in); and when the text before
 * the value names the key it is assigned to (`initialClusterToken: "..."`), that name counts too.
 * Rules that find a literal by its name (`validate: literal-credential`) get the stricter judgement
 * of assigned-literal.ts: `false` drops the match, `'warning'` reports it without blocking.
 */
export function contentMatchIsCredential(rule: Rule, secret: string, match: string, before: string, file = '', groups?: Record<string, string | undefined>, linePrefix = ''): boolean | 'warning' {
  if (!classifyValue(secret, { where: 'content' }).credential) return false;
  if (rule.secretGroup > 0 && URL_WITH_USERINFO.test(match) && !isCredentialUrl(match)) return false;
  const assigned = secret !== match ? ASSIGNED_KEY.exec(before) : null;
  if (assigned && classifyValue(secret, { key: assigned[1]!, where: 'setting' }).kind !== 'literal') return false;
  if (judgesAssignedLiteral(rule)) {
    // `Authorization: Basic <base64 of user:password>` is judged by its password.
    const basic = rule.validate === 'authorization-credential' && /^basic$/i.test(groups?.scheme ?? '');
    const value = basic ? Buffer.from(secret, 'base64').toString('utf8').replace(/^[^:]*:/, '') : secret;
    const verdict = judgeAssignedLiteral(value, basic ? 'password' : (groups?.key ?? assigned?.[1]), file, linePrefix);
    if (verdict === 'not') return false;
    if (verdict === 'weak') return 'warning';
  }
  return true;
}
