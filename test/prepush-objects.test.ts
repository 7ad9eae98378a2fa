// pre-push of objects that are not commits (issue 14, problem 7): a blob or a tree holding a plaintext
// Secret pushed to a tag, directly or through an annotated tag. Real `git push` to a real bare remote
// through the shipped hooks/pre-push, running the built CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/action-env.js';
import { fakePassword, makeRepo, plaintextSecret, tempDir, testGitEnv } from './helpers/git-repo.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');

function git(dir: string, args: string[], input?: string) {
  const r = spawnSync('git', args, { cwd: dir, env: testGitEnv({ SEALGATE_BIN: path.join(dir, 'sg.sh') }), encoding: 'utf8', input });
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout.trim() };
}

async function hookedRepo() {
  const remote = tempDir();
  git(remote, ['init', '-q', '--bare']);
  const repo = await makeRepo();
  fs.writeFileSync(path.join(repo.dir, 'sg.sh'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  repo.write('.gitignore', 'sg.sh\n');
  repo.write('README.md', 'demo\n');
  await repo.commitAll('init');
  git(repo.dir, ['remote', 'add', 'origin', remote]);
  expect(git(repo.dir, ['push', '-q', 'origin', 'main']).status).toBe(0);
  fs.mkdirSync(path.join(repo.dir, '.git', 'hooks'), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'hooks', 'pre-push'), path.join(repo.dir, '.git', 'hooks', 'pre-push'));
  fs.chmodSync(path.join(repo.dir, '.git', 'hooks', 'pre-push'), 0o755);
  return { repo, remote };
}

const remoteHas = (remote: string, ref: string) => git(remote, ['rev-parse', '--verify', '--quiet', ref]).status === 0;

describe('pre-push scans what a tag, tree or blob push sends', () => {
  test('a blob holding a plaintext Secret pushed to a tag is refused (it was "0 commits", exit 0)', async () => {
    const { repo, remote } = await hookedRepo();
    const pw = fakePassword();
    const blob = git(repo.dir, ['hash-object', '-w', '--stdin'], plaintextSecret('db', pw)).stdout;
    const r = git(repo.dir, ['push', 'origin', `${blob}:refs/tags/leak`]);
    expect(r.status, r.out).not.toBe(0);
    expect(r.out).toContain('refs/tags/leak.yaml');
    expect(r.out).toContain('k8s-secret-plaintext');
    expect(r.out).not.toContain(pw);
    expect(remoteHas(remote, 'refs/tags/leak')).toBe(false);
  });

  test('a tree, and an annotated tag pointing at that tree, are walked', async () => {
    const { repo, remote } = await hookedRepo();
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    git(repo.dir, ['add', 'k8s/db.yaml']);
    const tree = git(repo.dir, ['write-tree']).stdout;
    git(repo.dir, ['reset', '-q']);
    const r = git(repo.dir, ['push', 'origin', `${tree}:refs/tags/tree`]);
    expect(r.status, r.out).not.toBe(0);
    expect(r.out).toContain('refs/tags/tree:k8s/db.yaml');
    expect(git(repo.dir, ['tag', '-a', '-m', 'a tree', 'treetag', tree]).status).toBe(0);
    const t = git(repo.dir, ['push', 'origin', 'refs/tags/treetag']);
    expect(t.status, t.out).not.toBe(0);
    expect(t.out).toContain('refs/tags/treetag:k8s/db.yaml');
    expect(remoteHas(remote, 'refs/tags/tree')).toBe(false);
    expect(remoteHas(remote, 'refs/tags/treetag')).toBe(false);
  });

  test('clean objects pass; an annotated tag on a commit scans the commit; an unknown object fails closed', async () => {
    const { repo, remote } = await hookedRepo();
    const blob = git(repo.dir, ['hash-object', '-w', '--stdin'], 'kind: ConfigMap\n').stdout;
    expect(git(repo.dir, ['push', '-q', 'origin', `${blob}:refs/tags/clean`]).status).toBe(0);
    expect(remoteHas(remote, 'refs/tags/clean')).toBe(true);
    repo.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
    await repo.commitAll('secret');
    git(repo.dir, ['tag', '-a', '-m', 'release', 'v1']);
    const r = git(repo.dir, ['push', 'origin', 'refs/tags/v1']);
    expect(r.status, r.out).not.toBe(0);
    expect(r.out).toMatch(/k8s\/db\.yaml/);
    // A sha git does not have (a corrupt or foreign line on stdin) is an error, not a pass.
    const missing = spawnSync(process.execPath, [BIN, 'scan', '--pre-push'], {
      cwd: repo.dir,
      encoding: 'utf8',
      input: `refs/tags/x ${'1'.repeat(40)} refs/tags/x ${'0'.repeat(40)}\n`,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot tell what 111111111111 pushed to refs\/tags\/x is/);
  });
});
