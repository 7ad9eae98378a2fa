// Runs every example of every rule file (the rules' own contract, as in ESLint's RuleTester).
import { describe, it, expect } from 'vitest';
import { loadBuiltinRules } from '../src/rules/load.js';
import { checkExample } from './helpers/rule-tester.js';

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
