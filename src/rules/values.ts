// Classifies a single value: empty, a placeholder or reference, ciphertext, public material, or a
// literal that may be a secret. Shared by every manifest check so they agree on what is safe.

const PLACEHOLDER_WORDS =
  /^(?:changeme|change[-_]?me|replace[-_]?me|todo|tbd|dummy|example|placeholder|redacted|secret|password|none|null|nil|undefined|empty|test|fake|sample|your[-_ ].*|.*[-_ ]here|x+|\*+|\.+|-+)$/i;

const REFERENCE = [
  /\{\{.*?\}\}/s, // Helm / Go templates
  /\$\{[^}\s]+\}/, // envsubst, Flux postBuild
  /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/, // Kubernetes env expansion
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // shell variable
  /^<[^<>]*>$/, // <REPLACE_ME>, <path:...#key>, argocd-vault-plugin
  /<path:[^>]+>/,
  /^ref\+[a-z0-9]+:\/\//i, // vals
  /^secrets\+literal:\/\/ref\+/i,
  /^vault:[\w/.-]+#\w+/i, // bank-vaults
  /^(?:arn|projects|https?):/i, // ARNs and secret manager URIs are references
];

const SOPS_ENC = /^ENC\[(?:AES256_GCM|AES256_GCM_SIV),data:.*,iv:.*,tag:.*,type:(?:str|int|float|bytes|bool|time|comment)\]$/s;
const KUBESEC_ENC = /^(?:[A-Za-z0-9+/=]+\.)?[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/;
const CIPHERTEXT = [
  /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE)-----/,
  /^\$ANSIBLE_VAULT;\d\.\d;AES256/,
  /^\0GITCRYPT\0/,
];
const PUBLIC_PEM = /^\s*-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----/;
const SSH_PUBLIC = /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA/;
const DIGEST = /^(?:sha(?:1|256|384|512)[:-])?(?:[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128})$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGRITY = /^sha(?:256|384|512)-[A-Za-z0-9+/]+=*$/;

export type ValueClass = 'empty' | 'placeholder' | 'reference' | 'encrypted' | 'public' | 'literal';

/** Only the kind of value matters here, never where it sits. */
export function classifyValue(value: string): ValueClass {
  const v = value.trim();
  if (v === '' || v === '""' || v === "''") return 'empty';
  if (SOPS_ENC.test(v) || CIPHERTEXT.some((r) => r.test(v))) return 'encrypted';
  if (REFERENCE.some((r) => r.test(v))) return 'reference';
  if (PLACEHOLDER_WORDS.test(v) || /^<.*>$/.test(v) || /^(?:x{3,}|\*{3,})/i.test(v)) return 'placeholder';
  if (PUBLIC_PEM.test(v) || SSH_PUBLIC.test(v)) return 'public';
  return 'literal';
}

export function isSopsEncrypted(value: string): boolean {
  return SOPS_ENC.test(value.trim());
}

export function isKubesecEncrypted(value: string): boolean {
  return KUBESEC_ENC.test(value.trim());
}

/** Digests, UUIDs and integrity hashes: high entropy, never secrets. */
export function isDigestLike(value: string): boolean {
  const v = value.trim();
  return DIGEST.test(v) || UUID.test(v) || INTEGRITY.test(v);
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

/** Key names that carry credentials (password, token, apiKey, client_secret, ...). */
export const SENSITIVE_KEY =
  /(?:^|[^a-z])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|privatekey|client[-_]?secret|credentials?|auth(?:[-_]?token)?|session[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|webhook[-_]?secret|dsn|connection[-_]?string|database[-_]?url|db[-_]?url|redis[-_]?url|mongo(?:db)?[-_]?ur[il]|amqp[-_]?url)(?:$|[^a-z])/i;

/** Keys that only name a secret or point at one (secretName, tokenFile, existingSecret, ...). */
export const REFERENCE_KEY =
  /(?:name|ref|file|path|key[-_]?id|keyref|existing[-_]?secret|secret[-_]?name|usage|type|length|ttl|expir\w*|enabled|mount|header|policy|rotation|version|format|provider|store|id)$/i;

export function isSensitiveKey(key: string): boolean {
  // camelCase -> separated words, so "dbPassword" and "DB_PASSWORD" look alike
  const k = key.replace(/([a-z0-9])([A-Z])/g, '$1_$2');
  return SENSITIVE_KEY.test(k) && !REFERENCE_KEY.test(key);
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

/** A literal worth reporting under a sensitive key: not a reference, and not a trivial word. */
export function looksLikeCredential(value: string): boolean {
  if (classifyValue(value) !== 'literal') return false;
  const v = value.trim();
  // Digests are not excluded here: under a credential name a 40-hex string is a token, not a commit.
  if (v.length < 6 || INTEGRITY.test(v)) return false;
  if (/^(?:true|false|yes|no|on|off|\d+|\d+[smhd])$/i.test(v)) return false;
  if (/^[a-z]+(?:[-_.][a-z]+)*$/.test(v) && shannon(v) < 3.2) return false; // "my-secret-name"
  if (/\s/.test(v) && v.split(/\s+/).length > 3) return false; // prose
  return true;
}
