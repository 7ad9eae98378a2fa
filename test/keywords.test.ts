// The keyword prefilter decides which rules run on a fragment: a rule it wrongly leaves out is a
// missed secret. It is checked against the plain definition (a rule is active when one of its
// keywords occurs in the lower-cased text, or when it has none) on the built-in rules and on
// random keyword sets, including keywords inside or overlapping other keywords.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { KeywordIndex } from '../src/engine/keywords.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import type { Rule } from '../src/rules/types.js';

function rule(id: string, keywords: string[]): Rule {
  return {
    id, description: id, severity: 'error', message: id, keywords: keywords.map((k) => k.toLowerCase()), secretGroup: 0,
    appliesTo: undefined, kinds: [], allowRegexes: [], stopwords: [], allowPaths: undefined, decodings: [],
    examples: { valid: [], invalid: [] }, file: `${id}.yaml`,
  };
}

/** The definition the automaton must agree with. */
function expected(rules: readonly Rule[], text: string, order: readonly Rule[] = rules): string[] {
  const lower = text.toLowerCase();
  const active = new Set(rules.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => lower.includes(k))));
  return order.filter((r) => active.has(r)).map((r) => r.id);
}

const ids = (rules: Rule[]) => rules.map((r) => r.id);

describe('KeywordIndex', () => {
  it('finds keywords in any case, inside, overlapping and as suffixes of other keywords', () => {
    const rules = [rule('he', ['he']), rule('she', ['she']), rule('his', ['his']), rule('hers', ['hers']), rule('always', [])];
    const index = new KeywordIndex(rules);
    expect(ids(index.activeRules('uSHErs', rules))).toEqual(['he', 'she', 'hers', 'always']);
    expect(ids(index.activeRules('ahishe', rules))).toEqual(['he', 'she', 'his', 'always']);
    expect(ids(index.activeRules('nothing here? no: "h", "s"', rules))).toEqual(['he', 'always']);
    expect(ids(index.activeRules('', rules))).toEqual(['always']);
  });

  it('a keyword inside a longer one activates both rules (secret in secretaccesskey)', () => {
    const rules = [rule('long', ['secretaccesskey']), rule('short', ['secret']), rule('other', ['token'])];
    const index = new KeywordIndex(rules);
    expect(ids(index.activeRules('AWS_SecretAccessKey=', rules))).toEqual(['long', 'short']);
    expect(ids(index.activeRules('secretaccesske', rules))).toEqual(['short']);
  });

  it('keeps the order asked for and leaves out rules it was not built with', () => {
    const a = rule('a', ['alpha']);
    const b = rule('b', ['beta']);
    const c = rule('c', []);
    const index = new KeywordIndex([a, b]);
    expect(ids(index.activeRules('BETA alpha', [c, b, a]))).toEqual(['b', 'a']);
  });

  it('answers each call on its own (no state carried over between fragments)', () => {
    const rules = [rule('a', ['alpha']), rule('b', ['beta'])];
    const index = new KeywordIndex(rules);
    expect(ids(index.activeRules('alpha beta', rules))).toEqual(['a', 'b']);
    expect(ids(index.activeRules('beta', rules))).toEqual(['b']);
    expect(ids(index.activeRules('nothing', rules))).toEqual([]);
    expect(ids(index.activeRules('xx ALPHA', rules))).toEqual(['a']);
    expect(ids(index.activeRules('xx alph', rules))).toEqual([]);
  });

  it('non-ASCII keywords match in either case', () => {
    const rules = [rule('pw', ['passwört']), rule('ascii', ['key'])];
    const index = new KeywordIndex(rules);
    expect(ids(index.activeRules('PASSWÖRT: x', rules))).toEqual(['pw']);
    expect(ids(index.activeRules('passwort', rules))).toEqual([]);
  });

  it('agrees with the definition on the built-in rules', () => {
    const rules = loadBuiltinRules();
    const index = new KeywordIndex(rules);
    const words = [...new Set(rules.flatMap((r) => r.keywords))];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 }), fc.constantFrom(...words).map((w) => w.toUpperCase())), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(ids(index.activeRules(text, rules))).toEqual(expected(rules, text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the definition on random keyword sets and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'A', 'B', '_', '-', 'é', 'É');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 40 }), (sets, chars) => {
        const rules = sets.map((ks, i) => rule(`r${i}`, ks));
        const text = chars.join('');
        expect(ids(new KeywordIndex(rules).activeRules(text, rules))).toEqual(expected(rules, text));
      }),
      { numRuns: 1000 },
    );
  });
});
