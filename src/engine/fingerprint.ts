// Fingerprints identify a finding across edits: rule + file + a hash of the secret, never a line
// number (so a baseline survives edits and merges) and never the value itself.
import { createHash } from 'node:crypto';

export function secretHash(secret: string): string {
  return createHash('sha256').update('sealgate:v1:').update(secret).digest('hex').slice(0, 16);
}

export function fingerprint(ruleId: string, file: string, secret: string): string {
  return `${ruleId}:${file}:${secretHash(secret)}`;
}
