// A rule set that does not load is an error listing every problem (file and field), never a scan
// with fewer rules.
import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRule, compileRule, loadRulesDir, readRuleFile, ruleFiles } from '../src/rules/load.js';
import { CHECKS } from '../src/rules/checks/index.js';
import type { Rule, RuleSpec } from '../src/rules/types.js';
import { readTreeFile } from '../src/sources/files.js';

function rulesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const good = (id: string) => `id: ${id}
description: test rule
severity: error
message: found
keywords: [zz_]
pattern: 'zz_[a-z]{8}'
examples:
  valid: [{name: prefix, code: zz_}]
  invalid: [{name: token, code: zz_abcdefgh}]
`;

describe('loading rules', () => {
  it('loads a valid rule', () => {
    const problems: string[] = [];
    const rules = loadRulesDir(rulesDir({ 'zz-token.yaml': good('zz-token') }), problems);
    expect(problems).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['zz-token']);
  });

  it('lists every problem of every file, naming file and field', () => {
    const problems: string[] = [];
    const dir = rulesDir({
      'a.yaml': good('a') + 'colour: red\n',
      'b.yaml': good('b').replace('severity: error', 'severity: loud').replace("pattern: 'zz_[a-z]{8}'", "pattern: 'zz_('"),
      'c.yaml': good('wrong-name'),
      'd.yaml': 'id: d\ndescription: x\nseverity: error\nmessage: m\ncheck: no-such-check\nexamples: {valid: [], invalid: []}\n',
      'e.yaml': 'id: [\n',
    });
    loadRulesDir(dir, problems);
    const text = problems.join('\n');
    expect(text).toMatch(/a\.yaml: colour: unknown field/);
    expect(text).toMatch(/b\.yaml: severity: must be error, warning or note/);
    expect(text).toMatch(/b\.yaml: pattern: Invalid regular expression/);
    expect(text).toMatch(/c\.yaml: id 'wrong-name' must match the file name/);
    expect(text).toMatch(/d\.yaml: check: unknown check 'no-such-check'/);
    expect(text).toMatch(/d\.yaml: examples\.valid: at least one example is required/);
    expect(text).toMatch(/e\.yaml: not valid YAML/);
  });
});

describe('provider fields and folders', () => {
  it('loads rules from sub-folders, with provider, credential, rotate and a validator', () => {
    const dir = rulesDir({});
    mkdirSync(path.join(dir, 'providers', 'vcs'), { recursive: true });
    writeFileSync(
      path.join(dir, 'providers', 'vcs', 'zz-token.yaml'),
      good('zz-token') + "provider: Zed\ncredential: Zed token\nrotate: https://zed.example/rotate\nvalidate: github-crc32\n",
    );
    const problems: string[] = [];
    const [rule] = loadRulesDir(dir, problems);
    expect(problems).toEqual([]);
    expect(rule).toMatchObject({ id: 'zz-token', provider: 'Zed', credential: 'Zed token', rotate: 'https://zed.example/rotate', validate: 'github-crc32' });
    expect(rule!.validator!('zz_abcdefgh')).toBe(false);
  });

  it('names every bad provider field and a duplicate id in another folder', () => {
    const dir = rulesDir({
      'a.yaml': good('a') + 'provider: Acme\n',
      'b.yaml': good('b') + 'provider: Acme\ncredential: ""\nrotate: http://insecure.example\nvalidate: crc64\n',
      'c.yaml': 'id: c\ndescription: x\nseverity: error\nmessage: m\ncheck: k8s-secret-plaintext\nvalidate: bech32\nexamples: {valid: [{name: a, code: a}], invalid: [{name: b, code: b}]}\n',
    });
    writeFileSync(path.join(dir, 'e.yaml'), good('e'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'e.yaml'), good('e'));
    const problems: string[] = [];
    loadRulesDir(dir, problems);
    const text = problems.join('\n');
    expect(text).toMatch(/a\.yaml: credential: required when 'provider' is set/);
    expect(text).toMatch(/a\.yaml: rotate: required when 'provider' is set/);
    expect(text).toMatch(/b\.yaml: credential: must be a non-empty string/);
    expect(text).toMatch(/b\.yaml: rotate: must be an https:\/\/ URL/);
    expect(text).toMatch(/b\.yaml: validate: unknown validator 'crc64' \(known: github-crc32/);
    expect(text).toMatch(/c\.yaml: validate: only content rules/);
    expect(text).toMatch(/sub\/e\.yaml: id 'e' is also used by .*\/e\.yaml/);
  });
});

describe('reading the tree', () => {
  it('reports a file that vanished between listing and reading', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-vanish-'));
    expect(readTreeFile(dir, 'gone.yaml', 1024)).toEqual({ file: 'gone.yaml', reason: 'vanished while scanning (or deleted but still tracked)' });
  });
});

describe('the embedded rules (built at start-up without checking)', () => {
  const REPO_ROOT = path.resolve(import.meta.dirname, '..');
  const matcherSample = ['values.yaml', 'charts/app/values-prod.yaml', '.env', 'app/.env.local', 'Dockerfile', 'src/a.ts', 'go.sum', 'x/yarn.lock'];
  /** A rule's data, with its compiled parts as what they do (functions are new objects each build). */
  const observable = (r: Rule) => ({
    ...r,
    regex: r.regex && `${r.regex.source}/${r.regex.flags}`,
    allowRegexes: r.allowRegexes.map((x) => `${x.source}/${x.flags}`),
    appliesTo: r.appliesTo && matcherSample.map((p) => r.appliesTo!(p)),
    allowPaths: r.allowPaths && matcherSample.map((p) => r.allowPaths!(p)),
    check: r.check && (Object.values(CHECKS).includes(r.check) ? r.check : typeof r.check),
    examples: undefined,
    anchors: undefined,
    anchorSkip: undefined,
  });

  it('are the rules compileRule makes of rules/, field for field', () => {
    const problems: string[] = [];
    for (const file of ruleFiles(path.join(REPO_ROOT, 'rules'))) {
      const spec = readRuleFile(file, problems) as RuleSpec;
      const checked = compileRule(spec, file, problems)!;
      const { examples: _examples, ...embedded } = spec;
      const built = buildRule(embedded as RuleSpec, file);
      expect(observable(built), file).toEqual(observable(checked));
      expect(Object.keys(built), file).toEqual(Object.keys(checked));
    }
    expect(problems).toEqual([]);
  });

  it('fail the build when one of them does not pass compileRule', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sg-build-rules-'));
    for (const d of ['src', 'node_modules', 'package.json']) symlinkSync(path.join(REPO_ROOT, d), path.join(root, d));
    mkdirSync(path.join(root, 'rules'));
    writeFileSync(path.join(root, 'rules', 'zz-token.yaml'), good('zz-token'));
    const { bundledRules } = (await import(path.join(REPO_ROOT, 'scripts/build-options.mjs'))) as { bundledRules(root: string): { spec: { id: string } }[] };
    expect(bundledRules(root).map((e) => e.spec.id)).toEqual(['zz-token']);
    writeFileSync(path.join(root, 'rules', 'zz-token.yaml'), good('zz-token').replace('severity: error', 'severity: loud'));
    expect(() => bundledRules(root)).toThrow(/zz-token\.yaml: severity: must be error, warning or note/);
  });
});
