// The classifier runs most of its regexes behind a cheap necessary condition (Guarded in
// src/rules/values.ts): a value failing the condition never reaches the regex. A condition that is
// not necessary would change verdicts silently, so each one is held to its regex here: on values
// the regex matches (one per guard at least, so no check is vacuous) and on generated strings.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CIPHERTEXT_GUARDS, GUARDED } from '../src/rules/classify.js';
import { VALUE_GUARDS, type Guarded } from '../src/rules/values.js';
import { MASK_PREFIXES } from '../src/report/mask.js';

const all: [string, Guarded][] = [
  ...Object.entries(GUARDED),
  ...Object.entries(VALUE_GUARDS),
  ...CIPHERTEXT_GUARDS.map((g, i): [string, Guarded] => [`ciphertext ${i}`, g]),
  ...MASK_PREFIXES.map((g, i): [string, Guarded] => [`mask prefix ${i}`, g]),
];

const matches = (g: Guarded, v: string): boolean => {
  g.re.lastIndex = 0;
  const r = g.re.test(v);
  g.re.lastIndex = 0;
  return r;
};

/** Values each regex matches (built here: no fixture holds a credential-shaped value). */
const MATCHING: Record<string, string[]> = {
  public: ['-----BEGIN CERTIFICATE-----\nMIIB', `ssh-ed25519 AAAA${'C'.repeat(20)}`, `age1${'q'.repeat(58)}`, `phc_${'A'.repeat(40)}`, '  -----BEGIN PUBLIC KEY-----'],
  wholeDocument: ['{"a":1}', '[1,2]', '{ x }'],
  reference: ['ref+vault://secret/db#password', 'vault:secret/data/db#password', 'projects/p1/secrets/db', 'arn:aws:secretsmanager:eu-west-1:1:secret:x', "[parameters('token')]", 'file:./token', 'SM://x'],
  shellVariable: ['$DB_PASSWORD', '${TOKEN}', '$1', '$slack-token:key'],
  formatVerb: ['%s', '%-10v', '%q'],
  angleBrackets: ['<password>', '<>'],
  elided: ['abc...xyz', 'ab\u2026cd'],
  postgresHash: [`md5${'0a'.repeat(16)}`, 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy'],
  passwordHash: [`$2y$10$${'a'.repeat(53)}`, '$argon2id$v=19$m=65536', 'admin:$apr1$abc$def', '{SSHA}abcdef', '$6$salt$hash'],
  flag: ['--password-file=/x', '-p', '--token'],
  fileName: ['tls.crt', 'creds.json', 'KEY.PEM'],
  filePath: ['/etc/secret', './token', '../x', '~/.kube/config'],
  boolean: ['true', 'NO', 'off'],
  numberOrDuration: ['5', '123', '30s', '1.5h'],
  plainUrl: ['https://example.com/path', 'HTTP://x'],
  filler: ['xxx', 'XXXX', '****', '......', '000000', '\u2026', 'zzzz'],
  xxxTail: ['ghp_xxx', 'sk-XXXXX', 'xxx'],
  xxxRun: ['abxxxxcd', 'XXXX'],
  longXxxRun: ['p-xxxxxx', 'XXXXXXXX'],
  wholeAngle: ['<your token>'],
  angleTag: ['Bearer <token>', 'a<b>'],
  masked: ['**SOPS**', 'hvs.*******', '****'],
  instruction: ['insert-token', 'Your password', 'paste_here'],
  articleWords: ['my-secret', 'the secret password', 'Some_value'],
  screamingSnake: ['GOOGLE_API_KEY_VAL', 'A_B'],
  numberedExample: ['key-a', 'secret1', 'credential_9', 'TOKEN-b'],
  fakeUuid: ['8312341g-5678-abcd-0000-000000000000', 'abcdefgh-ijkl-mnop-'],
  templateRef: ['{{ .Values.password }}', '${TOKEN}', '$(DB_PASSWORD)', '<path:secret/data#key>', '${{ secrets.X }}', '%{password}', '#{token}'],
  sops: ['ENC[AES256_GCM,data:abc,iv:def,tag:ghi,type:str]'],
  digest: ['a'.repeat(40), `sha256:${'b'.repeat(64)}`, 'C'.repeat(128)],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
  integrity: ['sha512-abcDEF+/=='],
  'ciphertext 0': ['-----BEGIN AGE ENCRYPTED FILE-----', '-----BEGIN PGP MESSAGE-----'],
  'ciphertext 1': ['$ANSIBLE_VAULT;1.1;AES256'],
  'ciphertext 2': ['\0GITCRYPT\0abc'],
  'ciphertext 3': [`AgB${'a'.repeat(100)}==`],
  'mask prefix 0': ['-----BEGIN RSA PRIVATE KEY-----\nMIIE'],
  'mask prefix 1': ['github_pat_11AB'],
  'mask prefix 2': ['ghp_abc', 'ghs_x'],
  'mask prefix 3': ['glpat-abc'],
  'mask prefix 4': ['xoxb-1-2'],
  'mask prefix 5': ['sk_live_x', 'sk_test_y'],
  'mask prefix 6': ['rk_live_x'],
  'mask prefix 7': ['hvs.abc', 'hvb.x'],
  'mask prefix 8': ['AKIAABC', 'ASIAX', 'AIzaSy'],
  'mask prefix 9': ['eyJhbGciOi'],
  'mask prefix 10': ['npm_abc'],
  'mask prefix 11': ['pypi-AgEI'],
};

describe('guarded regexes', () => {
  it('every guard has values its regex matches, and each meets the condition', () => {
    for (const [name, g] of all) {
      const values = MATCHING[name];
      expect(values, `examples for ${name}`).toBeDefined();
      for (const v of values!) {
        expect(matches(g, v), `${name} matches ${JSON.stringify(v)}`).toBe(true);
        expect(g.need(v), `${name}'s condition on ${JSON.stringify(v)}`).toBe(true);
      }
    }
  });

  it('the condition holds wherever the regex matches (generated values)', () => {
    const pieces = [...new Set(Object.values(MATCHING).flat().flatMap((v) => [v, v.slice(0, 4), v.slice(-4)]))];
    const alphabet = fc.constantFrom(...'aAxX0159$%{}[]<>()#*-_.:/~\\\'" \n\t+=@;,!?eEsShHpP\u2026\u2022'.split(''));
    const value = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 24 }),
      fc.tuple(fc.string({ unit: alphabet, maxLength: 4 }), fc.constantFrom(...pieces), fc.string({ unit: alphabet, maxLength: 4 })).map(([a, b, c]) => a + b + c),
      fc.constantFrom(...pieces).map((v) => v.toUpperCase()),
    );
    fc.assert(
      fc.property(value, (v) => {
        for (const [name, g] of all) if (matches(g, v) && !g.need(v)) throw new Error(`${name}: /${g.re.source}/ matches ${JSON.stringify(v)} but its condition fails`);
      }),
      { numRuns: 20000 },
    );
  });
});
