// The one place a secret becomes printable text. Masked by default: at most a token format's public
// prefix or four characters, never the rest; --show-secrets alone prints the value.
import type { Finding } from '../types.js';

const startingWith = (lead: string, re: RegExp) => ({ need: (s: string) => s.startsWith(lead), re });
/**
 * Public prefixes of token formats (they say what the token is, not what it unlocks), each behind
 * the literal it starts with: a regex runs only on a secret that starts so (a hook then compiles
 * one or two of them, not twelve; test/classify-guards.test.ts holds each literal to its regex).
 */
export const MASK_PREFIXES = [
  startingWith('-----BEGIN ', /^-----BEGIN [A-Z ]*PRIVATE KEY-----/), startingWith('github_pat_', /^github_pat_/),
  startingWith('gh', /^gh[pousr]_/), startingWith('glpat-', /^glpat-/), startingWith('xox', /^xox[abposr]-/),
  startingWith('sk_', /^sk_(?:live|test)_/), startingWith('rk_', /^rk_(?:live|test)_/), startingWith('hv', /^hv[sbr]\./),
  startingWith('A', /^(?:AKIA|ASIA|AIza)/), startingWith('eyJ', /^eyJ/), startingWith('npm_', /^npm_/), startingWith('pypi-', /^pypi-/),
];

/** The public prefix of the first token format `s` starts with. */
function tokenPrefix(s: string): string | undefined {
  for (const p of MASK_PREFIXES) {
    const m = p.need(s) ? p.re.exec(s) : null;
    if (m) return m[0];
  }
  return undefined;
}

export function mask(secret: string): string {
  const s = secret.trim();
  if (s === '') return '';
  const prefix = tokenPrefix(s);
  if (prefix && prefix.length < s.length) return `${prefix}********`;
  const shown = Math.min(4, Math.floor(s.length / 4));
  return `${s.slice(0, shown).replace(/[\r\n]/g, '')}********`;
}

/** Findings as reporters may print them: secrets masked unless `showSecrets`. */
export function redact(findings: Finding[], showSecrets: boolean): Finding[] {
  if (showSecrets) return findings;
  return findings.map((f) => ({ ...f, secret: mask(f.secret) }));
}

/** `text` with every occurrence of each secret (longest first) replaced by its mask: diffs, echoed files. */
export function maskIn(text: string, secrets: string[]): string {
  let out = text;
  const parts = [...new Set(secrets)].filter((p) => p.trim().length >= 4).sort((a, b) => b.length - a.length);
  for (const p of parts) out = out.split(p).join(mask(p));
  return out;
}
