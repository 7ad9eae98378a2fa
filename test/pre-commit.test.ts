// The pre-commit framework for real: Debian's pre-commit (installed by .ci/run) installs sealgate's
// hooks from .pre-commit-hooks.yaml through a local `repo:` (npm installs the package like for any
// user), then runs them on `pre-commit run --all-files` and on a real `git commit`.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { load } from 'js-yaml';
import { fakePassword, makeRepo, plaintextSecret, sealedSecret, tempDir, testGitEnv, type TestRepo } from './helpers/git-repo.js';
import { ensureBuilt, packageRepo, ROOT } from './helpers/package-repo.js';

let pkg: { dir: string; commit: string };
let env: Record<string, string>;

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error("pre-commit is not installed: run 'sh .ci/install-pre-commit.sh' (apt-get install pre-commit)");
  ensureBuilt();
  pkg = packageRepo();
  // One hook environment for the whole file (installing it is the slow part); npm uses its cache first.
  env = testGitEnv({ PRE_COMMIT_HOME: tempDir('sg-pch-'), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
}, 120_000);

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

async function appRepo(hooks: string[]): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${pkg.dir}\n    rev: ${pkg.commit}\n    hooks:\n${hooks.map((h) => `      - id: ${h}\n`).join('')}`);
  repo.write('README.md', 'demo\n');
  await repo.commitAll('init');
  return repo;
}

describe('.pre-commit-hooks.yaml', () => {
  it("validates with this machine's pre-commit and asks for no newer one than the fields it uses need", () => {
    const r = run('pre-commit', ['validate-manifest', path.join(ROOT, '.pre-commit-hooks.yaml')], ROOT);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
    const hooks = load(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h.id)).toEqual(['sealgate', 'sealgate-staged']);
    const installed = /(\d+)\.(\d+)\.(\d+)/.exec(run('pre-commit', ['--version'], ROOT).out)!.slice(1).map(Number);
    for (const h of hooks) {
      const wanted = String(h.minimum_pre_commit_version).split('.').map(Number);
      const cmp = wanted[0]! - installed[0]! || wanted[1]! - installed[1]! || wanted[2]! - installed[2]!;
      expect(cmp, `${String(h.id)} asks for pre-commit ${String(h.minimum_pre_commit_version)}`).toBeLessThanOrEqual(0);
      // Stage names differ between 3.0 ('commit') and 3.2+ ('pre-commit'): none is pinned.
      expect(h.stages).toBeUndefined();
    }
  });
});

describe('pre-commit run', () => {
  it('--all-files fails on a Secret committed earlier (the hook scans the files it is given), without printing it', async () => {
    const repo = await appRepo(['sealgate', 'sealgate-staged']);
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    repo.write('k8s/ok.yaml', sealedSecret('ok'));
    await repo.commitAll('a Secret that got in with --no-verify');
    const r = run('pre-commit', ['run', '--all-files'], repo.dir);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/sealgate \(plaintext Kubernetes Secrets and credentials\)\.+Failed/);
    expect(r.out).toContain('k8s/db.yaml');
    expect(r.out).not.toContain('k8s/ok.yaml:');
    expect(r.out).not.toContain(pw);
    // The index hook keeps its semantics: nothing is staged, so it passes.
    expect(r.out).toMatch(/sealgate \(staged changes\)\.+Passed/);

    // Once the Secret is sealed the same run passes.
    repo.write('k8s/db.yaml', sealedSecret('db'));
    await repo.commitAll('sealed');
    const ok = run('pre-commit', ['run', '--all-files'], repo.dir);
    expect(ok.out).toMatch(/sealgate \(plaintext Kubernetes Secrets and credentials\)\.+Passed/);
    expect(ok.status).toBe(0);
  }, 240_000);

  it('installed as the git hook: a real commit with a plaintext Secret is refused by both hooks, a sealed one goes in', async () => {
    const repo = await appRepo(['sealgate', 'sealgate-staged']);
    expect(run('pre-commit', ['install'], repo.dir).status).toBe(0);
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.git.add('k8s/db.yaml');
    const refused = run('git', ['commit', '-m', 'add db'], repo.dir);
    expect(refused.status).not.toBe(0);
    expect(refused.out).toMatch(/sealgate \(plaintext Kubernetes Secrets and credentials\)\.+Failed/);
    expect(refused.out).toMatch(/sealgate \(staged changes\)\.+Failed/);
    expect(refused.out).not.toContain(pw);
    expect((await repo.git.raw(['rev-list', '--count', 'HEAD'])).trim()).toBe('1');

    repo.write('k8s/db.yaml', sealedSecret('db'));
    await repo.git.add('k8s/db.yaml');
    const accepted = run('git', ['commit', '-m', 'add sealed db'], repo.dir);
    expect(accepted.out).toMatch(/staged changes\)\.+Passed/);
    expect(accepted.status).toBe(0);
    expect((await repo.git.raw(['rev-list', '--count', 'HEAD'])).trim()).toBe('2');
  }, 240_000);
});
