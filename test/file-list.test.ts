// File-list mode (`sealgate scan FILE…`, what the pre-commit framework and lint-staged run) fails
// closed (issue 14, problem 8): a missing path, a file too large to scan, an ignored file named on
// purpose, and standard input. The built CLI in a real git repository.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/action-env.js';
import { makeRepo, plaintextSecret, fakePassword } from './helpers/git-repo.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
const sg = (cwd: string, args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input });

describe('scan FILE…', () => {
  test('a path that does not exist is exit 2 naming it (it was "no secrets found (0 files)", exit 0)', async () => {
    const repo = await makeRepo();
    repo.write('k8s/web.yaml', 'kind: ConfigMap\n');
    const r = sg(repo.dir, ['scan', 'k8s/web.yaml', 'k8s/tpyo.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file or directory: k8s/tpyo.yaml');
  });

  test('a file git ignores is scanned when named', async () => {
    const repo = await makeRepo();
    repo.write('.gitignore', '*.local.yaml\n');
    const pw = fakePassword();
    repo.write('db.local.yaml', plaintextSecret('db', pw));
    expect(sg(repo.dir, ['scan']).status).toBe(0); // not named: ignored, as git add would
    const r = sg(repo.dir, ['scan', '--format', 'json', 'db.local.yaml']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: 'db.local.yaml', ruleId: 'k8s-secret-plaintext' });
    expect(r.stdout).not.toContain(pw);
  });

  test('a named file over maxFileSize is exit 2, as with --staged', async () => {
    const repo = await makeRepo();
    repo.write('big.yaml', plaintextSecret('db', fakePassword()) + '#'.repeat(11 * 1024 * 1024) + '\n');
    const r = sg(repo.dir, ['scan', 'big.yaml']);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/big\.yaml: larger than 10485760 bytes/);
  });

  test("'-' scans standard input", async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    const r = sg(repo.dir, ['scan', '--format', 'json', '-'], plaintextSecret('db', pw));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: 'stdin.yaml', ruleId: 'k8s-secret-plaintext', line: 9 });
    expect(sg(repo.dir, ['scan', '-'], 'kind: ConfigMap\n').status).toBe(0);
    expect(sg(repo.dir, ['scan', '-', 'x.yaml'], '').status).toBe(2);
    expect(fs.existsSync(path.join(repo.dir, 'stdin.yaml'))).toBe(false);
  });
});
