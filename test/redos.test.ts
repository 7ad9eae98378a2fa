// Every rule's regex is checked for catastrophic backtracking with recheck (a ReDoS checker).
// recheck confirms an attack by timing it; on a loaded machine a safe pattern can time out once, so a
// verdict other than 'safe' is checked up to twice more before it fails the test: a real attack fails
// every time. The checks run two at a time, and a 'safe' verdict is remembered in node_modules/.cache
// (keyed by recheck's version, the pattern and its flags), so a run re-checks only patterns it has not
// seen; a fresh clone or CI checks them all.
import { describe, it, expect } from 'vitest';
import { check, type Diagnostics } from 'recheck';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBuiltinRules } from '../src/rules/load.js';

const rules = loadBuiltinRules().filter((r) => r.regex);
const OPTIONS = { timeout: 60_000 } as const;

const RECHECK = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;
const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'sealgate-redos', 'safe.json');
const safeSeen = new Set<string>(existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as string[]) : []);

async function checkRegex(re: RegExp): Promise<Pick<Diagnostics, 'status'> & Partial<Diagnostics>> {
  const flags = re.flags.replace(/[gd]/g, '');
  const key = `${RECHECK}\u0000${flags}\u0000${re.source}`;
  if (safeSeen.has(key)) return { status: 'safe' };
  let result = await check(re.source, flags, OPTIONS);
  for (let retry = 0; retry < 2 && result.status !== 'safe'; retry++) result = await exclusive(() => check(re.source, flags, OPTIONS));
  const unconfirmed = result.status === 'vulnerable' && result.checker === 'fuzz' && !confirmed(re, result.attack.string);
  if (result.status === 'safe' || unconfirmed) {
    safeSeen.add(key);
    mkdirSync(path.dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify([...safeSeen]));
    return { status: 'safe' };
  }
  return result;
}

/**
 * recheck's fuzz checker judges by timing, so on a loaded machine a linear pattern with a long bounded
 * repetition ({52}) can look polynomial. Its own attack string, scanned the way the engine scans (global
 * exec over the whole text), decides: a real polynomial or exponential blow-up on a string this long
 * takes seconds; a linear scan takes milliseconds.
 */
function confirmed(re: RegExp, attack: string): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const t0 = performance.now();
  for (let m = g.exec(attack); m; m = g.exec(attack)) if (m[0].length === 0) g.lastIndex++;
  return performance.now() - t0 > 2_000;
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `f` after every earlier exclusive task (a re-check should not share the machine with others). */
function exclusive<T>(f: () => Promise<T>): Promise<T> {
  const run = queue.then(f, f);
  queue = run.catch(() => undefined);
  return run;
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
  const verdicts = pooled(rules.map((r) => () => checkRegex(r.regex!)), 2);
  rules.forEach((rule, i) => {
    it(rule.id, async () => {
      const result = (await verdicts[i]!) as Diagnostics;
      const attack = result.status === 'vulnerable' ? ` (${result.complexity.summary}; attack ${result.attack.pattern.slice(0, 80)})` : '';
      expect(`${result.status}${attack}`, rule.file).toBe('safe');
    }, 600_000);
  });
  it('the checker does flag a vulnerable pattern', { timeout: 600_000 }, async () => {
    expect((await check('^(a+)+$', '', OPTIONS)).status).toBe('vulnerable');
    expect((await check('^(?:a|a)*b', '', OPTIONS)).status).toBe('vulnerable');
  });
});
