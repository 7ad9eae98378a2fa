// Fake secrets built at test time, so no literal credential sits in the repository's sources.
import { randomBytes } from 'node:crypto';
import { generate } from './token-gen.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(n: number, alphabet = ALNUM): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i]! % alphabet.length];
  return s;
}

export const fake = {
  /** A classic GitHub PAT with a valid CRC32 tail (the rule checks it). */
  githubToken: () => generate('github-pat'),
  awsKeyId: () => ['AK', 'IA', randomString(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')].join(''),
  awsSecretKey: () => randomString(40, ALNUM + '+/'),
  password: () => 'Pw-' + randomString(18),
  vaultToken: () => ['hv', 's.', randomString(30)].join(''),
  jwt: () =>
    [
      Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'),
      Buffer.from(JSON.stringify({ sub: randomString(8), iat: 1700000000 })).toString('base64url'),
      randomString(43),
    ].join('.'),
};

export function b64(s: string | Buffer): string {
  return Buffer.from(s).toString('base64');
}

/** A plaintext Secret manifest. */
export function secretYaml(name: string, namespace: string | undefined, data: Record<string, string>, stringData: Record<string, string> = {}): string {
  const lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`];
  if (namespace) lines.push(`  namespace: ${namespace}`);
  lines.push('type: Opaque');
  if (Object.keys(data).length) {
    lines.push('data:');
    for (const [k, v] of Object.entries(data)) lines.push(`  ${k}: ${b64(v)}`);
  }
  if (Object.keys(stringData).length) {
    lines.push('stringData:');
    for (const [k, v] of Object.entries(stringData)) lines.push(`  ${k}: "${v}"`);
  }
  return lines.join('\n') + '\n';
}
