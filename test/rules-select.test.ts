// Manifest rules as data: `select:` in a rule file (kinds, `when`, `fields`, `except`, a value class
// asked of the one classifier) compiles into the check the engine runs; a selector that is not valid
// is refused at load naming the file and the field; the few rules written in code sit in
// src/rules/checks/<rule-id>.ts under their own id.
import { describe, it, expect, beforeEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { compileRule, loadRulesDir, ruleFiles, builtinRulesDir } from '../src/rules/load.js';
import { CHECKS } from '../src/rules/checks/index.js';
import { VALUE_CLASSES } from '../src/rules/value-classes.js';
import { Engine } from '../src/engine/engine.js';
import { run } from '../src/cli/run.js';
import type { Rule } from '../src/rules/types.js';
import { fake, randomString } from './helpers/fake-secrets.js';

const ROOT = path.resolve(__dirname, '..');
const base = { id: 'x', description: 'd', severity: 'error', message: 'found {{key}}' };

/** Compiles a selector rule (no examples: these tests state what it finds) or fails naming the problems. */
function selectorRule(select: Record<string, unknown>, extra: Record<string, unknown> = {}): Rule {
  const problems: string[] = [];
  const rule = compileRule({ ...base, ...extra, select }, 'rules/x.yaml', problems, false);
  expect(problems).toEqual([]);
  return rule!;
}

function problemsOf(select: unknown, extra: Record<string, unknown> = {}): string {
  const problems: string[] = [];
  compileRule({ ...base, ...extra, select, examples: { valid: [{ name: 'a', code: 'a' }], invalid: [{ name: 'b', code: 'b' }] } }, 'rules/x.yaml', problems);
  return problems.join('\n');
}

const scan = (rule: Rule, text: string, file = 'k8s/x.yaml') =>
  new Engine({ rules: [rule] }).scanText(file, text).findings.map((f) => `${f.line} ${f.resource?.key} ${f.message}`);

describe('a selector that is not valid is refused at load, naming the file and the field', () => {
  it('unknown fields, in the selector and in a field entry', () => {
    expect(problemsOf({ fields: ['data.*'], value: 'credential', colour: 'red' })).toMatch(/^rules\/x\.yaml: select\.colour: unknown field$/m);
    expect(problemsOf({ fields: [{ path: 'data.*', nmae: 'x' }], value: 'credential' })).toMatch(/^rules\/x\.yaml: select\.fields\[0\]\.nmae: unknown field$/m);
  });

  it('bad paths, value classes, keys and conditions', () => {
    expect(problemsOf({ fields: ['data..x'], value: 'credential' })).toMatch(/select\.fields\[0\]: 'data\.\.x': empty segment/);
    expect(problemsOf({ fields: ['data[tls.key'], value: 'credential' })).toMatch(/select\.fields\[0\]: 'data\[tls\.key': '\[' without '\]'/);
    expect(problemsOf({ fields: ['data.*'], value: 'secretish' })).toMatch(new RegExp(`select\\.value: required, one of: ${Object.keys(VALUE_CLASSES).join(', ')}`));
    expect(problemsOf({ fields: ['data.*'], value: 'credential', as: 'file' })).toMatch(/select\.as: must be setting or secret/);
    expect(problemsOf({ fields: ['data.*'], value: 'credential', key: 'provider' })).toMatch(/select\.key: must be name, path or a segment captured/);
    expect(problemsOf({ fields: ['a.p=x.y', 'b.y'], value: 'credential', key: 'p' })).toMatch(/select\.key: 'p' is not captured in every field/);
    expect(problemsOf({ when: { 'spec.*': true }, fields: ['data.*'], value: 'credential' })).toMatch(/select\.when\.spec\.\*: a condition names one field/);
    expect(problemsOf({ when: { kind: 3 } })).toMatch(/select\.when\.kind: must be true, false, a value/);
  });

  it('fields a selector would ignore, and a rule that is both data and code', () => {
    expect(problemsOf({})).toMatch(/select\.fields: required unless 'select\.when'/);
    expect(problemsOf({ when: { kind: 'X' }, value: 'credential', except: ['a'] })).toMatch(/select\.except: only a selector with 'fields' uses it/);
    expect(problemsOf({ fields: ['data.*'], value: 'credential' }, { check: 'k8s-secret-plaintext' })).toMatch(/check: a manifest rule has either 'select' \(data\) or 'check' \(code\)/);
    expect(problemsOf({ fields: ['data.*'], value: 'credential' }, { flags: 'i' })).toMatch(/flags: only content rules \('pattern'\) use it; a manifest rule \('select'\)/);
    expect(problemsOf({ fields: ['data.*'], value: 'credential' }, { pattern: 'a' })).toMatch(/select: a rule has either 'pattern'/);
    expect(problemsOf('data.*')).toMatch(/rules\/x\.yaml: select: must be a mapping/);
  });

  it('a rule file in rules/ with a bad selector: the loader lists it with the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-select-'));
    writeFileSync(path.join(dir, 'zz.yaml'), 'id: zz\ndescription: d\nseverity: error\nmessage: m\nselect: {fields: [data.*], value: credential, valu: x}\nexamples: {valid: [{name: a, code: a}], invalid: [{name: b, code: b}]}\n');
    const problems: string[] = [];
    loadRulesDir(dir, problems);
    expect(problems).toEqual([`${path.join(dir, 'zz.yaml')}: select.valu: unknown field`]);
  });
});

