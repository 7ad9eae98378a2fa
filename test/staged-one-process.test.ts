// The pre-commit hook reads the index with one git process: `git diff --cached` with the whole file
// as context gives each staged file's bytes and its added lines. The bytes must be exactly the
// staged blob's (checked here against `git cat-file`), line endings, a missing final newline,
// partial staging and non-ASCII included; what the diff cannot give whole (a binary attribute on a
// text file, a pure rename, an empty file) is read from cat-file instead.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { stagedSource } from '../src/sources/git.js';
import { Git } from '../src/sources/git-client.js';
import { collect, fakeGithubToken, fragments, makeRepo, skipped, tempDir, testGitEnv } from './helpers/git-repo.js';

function stagedBlob(dir: string, file: string): Buffer {
  return execFileSync('git', ['cat-file', 'blob', `:${file}`], { cwd: dir, env: testGitEnv() });
}

describe('staged files from one git process', () => {
  it('gives the staged bytes and added lines of every kind of file', async () => {
    const repo = await makeRepo();
    repo.write('crlf.txt', 'one\r\ntwo\r\n');
    repo.write('no-eol.txt', 'first\nlast');
    repo.write('partial.txt', 'a\nb\n');
    repo.write('old-name.txt', 'unchanged content\n');
    repo.write('.gitattributes', 'bin-attr.txt binary\n');
    repo.write('bin-attr.txt', 'x\n');
    await repo.commitAll('base');

    const t1 = fakeGithubToken();
    const t2 = fakeGithubToken();
    const t3 = fakeGithubToken();
    const t4 = fakeGithubToken();
    repo.write('crlf.txt', `one\r\ntoken = "${t1}"\r\ntwo\r\n`);
    repo.write('no-eol.txt', `first\nlast = "${t2}"`);
    repo.write('partial.txt', `a\nb\nstaged = "${t3}"\n`);
    repo.write('ünïcode dir/new file.yaml', `key: value\ntoken: "${t4}"\n`);
    repo.write('bin-attr.txt', `x\ntoken = "${t1}"\n`);
    repo.write('empty.txt', '');
    await repo.git.raw(['add', '-A']);
    await repo.git.raw(['mv', 'old-name.txt', 'new-name.txt']);
    // Partially staged: the working copy moves on, the index keeps the staged version.
    repo.write('partial.txt', `a\nb\nstaged = "${t3}"\nunstaged = 1\n`);

    const trace = path.join(tempDir('sg-trace-'), 'trace');
    const items = await collect(stagedSource(new Git(repo.dir, testGitEnv({ GIT_TRACE: trace }))));
    const files = fragments(items);
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual(['bin-attr.txt', 'crlf.txt', 'empty.txt', 'new-name.txt', 'no-eol.txt', 'partial.txt', 'ünïcode dir/new file.yaml']);
    expect(skipped(items)).toEqual([]);
    for (const f of files) expect(f.bytes.equals(stagedBlob(repo.dir, f.path)), f.path).toBe(true);
    const lines = (p: string) => (byPath.get(p)!.changedLines ? [...byPath.get(p)!.changedLines!].sort() : 'all');
    expect(lines('crlf.txt')).toEqual([2]);
    expect(lines('no-eol.txt')).toEqual([2]);
    expect(lines('partial.txt')).toEqual([3]);
    expect(lines('ünïcode dir/new file.yaml')).toBe('all');
    // git printed no text diff for it: every line counts, so an attribute cannot hide a secret.
    expect(lines('bin-attr.txt')).toBe('all');
    expect(lines('new-name.txt')).toEqual([]);
    // cat-file ran only for what the diff could not give whole (the binary-attribute file, the
    // rename, the empty file), never for the ordinary ones.
    const commands = fs.readFileSync(trace, 'utf8').split('\n').filter((l) => /trace: (built-in|exec): git /.test(l));
    expect(commands.filter((l) => /git diff/.test(l))).toHaveLength(1);
    expect(commands.filter((l) => /git cat-file/.test(l)).length).toBeLessThanOrEqual(1);
  });

  it('an ordinary commit costs one git process', async () => {
    const repo = await makeRepo();
    repo.write('a.yaml', 'a: 1\n');
    await repo.commitAll('base');
    repo.write('a.yaml', `a: 1\ntoken: "${fakeGithubToken()}"\n`);
    repo.write('b.py', `print("hello")\n`);
    await repo.git.raw(['add', '-A']);
    const trace = path.join(tempDir('sg-trace-'), 'trace');
    const files = fragments(await collect(stagedSource(new Git(repo.dir, testGitEnv({ GIT_TRACE: trace })))));
    expect(files.map((f) => f.path)).toEqual(['a.yaml', 'b.py']);
    const commands = fs.readFileSync(trace, 'utf8').split('\n').filter((l) => /trace: built-in: git /.test(l));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(/git diff --cached/);
  });
});
