// ESLint's RuleTester, for sealgate rules: every invalid example must produce at least one finding of
// its own rule (at the given line, when one is given); every valid example none. The test suite runs
// it on the built-in rules; the scan runs it on custom rules when the config loads, so a custom rule
// that cannot find what it promises is a configuration error, not a silent pass.
import type { Rule } from '../rules/types.js';
import type { Finding } from '../types.js';
import { Engine } from './engine.js';

export function findingsFor(rules: Rule[], code: string, path: string): Finding[] {
  return new Engine({ rules }).scanText(path, code).findings;
}

/**
 * What is wrong with one example of `rule`, run with `rules`, or undefined when it holds. `expand`
 * fills in example text made at run time (the tests' checksummed tokens).
 */
export function checkExample(rules: Rule[], rule: Rule, kind: 'valid' | 'invalid', index: number, expand = (code: string) => code): string | undefined {
  const ex = rule.examples[kind][index]!;
  const code = expand(ex.code);
  const path = ex.path ?? (code.trimStart().startsWith('{') ? 'example.json' : 'example.yaml');
  // A content rule matching inside a value a manifest rule reports names that finding's credential
  // (one finding per key), so that finding counts as the content rule's too.
  const named = rule.regex ? (rule.credential ?? rule.description) : undefined;
  const own = findingsFor(rules, code, path).filter((f) => f.ruleId === rule.id || (named !== undefined && f.credential === named));
  if (kind === 'valid' && own.length > 0) {
    return `${rule.file}: examples.valid[${index}] '${ex.name}' produced ${own.length} finding(s) of ${rule.id} at line(s) ${own.map((f) => f.line).join(', ')}`;
  }
  if (kind === 'invalid') {
    if (own.length === 0) return `${rule.file}: examples.invalid[${index}] '${ex.name}' produced no finding of ${rule.id}`;
    // A named host finding starts at its key; the value it names may sit on a later line of its range.
    const at = (f: Finding) => f.line === ex.line || (f.ruleId !== rule.id && ex.line! >= f.line && ex.line! <= f.endLine);
    if (ex.line !== undefined && !own.some(at)) {
      return `${rule.file}: examples.invalid[${index}] '${ex.name}': expected a finding on line ${ex.line}, got ${own.map((f) => f.line).join(', ')}`;
    }
  }
  return undefined;
}

/** Every example of each rule of `targets`, run with the whole rule set `rules`: the problems found. */
export function exampleProblems(rules: Rule[], targets: Rule[]): string[] {
  const problems: string[] = [];
  for (const rule of targets) {
    for (const kind of ['valid', 'invalid'] as const) {
      rule.examples[kind].forEach((_, i) => {
        const p = checkExample(rules, rule, kind, i);
        if (p) problems.push(p);
      });
    }
  }
  return problems;
}
