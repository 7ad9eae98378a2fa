// No planted plaintext (nor its base64 form) appears in any output format without --show-secrets.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { fake, b64, secretYaml } from './helpers/fake-secrets.js';

let dir: string;
const planted: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sg-leak-'));
  const put = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const pw = fake.password();
  const tok = fake.githubToken();
  const aws = fake.awsSecretKey();
  const vault = fake.vaultToken();
  const jwt = fake.jwt();
  const envPw = fake.password();
  planted.push(pw, tok, aws, vault, jwt, envPw);
  put('k8s/secret.yaml', secretYaml('db', 'app', { password: pw, token: tok }, { vault }));
  put('src/aws.ts', `const k = { secretAccessKey: "${aws}" };\nconst j = "${jwt}";\n`);
  put('k8s/deploy.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          env:\n            - {name: API_PASSWORD, value: "${envPw}"}\n`);
  // a broken document whose error must not quote the secret line
  put('k8s/broken.yaml', `kind: Secret\nstringData:\n  x: [${tok}\n`);
});

function assertNoLeak(text: string) {
  for (const s of planted) {
    expect(text).not.toContain(s);
    expect(text).not.toContain(b64(s));
    expect(text).not.toContain(b64(s).replace(/=+$/, ''));
  }
}

describe('masking', () => {
  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`${format}: no plaintext in stdout or stderr`, async () => {
      const r = await run(['scan', '--format', format], { cwd: dir });
      expect(r.exitCode).toBe(1);
      assertNoLeak(r.stdout + r.stderr);
    });
    it(`${format}: no plaintext in --output files`, async () => {
      const out = path.join(dir, `out.${format}`);
      await run(['scan', '--format', format, '--output', out, 'k8s', 'src'], { cwd: dir });
      assertNoLeak(readFileSync(out, 'utf8'));
    });
  }

  it('the baseline holds hashes only', async () => {
    await run(['baseline', '--output', path.join(dir, 'bl.json')], { cwd: dir });
    assertNoLeak(readFileSync(path.join(dir, 'bl.json'), 'utf8'));
  });

  it('--show-secrets alone prints the values', async () => {
    const r = await run(['scan', '--format', 'json', '--show-secrets'], { cwd: dir, env: { ...process.env, CI: undefined } });
    const secrets = JSON.parse(r.stdout).findings.map((f: { secret: string }) => f.secret);
    expect(secrets).toContain(planted[5]);
  });
});

describe('internal errors', () => {
  it('describeError drops quoted input from messages', async () => {
    const { describeError } = await import('../src/cli/run.js');
    let err: unknown;
    try {
      JSON.parse(`{"token": ${planted[1]}}`);
    } catch (e) {
      err = e;
    }
    const text = describeError(err);
    expect(text).toMatch(/JSON/);
    expect(text).not.toContain(planted[1]);
  });
});

describe('every mode', () => {
  it('staged, range, pre-push, audit (text, json, sarif, html) and fix print no planted value', async () => {
    const { execFileSync } = await import('node:child_process');
    const repo = mkdtempSync(path.join(os.tmpdir(), 'sg-leak-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    writeFileSync(path.join(repo, 'README.md'), 'demo\n');
    git('add', '.');
    git('commit', '-qm', 'root');
    const base = git('rev-parse', 'HEAD');
    const pw = fake.password();
    const tok = fake.githubToken();
    const local = [pw, tok];
    mkdirSync(path.join(repo, 'k8s'));
    writeFileSync(path.join(repo, 'k8s/db.yaml'), secretYaml('db', 'app', { password: pw }));
    writeFileSync(path.join(repo, 'ci.sh'), `export GH_TOKEN=${tok}\n`);
    git('add', '.');
    const outputs: string[] = [];
    const collect = async (args: string[], stdin?: string) => {
      const r = await run(args, { cwd: repo, stdin });
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    expect((await collect(['scan', '--staged'])).exitCode).toBe(1);
    await collect(['scan', '--staged', '--format', 'json']);
    git('commit', '-qm', 'add secrets');
    const head = git('rev-parse', 'HEAD');
    for (const format of ['text', 'json', 'sarif', 'github']) await collect(['scan', '--range', `${base}..${head}`, '--format', format]);
    await collect(['scan', '--pre-push'], `refs/heads/main ${head} refs/heads/main ${base}\n`);
    for (const format of ['text', 'json', 'sarif']) await collect(['audit', '--history', '--format', format]);
    const html = path.join(repo, '..', `${path.basename(repo)}-report.html`);
    await collect(['audit', '--history', '--html', html]);
    outputs.push(readFileSync(html, 'utf8'));
    // the fix: its messages and dry-run diff
    const { makeKeys } = await import('./helpers/sealed-secrets.js');
    writeFileSync(path.join(repo, 'cert.pem'), makeKeys({ bits: 2048 }).certPem);
    await collect(['fix', 'k8s/db.yaml', '--seal', '--cert', 'cert.pem', '--dry-run']);
    const fixed = await collect(['fix', 'k8s/db.yaml', '--seal', '--cert', 'cert.pem']);
    expect(fixed.exitCode).toBe(0);
    const all = outputs.join('\n');
    for (const s of local) {
      expect(all).not.toContain(s);
      expect(all).not.toContain(b64(s));
    }
  });
});
