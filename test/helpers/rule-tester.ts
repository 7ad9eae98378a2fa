// ESLint's RuleTester, for sealgate rules: every invalid example must produce at least one finding of
// its own rule (at the given line, when one is given); every valid example none. `{{generate:NAME}}`
// in an example is a token with a valid checksum made now (test/helpers/token-gen.ts).
import { Engine } from '../../src/engine/engine.js';
import type { Rule } from '../../src/rules/types.js';
import type { Finding } from '../../src/types.js';
import { expandExample } from './token-gen.js';

export function findingsFor(rules: Rule[], code: string, path: string): Finding[] {
  return new Engine({ rules }).scanText(path, code).findings;
}

export function checkExample(rules: Rule[], rule: Rule, kind: 'valid' | 'invalid', index: number): string | undefined {
  const ex = rule.examples[kind][index]!;
  const code = expandExample(ex.code);
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
