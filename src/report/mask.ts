// The one place a secret becomes printable text. Masked by default: at most a token format's public
// prefix or four characters, never the rest; --show-secrets alone prints the value.
import type { Finding } from '../types.js';

/**
 * Public prefixes of token formats (they say what the token is, not what it unlocks), each behind
 * the literal it starts with: a regex runs only on a secret that starts so (a hook then compiles
 * one or two of them, not twelve; test/classify-guards.test.ts holds each literal to its regex).
 */
export const MASK_PREFIXES = [
  ['-----BEGIN ', /^-----BEGIN [A-Z ]*PRIVATE KEY-----/], ['github_pat_', /^github_pat_/], ['gh', /^gh[pousr]_/], ['glpat-', /^glpat-/],
  ['xox', /^xox[abposr]-/], ['sk_', /^sk_(?:live|test)_/], ['rk_', /^rk_(?:live|test)_/], ['hv', /^hv[sbr]\./], ['A', /^(?:AKIA|ASIA|AIza)/],
  ['eyJ', /^eyJ/], ['npm_', /^npm_/], ['pypi-', /^pypi-/],
].map(([lead, re]) => ({ need: (s: string) => s.startsWith(lead as string), re: re as RegExp }));

export function mask(secret: string): string {
  const s = secret.trim();
  if (s === '') return '';
  let prefix: string | undefined;
  for (const p of MASK_PREFIXES) if (!prefix && p.need(s)) prefix = p.re.exec(s)?.[0];
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
