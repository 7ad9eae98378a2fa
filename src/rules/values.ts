// Encodings and measures of a single value: base64, printable text, entropy, SOPS/kubesec ciphertext,
// digests. Whether a value is a credential is decided in classify.ts, which uses these.

const SOPS_ENC = /^ENC\[(?:AES256_GCM|AES256_GCM_SIV),data:.*,iv:.*,tag:.*,type:(?:str|int|float|bytes|bool|time|comment)\]$/s;
const KUBESEC_ENC = /^(?:[A-Za-z0-9+/=]+\.)?[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/;
const DIGEST = /^(?:sha(?:1|256|384|512)[:-])?(?:[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGRITY = /^sha(?:256|384|512)-[A-Za-z0-9+/]+=*$/;

/**
 * A regex behind a necessary condition that costs a character test or two. A hook runs each regex
 * it executes through V8's regex compiler twice (bytecode on the first run, machine code on the
 * second: about 0.1 ms each; the 231 provider patterns took 23 ms), and most values fail these
 * conditions, so a manifest's values reach a few of the classifier's regexes instead of about
 * forty. test/classify-guards.test.ts checks that each condition holds wherever its regex matches.
 */
export interface Guarded {
  need(v: string): boolean;
  re: RegExp;
}

export const passes = (g: Guarded, v: string): boolean => g.need(v) && g.re.test(v);

/** The guarded regexes of this file (see Guarded). */
export const VALUE_GUARDS = {
  sops: { need: (v) => v.startsWith('ENC['), re: SOPS_ENC },
  digest: { need: (v) => v.length >= 40, re: DIGEST },
  uuid: { need: (v) => v.length === 36 && v[8] === '-', re: UUID },
  integrity: { need: (v) => v.startsWith('sha'), re: INTEGRITY },
} satisfies Record<string, Guarded>;

export function isSopsEncrypted(value: string): boolean {
  return passes(VALUE_GUARDS.sops, value.trim());
}

export function isKubesecEncrypted(value: string): boolean {
  return KUBESEC_ENC.test(value.trim());
}

/** Digests, UUIDs and integrity hashes: high entropy, never secrets. */
export function isDigestLike(value: string): boolean {
  const v = value.trim();
  return passes(VALUE_GUARDS.digest, v) || passes(VALUE_GUARDS.uuid, v) || passes(VALUE_GUARDS.integrity, v);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Strict standard base64 (as the API server decodes `data`), or undefined. */
export function decodeBase64(value: string): Buffer | undefined {
  const v = value.replace(/[\r\n]/g, '').trim();
  if (v.length === 0 || v.length % 4 !== 0 || !BASE64.test(v)) return undefined;
  return Buffer.from(v, 'base64');
}

/** Text when the bytes are printable UTF-8 (what a credential usually is), else undefined. */
export function printableText(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return '';
  const s = bytes.toString('utf8');
  if (s.includes('\uFFFD')) return undefined;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / s.length > 0.95 ? s : undefined;
}

/** Shannon entropy in bits per character. */
export function shannon(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
