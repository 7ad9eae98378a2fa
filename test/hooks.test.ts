// The hooks for real: git runs them on `git commit` / `git push` in temp repositories, through
// core.hooksPath, .git/hooks and husky v9 (the project's own devDependency), with the built CLI.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { simpleGit } from 'simple-git';
import { run } from '../src/cli/run.js';
import { ROOT, BIN, ensureBuilt } from './helpers/package-repo.js';
import { fakePassword, makeRepo, plaintextSecret, sealedSecret, tempDir, testGitEnv, type TestRepo } from './helpers/git-repo.js';

beforeAll(() => {
  // The hooks run the built CLI, as an installed package would: build it when missing or stale.
  ensureBuilt();
}, 120_000);

/** What `npm install sealgate` leaves in a project: node_modules/.bin/sealgate. */
function installSealgate(dir: string): void {
  const bin = path.join(dir, 'node_modules', '.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'sealgate'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
}

function git(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('git', args, { cwd: dir, env: testGitEnv(env), encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function copyHooks(to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const h of ['pre-commit', 'pre-push']) fs.copyFileSync(path.join(ROOT, 'hooks', h), path.join(to, h));
}

/** Stages a plaintext Secret, expects git commit to be refused, then commits a SealedSecret instead. */
async function expectCommitGate(repo: TestRepo, env: Record<string, string> = {}) {
  const before = (await repo.git.raw(['rev-list', '--all', '--count'])).trim();
  const pw = fakePassword();
  repo.write('k8s/db.yaml', plaintextSecret('db', pw));
  await repo.git.add('k8s/db.yaml');
  const refused = git(repo.dir, ['commit', '-m', 'add db secret'], env);
  expect(refused.status).not.toBe(0);
  expect(refused.out).toContain('k8s/db.yaml');
  expect(refused.out).not.toContain(pw);
  expect((await repo.git.raw(['rev-list', '--all', '--count'])).trim()).toBe(before);

  repo.write('k8s/db.yaml', sealedSecret('db'));
  await repo.git.add('k8s/db.yaml');
  const accepted = git(repo.dir, ['commit', '-m', 'add sealed db secret'], env);
  expect(accepted.out).not.toContain('error');
  expect(accepted.status).toBe(0);
  return refused.out;
}

async function hookRepo(): Promise<TestRepo> {
  const repo = await makeRepo();
  installSealgate(repo.dir);
  repo.write('.gitignore', 'node_modules/\n');
  repo.write('README.md', 'demo\n');
  await repo.commitAll('init');
  return repo;
}

describe('hooks/pre-commit', () => {
  it('with core.hooksPath hooks: refuses the plaintext Secret and says what to do, accepts the SealedSecret', async () => {
    const repo = await hookRepo();
    copyHooks(path.join(repo.dir, 'hooks'));
    git(repo.dir, ['config', 'core.hooksPath', 'hooks']);
    const out = await expectCommitGate(repo);
    expect(out).toContain('sealgate fix --seal --cert <controller-cert.pem> -- k8s/db.yaml');
    expect(out).toContain('sealgate:allow');
    expect(out).toContain('sealgate baseline');
    expect(out).toMatch(/rotate/);
  });

  it('copied into .git/hooks, and run from a sub-folder', async () => {
    const repo = await hookRepo();
    copyHooks(path.join(repo.dir, '.git', 'hooks'));
    fs.mkdirSync(path.join(repo.dir, 'sub'));
    const pw = fakePassword();
    repo.write('sub/s.yaml', plaintextSecret('s', pw));
    await repo.git.add('.');
    const refused = git(path.join(repo.dir, 'sub'), ['commit', '-m', 'x']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('sub/s.yaml');
    await repo.git.raw(['reset', '-q']);
    fs.rmSync(path.join(repo.dir, 'sub/s.yaml'));
    await expectCommitGate(repo);
  });

  it('`git commit -a` is judged by what it commits (git hands the hook a temporary index)', async () => {
    const repo = await hookRepo();
    copyHooks(path.join(repo.dir, 'hooks'));
    git(repo.dir, ['config', 'core.hooksPath', 'hooks']);
    repo.write('app.yaml', 'a: 1\n');
    await repo.git.add('.');
    expect(git(repo.dir, ['commit', '-m', 'c']).status).toBe(0);
    repo.write('app.yaml', plaintextSecret('app', fakePassword()));
    const refused = git(repo.dir, ['commit', '-a', '-m', 'c2']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('app.yaml');
  });

  it('without sealgate installed the hook fails closed with a clear message and downloads nothing', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.git.add('.');
    copyHooks(path.join(repo.dir, 'hooks'));
    git(repo.dir, ['config', 'core.hooksPath', 'hooks']);
    const r = git(repo.dir, ['commit', '-m', 'x'], { PATH: path.dirname(fs.realpathSync('/usr/bin/git')) + ':/bin' });
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('sealgate: not found');
    expect(r.out).toContain('never downloads');
  });
});

describe('hooks/pre-push', () => {
  it('refuses a push whose commits add a secret (even one removed later) and accepts a clean one', async () => {
    const remote = tempDir();
    await simpleGit({ baseDir: remote }).init(true);
    const repo = await hookRepo();
    await repo.git.addRemote('origin', remote);
    copyHooks(path.join(repo.dir, 'hooks'));
    git(repo.dir, ['config', 'core.hooksPath', 'hooks']);
    expect(git(repo.dir, ['push', '-q', 'origin', 'main']).status).toBe(0);

    await repo.git.checkoutLocalBranch('feature');
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.commitAll('secret (hook skipped)');
    repo.write('k8s/db.yaml', sealedSecret('db'));
    await repo.commitAll('sealed');
    const refused = git(repo.dir, ['push', 'origin', 'feature']);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('k8s/db.yaml');
    expect(refused.out).not.toContain(pw);
    expect(git(remote, ['rev-parse', '--verify', '--quiet', 'refs/heads/feature']).status).not.toBe(0);

    await repo.git.checkout('main');
    await repo.git.checkoutLocalBranch('clean');
    repo.write('docs.md', 'docs\n');
    await repo.commitAll('docs');
    const ok = git(repo.dir, ['push', 'origin', 'clean']);
    expect(ok.out).not.toMatch(/blocking/);
    expect(ok.status).toBe(0);
    // Deleting the refused branch on the remote side is a deletion: nothing to scan.
    expect(git(repo.dir, ['push', 'origin', '--delete', 'clean']).status).toBe(0);
  });
});

describe('husky v9', () => {
  async function huskyRepo(): Promise<TestRepo> {
    const repo = await hookRepo();
    repo.write('package.json', JSON.stringify({ name: 'demo', private: true, scripts: { prepare: 'husky' } }, null, 2) + '\n');
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'husky'), path.join(repo.dir, 'node_modules', 'husky'));
    // What `npm install` runs through the prepare script: husky sets core.hooksPath to .husky/_.
    execFileSync(process.execPath, [path.join(repo.dir, 'node_modules', 'husky', 'bin.js')], { cwd: repo.dir, env: testGitEnv() });
    expect((await repo.git.raw(['config', 'core.hooksPath'])).trim()).toBe('.husky/_');
    return repo;
  }

  it('sealgate init --husky creates .husky/pre-commit; git commit is refused with the secret and accepted without', async () => {
    const repo = await huskyRepo();
    const init = git(repo.dir, ['-c', 'x.y=1', 'status']); // warm-up: git works in the repo
    expect(init.status).toBe(0);
    const r = spawnSync(path.join(repo.dir, 'node_modules', '.bin', 'sealgate'), ['init', '--husky'], { cwd: repo.dir, encoding: 'utf8', env: testGitEnv() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe('sealgate scan --staged\n');
    const out = await expectCommitGate(repo);
    expect(out).toContain('husky - pre-commit script failed');
  });

  it('appends to an existing husky hook once (idempotent) and adds the pre-push line with --pre-push', async () => {
    const repo = await huskyRepo();
    repo.write('.husky/pre-commit', 'echo lint');
    for (let i = 0; i < 2; i++) {
      const r = await run(['init', '--husky', '--pre-push'], { cwd: repo.dir });
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
    }
    expect(repo.read('.husky/pre-commit')).toBe('echo lint\nsealgate scan --staged\n');
    expect(repo.read('.husky/pre-push')).toBe('sealgate scan --pre-push\n');
    const again = await run(['init', '--husky', '--pre-push'], { cwd: repo.dir });
    expect(again.stdout).toContain('already runs');
    // A hand-written `npx sealgate scan --staged` counts as present too.
    repo.write('.husky/pre-commit', 'npx sealgate scan --staged --max-warnings 0\n');
    await run(['init', '--husky'], { cwd: repo.dir });
    expect(repo.read('.husky/pre-commit')).toBe('npx sealgate scan --staged --max-warnings 0\n');
    await expectCommitGate(repo);
  });

  it('warns when husky is not installed (git would not run .husky/ hooks), without advising husky init', async () => {
    const repo = await makeRepo();
    const r = await run(['init', '--husky'], { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/husky is not installed/);
    expect(r.stderr).toMatch(/avoid 'npx husky init', which replaces \.husky\/pre-commit/);
    expect(repo.read('.husky/pre-commit')).toBe('sealgate scan --staged\n');
  });

  it('sets husky up itself when it is installed but not active (prepare script added, hook lines kept)', async () => {
    const repo = await hookRepo();
    repo.write('package.json', '{\n    "name": "demo",\n    "private": true\n}\n');
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'husky'), path.join(repo.dir, 'node_modules', 'husky'));
    repo.write('.husky/pre-commit', 'npx lint-staged\nnpm test\n');
    const r = await run(['init', '--husky'], { cwd: repo.dir, env: testGitEnv() });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect((await repo.git.raw(['config', 'core.hooksPath'])).trim()).toBe('.husky/_');
    expect(repo.read('package.json')).toBe('{\n    "name": "demo",\n    "private": true,\n    "scripts": {\n        "prepare": "husky"\n    }\n}\n');
    expect(repo.read('.husky/pre-commit')).toBe('npx lint-staged\nnpm test\nsealgate scan --staged\n');
    // lint-staged and npm test are not installed here: keep only the sealgate line for the commit.
    repo.write('.husky/pre-commit', 'sealgate scan --staged\n');
    await expectCommitGate(repo);
  });

  it("puts the line before a final exit, and restores it after 'husky init' replaced the hook", async () => {
    const repo = await huskyRepo();
    repo.write('.husky/pre-commit', '#!/bin/sh\necho lint\nexit 0\n');
    await run(['init', '--husky'], { cwd: repo.dir });
    expect(repo.read('.husky/pre-commit')).toBe('#!/bin/sh\necho lint\nsealgate scan --staged\nexit 0\n');
    // What `npx husky init` does to an existing hook file (the trap of issue 15): replaced by 'npm test'.
    execFileSync(process.execPath, [path.join(repo.dir, 'node_modules', 'husky', 'bin.js'), 'init'], { cwd: repo.dir, env: testGitEnv() });
    expect(repo.read('.husky/pre-commit')).toBe('npm test\n');
    const again = await run(['init', '--husky'], { cwd: repo.dir });
    expect(again.stdout).toContain(".husky/pre-commit: added 'sealgate scan --staged'");
    expect(repo.read('.husky/pre-commit')).toBe('npm test\nsealgate scan --staged\n');
  });
});

describe('sealgate init --hooks-path', () => {
  it('writes both hooks, points core.hooksPath at them, is idempotent, and the hooks work', async () => {
    const repo = await hookRepo();
    const first = await run(['init', '--hooks-path'], { cwd: repo.dir });
    expect(first.exitCode).toBe(0);
    expect((await repo.git.raw(['config', 'core.hooksPath'])).trim()).toBe('.githooks');
    expect(repo.read('.githooks/pre-commit')).toBe(fs.readFileSync(path.join(ROOT, 'hooks', 'pre-commit'), 'utf8'));
    expect(fs.statSync(path.join(repo.dir, '.githooks', 'pre-push')).mode & 0o111).not.toBe(0);
    const second = await run(['init', '--hooks-path'], { cwd: repo.dir });
    expect(second.stdout).toContain('.githooks/pre-commit: up to date');
    expect(second.stdout.split('\n')).not.toContain('git config core.hooksPath .githooks');
    await expectCommitGate(repo);
  });

  it('never overwrites a foreign hook or another core.hooksPath', async () => {
    const repo = await makeRepo();
    repo.write('.githooks/pre-commit', '#!/bin/sh\nmake lint\n');
    const r = await run(['init', '--hooks-path'], { cwd: repo.dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.githooks\/pre-commit already exists and is not sealgate's/);
    expect(repo.read('.githooks/pre-commit')).toBe('#!/bin/sh\nmake lint\n');
    expect(fs.existsSync(path.join(repo.dir, '.githooks', 'pre-push'))).toBe(false);

    git(repo.dir, ['config', 'core.hooksPath', '.husky/_']);
    const other = await run(['init', '--hooks-path', '--dir', 'hooks'], { cwd: repo.dir });
    expect(other.exitCode).toBe(2);
    expect(other.stderr).toMatch(/core.hooksPath is already '.husky\/_'.*--husky/);
  });

  it('usage errors: no mode, both modes, outside a repository', async () => {
    const repo = await makeRepo();
    expect((await run(['init'], { cwd: repo.dir })).exitCode).toBe(2);
    expect((await run(['init', '--husky', '--hooks-path'], { cwd: repo.dir })).exitCode).toBe(2);
    expect((await run(['init', '--husky'], { cwd: tempDir() })).exitCode).toBe(2);
    expect((await run(['init', '--dir', '../x', '--hooks-path'], { cwd: repo.dir })).stderr).toMatch(/outside the repository/);
    const help = await run(['init', '--help'], { cwd: repo.dir });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('echo "sealgate scan --staged" >> .husky/pre-commit');
  });
});

// The pre-commit framework's hooks are tested with the real tool in pre-commit.test.ts.
describe('lint-staged', () => {
  it('`sealgate scan FILE...` takes the file list lint-staged passes', async () => {
    const repo = await makeRepo();
    repo.write('a.yaml', sealedSecret('a'));
    repo.write('b c.yaml', plaintextSecret('b', fakePassword()));
    repo.write('ignored.yaml', plaintextSecret('i', fakePassword()));
    const files = ['a.yaml', 'b c.yaml'].map((f) => path.join(repo.dir, f));
    const r = await run(['scan', ...files, '--format', 'json'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    expect((JSON.parse(r.stdout).findings as { file: string }[]).map((f) => f.file)).toEqual(['b c.yaml']);
    expect((await run(['scan', files[0]!], { cwd: repo.dir })).exitCode).toBe(0);
  });
});
