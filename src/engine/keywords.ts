// One pass over the text decides which rules run (gitleaks' keyword prefilter, as a single regex
// alternation instead of one search per keyword). Rules without keywords always run.
import type { Rule } from '../rules/types.js';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class KeywordIndex {
  private readonly regex: RegExp | undefined;
  /** keyword -> every keyword it contains (so matching "secretaccesskey" also counts as "secret"). */
  private readonly implied = new Map<string, string[]>();
  private readonly always: Rule[];
  private readonly byKeyword = new Map<string, Rule[]>();

  constructor(rules: readonly Rule[]) {
    this.always = rules.filter((r) => r.keywords.length === 0);
    const all = new Set<string>();
    for (const r of rules) {
      for (const k of r.keywords) {
        all.add(k);
        const list = this.byKeyword.get(k) ?? [];
        list.push(r);
        this.byKeyword.set(k, list);
      }
    }
    const sorted = [...all].sort((a, b) => b.length - a.length);
    for (const k of sorted) this.implied.set(k, sorted.filter((o) => k.includes(o)));
    this.regex = sorted.length ? new RegExp(sorted.map(escape).join('|'), 'gi') : undefined;
  }

  /** The rules whose keywords occur in `text`, in their original order. */
  activeRules(text: string, order: readonly Rule[]): Rule[] {
    const active = new Set<Rule>(this.always);
    if (this.regex) {
      const found = new Set<string>();
      this.regex.lastIndex = 0;
      for (let m = this.regex.exec(text); m; m = this.regex.exec(text)) {
        const k = m[0].toLowerCase();
        if (found.has(k)) continue;
        for (const i of this.implied.get(k) ?? [k]) found.add(i);
        if (found.size === this.implied.size) break;
      }
      for (const k of found) for (const r of this.byKeyword.get(k) ?? []) active.add(r);
    }
    return order.filter((r) => active.has(r));
  }
}
