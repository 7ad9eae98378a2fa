// The one place a secret becomes printable text. Masked by default: at most a token format's public
// prefix or four characters, never the rest; --show-secrets alone prints the value.
import type { Finding } from '../types.js';

/** Public prefixes of token formats (they say what the token is, not what it unlocks). */
const PREFIXES = [
  /^-----BEGIN [A-Z ]*PRIVATE KEY-----/, /^github_pat_/, /^gh[pousr]_/, /^glpat-/, /^xox[abposr]-/, /^sk_(?:live|test)_/,
  /^rk_(?:live|test)_/, /^hv[sbr]\./, /^(?:AKIA|ASIA|AIza)/, /^eyJ/, /^npm_/, /^pypi-/,
];

export function mask(secret: string): string {
  const s = secret.trim();
  if (s === '') return '';
  const prefix = PREFIXES.map((p) => p.exec(s)?.[0]).find(Boolean);
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
