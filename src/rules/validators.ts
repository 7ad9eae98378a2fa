// Checksum and structure checks a content rule can require (`validate: <name>` in its YAML). A match
// that fails its check is not that credential (a typo, a truncated or invented example), so it is
// dropped. Each check is written from the issuer's own description of its format.
import { classifyValue } from './classify.js';
import { fromBase64, isSignedJwt, jsonObject } from './jwt.js';

export interface Validator {
  /** What is checked, for `sealgate rules` and docs/rules.md. */
  description: string;
  /** `groups`: the match's named groups (a generic rule's `key`, for the value classifier). */
  check(secret: string, groups?: Record<string, string | undefined>): boolean;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * CRC32 (IEEE) of a string's bytes, bit by bit: the checksummed parts are a few dozen bytes, and
 * loading node:zlib for its crc32 cost every pre-commit hook a few milliseconds.
 */
export function crc32Of(text: string): number {
  const bytes = Buffer.from(text, 'latin1');
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A 32-bit number in base62 (GitHub's alphabet: digits, upper, lower), left-padded to `width`. */
export function base62(n: number, width = 6): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, '0');
}

/**
 * GitHub (2021) and npm (2021) tokens: a 4-character prefix, 30 random base62 characters and, last,
 * the CRC32 of those 30 characters in base62, 6 characters (GitHub's "Behind GitHub's new
 * authentication token formats"; npm's token format announcement reuses it).
 */
function prefixedBase62Crc(secret: string): boolean {
  const body = secret.slice(secret.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32Of(body.slice(0, 30))) === body.slice(30);
}

/** Grafana service account tokens: `glsa_<32 random>_<crc32 of "glsa_<random>", 4 bytes little-endian, hex>`. */
function grafanaCrc(secret: string): boolean {
  const m = /^(gl[a-z]+_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  const c = crc32Of(m[1]!);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  return le.toString('hex') === m[2];
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Bech32 checksum (BIP-173), used by age identities `AGE-SECRET-KEY-1…` (age's format spec). */
function bech32(secret: string): boolean {
  const s = secret.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep < 7) return false;
  const hrp = s.slice(0, sep);
  const values: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  return bech32Polymod(expanded) === 1;
}

export function bech32Polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk;
}

/**
 * PyPI API tokens: `pypi-` and a base64url macaroon in the v2 binary format (libmacaroons): version
 * byte 2, a location field naming pypi.org, and, last, the 32-byte signature field (type 6).
 */
function pypiMacaroon(secret: string): boolean {
  const bytes = fromBase64(secret.replace(/^pypi-/, ''));
  if (!bytes || bytes.length < 60 || bytes[0] !== 2) return false;
  if (bytes[1] !== 1 || !/^(?:test\.)?pypi\.org$/.test(bytes.subarray(3, 3 + bytes[2]!).toString('latin1'))) return false;
  return bytes[bytes.length - 34] === 6 && bytes[bytes.length - 33] === 32;
}

/** A signed JWT (see jwt.ts). */
function jwtHeader(secret: string): boolean {
  return isSignedJwt(secret);
}

/** An unsigned JWT (`alg: none`, empty signature): still a bearer credential to servers that accept it. */
function jwtUnsigned(secret: string): boolean {
  const parts = secret.split('.');
  const header = jsonObject(parts[0]!);
  return typeof header?.alg === 'string' && header.alg.toLowerCase() === 'none' && jsonObject(parts[1] ?? '') !== undefined;
}

/** Tokens that carry a base64 JSON payload after their prefix (1Password `ops_`, Grafana Cloud `glc_`). */
function prefixedJson(secret: string): boolean {
  const body = secret.slice(secret.indexOf('_') + 1);
  return jsonObject(body) !== undefined;
}

/** Sentry organization tokens: `sntrys_<base64 JSON with iat and url>_<signature>`. */
function sentryOrgToken(secret: string): boolean {
  const m = /^sntrys_([A-Za-z0-9+/=]+)_([A-Za-z0-9+/]+)$/.exec(secret);
  const payload = m && jsonObject(m[1]!);
  return !!payload && typeof payload.iat === 'number';
}

/** Azure Storage / Cosmos DB account keys: base64 of exactly 64 random bytes (88 characters). */
function base64Of64Bytes(secret: string): boolean {
  return /^[A-Za-z0-9+/]{86}==$/.test(secret) && Buffer.from(secret, 'base64').length === 64;
}

/** Azure SAS signatures: the URL-encoded base64 of an HMAC-SHA256, so 32 bytes. */
function azureSasSignature(secret: string): boolean {
  let b64: string;
  try {
    b64 = decodeURIComponent(secret);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9+/]{43}=$/.test(b64) && Buffer.from(b64, 'base64').length === 32;
}

/**
 * Generic rules (a password in XML, a connection string, a command line): the value classifier's
 * word, with the name the value is assigned to (the rule's `key` group) or, without one, as a password.
 */
function literalCredential(secret: string, groups?: Record<string, string | undefined>): boolean {
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(secret)) return false; // a Windows environment reference
  return classifyValue(secret, { key: groups?.key ?? 'password', where: 'setting' }).credential;
}

/** `user:password` (curl -u): a password is there and is a literal, not a variable or a prompt. */
function userinfoPassword(secret: string): boolean {
  const at = secret.indexOf(':');
  const password = at < 0 ? '' : secret.slice(at + 1);
  return password !== '' && classifyValue(password, { key: 'password', where: 'setting' }).credential;
}

/** Authorization headers: Basic must decode to user:password with a literal password; a Bearer token must be a literal. */
function authorizationCredential(secret: string, groups?: Record<string, string | undefined>): boolean {
  if ((groups?.scheme ?? '').toLowerCase() === 'basic') {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
    const plain = Buffer.from(secret, 'base64').toString('utf8');
    return /^[\x20-\x7e]+$/.test(plain) && plain.includes(':') && userinfoPassword(plain);
  }
  // (`Bearer strong-password` and unsigned JWTs are dropped by the generic rules' judgement in the gate.)
  return classifyValue(secret, { key: 'token', where: 'setting' }).credential;
}

export const VALIDATORS: Record<string, Validator> = {
  'github-crc32': { description: 'CRC32 of the 30 random characters, base62, as the last 6 characters (GitHub, npm)', check: prefixedBase62Crc },
  'grafana-crc32': { description: 'CRC32 of prefix and secret, little-endian hex, after the last underscore', check: grafanaCrc },
  bech32: { description: 'Bech32 checksum (BIP-173)', check: bech32 },
  'pypi-macaroon': { description: 'base64url macaroon v2 for pypi.org ending in its 32-byte signature', check: pypiMacaroon },
  'jwt-header': { description: 'header names an algorithm, the signature is at least 32 bytes (the shortest RFC 7518 makes), the claims are not the tutorial example', check: jwtHeader },
  'jwt-unsigned': { description: 'header says alg none and the claims decode to JSON', check: jwtUnsigned },
  'prefixed-json': { description: 'the part after the prefix decodes to a JSON object', check: prefixedJson },
  'sentry-org-token': { description: 'payload decodes to JSON with an issue time (iat)', check: sentryOrgToken },
  'base64-64-bytes': { description: 'base64 of exactly 64 bytes', check: base64Of64Bytes },
  'literal-credential': { description: "the value classifier's verdict: a literal credential under the name it is assigned to", check: literalCredential },
  'userinfo-password': { description: 'user:password with a literal password', check: userinfoPassword },
  'authorization-credential': { description: 'Basic decodes to user:password with a literal password; Bearer is a literal token', check: authorizationCredential },
  'azure-sas-signature': { description: 'URL-encoded base64 of a 32-byte HMAC-SHA256', check: azureSasSignature },
};
