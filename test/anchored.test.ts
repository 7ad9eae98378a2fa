// A content rule's matches are found where its literal prefix occurs (the keyword walk's anchor
// offsets, or String#indexOf for short case-sensitive prefixes) by running the regex sticky there
// (src/engine/anchored.ts, src/engine/keywords.ts). That is only a speed-up if it finds exactly the
// matches of the plain global exec loop: checked here on every built-in rule, on its own examples,
// on the examples cut and spliced at random offsets, and on random text built from the rule's prefixes.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { RuleMatcher, literalPrefixes, anchorsOf, infixAnchorOf, walkAnchors } from '../src/engine/anchored.js';
import { KeywordIndex } from '../src/engine/keywords.js';
import type { Rule } from '../src/rules/types.js';
import path from 'node:path';
import { REPO_ROOT } from './helpers/action-env.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { linearRegExp } from '../src/rules/linear-regex.js';
import { expandExample } from './helpers/token-gen.js';

/** The definition: a global regex's exec loop, empty matches skipped. */
function plainMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push(JSON.stringify([m.index, [...m], m.groups ?? null]));
  }
  return out;
}

/** The engine's way: one keyword walk gives the anchor offsets, the matcher runs there. */
function matcherMatches(matcher: RuleMatcher, text: string, rule?: Rule): string[] {
  const out: string[] = [];
  // Without keywords the rule is always active: this checks the offsets, not the keyword prefilter.
  const unkeyed = rule && { ...rule, keywords: [] };
  const starts = unkeyed && new KeywordIndex([unkeyed]).scan(text, [unkeyed]).startsOf(unkeyed);
  matcher.forEach(text, (m) => out.push(JSON.stringify([m.index, [...m], m.groups ?? null])), starts);
  return out;
}

const rules = loadBuiltinRules().filter((r) => r.regex);

describe('literalPrefixes', () => {
  it('reads the literal after lookbehinds and inside leading groups', () => {
    expect(literalPrefixes(String.raw`(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20}`, 'g')).toEqual(['glpat-']);
    expect(literalPrefixes(String.raw`\b((?:AKIA|ASIA)[A-Z2-7]{16})\b`, 'g')).toEqual(['AKIA', 'ASIA']);
    expect(literalPrefixes(String.raw`https:\/\/hooks\.slack\.com\/x`, 'g')).toEqual(['https://hooks.slack.com/x']);
    expect(literalPrefixes(String.raw`(?:--token[ =]|token[ \t]{0,4}=)x`, 'g')).toEqual(['--token', 'token']);
  });

  it('stops before an optional or repeated character', () => {
    expect(literalPrefixes('abcd?e', 'g')).toEqual(['abc']);
    expect(literalPrefixes('abcd*e', 'g')).toEqual(['abc']);
    expect(literalPrefixes('abcd{2}e', 'g')).toEqual(['abc']);
    expect(literalPrefixes('abcd+e', 'g')).toEqual(['abcd']);
    expect(literalPrefixes(String.raw`key\r?\nx`, 'g')).toEqual(['key']);
  });

  it('gives up where a match need not start with a literal of two characters or more', () => {
    for (const src of ['(?:ab)?cd', '(?:ab)*cd', '(?:ab){0,2}cd', '[a-z]bc', 'ab|c', 'a|bc', '(?:^|\\n)abc', '\\dabc', '.abc', '^abc', '(?:ab|)cd', 'x']) {
      expect(literalPrefixes(src, 'g'), src).toBeUndefined();
    }
  });

  it('reads case-insensitive ASCII prefixes, and leaves Unicode patterns to the regex engine', () => {
    expect(literalPrefixes('(?:pass(?:word)?|token)=', 'gi')).toEqual(['pass', 'token']);
    // Without `u`, `i` folds ASCII letters onto ASCII only; with it, the Kelvin sign matches k.
    expect(literalPrefixes('token', 'gu')).toBeUndefined();
    expect(literalPrefixes('passwört', 'gi')).toBeUndefined();
  });

  it('gives the keyword walk anchors of three to eight lower-case characters', () => {
    expect(anchorsOf(/(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20}/g)).toEqual(['glpat-']);
    expect(anchorsOf(/https:\/\/hooks\.slack\.com\/x/g)).toEqual(['https://']);
    expect(anchorsOf(/(?:Password|pwd)\s*=/gi)).toEqual(['password', 'pwd']);
    // A two-letter prefix is at a few percent of all offsets in any case: indexOf searches it instead.
    expect(anchorsOf(/SK[0-9a-f]{32}/g)).toBeUndefined();
    expect(anchorsOf(/[a-f0-9]{32}-us1/g)).toBeUndefined();
  });

  it('never replaces the linear-time engine of a custom pattern', () => {
    const re = linearRegExp('abc[0-9]+', 'g');
    const m = new RuleMatcher(re);
    expect(matcherMatches(m, 'x abc12 abc3')).toEqual(plainMatches(new RegExp('abc[0-9]+', 'g'), 'x abc12 abc3'));
    expect((m as unknown as { sticky?: RegExp }).sticky).toBeUndefined();
    expect(anchorsOf(re)).toBeUndefined();
  });
});

