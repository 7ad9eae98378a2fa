// Regexes written by a repository's configuration (custom rules, allowlist regexes) run on a
// linear-time engine (re2js, RE2's automata): a pull request may bring such a pattern, and with
// backtracking `(a|aa)+$` takes 42 s on 42 bytes. The built-in rules keep V8's engine (each is
// proven safe with recheck in test/redos.test.ts). The only importer of re2js.
import { RE2JS } from 're2js';

/**
 * A RegExp whose matching is done by RE2: `exec` (and through it `test`, `match`, `matchAll`,
 * `replace`) never backtracks. Lookarounds and backreferences have no linear-time form and are
 * refused when the pattern is compiled (the constructor throws with RE2's message).
 */
export class LinearRegExp extends RegExp {
  private readonly re2: RE2JS;
  private input?: string;
  private matcher?: ReturnType<RE2JS['matcher']>;

  constructor(source: string, flags: string) {
    super(source, flags); // JavaScript's syntax rules first, so error messages read as usual
    let f = 0;
    if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('m')) f |= RE2JS.MULTILINE;
    if (flags.includes('s')) f |= RE2JS.DOTALL;
    try {
      this.re2 = RE2JS.compile(RE2JS.translateRegExp(source), f);
    } catch (e) {
      throw new SyntaxError(`not supported by the linear-time engine custom patterns run on (no lookaround or backreferences): ${(e as Error).message}`);
    }
  }

  override exec(input: string): RegExpExecArray | null {
    const str = String(input);
    const advancing = this.global || this.sticky;
    const from = advancing ? this.lastIndex : 0;
    if (from > str.length) return this.miss(advancing);
    // One matcher per input: re2js prepares its input once, so a file with many matches stays linear.
    if (this.input !== str || !this.matcher) {
      this.input = str;
      this.matcher = this.re2.matcher(str);
    }
    const m = this.matcher;
    if (!m.find(from) || (this.sticky && m.start() !== from)) return this.miss(advancing);
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
    const result = Object.assign(groups, { index: m.start(), input: str, groups: undefined }) as unknown as RegExpExecArray;
    if (advancing) this.lastIndex = m.end();
    return result;
  }

  private miss(advancing: boolean): null {
    if (advancing) this.lastIndex = 0;
    // Do not keep the last file's text alive between scans.
    this.input = undefined;
    this.matcher = undefined;
    return null;
  }
}

/** A regex from configuration, compiled for linear-time matching. */
export function linearRegExp(source: string, flags = ''): RegExp {
  return new LinearRegExp(source, flags);
}
