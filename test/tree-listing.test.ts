// The working-tree source lists what git tracks and what it would add (two listings started
// together, tracked files first), never what git ignores unless the file is named, and each file
// once. Real repositories in temp folders.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { treeSource } from '../src/sources/files.js';
import { Git } from '../src/sources/git-client.js';
import { collect, fragments, makeRepo, skipped, testGitEnv } from './helpers/git-repo.js';

describe('treeSource in a repository', () => {
  it('lists tracked files, then untracked ones git would add; ignored files only when named; each file once', async () => {
    const repo = await makeRepo();
    repo.write('.gitignore', 'ignored/\n*.log\n');
    repo.write('b/tracked.yaml', 'a: 1\n');
    repo.write('a/tracked.txt', 'x\n');
    await repo.commitAll('tracked');
    repo.write('a/new.txt', 'untracked\n');
    repo.write('z/new.yaml', 'b: 2\n');
    repo.write('ignored/secret.txt', 'ignored\n');
    repo.write('debug.log', 'ignored\n');
    const git = new Git(repo.dir, testGitEnv());
    const paths = async (args: string[]) => fragments(await collect(treeSource(repo.dir, args.map((a) => path.join(repo.dir, a)), git, 1 << 20))).map((f) => f.path);

    expect(await paths(['.'])).toEqual(['.gitignore', 'a/tracked.txt', 'b/tracked.yaml', 'a/new.txt', 'z/new.yaml']);
    // A named file is scanned even when ignored, and a file named and inside a named folder comes once.
    expect(await paths(['debug.log', 'a/new.txt', 'a'])).toEqual(['debug.log', 'a/new.txt', 'a/tracked.txt']);
    // A folder with nothing tracked still lists its untracked files.
    expect(await paths(['z'])).toEqual(['z/new.yaml']);
  });

  it('a listing git refuses fails the scan (never an empty, passing one)', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'x\n');
    await repo.commitAll('one');
    fs.writeFileSync(path.join(repo.dir, '.git', 'index'), 'not an index');
    const git = new Git(repo.dir, testGitEnv());
    const items = collect(treeSource(repo.dir, [repo.dir], git, 1 << 20));
    await expect(items).rejects.toThrow(/git ls-files/);
  });

  it('a missing path is reported, not silently dropped', async () => {
    const repo = await makeRepo();
    const git = new Git(repo.dir, testGitEnv());
    const items = await collect(treeSource(repo.dir, [path.join(repo.dir, 'nope')], git, 1 << 20));
    expect(skipped(items)).toEqual([{ file: 'nope', reason: 'no such file or directory', unscannable: true }]);
  });
});
