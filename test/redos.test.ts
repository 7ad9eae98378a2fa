// Every rule's regex is checked for catastrophic backtracking with recheck (a ReDoS checker).
// recheck's fuzzer also stops on wall-clock limits (attack, incubation, recall); on a loaded machine
// those fire on safe patterns. They are switched off, so the verdict rests on counted matching steps
// (with recheck's fixed seed: the same verdict on every run). The checks run a few at a time.
import { describe, it, expect } from 'vitest';
import { check, type Diagnostics } from 'recheck';
import { loadBuiltinRules } from '../src/rules/load.js';

const rules = loadBuiltinRules().filter((r) => r.regex);
const OPTIONS = { timeout: 60_000, attackTimeout: null, incubationTimeout: null, recallTimeout: null } as const;

function checkRegex(re: RegExp): Promise<Diagnostics> {
  return check(re.source, re.flags.replace(/[gd]/g, ''), OPTIONS);
}

/** Starts every check at once but runs at most `width` together; each rule's test awaits its own. */
function pooled<T>(tasks: (() => Promise<T>)[], width: number): Promise<T>[] {
  let next = 0;
  const results = tasks.map(() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const p = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { p, resolve, reject };
  });
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      try {
        results[i]!.resolve(await tasks[i]!());
      } catch (e) {
        results[i]!.reject(e);
      }
    }
  };
  for (let w = 0; w < width; w++) void worker();
  return results.map((r) => r.p);
}

describe('regexes cannot backtrack catastrophically', () => {
  const verdicts = pooled(rules.map((r) => () => checkRegex(r.regex!)), 3);
  rules.forEach((rule, i) => {
    it(rule.id, async () => {
      const result = await verdicts[i]!;
      const attack = result.status === 'vulnerable' ? ` (${result.complexity.summary}; attack ${result.attack.pattern.slice(0, 80)})` : '';
      expect(`${result.status}${attack}`, rule.file).toBe('safe');
    });
  });
  it('the checker does flag a vulnerable pattern', async () => {
    expect((await check('^(a+)+$', '', OPTIONS)).status).toBe('vulnerable');
    expect((await check('^(?:a|a)*b', '', OPTIONS)).status).toBe('vulnerable');
  });
});
