// One detection path: every hit, from a manifest check or a content rule, passes the same gate, and
// every field a rule accepts takes effect (or is refused at load, naming the file and the field).
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules, compileRule } from '../src/rules/load.js';
import { fake, b64, randomString, secretYaml } from './helpers/fake-secrets.js';

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
type JsonFinding = { ruleId: string; file: string; line: number; severity: string; credential?: string; decoded?: string; offset: { start: number; end: number }; document?: { index: number; start: number; end: number } };
const scanJson = async (args: string[] = []) => {
  const r = await run(['scan', '--format', 'json', ...args], { cwd: dir });
  return { ...r, findings: (JSON.parse(r.stdout || '{"findings":[]}').findings ?? []) as JsonFinding[] };
};
const examples = '    examples:\n      valid: [{name: none, code: "nothing"}]\n      invalid: [{name: one, code: "x"}]\n';
/** A custom rule's examples, run when the config loads: they must hold. */
const examplesOf = (valid: string, invalid: string) =>
  `    examples:\n      valid: [{name: none, code: ${JSON.stringify(valid)}}]\n      invalid: [{name: one, code: ${JSON.stringify(invalid)}}]\n`;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sg-gate-'));
});

describe('the config allowlist applies to manifest findings too', () => {
  it('allowlist.regexes silence a Secret value (stringData, and data once decoded) as they silence a token', async () => {
    const dummy = 'dummy-' + randomString(20);
    const real = fake.password();
    write('k8s/a.yaml', secretYaml('a', 'app', { password: dummy }, { other: dummy }));
    write('k8s/b.yaml', secretYaml('b', 'app', { password: real }));
    write('.sealgate.yaml', "allowlist:\n  regexes: ['^dummy-']\n");
    const r = await scanJson();
    expect(r.findings.map((f) => f.file)).toEqual(['k8s/b.yaml']);
    write('.sealgate.yaml', 'allowlist:\n  stopwords: [dummy]\n');
    expect((await scanJson()).findings.map((f) => f.file)).toEqual(['k8s/b.yaml']);
  });
});

describe('rule fields take effect', () => {
  it('kinds is the dispatch index: a manifest check runs only on the kinds it names', async () => {
    const secret = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password: fake.password() } });
    const annotated = (kind: string) =>
      `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '${secret}'\n`;
    write('deploy.yaml', annotated('Deployment'));
    write('svc.yaml', annotated('Service'));
    write('.sealgate.yaml', [
      'rules:', '  last-applied-secret: off', '  generic-secret-assignment: off',
      'customRules:',
      '  - id: deploy-last-applied', '    description: last applied on deployments', '    severity: error', '    message: found',
      '    check: last-applied-secret', '    kinds: [Deployment]', examplesOf(annotated('Service'), annotated('Deployment')),
    ].join('\n'));
    const r = await scanJson();
    expect(r.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['deploy.yaml deploy-last-applied']);
  });

  it("a custom rule's entropy and allowlist work, for content and manifest rules alike", async () => {
    write('a.txt', `acme_${'a'.repeat(24)}\nacme_${randomString(24).toLowerCase()}\nacme_test${randomString(20).toLowerCase()}\n`);
    write('s.yaml', secretYaml('s', 'app', {}, { low: 'aaaaaaaaaaaaaaaa', high: randomString(24), skip: 'test-' + randomString(20) }));
    write('.sealgate.yaml', [
      'rules:', '  k8s-secret-plaintext: off',
      'customRules:',
      '  - id: acme', '    description: acme', '    severity: error', '    message: acme', '    keywords: [acme_]',
      "    pattern: 'acme_[a-z0-9]{24}'", '    entropy: 3', '    allowlist: {stopwords: [test]}', examplesOf(`acme_${'a'.repeat(24)}`, `acme_${randomString(24).toLowerCase()}`),
      '  - id: strong-secret', '    description: strong', '    severity: error', '    message: strong', '    keywords: [secret]',
      '    check: k8s-secret-plaintext', '    kinds: [Secret]', '    entropy: 3.5', "    allowlist: {regexes: ['^test-']}",
      examplesOf(secretYaml('s', 'app', {}, { low: 'aaaaaaaaaaaaaaaa' }), secretYaml('s', 'app', {}, { high: randomString(24) })),
    ].join('\n'));
    const r = await scanJson();
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['a.txt:2 acme', 's.yaml:9 strong-secret']);
  });

  it('fields that cannot take effect are refused at load, naming the file and the field', () => {
    const base = { id: 'x', description: 'd', severity: 'error', message: 'm', examples: { valid: [{ name: 'a', code: 'a' }], invalid: [{ name: 'b', code: 'b' }] } };
    const problemsOf = (extra: Record<string, unknown>) => {
      const problems: string[] = [];
      compileRule({ ...base, ...extra }, 'rules/x.yaml', problems);
      return problems.join('\n');
    };
    expect(problemsOf({ pattern: 'a', kinds: ['Secret'] })).toMatch(/rules\/x\.yaml: kinds: only manifest rules/);
    expect(problemsOf({ pattern: 'a', fix: ['seal'] })).toMatch(/rules\/x\.yaml: fix: only manifest rules/);
    expect(problemsOf({ check: 'k8s-secret-plaintext', secretGroup: 1 })).toMatch(/rules\/x\.yaml: secretGroup: only content rules/);
    expect(problemsOf({ check: 'k8s-secret-plaintext', decoded: false })).toMatch(/rules\/x\.yaml: decoded: only content rules/);
    expect(problemsOf({ check: 'k8s-secret-plaintext', flags: 'i' })).toMatch(/rules\/x\.yaml: flags: only content rules/);
    expect(problemsOf({ check: 'k8s-secret-plaintext', pattern: 'a' })).toMatch(/rules\/x\.yaml: check: a rule has either/);
    expect(problemsOf({ pattern: 'a', decoded: ['rot13'] })).toMatch(/rules\/x\.yaml: decoded: must be true, false or a list/);
    expect(problemsOf({ pattern: 'a', decoded: ['base64', 'hex'] })).toBe('');
  });

  it('a custom rule refused in .sealgate.yaml is exit 2 naming the config and the field', async () => {
    write('.sealgate.yaml', ['customRules:', '  - id: bad', '    description: d', '    severity: error', '    message: m', "    pattern: 'zz'", '    kinds: [Secret]', examples].join('\n'));
    const r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: customRules\[0\]: kinds: only manifest rules/);
  });
});