describe('infixAnchorOf', () => {
  it('finds a literal at a fixed distance after single characters, classes and {n} repeats', () => {
    expect(infixAnchorOf(/(?<![A-Za-z0-9_])[a-f0-9]{32}-us[0-9]{1,2}(?![A-Za-z0-9_])/g)).toEqual({ words: ['-us'], skip: 32 });
    expect(infixAnchorOf(/[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70}/g)).toEqual({ words: ['.atlasv1'], skip: 14 });
    expect(infixAnchorOf(/\b\d{4}.[^\s]{2}ABCdef/gi)).toEqual({ words: ['abcdef'], skip: 7 });
  });

  it('gives up where the distance can vary, or no single literal of three characters follows', () => {
    for (const re of [/[0-9]{8,10}:AAbc/g, /[a-z]+abc/g, /[a-z]?abc/g, /[a-z]*abc/g, /x|[a-z]{3}abc/g, /(?:[a-z]{3})abc/g, /[a-z]{3}ab/g, /[a-z]{3}\babc/g, /(?=a)[a-z]{3}abc/g, /abc/g, /[a-z]{3}abc/gu]) {
      expect(infixAnchorOf(re), re.source).toBeUndefined();
    }
    // A literal prefix is anchorsOf's: walkAnchors takes it first.
    expect(walkAnchors(/glpat-[a-z]{20}/g)).toEqual({ words: ['glpat-'], skip: 0 });
  });

  it('the keyword walk gives match starts that far before each occurrence (none before the text starts)', () => {
    const r: Rule = { ...rules.find((x) => x.id === 'mailchimp-api-key')!, keywords: [] };
    const text = '-us1 ' + 'a'.repeat(32) + '-us12 x ' + 'b'.repeat(40) + '-us3';
    const starts = new KeywordIndex([r]).scan(text, [r]).startsOf(r);
    expect(starts).toEqual([5, 8 + 32 + 5 + 40 - 32].filter((x) => x >= 0).sort((a, b) => a - b));
  });

  it('finds every match of random texts around the literal (anchored matcher against the global regex)', () => {
    const re = /(?<![A-Za-z0-9_])[a-f0-9]{4}-us[0-9]{1,2}(?![A-Za-z0-9_])/g;
    const r: Rule = { ...rules[0]!, id: 'infix', regex: re, keywords: [], anchors: undefined };
    const told = new RuleMatcher(re, walkAnchors(re)!.words);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'f', '0', '9', '-', 'u', 's', 'U', 'S', '-us', ' ', '_', '\n'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(matcherMatches(told, text, r), JSON.stringify(text)).toEqual(plainMatches(re, text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('RuleMatcher finds exactly the matches of the global regex', () => {
  it('on every built-in rule, prefixed or not, over its own examples', () => {
    let anchoredRules = 0;
    for (const rule of rules) {
      const matcher = new RuleMatcher(rule.regex!);
      if (literalPrefixes(rule.regex!.source, rule.regex!.flags)) anchoredRules++;
      const examples = [...rule.examples.invalid, ...rule.examples.valid].map((e) => expandExample(e.code));
      const texts = [...examples, examples.join('\n'), examples.join(''), examples.join(' x').repeat(2)];
      // As the engine builds it: told the rule's anchors, so it does not read the pattern again.
      const told = new RuleMatcher(rule.regex!, walkAnchors(rule.regex!)?.words ?? null);
      for (const text of texts) {
        expect(matcherMatches(matcher, text, rule), rule.id).toEqual(plainMatches(rule.regex!, text));
        expect(matcherMatches(told, text, rule), rule.id).toEqual(plainMatches(rule.regex!, text));
      }
    }
    // Most provider patterns start with a literal: the speed-up applies to them, and to the generic ones.
    expect(anchoredRules).toBeGreaterThan(rules.length / 2);
    for (const id of ['generic-secret-assignment', 'generic-unquoted-credential']) expect(anchorsOf(rules.find((r) => r.id === id)!.regex!), id).toBeDefined();
  });

  it('on examples cut, spliced and overlapped at random offsets', () => {
    const withExamples = rules.map((rule) => ({ rule, texts: rule.examples.invalid.map((e) => expandExample(e.code)) })).filter((x) => x.texts.length > 0);
    fc.assert(
      fc.property(fc.nat(withExamples.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 }), (i, cuts) => {
        const { rule, texts } = withExamples[i]!;
        let text = '';
        for (const [a, b, glue] of cuts) {
          const t = texts[a % texts.length]!;
          const from = b % (t.length + 1);
          text += t.slice(0, from) + glue + t.slice(Math.max(0, from - 3));
        }
        expect(matcherMatches(new RuleMatcher(rule.regex!), text, rule)).toEqual(plainMatches(rule.regex!, text));
        // Told its anchors (prefixes or an infix literal), as the engine builds it from the embedded rules.
        expect(matcherMatches(new RuleMatcher(rule.regex!, walkAnchors(rule.regex!)?.words ?? null), text, rule), rule.id).toEqual(plainMatches(rule.regex!, text));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text made of a rule prefix, its neighbours and the token alphabet', () => {
    const anchored = rules.filter((r) => literalPrefixes(r.regex!.source, r.regex!.flags));
    fc.assert(
      fc.property(fc.nat(anchored.length - 1), fc.array(fc.oneof(fc.constantFrom('', '_', '-', '.', ' ', '\n', '"', 'x', 'A', '0', 'f'), fc.string({ unit: fc.constantFrom(...'abcdef0123456789ABCDEFxyz_-./'), maxLength: 70 })), { maxLength: 12 }), (i, parts) => {
        const rule = anchored[i]!;
        const prefixes = literalPrefixes(rule.regex!.source, rule.regex!.flags)!;
        // In the case written and upper-cased: a case-insensitive rule matches both.
        const text = parts.map((p, k) => (k % 2 === 0 ? (k % 4 === 0 ? prefixes[k % prefixes.length]! : prefixes[k % prefixes.length]!.toUpperCase()) + p : p)).join('');
        expect(matcherMatches(new RuleMatcher(rule.regex!), text, rule)).toEqual(plainMatches(rule.regex!, text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('anchor offsets from the keyword walk', () => {
  const rule = (id: string, regex: RegExp, keywords: string[] = []): Rule => ({
    id, description: id, severity: 'error', message: id, keywords, secretGroup: 0, regex,
    appliesTo: undefined, kinds: [], allowRegexes: [], stopwords: [], allowPaths: undefined, decodings: [],
    examples: { valid: [], invalid: [] }, file: `${id}.yaml`,
  } as Rule);

  it('lists every occurrence of every anchor, in any case, ascending', () => {
    const r = rule('r', /(?:token|secretkey|pwd)=\w+/gi);
    const text = 'PWD=1 secretKey=2 xtokenpwd=3 TOKEN=4';
    const lower = text.toLowerCase();
    const expected = [...lower.matchAll(/(?=token|secretke|pwd)/g)].map((m) => m.index);
    expect(new KeywordIndex([r]).scan(text, [r]).startsOf(r)).toEqual(expected);
  });

  it('finds matches that touch (the next one starts where the last one ended)', () => {
    const r = rule('r', /abc\d/g);
    const m = new RuleMatcher(r.regex!);
    expect(matcherMatches(m, 'abc1abc2abcabc3', r)).toEqual(plainMatches(r.regex!, 'abc1abc2abcabc3'));
    expect(matcherMatches(m, 'abc1abc2abcabc3', r)).toHaveLength(3);
  });

  it('gives no offsets for an inactive rule, and refuses offsets asked for after the next walk', () => {
    const r = rule('r', /abc\d/g, ['zzz']);
    const index = new KeywordIndex([r]);
    const first = index.scan('abc1 zzz', [r]);
    expect(first.startsOf(r)).toEqual([0]);
    expect(index.scan('abc1', [r]).rules).toEqual([]);
    expect(() => first.startsOf(r)).toThrow(/after the next walk/);
  });
});

describe('anchors embedded by the build', () => {
  it('are what anchorsOf gives for every built-in rule, and the keyword index uses them', async () => {
    const { bundledRules } = (await import(path.join(REPO_ROOT, 'scripts/build-options.mjs'))) as { bundledRules(root: string): { spec: { id: string }; anchors: string[] | null; anchorSkip?: number }[] };
    const embedded = new Map(bundledRules(REPO_ROOT).map((e) => [e.spec.id, e]));
    for (const rule of rules) {
      const walk = walkAnchors(rule.regex!);
      expect(embedded.get(rule.id)!.anchors, rule.id).toEqual(walk?.words ?? null);
      expect(embedded.get(rule.id)!.anchorSkip ?? 0, rule.id).toBe(walk?.skip ?? 0);
    }
    expect(embedded.get('mailchimp-api-key')).toMatchObject({ anchors: ['-us'], anchorSkip: 32 });
    // A rule that carries anchors is anchored on them, not on its pattern's own.
    const r = { ...rules.find((x) => x.id === 'generic-secret-assignment')!, keywords: [], anchors: ['zzz'] };
    const text = 'password = "x1y2z3w4" zzz';
    expect(new KeywordIndex([r]).scan(text, [r]).startsOf(r)).toEqual([text.indexOf('zzz')]);
  });
});
