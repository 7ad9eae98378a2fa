// The rule tester lives in the product (src/engine/examples.ts: custom rules' examples run when the
// config loads); the tests run the same one on the built-in rules, where `{{generate:NAME}}` in an
// example is a token with a valid checksum made now (test/helpers/token-gen.ts).
import { checkExample as check, findingsFor } from '../../src/engine/examples.js';
import type { Rule } from '../../src/rules/types.js';
import { expandExample } from './token-gen.js';

export { findingsFor };

export function checkExample(rules: Rule[], rule: Rule, kind: 'valid' | 'invalid', index: number): string | undefined {
  return check(rules, rule, kind, index, expandExample);
}
