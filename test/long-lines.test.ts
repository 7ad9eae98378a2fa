// Work per match must not grow with the length of the line or list it sits in. Three places did:
// the assigned-literal line prefix and an encoded run's label searched back to the line's start for
// every match (a 1 MB one-line file of near misses took 5 to 7 s), and a selector read the names of
// all items of a list for every item (a Deployment with 15,000 env entries took 12 s). The bounds
// here are several times what the scans take now and well under what they took before.
import { describe, it, expect } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { fakePassword } from './helpers/git-repo.js';

const BOUND_MS = 2500;

function timed(file: string, text: string) {
  const engine = new Engine({ rules: loadBuiltinRules() });
  const t0 = performance.now();
  const result = engine.scanText(file, text);
  return { ms: performance.now() - t0, result };
}

function toSize(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

describe('one long line or one long list', () => {
  it('a 1 MB line of assignment near misses', () => {
    const { ms } = timed('src/config.txt', toSize('password="aaaa', 1 << 20));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('a 1 MB line of encoded-looking values (each decoded with its label)', () => {
    const { ms } = timed('src/config.txt', toSize('Authorization=Basic aaaaaaaaaaa', 1 << 20));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('a Deployment with 15,000 env entries, each a literal password', () => {
    const entries = Array.from({ length: 15_000 }, (_, i) => `            - name: DB_PASSWORD_${i}\n              value: ${fakePassword()}\n`).join('');
    const yaml = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n${entries}`;
    const { ms, result } = timed('deploy/app.yaml', yaml);
    expect(result.findings.filter((f) => f.ruleId === 'workload-env-credential').length).toBe(15_000);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
