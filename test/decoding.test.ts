// Decoding that works: credentials hidden in base64 (once or twice) in a ConfigMap, a JSON string or
// a text file are found by the rule of their format, and say so (`decoded: base64`). Long values are
// decoded in chunks without regex recursion (a ~6 MB value once crashed the scanner).
import { describe, it, expect } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules, compileRule } from '../src/rules/load.js';
import { fake, b64, randomString } from './helpers/fake-secrets.js';

const rules = loadBuiltinRules();
const engine = new Engine({ rules });

const slackToken = () => ['xo', 'xb-', randomString(11, '0123456789'), '-', randomString(12, '0123456789'), '-', randomString(24)].join('');
const rsaKey = () => generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;

const credentials: [string, () => string][] = [
  ['github-token', fake.githubToken],
  ['aws-access-key-id', fake.awsKeyId],
  ['slack-token', slackToken],
  ['private-key', rsaKey],
];

const positions: [string, string, (encoded: string) => string][] = [
  ['a ConfigMap value', 'k8s/settings.yaml', (v) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  blob: ${v}\n`],
  ['a JSON string', 'config/app.json', (v) => JSON.stringify({ settings: { blob: v, other: 1 } }, null, 2) + '\n'],
  ['a .txt file', 'notes/payload.txt', (v) => `Payload captured from the job:\n\n  ${v}\n\nend\n`],
];

describe('base64-encoded credentials are found in every position (4 of 4)', () => {
  for (const [where, file, wrap] of positions) {
    for (const [encoding, encode] of [['once', (s: string) => b64(s)], ['twice', (s: string) => b64(b64(s))]] as const) {
      it(`${where}, encoded ${encoding}`, () => {
        const found: string[] = [];
        for (const [ruleId, make] of credentials) {
          const cred = make();
          const text = wrap(encode(cred));
          const hits = engine.scanText(file, text).findings.filter((f) => f.ruleId === ruleId);
          if (hits.length === 1 && hits[0]!.decoded === 'base64' && hits[0]!.line === text.split('\n').findIndex((l) => l.includes(encode(cred))) + 1) found.push(ruleId);
        }
        expect(found).toEqual(credentials.map(([id]) => id));
      });
    }
  }

  it('a JSON file with no Kubernetes shape and no rule keyword in its raw text is still decoded', () => {
    const t = fake.githubToken();
    const found = engine.scanText('data/blob.json', JSON.stringify([b64(b64(t))])).findings;
    expect(found.map((f) => [f.ruleId, f.decoded, f.credential])).toEqual([['github-token', 'base64', rules.find((r) => r.id === 'github-token')!.description]]);
  });

  it('a wrapped (multi-line) base64 value in a block scalar is decoded whole', () => {
    const key = rsaKey();
    const wrapped = b64(key).match(/.{1,76}/g)!.map((l) => `    ${l}`).join('\n');
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  blob: |\n${wrapped}\n`;
    const hits = engine.scanText('c.yaml', text).findings;
    expect(hits.map((f) => [f.ruleId, f.line, f.decoded])).toEqual([['private-key', 6, 'base64']]);
  });

  it('base64 wrapped at 76 columns in a text file (what `base64` writes) is decoded whole', () => {
    const key = rsaKey();
    const wrapped = b64(key).match(/.{1,76}/g)!.join('\n');
    const hits = engine.scanText('backup/key.b64.txt', `# key backup\n${wrapped}\n`).findings;
    expect(hits.map((f) => [f.ruleId, f.line, f.decoded])).toEqual([['private-key', 2, 'base64']]);
  });

  it('decoded: false turns a rule off for decoded text; hex is decoded only for rules that ask', () => {
    const base = { description: 'd', severity: 'error', message: 'm', keywords: ['zq_'], pattern: 'zq_[a-z]{12}', examples: { valid: [{ name: 'a', code: 'a' }], invalid: [{ name: 'b', code: 'b' }] } };
    const problems: string[] = [];
    const off = compileRule({ ...base, id: 'zq-off', decoded: false }, 'x', problems)!;
    const hex = compileRule({ ...base, id: 'zq-hex', decoded: ['base64', 'hex'] }, 'x', problems)!;
    const b64only = compileRule({ ...base, id: 'zq-b64' }, 'x', problems)!;
    expect(problems).toEqual([]);
    const e = new Engine({ rules: [off, hex, b64only] });
    const token = 'zq_' + randomString(12, 'abcdefghijklmnopqrstuvwxyz');
    const ids = (text: string) => e.scanText('a.txt', text).findings.map((f) => `${f.ruleId}:${f.decoded}`).sort();
    expect(ids(`v = ${b64(token + ' padding')}\n`)).toEqual(['zq-b64:base64', 'zq-hex:base64']);
    expect(ids(`v = ${Buffer.from(token + ' padding').toString('hex')}\n`)).toEqual(['zq-hex:hex']);
  });
});

describe('long encoded values', () => {
  it('a ~6 MB base64 value in a file with a rule keyword does not crash and a token after it is found', () => {
    const big = Buffer.alloc(4.5 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    const t = fake.githubToken();
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  token: ${big.toString('base64')}\n  blob: ${b64(t)}\n`;
    const t0 = performance.now();
    const r = engine.scanText('big.yaml', text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.findings.some((f) => f.ruleId === 'github-token' && f.decoded === 'base64' && f.line === 6)).toBe(true);
    // and as a single text line of base64 text holding a token at its end
    const long = b64('x'.repeat(4 * 1024 * 1024) + ' ' + t);
    const r2 = engine.scanText('big.txt', `secret = ${long}\n`);
    expect(r2.findings.filter((f) => f.ruleId === 'github-token').map((f) => f.decoded)).toEqual(['base64']);
  });
});
