// Runs every example of every rule file (the rules' own contract, as in ESLint's RuleTester).
import { describe, it, expect } from 'vitest';
import { loadBuiltinRules } from '../src/rules/load.js';
import { checkExample } from './helpers/rule-tester.js';
import path from 'node:path';

const rules = loadBuiltinRules();

describe('rule examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      rule.examples.valid.forEach((ex, i) => {
        it(`valid: ${ex.name}`, () => expect(checkExample(rules, rule, 'valid', i)).toBeUndefined());
      });
      rule.examples.invalid.forEach((ex, i) => {
        it(`invalid: ${ex.name}`, () => expect(checkExample(rules, rule, 'invalid', i)).toBeUndefined());
      });
    });
  }
});

describe('provider rules', () => {
  const providerRules = rules.filter((r) => r.file.split(path.sep).join('/').includes('rules/providers/'));
  it('number at least 150, one file each', () => {
    expect(providerRules.length).toBeGreaterThanOrEqual(150);
  });
  for (const rule of providerRules) {
    it(`${rule.id} names its provider and credential, links to rotation, has two failing and two passing examples`, () => {
      expect(rule.provider, rule.file).toBeTruthy();
      expect(rule.credential, rule.file).toBeTruthy();
      expect(rule.rotate, rule.file).toMatch(/^https:\/\//);
      expect(rule.keywords.length, rule.file).toBeGreaterThan(0);
      expect(rule.examples.invalid.length, rule.file).toBeGreaterThanOrEqual(2);
      expect(rule.examples.valid.length, rule.file).toBeGreaterThanOrEqual(2);
      // The family folder is part of the layout readers rely on: rules/providers/<family>/<id>.yaml.
      expect(path.basename(path.dirname(path.dirname(rule.file))), rule.file).toBe('providers');
    });
  }
  it('with a checksum build their examples at test time, and show a broken checksum passing', () => {
    for (const rule of rules.filter((r) => r.validate === 'github-crc32' || r.validate === 'grafana-crc32' || r.validate === 'bech32' || r.validate === 'pypi-macaroon')) {
      expect(rule.examples.invalid.every((e) => e.code.includes('{{generate:')), rule.file).toBe(true);
      expect(rule.examples.valid.some((e) => /\{\{generate:[a-z0-9-]+:bad\}\}/.test(e.code)), rule.file).toBe(true);
    }
  });
});

describe('rule tester', () => {
  it('fails when an invalid example produces no finding of its rule', () => {
    const rule = rules.find((r) => r.id === 'github-token')!;
    const broken = { ...rule, examples: { valid: rule.examples.valid, invalid: [{ name: 'nothing here', code: 'hello world' }] } };
    expect(checkExample([...rules.filter((r) => r !== rule), broken], broken, 'invalid', 0)).toMatch(/produced no finding of github-token/);
  });
  it('fails when a valid example produces a finding', () => {
    const rule = rules.find((r) => r.id === 'github-token')!;
    const broken = { ...rule, examples: { valid: [{ name: 'oops', code: 'x ' + rule.examples.invalid[0]!.code }], invalid: rule.examples.invalid } };
    expect(checkExample([broken], broken, 'valid', 0)).toMatch(/produced 1 finding/);
  });
});
