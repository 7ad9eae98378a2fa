// Path globs decide which files a rule reads (values*.yaml, .env files). compileGlobs answers
// `**/name` globs from the file name alone and remembers the verdict per name: only a speed-up if
// every path gets exactly picomatch's verdict on the whole glob list, checked here on the built-in
// rules' globs and on random globs and paths (dot files, dot segments, nested and root files).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlobs, checkGlob, starMatcher } from '../src/rules/glob.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { ruleFiles, builtinRulesDir, readRuleFile } from '../src/rules/load.js';

/** The reference for starMatcher: `*` matches any run of characters, by backtracking over the name. */
function globMatch(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

const segment = fc.constantFrom('a', 'values', 'values.yaml', '.env', 'x.env', '.env.local', 'docker-compose.yml', 'compose.yaml', 'Dockerfile', 'Dockerfile.dev', 'app.properties', '.', '..', '.git', 'values-prod.yml', 'run.sh', 'b.ini', '');
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));

function builtinGlobs(): string[][] {
  return ruleFiles(builtinRulesDir()).flatMap((f) => {
    const spec = readRuleFile(f, []) as { paths?: string[]; allowlist?: { paths?: string[] } };
    return [spec.paths ?? [], spec.allowlist?.paths ?? []].filter((g) => g.length > 0);
  });
}

describe('compileGlobs', () => {
  it('gives picomatch verdicts for the built-in rules\' globs, also on a path seen twice', () => {
    const lists = builtinGlobs();
    expect(lists.length).toBeGreaterThan(1);
    expect(loadBuiltinRules().some((r) => r.appliesTo)).toBe(true);
    for (const globs of lists) {
      const mine = compileGlobs(globs);
      const theirs = picomatch(globs, { dot: true });
      fc.assert(
        fc.property(path, (p) => {
          expect(mine(p), `${globs.join(',')} on ${p}`).toBe(theirs(p));
          expect(mine(p)).toBe(theirs(p));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('gives picomatch verdicts for mixed name-only and path globs', () => {
    const glob = fc.constantFrom('**/.env', '**/*.env', '**/values*.yaml', 'values*.yaml', '**/values/**/*.yaml', 'a/**', '**/*compose*.yml', '**/Dockerfile.*', '*.ini', '**/.git/**', '**/*');
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 4 }), fc.array(path, { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const mine = compileGlobs(globs);
        const theirs = picomatch(globs, { dot: true });
        for (const p of [...paths, ...paths]) expect(mine(p), `${globs.join(',')} on ${p}`).toBe(theirs(p));
      }),
      { numRuns: 500 },
    );
  });

  it('gives picomatch verdicts for random plain globs (a path without their literal text is refused unrun)', () => {
    const plainGlob = fc.array(fc.constantFrom('a', 'values', '.', '.yaml', '-', '*', '**', '/', '**/'), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const accepted = plainGlob.filter((g) => checkGlob(g) === undefined);
    fc.assert(
      fc.property(fc.array(accepted, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 6 }), (globs, paths) => {
        const mine = compileGlobs(globs);
        const theirs = picomatch(globs, { dot: true });
        for (const p of paths) expect(mine(p), `${globs.join(',')} on ${p}`).toBe(theirs(p));
      }),
      { numRuns: 1000 },
    );
    // Found by the property above: picomatch reads a `.` after three or more stars as any character.
    for (const globs of [['**/****a.**'], ['****a.**'], ['**/****a.**', 'a'], ['a/***a.y*']]) {
      for (const p of ['compose.yaml', 'a/bay', 'a.b', 'x/a/bay']) expect(compileGlobs(globs)(p), `${globs.join(',')} on ${p}`).toBe(picomatch(globs, { dot: true })(p));
    }
  });
});

describe('starMatcher', () => {
  it('agrees with globMatch on every `*` pattern and name (overlapping pieces, empty names, stars only)', () => {
    const text = (chars: string[], max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(['a', 'b', '.', '*', '**'], 8), text(['a', 'b', '.'], 10), (pattern, name) => {
        expect(starMatcher(pattern)(name), `${pattern} on ${name}`).toBe(globMatch(pattern, name));
      }),
      { numRuns: 5000 },
    );
    expect(starMatcher('a*a')('a')).toBe(false);
    expect(starMatcher('*compose*.yml')('docker-compose.yml')).toBe(true);
    expect(starMatcher('*compose*.yml')('compose.yml.bak')).toBe(false);
  });
});

describe('checkGlob', () => {
  it('accepts without compiling only what picomatch accepts, and still names a malformed glob', () => {
    const plain = fc.array(fc.constantFrom('a', 'Z', '0', '.', '_', '-', '*', '**', '/'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(plain, (g) => {
        let refused = false;
        try {
          picomatch.makeRe(g);
        } catch {
          refused = true;
        }
        expect(checkGlob(g) !== undefined, g).toBe(refused);
      }),
      { numRuns: 500 },
    );
    // picomatch refuses a glob over 65,536 characters: so does the check, plain or not.
    expect(checkGlob('a'.repeat(70000))).toMatch(/exceeds maximum allowed length/);
  });
});
