// Fingerprints identify a finding across edits: rule + file + a hash of the secret, never a line
// number (so a baseline survives edits and merges) and never the value itself.
//
// The hash is keyed (HMAC-SHA-256 with a per-repository key), because an unkeyed hash of a value can
// be reversed by guessing: an 8-character password came back from its fingerprint in 0.23 s. The key
// is kept out of the reports: it lives in the baseline file (committed, so every machine of a team
// computes the same fingerprints) or, without a baseline, in `.git/sealgate-fingerprint-key` (local).
// A baseline written before keys existed has none: its fingerprints stay unkeyed until it is
// rewritten with `sealgate baseline` (a warning says so). SARIF carries no value hash at all.
import { createHash, createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';

/** A new random key (hex). */
export function newFingerprintKey(): string {
  return randomBytes(32).toString('hex');
}

/** The key as a KeyObject, made once per key: a string key is re-imported by every createHmac (half its cost). */
let lastKey: string | undefined;
let lastKeyObject: KeyObject | undefined;
function keyObject(key: string): KeyObject {
  if (key !== lastKey || !lastKeyObject) {
    lastKeyObject = createSecretKey(Buffer.from(key, 'utf8'));
    lastKey = key;
  }
  return lastKeyObject;
}

export function secretHash(secret: string, key?: string): string {
  if (key) return createHmac('sha256', keyObject(key)).update(secret).digest('hex').slice(0, 16);
  return createHash('sha256').update('sealgate:v1:').update(secret).digest('hex').slice(0, 16);
}

export function fingerprint(ruleId: string, file: string, secret: string, key?: string): string {
  return `${ruleId}:${file}:${secretHash(secret, key)}`;
}
