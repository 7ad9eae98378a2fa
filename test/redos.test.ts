// Every rule's regex is checked for catastrophic backtracking with recheck (a ReDoS checker).
import { describe, it, expect } from 'vitest';
import { check } from 'recheck';
import { loadBuiltinRules } from '../src/rules/load.js';

const rules = loadBuiltinRules().filter((r) => r.regex);

describe('regexes cannot backtrack catastrophically', () => {
  for (const rule of rules) {
    it(rule.id, async () => {
      const flags = rule.regex!.flags.replace(/[gd]/g, '');
      const result = await check(rule.regex!.source, flags, { timeout: 20_000 });
      const attack = result.status === 'vulnerable' ? ` (${result.complexity.summary}; attack ${result.attack.pattern.slice(0, 80)})` : '';
      expect(`${result.status}${attack}`, rule.file).toBe('safe');
    });
  }
  it('the checker does flag a vulnerable pattern', async () => {
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
  });
});
