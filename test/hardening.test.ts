// The smaller problems of issue 14 (problem 10), each on real files, real git repositories and the
// built CLI: an edit made while fix runs, plaintext backups in the work tree, terminal escapes from a
// Secret name, allow markers inside values, a subfolder config hiding root files, --show-secrets in CI,
// and what the Action registers with the runner's masking.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/action-env.js';
import { fakeGithubToken, fakePassword, makeRepo, plaintextSecret, tempDir } from './helpers/git-repo.js';
import { makeKeys } from './helpers/sealed-secrets.js';
import { writeAtomic } from '../src/fix/write.js';
import { FixError } from '../src/errors.js';
import { maskForms } from '../src/action/annotate.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
const sg = (cwd: string, args: string[], env: Record<string, string | undefined> = {}, input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, CI: undefined, ...env } });

describe('fix', () => {
  test('a file edited while the fix runs is not overwritten: the edit is kept', () => {
    const dir = tempDir();
    const file = path.join(dir, 's.yaml');
    const original = Buffer.from('kind: Secret\n');
    fs.writeFileSync(file, original);
    const edit = 'kind: Secret\n# an edit made meanwhile\n';
    expect(() => writeAtomic(file, 'kind: SealedSecret\n', { expect: original, beforeRename: () => fs.writeFileSync(file, edit) })).toThrow(FixError);
    expect(fs.readFileSync(file, 'utf8')).toBe(edit);
    expect(fs.readdirSync(dir)).toEqual(['s.yaml']); // no temp file left behind
    writeAtomic(file, 'kind: SealedSecret\n', { expect: Buffer.from(edit) });
    expect(fs.readFileSync(file, 'utf8')).toBe('kind: SealedSecret\n');
  });

  test('--backup-dir inside the work tree is refused unless git ignores it', async () => {
    const repo = await makeRepo();
    repo.write('pub-cert.pem', makeKeys({ bits: 2048 }).certPem);
    const secret = plaintextSecret('db', fakePassword());
    repo.write('k8s/s.yaml', secret);
    const r = sg(repo.dir, ['fix', 'k8s/s.yaml', '--seal', '--cert', 'pub-cert.pem', '--namespace', 'default', '--backup-dir', 'bk']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--backup-dir bk is inside the work tree and git does not ignore it/);
    expect(repo.read('k8s/s.yaml')).toBe(secret);
    expect(fs.existsSync(path.join(repo.dir, 'bk'))).toBe(false);
    repo.write('.gitignore', 'bk/\n');
    const ok = sg(repo.dir, ['fix', 'k8s/s.yaml', '--seal', '--cert', 'pub-cert.pem', '--backup-dir', 'bk']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(repo.read('k8s/s.yaml')).toMatch(/kind: SealedSecret/);
    expect(fs.readdirSync(path.join(repo.dir, 'bk'))).toHaveLength(1);
  });
});

describe('text output', () => {
  test('terminal escapes in a Secret name and a file name are shown escaped, never sent', async () => {
    const repo = await makeRepo();
    const name = JSON.stringify('db\u001b[2J\u001b]0;pwned\u0007');
    repo.write('k8s/a\u001b[31mred.yaml', plaintextSecret(name, fakePassword()));
    for (const cmd of [['scan'], ['audit']]) {
      const r = sg(repo.dir, cmd);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(r.stdout).toContain('k8s/a\\e[31mred.yaml');
    }
    expect(sg(repo.dir, ['scan']).stdout).toContain('db\\e[2J\\e]0;pwned\\x07');
  });
});

describe('allow markers count only as comments', () => {
  test('a marker inside a block scalar or a value hides nothing; real comments still allow', async () => {
    const repo = await makeRepo();
    const token = fakeGithubToken();
    const pw = fakePassword();
    repo.write(
      'k8s/values.yaml',
      ['notes: |', '  see the runbook', '  # sealgate:allow-next-line', `token: ${token}`, ''].join('\n'),
    );
    repo.write('k8s/db.yaml', plaintextSecret('db', `${pw}#sealgate:allow`));
    const r = JSON.parse(sg(repo.dir, ['scan', '--format', 'json']).stdout);
    expect(r.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`).sort()).toEqual(['k8s/db.yaml:9', 'k8s/values.yaml:4']);

    repo.write('k8s/values.yaml', ['notes: |', '  see the runbook', '# sealgate:allow-next-line', `token: ${token}`, ''].join('\n'));
    repo.write('k8s/db.yaml', plaintextSecret('db', `${pw} # sealgate:allow`));
    repo.write('app.js', `// sealgate:allow-next-line\nconst a = "${fakeGithubToken()}";\nconst b = "${fakeGithubToken()}"; // sealgate:allow\nconst c = "x // sealgate:allow"; const d = "${fakeGithubToken()}";\n`);
    const allowed = JSON.parse(sg(repo.dir, ['scan', '--format', 'json']).stdout);
    expect(allowed.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['app.js:4']);
  });
});

describe('configuration comes from the repository root', () => {
  test("a subfolder's .sealgate.yaml cannot hide root files from scan --staged run in that folder", async () => {
    const repo = await makeRepo();
    repo.write('README.md', 'x\n');
    repo.write('sub/.sealgate.yaml', 'allowlist:\n  paths: ["**"]\n');
    repo.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
    await repo.git.raw(['add', '-A']);
    const r = sg(path.join(repo.dir, 'sub'), ['scan', '--staged']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('k8s/db.yaml');
    expect(r.stderr).toContain('sub/.sealgate.yaml: ignored; configuration is read from the repository root');
  });
});

describe('--show-secrets', () => {
  test('is refused when CI is set, unless --show-secrets=force', async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    const refused = sg(repo.dir, ['scan', '--show-secrets'], { CI: 'true' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--show-secrets is refused when CI is set/);
    expect(refused.stdout + refused.stderr).not.toContain(pw);
    expect(sg(repo.dir, ['audit', '--show-secrets'], { CI: '1' }).status).toBe(2);
    expect(sg(repo.dir, ['scan', '--show-secrets=force'], { CI: 'true' }).stdout).toContain(pw);
    expect(sg(repo.dir, ['scan', '--show-secrets']).stdout).toContain(pw);
  });
});

describe('runner masks', () => {
  test('only the value, its encodings and key-material lines are registered', () => {
    const pw = fakePassword();
    const b64 = Buffer.from(pw).toString('base64');
    expect(new Set(maskForms(pw))).toEqual(new Set([pw, b64, b64.replace(/=+$/, '')]));
    const key = 'MIIE' + 'q'.repeat(40);
    const json = ['{', '  "type": "service_account",', `  "private_key": "${key}"`, '}'].join('\n');
    const forms = maskForms(json);
    expect(forms).toContain(json);
    expect(forms.some((f) => f.includes('"type": "service_account"') && f !== json)).toBe(false);
  });
});