describe('findings carry offsets, their document and the credential they name', () => {
  const rules = loadBuiltinRules();
  const engine = new Engine({ rules });

  it('offset covers the value in the file text; document is the YAML document', () => {
    const pw = fake.password();
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${secretYaml('db', 'app', {}, { password: pw })}`;
    const [f] = engine.scanText('k8s/db.yaml', text).findings;
    expect(f).toMatchObject({ ruleId: 'k8s-secret-plaintext', document: { index: 1 } });
    expect(text.slice(f!.offset.start, f!.offset.end)).toBe(pw);
    expect(text.slice(f!.document!.start, f!.document!.end)).toMatch(/^apiVersion: v1\nkind: Secret[\s\S]*\n$/);
    const t = fake.githubToken();
    const code = `const a = 1;\nconst b = "${t}";\n`;
    const [g] = engine.scanText('a.js', code).findings;
    expect(code.slice(g!.offset.start, g!.offset.end)).toBe(t);
    expect(g).toMatchObject({ ruleId: 'github-token', credential: rules.find((r) => r.id === 'github-token')!.credential });
    expect(g!.document).toBeUndefined();
  });

  it('a token inside a Secret value is one finding per key: the Secret finding, named by the format', () => {
    const t = fake.githubToken();
    const text = secretYaml('gh', 'ci', { token: t, other: fake.password() });
    const found = engine.scanText('k8s/gh.yaml', text).findings;
    expect(found.map((f) => `${f.ruleId} ${f.resource?.key}`)).toEqual(['k8s-secret-plaintext token', 'k8s-secret-plaintext other']);
    expect(found[0]).toMatchObject({ credential: rules.find((r) => r.id === 'github-token')!.credential, decoded: 'base64', line: 8 });
    expect(found[1]!.credential).toBeUndefined();
    // stringData holds the token as is: named, not decoded
    const plain = engine.scanText('k8s/gh.yaml', secretYaml('gh', 'ci', {}, { token: t })).findings;
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatchObject({ ruleId: 'k8s-secret-plaintext', credential: expect.stringMatching(/GitHub/) });
    expect(plain[0]!.decoded).toBeUndefined();
  });

  it('the JSON report carries offset, document, credential and decoded; the text report names the format', async () => {
    write('k8s/gh.yaml', secretYaml('gh', 'ci', { token: fake.githubToken() }));
    const r = await scanJson();
    expect(r.findings[0]).toMatchObject({ credential: expect.stringMatching(/GitHub/), decoded: 'base64', offset: { start: expect.any(Number) }, document: { index: 0 } });
    const t = await run(['scan'], { cwd: dir });
    expect(t.stdout).toMatch(/secret: \S+ \(GitHub [^)]*, inside a base64 value\)/);
  });
});
