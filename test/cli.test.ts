// The CLI contract: run(argv) -> {exitCode, stdout, stderr}; exit codes 0/1/2; formats; baseline; config errors.
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { fake, secretYaml } from './helpers/fake-secrets.js';
import { validateSarif } from './helpers/schema.js';

let dir: string;
const write = (rel: string, text: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sg-cli-'));
});

describe('sealgate scan', () => {
  it('exits 0 on a clean tree and 1 on a plaintext Secret, naming Secret, namespace and key', async () => {
    write('ok.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {LOG: info}\n');
    expect((await run(['scan', '.'], { cwd: dir })).exitCode).toBe(0);
    write('k8s/db.yaml', secretYaml('db', 'shop', { password: fake.password() }));
    const r = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    const f = report.findings[0];
    expect(f).toMatchObject({ ruleId: 'k8s-secret-plaintext', file: 'k8s/db.yaml', line: 8, column: 13, resource: { kind: 'Secret', name: 'db', namespace: 'shop', key: 'password' }, fix: ['seal', 'external'] });
    expect(report.summary).toMatchObject({ files: 2, findings: 1, skipped: [] });
  });

  it('prints usage errors with exit 2, never 1', async () => {
    expect((await run(['scan', '--format', 'xml'], { cwd: dir })).exitCode).toBe(2);
    expect((await run(['scan', '--nope'], { cwd: dir })).stderr).toMatch(/Unknown option '--nope'/);
    expect((await run(['frobnicate'], { cwd: dir })).exitCode).toBe(2);
    expect((await run(['scan', '--max-warnings', 'x'], { cwd: dir })).exitCode).toBe(2);
  });

  it('--help teaches and --version prints the version', async () => {
    const h = await run(['scan', '--help'], { cwd: dir });
    expect(h.exitCode).toBe(0);
    expect(h.stdout).toMatch(/--staged/);
    expect(h.stdout).toMatch(/Exit codes/);
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect((await run(['--version'])).stdout.trim()).toBe(pkg.version);
    expect((await run(['--help'])).stdout).toMatch(/Commands:/);
  });

  it('warnings only block over --max-warnings', async () => {
    write('eso.yaml', 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata: {name: x}\nspec: {}\n');
    expect((await run(['scan'], { cwd: dir })).exitCode).toBe(0);
    expect((await run(['scan', '--max-warnings', '0'], { cwd: dir })).exitCode).toBe(1);
  });

  it('honours sealgate:allow and sealgate:allow-next-line', async () => {
    write('a.js', `const a = "${fake.githubToken()}"; // sealgate:allow\n// sealgate:allow-next-line\nconst b = "${fake.githubToken()}";\n`);
    expect((await run(['scan'], { cwd: dir })).exitCode).toBe(0);
    write('b.js', `const c = "${fake.githubToken()}";\n`);
    expect((await run(['scan'], { cwd: dir })).exitCode).toBe(1);
  });

  it('writes a baseline of sorted fingerprints without values, and a scan with it passes', async () => {
    const token = fake.githubToken();
    write('a.js', `const a = "${token}";\n`);
    const b = await run(['baseline'], { cwd: dir });
    expect(b.exitCode).toBe(0);
    const text = readFileSync(path.join(dir, '.sealgate-baseline.json'), 'utf8');
    expect(text).not.toContain(token);
    expect(JSON.parse(text).fingerprints).toHaveLength(1);
    expect((await run(['scan', '--baseline', '.sealgate-baseline.json'], { cwd: dir })).exitCode).toBe(0);
    // the fingerprint survives edits that move the secret
    write('a.js', `\n\n// moved\nconst a = "${token}";\n`);
    expect((await run(['scan', '--baseline', '.sealgate-baseline.json'], { cwd: dir })).exitCode).toBe(0);
    write('c.js', `const c = "${fake.githubToken()}";\n`);
    expect((await run(['scan', '--baseline', '.sealgate-baseline.json'], { cwd: dir })).exitCode).toBe(1);
  });

  it('reports every config problem at once, naming file and field, with exit 2', async () => {
    write('.sealgate.yaml', 'rules:\n  no-such-rule: off\n  github-token: loud\nallowlist:\n  paths: 3\n  regexes: ["("]\nbogus: 1\n');
    const r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: rules\.github-token: must be error, warning, note or off/);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: allowlist\.paths: must be a list of strings/);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: allowlist\.regexes: /);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: bogus: unknown field/);
  });

  it('config turns rules off, changes severities, allowlists paths and values, adds custom rules', async () => {
    write('a.js', `const a = "${fake.githubToken()}";\n`);
    write('fixtures/b.js', `const b = "${fake.githubToken()}";\n`);
    write('.sealgate.yaml', 'rules:\n  github-token: warning\nallowlist:\n  paths: ["fixtures/**"]\n');
    let r = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; severity: string }) => `${f.file}:${f.severity}`)).toEqual(['a.js:warning']);
    write('.sealgate.yaml', [
      'customRules:',
      '  - id: acme-key',
      '    description: ACME internal API key',
      '    severity: error',
      '    message: ACME key',
      '    keywords: [acme_]',
      "    pattern: 'acme_[a-z0-9]{24}'",
      '    examples:',
      '      valid: [{name: prefix, code: acme_}]',
      "      invalid: [{name: key, code: 'acme_abcdefghijklmnopqrstuvwx'}]",
      'rules:',
      '  github-token: off',
    ].join('\n') + '\n');
    write('c.txt', 'k = acme_' + 'q7x2mz'.repeat(4) + '\n'); // one letter repeated would be a placeholder to the classifier
    r = await run(['scan', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['acme-key']);
  });

  it("a custom rule's examples run when the config loads: one that misses its own example is exit 2, naming it", async () => {
    const config = (valid: string, invalid: string) =>
      ['customRules:', '  - id: acme-key', '    description: ACME key', '    severity: error', '    message: ACME key', "    pattern: 'acme_[a-z0-9]{24}'",
        '    examples:', `      valid: [{name: prefix, code: '${valid}'}]`, `      invalid: [{name: key, code: '${invalid}'}]`].join('\n') + '\n';
    write('.sealgate.yaml', config('acme_', 'acme_' + 'q'.repeat(23)));
    let r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.sealgate\.yaml: customRules\[0\]: examples\.invalid\[0\] 'key' produced no finding of acme-key/);
    // Varied letters: one letter repeated is a placeholder to the value classifier, and finds nothing.
    write('.sealgate.yaml', config('acme_' + 'k3j9wp'.repeat(4), 'acme_' + 'q7x2mz'.repeat(4)));
    r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/examples\.valid\[0\] 'prefix' produced 1 finding\(s\) of acme-key/);
  });

  it('sarif output validates against the SARIF 2.1.0 schema', async () => {
    write('k8s/db.yaml', secretYaml('db', 'shop', { password: fake.password() }));
    write('a.js', `const a = "${fake.githubToken()}";\n`);
    const r = await run(['scan', '--format', 'sarif'], { cwd: dir });
    const sarif = JSON.parse(r.stdout);
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(sarif.runs[0].results[0].partialFingerprints['sealgate/v2']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('github format emits workflow commands', async () => {
    write('a b,c.js', `const a = "${fake.githubToken()}";\n`);
    const r = await run(['scan', '--format', 'github'], { cwd: dir });
    expect(r.stdout).toMatch(/^::error file=a b%2Cc\.js,line=1,endLine=1,col=12,endColumn=52,title=github-token::GitHub classic personal access token/m);
  });

  it('--output writes the report to a file', async () => {
    write('a.js', `const a = "${fake.githubToken()}";\n`);
    const r = await run(['scan', '--format', 'json', '--output', 'out.json'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('lists the rules', async () => {
    const r = await run(['rules', '--format', 'json']);
    const ids = JSON.parse(r.stdout).map((x: { id: string }) => x.id);
    expect(ids).toContain('k8s-secret-plaintext');
    expect(ids).toContain('etcd-encryption-key');
    expect((await run(['rules'])).stdout).toMatch(/^ {2}k8s-secret-plaintext\s+error\s+Kubernetes Secret/m);
  });

  it('groups the rules by provider, naming each credential', async () => {
    const text = (await run(['rules'])).stdout;
    expect(text).toMatch(/^Kubernetes manifests and generic patterns \(\d+\)$/m);
    const gitlab = text.slice(text.search(/^GitLab \(\d+\)$/m));
    expect(gitlab).toMatch(/^GitLab \((\d+)\)\n(?: {2}gitlab-\S+\s+\w+\s+GitLab [^\n]+\n)+/);
    expect(Number(/^GitLab \((\d+)\)/.exec(gitlab)![1])).toBeGreaterThanOrEqual(12);
    expect(text).toMatch(/^ {2}github-token\s+error\s+GitHub classic personal access token$/m);
    expect(text).toMatch(/^\d{3} rules; \d+ providers\./m);
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as { id: string; provider?: string; credential?: string; rotate?: string; validate?: string }[];
    expect(json.find((r) => r.id === 'npm-access-token')).toMatchObject({ provider: 'npm', credential: 'npm access token', validate: 'github-crc32', rotate: expect.stringMatching(/^https:\/\//) });
  });
});

describe('fix commands in the report', () => {
  it('use seal.cert and external.store from the config, so they paste as is', async () => {
    write('k8s/db.yaml', secretYaml('db', 'shop', { password: fake.password() }));
    write('.sealgate.yaml', 'seal:\n  cert: certs/pub-cert.pem\nexternal:\n  store: vault-backend\n');
    const r = await run(['scan'], { cwd: dir });
    expect(r.stdout).toContain('  sealgate fix --seal --cert certs/pub-cert.pem -- k8s/db.yaml\n');
    expect(r.stdout).toContain('  sealgate fix --external --store vault-backend -- k8s/db.yaml\n');
    expect(r.stdout).toMatch(/Why it matters/);
  });
});

describe('fix defaults in the config', () => {
  it('are validated where they are loaded, naming the config field', async () => {
    write('.sealgate.yaml', 'external:\n  storeKind: Store\n  provider: oracle\n  refreshInterval: hourly\nseal:\n  scope: global\n');
    const r = await run(['scan'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    for (const f of ['external.storeKind', 'external.provider', 'external.refreshInterval', 'seal.scope']) expect(r.stderr).toContain(`.sealgate.yaml: ${f}: must`);
  });
});
