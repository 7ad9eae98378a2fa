// Tokens with valid checksums, built at test time so that the repository holds none. Rule examples
// write `{{generate:NAME}}` (a valid token) or `{{generate:NAME:bad}}` (the same shape with a broken
// checksum, a near miss the rule must pass over); the rule tester fills them in.
import { randomBytes } from 'node:crypto';
import { base62, crc32Of, bech32Polymod } from '../../src/rules/validators.js';
import { randomString } from './fake-secrets.js';

const HEX = '0123456789abcdef';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function githubStyle(prefix: string, bad: boolean): string {
  const random = randomString(30);
  const sum = base62(crc32Of(random));
  return prefix + random + (bad ? flip(sum) : sum);
}

/** Changes the last character (keeping the alphabet) so a checksum no longer matches. */
function flip(s: string): string {
  const last = s[s.length - 1]!;
  return s.slice(0, -1) + (last === 'a' ? 'b' : 'a');
}

function grafana(prefix: string, bad: boolean): string {
  const secret = randomString(32);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(crc32Of(`${prefix}${secret}`));
  const sum = le.toString('hex');
  return `${prefix}${secret}_${bad ? flip(sum) : sum}`;
}

function bech32Encode(hrp: string, data: number[]): string {
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data, 0, 0, 0, 0, 0, 0];
  const mod = bech32Polymod(values) ^ 1;
  const sum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...sum].map((v) => BECH32[v]).join('');
}

function ageKey(bad: boolean, hrp = 'age-secret-key-'): string {
  // 32 random bytes as 5-bit groups (52 of them), as age encodes an X25519 identity.
  const bytes = randomBytes(32);
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const key = bech32Encode(hrp, data).toUpperCase();
  return bad ? key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q') : key;
}

function pypi(bad: boolean): string {
  const location = Buffer.from('pypi.org');
  const id = Buffer.from(JSON.stringify({ version: 1, nonce: randomBytes(10).toString('hex') }));
  const caveat = Buffer.from(JSON.stringify([1, [randomBytes(8).toString('hex')]]));
  const parts = [
    Buffer.from([2, 1, location.length]), location,
    Buffer.from([2, id.length]), id, Buffer.from([0]),
    Buffer.from([2, caveat.length]), caveat, Buffer.from([0]), Buffer.from([0]),
    Buffer.from([6, 32]), randomBytes(32),
  ];
  const mac = Buffer.concat(parts);
  if (bad) mac[mac.length - 34] = 5;
  return 'pypi-' + mac.toString('base64url');
}

function b64json(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

function azureKey(bad: boolean): string {
  const key = randomBytes(64).toString('base64');
  return bad ? key.slice(0, 84) + 'A===' : key;
}

const GENERATORS: Record<string, (bad: boolean) => string> = {
  'github-pat': (bad) => githubStyle('gh' + 'p_', bad),
  'github-oauth': (bad) => githubStyle('gh' + 'o_', bad),
  'github-user-to-server': (bad) => githubStyle('gh' + 'u_', bad),
  'github-server-to-server': (bad) => githubStyle('gh' + 's_', bad),
  'github-refresh': (bad) => githubStyle('gh' + 'r_', bad),
  npm: (bad) => githubStyle('np' + 'm_', bad),
  'grafana-service-account': (bad) => grafana('gl' + 'sa_', bad),
  age: (bad) => ageKey(bad),
  // age's post-quantum hybrid identity (ML-KEM-768 + X25519): the same 32-byte seed under its own prefix
  'age-pq': (bad) => ageKey(bad, 'age-secret-key-pq-'),
  pypi,
  'grafana-cloud': (bad) => 'gl' + 'c_' + (bad ? randomString(40) : b64json({ o: String(100000 + randomBytes(2).readUInt16BE()), n: 'stack-' + randomString(6).toLowerCase(), k: randomString(24), m: { r: 'prod-us-east-0' } })),
  onepassword: (bad) => 'op' + 's_' + (bad ? randomString(60) : b64json({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: randomString(22) }, email: `${randomString(12).toLowerCase()}@1passwordserviceaccounts.com`, srpX: randomBytes(32).toString('hex'), muk: { alg: 'A256GCM', ext: true, k: randomString(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-' + randomString(6).toUpperCase(), throttleSecret: { seed: randomBytes(32).toString('hex'), uuid: randomString(26).toUpperCase() }, deviceUuid: randomString(26).toLowerCase() })),
  sentry: (bad) => 'sn' + 'trys_' + (bad ? randomString(80) : Buffer.from(JSON.stringify({ iat: 1700000000 + randomBytes(2).readUInt16BE(), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme-' + randomString(5).toLowerCase() })).toString('base64')) + '_' + randomString(43),
  jwt: (bad) => [b64json(bad ? { typ: 'JWT' } : { alg: 'HS256', typ: 'JWT' }), b64json({ sub: randomString(10), iat: 1700000000 }), randomString(43)].join('.'),
  'jwt-unsigned': (bad) => [b64json({ alg: bad ? 'HS256' : 'none', typ: 'JWT' }), b64json({ sub: randomString(10), role: 'admin', iat: 1700000000 }), ''].join('.'),
  'azure-storage-key': azureKey,
  hex32: () => randomString(32, HEX),
};

export function generatorNames(): string[] {
  return Object.keys(GENERATORS);
}

export function generate(name: string, bad = false): string {
  const g = GENERATORS[name];
  if (!g) throw new Error(`no token generator named '${name}' (known: ${generatorNames().join(', ')})`);
  return g(bad);
}

/** Fills `{{generate:NAME}}` and `{{generate:NAME:bad}}` placeholders of an example. */
export function expandExample(code: string): string {
  return code.replace(/\{\{generate:([a-z0-9-]+)(:bad)?\}\}/g, (_all, name: string, bad?: string) => generate(name, !!bad));
}