describe('what a selector finds', () => {
  const pw = () => fake.password();

  it('fields with *, a [literal] segment, and the value class deciding', () => {
    const rule = selectorRule({ fields: ['spec.auth.*', 'metadata.annotations[example.com/db-password]'], value: 'credential' }, { kinds: ['Database'] });
    const text = [
      'apiVersion: example.com/v1', 'kind: Database', 'metadata:', '  name: db', '  annotations:', `    example.com/db-password: ${pw()}`,
      'spec:', '  auth:', `    password: ${pw()}`, '    passwordSecretRef: db-creds', '    user: admin', '    token: ${TOKEN}', '',
    ].join('\n');
    expect(scan(rule, text)).toEqual(['6 example.com/db-password found example.com/db-password', '9 password found password']);
    // kinds is the dispatch index: another kind is not looked at
    expect(scan(rule, text.replace('kind: Database', 'kind: Cache'))).toEqual([]);
  });

  it('** at any depth, a captured segment as the key, and except', () => {
    const rule = selectorRule(
      { fields: ['spec.**.backend=vault|aws.**.token|secret'], except: ['**.*Ref.**'], value: 'credential', as: 'secret', key: 'backend' },
      { message: 'backend {{backend}} at {{field}}' },
    );
    const text = [
      'kind: Store', 'spec:', '  vault:', '    auth:', `      token: ${pw()}`, '  aws:', '    tokenRef:', `      token: ${pw()}`,
      '  other:', `    token: ${pw()}`, '',
    ].join('\n');
    expect(scan(rule, text)).toEqual(['5 vault backend vault at vault.auth.token']);
  });

  it('key: path names the finding by the path below the fixed prefix', () => {
    const rule = selectorRule({ fields: ['spec.provider.**.password'], value: 'credential', key: 'path' });
    expect(scan(rule, `kind: S\nspec:\n  provider:\n    db:\n      - password: ${pw()}\n`)).toEqual(['5 db.0.password found db.0.password']);
  });

  it('nameFrom: a list of {name, value} items is judged by the name, with the other names beside it', () => {
    const rule = selectorRule({ fields: ['**.env.*.value'], nameFrom: 'name', value: 'credential' }, { message: 'env {{key}}' });
    const text = ['kind: Job', 'spec:', '  env:', '    - name: DB_PASSWORD', `      value: ${pw()}`, '    - name: LOG_LEVEL', '      value: debug', ''].join('\n');
    expect(scan(rule, text)).toEqual(['5 DB_PASSWORD env DB_PASSWORD']);
  });

  it('when: present, absent, one of, not one of', () => {
    const rule = (when: Record<string, unknown>) => selectorRule({ when, fields: ['password'], value: 'credential' });
    const text = `kind: App\nmode: prod\npassword: ${pw()}\n`;
    expect(scan(rule({ mode: true }), text)).toHaveLength(1);
    expect(scan(rule({ mode: false }), text)).toHaveLength(0);
    expect(scan(rule({ mode: ['dev', 'prod'] }), text)).toHaveLength(1);
    expect(scan(rule({ kind: { not: ['App'] } }), text)).toHaveLength(0);
    expect(scan(rule({ kind: { not: 'Other' } }), text)).toHaveLength(1);
    expect(scan(rule({ kind: { not: 'Other' } }), `password: ${pw()}\n`)).toHaveLength(0); // no kind at all
  });

  it('without fields the object is the finding, at the first field of `when`, with no value', () => {
    const rule = selectorRule({ when: { apiVersion: 'example.com/v1beta1' } }, { message: '{{kind}} {{name}} is on v1beta1' });
    const [f, ...more] = new Engine({ rules: [rule] }).scanText('k8s/x.yaml', 'kind: Store\napiVersion: example.com/v1beta1\nmetadata: {name: s}\n').findings;
    expect(more).toEqual([]);
    expect(f).toMatchObject({ line: 2, message: 'Store s is on v1beta1', secret: '' });
  });

  it('a plain name reads the first of duplicate keys, as the code checks do; a pattern reads every key it matches', () => {
    const text = `kind: App\nauth:\n  password: "{{ .Values.p }}"\n  password: ${pw()}\n`;
    expect(scan(selectorRule({ fields: ['auth.password'], value: 'credential' }), text)).toEqual([]);
    expect(scan(selectorRule({ fields: ['auth.*'], value: 'credential' }), text)).toEqual(['4 password found password']);
  });

  it('** spans twelve segments at most (CRD schemas and hostile nesting are not walked to the bottom)', () => {
    const rule = selectorRule({ fields: ['spec.**.password'], value: 'credential' });
    const nested = (depth: number) => {
      const lines = ['kind: App', 'spec:'];
      for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i + 1)}l${i}:`);
      lines.push(`${'  '.repeat(depth + 1)}password: ${pw()}`, '');
      return lines.join('\n');
    };
    expect(scan(rule, nested(12))).toHaveLength(1);
    expect(scan(rule, nested(13))).toHaveLength(0);
  });

  it('a hostile key does not make a * pattern slow', () => {
    const rule = selectorRule({ fields: ['*a*a*a*a*a*a*a*a*a*a*b'], value: 'credential' });
    const started = Date.now();
    expect(scan(rule, `kind: App\n${'a'.repeat(100_000)}: ${pw()}\n`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('a custom rule in .sealgate.yaml can be a selector; its examples run when the config loads', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sg-select-cli-'));
  });
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const db = (password: string) => `apiVersion: example.com/v1\nkind: Database\nmetadata: {name: orders}\nspec:\n  rootPassword: ${JSON.stringify(password)}\n`;
  const config = (invalid: string) =>
    [
      'customRules:', '  - id: database-root-password', '    description: Database with a literal root password', '    severity: error',
      "    message: 'Database {{name}}: {{key}} is a literal'", '    keywords: [rootpassword]', '    kinds: [Database]',
      '    select: {fields: [spec.rootPassword], value: credential}',
      '    examples:', `      valid: [{name: reference, code: ${JSON.stringify(db('${ROOT_PASSWORD}'))}}]`, `      invalid: [{name: literal, code: ${JSON.stringify(invalid)}}]`, '',
    ].join('\n');

  it('finds what it selects (exit 1), masked', async () => {
    const planted = fake.password();
    write('.sealgate.yaml', config(db('Kx9-' + randomString(16))));
    write('k8s/db.yaml', db(planted));
    const r = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toContain(planted);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; line: number; message: string }) => `${f.ruleId} ${f.line} ${f.message}`)).toEqual([
      'database-root-password 5 Database orders: rootPassword is a literal',
    ]);
  });

  it('one whose invalid example finds nothing is a configuration error (exit 2) naming it', async () => {
    write('.sealgate.yaml', config(db('changeme')));
    const r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: customRules\[0\]: examples\.invalid\[0\] 'literal' produced no finding of database-root-password/);
  });

  it('an unknown selector field is refused naming the config, the rule and the field', async () => {
    write('.sealgate.yaml', config(db('x')).replace('value: credential}', 'value: credential, feilds: []}'));
    const r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: customRules\[0\]: select\.feilds: unknown field/);
  });
});

describe('the built-in manifest rules', () => {
  const specs = ruleFiles(builtinRulesDir())
    .map((file) => load(readFileSync(file, 'utf8')) as { id: string; check?: string; select?: unknown; pattern?: string })
    .filter((s) => s.pattern === undefined);

  it('are mostly selectors; a rule written in code names its own id, in src/rules/checks/<id>.ts', () => {
    const code = specs.filter((s) => s.check !== undefined);
    const data = specs.filter((s) => s.select !== undefined);
    expect(code.length + data.length).toBe(specs.length);
    expect(data.length).toBeGreaterThan(code.length);
    for (const s of code) {
      expect(s.check, `${s.id}: check names the rule's own id`).toBe(s.id);
      expect(existsSync(path.join(ROOT, 'src', 'rules', 'checks', `${s.id}.ts`)), `src/rules/checks/${s.id}.ts`).toBe(true);
    }
    // No second name: every check in code is the rule of that id.
    expect(Object.keys(CHECKS).sort()).toEqual(code.map((s) => s.id).sort());
  });
});

describe('the selector examples in the docs compile', () => {
  it('every yaml block with a select: in CONTRIBUTING.md and docs/rules.md is a valid selector', () => {
    const blocks = ['CONTRIBUTING.md', 'docs/rules.md'].flatMap((page) =>
      [...readFileSync(path.join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((m) => m[1]!.split('\n').map((l) => l.replace(/^ {3}/, '')).join('\n'))
        .filter((b) => /^select:/m.test(b))
        .map((b) => ({ page, spec: load(b) as Record<string, unknown> })),
    );
    expect(blocks.map((b) => b.page).sort()).toEqual(['CONTRIBUTING.md', 'docs/rules.md']);
    for (const { page, spec } of blocks) {
      const problems: string[] = [];
      compileRule({ ...base, ...spec, examples: undefined }, page, problems, false);
      expect(problems, page).toEqual([]);
    }
  });
});
