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
    const r = await run(['scan', '--format', 'json', '--show-secrets'], { cwd: dir });
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
