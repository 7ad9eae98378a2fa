// One finding per value: a content rule matching inside a value that a manifest check reports (a
// GitHub token in a Secret's base64 data) names that finding's credential instead of adding its own.
import type { Finding } from '../types.js';
import type { Rule } from '../rules/types.js';
import type { Encoding } from './encoded.js';

export interface Host {
  start: number;
  end: number;
  line: number;
  finding: Finding;
  credentialFrom?: Rule;
}

/** Manifest findings, added in order of their value's offset, looked up by range or by line. */
export class ManifestHosts {
  private readonly list: Host[] = [];
  private readonly byLine = new Map<number, Host>();

  add(h: Host): void {
    this.list.push(h);
    if (!this.byLine.has(h.line)) this.byLine.set(h.line, h);
  }

  /** The manifest finding whose value holds [start, end), or that reports the same line. */
  holding(start: number, end: number, line: number): Host | undefined {
    let lo = 0;
    let hi = this.list.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.start <= start) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Values do not nest except through a List's items, so a short look back is enough.
    for (let i = best; i >= 0 && i > best - 8; i--) {
      const h = this.list[i]!;
      if (end <= h.end) return h;
    }
    return this.byLine.get(line);
  }
}

const SEVERITY_RANK = { note: 0, warning: 1, error: 2 } as const;

/** The human name of what a content rule recognises. */
export function credentialName(rule: Rule): string {
  return rule.credential ?? rule.description;
}

/**
 * A content rule matched inside a value a manifest finding reports: one finding per key, named by the
 * format (the most severe content rule wins) and at least as severe as the content rule.
 */
export function nameCredential(host: Host, rule: Rule, decoded: Encoding | undefined): void {
  const f = host.finding;
  const prev = host.credentialFrom;
  if (!prev || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[prev.severity]) {
    host.credentialFrom = rule;
    f.credential = credentialName(rule);
    if (decoded) f.decoded = decoded;
    else delete f.decoded;
  }
  if (SEVERITY_RANK[rule.severity] > SEVERITY_RANK[f.severity]) f.severity = rule.severity;
}

