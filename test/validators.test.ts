// The checksum validators against published check values, and against tokens built here: a valid
// token passes, the same token with its checksum broken does not.
import { describe, it, expect } from 'vitest';
import { VALIDATORS, crc32Of, base62 } from '../src/rules/validators.js';
import { generate, expandExample } from './helpers/token-gen.js';

describe('building blocks', () => {
  it('CRC32 gives the standard check value', () => {
    expect(crc32Of('123456789')).toBe(0xcbf43926);
  });
  it("base62 pads to six characters in GitHub's alphabet", () => {
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
    expect(base62(0xffffffff)).toBe('4gfFC3');
  });
  it('bech32 accepts the BIP-173 test vectors and rejects a changed character', () => {
    expect(VALIDATORS.bech32!.check('A12UEL5L')).toBe(true);
    expect(VALIDATORS.bech32!.check('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw')).toBe(true);
    expect(VALIDATORS.bech32!.check('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx')).toBe(false);
  });
});

const CASES: [validator: string, generator: string][] = [
  ['github-crc32', 'github-pat'],
  ['github-crc32', 'github-oauth'],
  ['github-crc32', 'npm'],
  ['grafana-crc32', 'grafana-service-account'],
  ['bech32', 'age'],
  ['pypi-macaroon', 'pypi'],
  ['jwt-header', 'jwt'],
  ['jwt-unsigned', 'jwt-unsigned'],
  ['prefixed-json', 'onepassword'],
  ['prefixed-json', 'grafana-cloud'],
  ['sentry-org-token', 'sentry'],
  ['base64-64-bytes', 'azure-storage-key'],
];

describe('validators', () => {
  for (const [name, gen] of CASES) {
    it(`${name} accepts ${gen} tokens and rejects them with a broken checksum or structure`, () => {
      for (let i = 0; i < 25; i++) {
        expect(VALIDATORS[name]!.check(generate(gen)), `${gen} valid`).toBe(true);
        expect(VALIDATORS[name]!.check(generate(gen, true)), `${gen} broken`).toBe(false);
      }
    });
  }
  it('a GitHub token with one random character changed fails its checksum', () => {
    const t = generate('github-pat');
    const i = 4 + Math.floor(Math.random() * 30);
    const changed = t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
    expect(VALIDATORS['github-crc32']!.check(changed)).toBe(false);
  });
  it('examples expand their placeholders and reject unknown generators', () => {
    expect(expandExample('T={{generate:npm}}')).toMatch(/^T=npm_[A-Za-z0-9]{36}$/);
    expect(() => expandExample('{{generate:nope}}')).toThrow(/no token generator named 'nope'/);
  });
});
