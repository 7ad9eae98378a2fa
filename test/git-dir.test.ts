// Git.gitDir() answers from the file system in the common case (a hook saves starting
// `git rev-parse`): it must name the directory git names, for a plain repository, a linked
// worktree, a submodule, a path through a symbolic link, and leave anything odd to git.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Git } from '../src/sources/git-client.js';
import { makeRepo, tempDir, testGitEnv } from './helpers/git-repo.js';

const env = testGitEnv();

function revParse(dir: string): string {
  const r = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: dir, env, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

function git(dir: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

describe('Git.gitDir', () => {
  it('names the directory git names: repository, linked worktree, submodule, symbolic link', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.commitAll('first');
    const worktree = path.join(tempDir(), 'wt');
    git(repo.dir, 'worktree', 'add', '-q', worktree);
    const sub = await makeRepo();
    sub.write('b.txt', 'b\n');
    await sub.commitAll('sub');
    git(repo.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'mod');
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(repo.dir, link);

    for (const dir of [repo.dir, worktree, path.join(repo.dir, 'mod'), link]) {
      expect(await new Git(dir, env).gitDir(), dir).toBe(revParse(dir));
    }
    // The file-system answer really is used (a worktree's git dir is not <top>/.git).
    expect(await new Git(worktree, env).gitDir()).toBe(path.join(fs.realpathSync(repo.dir), '.git', 'worktrees', 'wt'));
  });

  it('leaves a folder without a usable .git, or a GIT_DIR environment, to git', async () => {
    const repo = await makeRepo();
    const plain = tempDir();
    expect(await new Git(plain, env).gitDir()).toBeUndefined();
    // A .git file that points nowhere: git refuses it, and so does the file-system reading.
    fs.writeFileSync(path.join(plain, '.git'), 'gitdir: /nonexistent/place\n');
    expect(await new Git(plain, env).gitDir()).toBeUndefined();
    // GIT_DIR names another repository: git's answer wins over the folder's own .git.
    const other = await makeRepo();
    expect(await new Git(repo.dir, { ...env, GIT_DIR: path.join(other.dir, '.git') }).gitDir()).toBe(fs.realpathSync(path.join(other.dir, '.git')));
  });
});
