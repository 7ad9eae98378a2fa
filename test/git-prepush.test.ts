// `--pre-push`: git's pre-push protocol on stdin, with a real remote and real pushes.
import { describe, expect, it } from 'vitest';
import { simpleGit } from 'simple-git';
import { prePushSource, parsePrePush } from '../src/sources/git.js';
import { UsageError } from '../src/errors.js';
import { run } from '../src/cli/run.js';
import { collect, fakePassword, fragments, makeRepo, plaintextSecret, tempDir } from './helpers/git-repo.js';
import { Git } from '../src/sources/git-client.js';

const ZERO = '0'.repeat(40);

async function repoWithRemote() {
  const remoteDir = tempDir();
  await simpleGit({ baseDir: remoteDir }).init(true);
  const repo = await makeRepo();
  await repo.git.addRemote('origin', remoteDir);
  repo.write('README.md', 'hello\n');
  const first = await repo.commitAll('first');
  await repo.git.push(['-q', 'origin', 'main']);
  return { repo, first };
}

describe('prePushSource', () => {
  it('an update of a pushed branch scans remote..local only', async () => {
    const { repo, first } = await repoWithRemote();
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    const c2 = await repo.commitAll('secret');
    repo.write('k8s/db.yaml', 'gone: true\n');
    const c3 = await repo.commitAll('remove it again');
    const source = prePushSource(new Git(repo.dir), `refs/heads/main ${c3} refs/heads/main ${first}\n`);
    const items = fragments(await collect(source));
    expect(source.info.commits).toBe(2);
    expect(source.info.range).toBe('refs/heads/main -> refs/heads/main');
    // The secret was removed by the last commit but is still in a pushed commit: it is reported.
    expect(items.find((f) => f.bytes.toString().includes(pw))!.commit!.sha).toBe(c2);
    expect(items.map((f) => f.commit!.sha)).not.toContain(first);
  });

  it('a new branch scans only the commits that are on no remote-tracking ref', async () => {
    const { repo, first } = await repoWithRemote();
    await repo.git.checkoutLocalBranch('feature');
    repo.write('f.txt', 'f\n');
    const f1 = await repo.commitAll('feature');
    const source = prePushSource(new Git(repo.dir), `refs/heads/feature ${f1} refs/heads/feature ${ZERO}\n`);
    const items = fragments(await collect(source));
    expect(items.map((f) => [f.commit!.sha, f.path])).toEqual([[f1, 'f.txt']]);
    expect(items.map((f) => f.commit!.sha)).not.toContain(first);
  });

  it('a deletion sends nothing and scans nothing', async () => {
    const { repo, first } = await repoWithRemote();
    const source = prePushSource(new Git(repo.dir), `(delete) ${ZERO} refs/heads/old ${first}\n`);
    expect(await collect(source)).toEqual([]);
    expect(source.info.commits).toBe(0);
  });

  it('a remote tip we have never fetched falls back to the remote-tracking refs', async () => {
    const { repo, first } = await repoWithRemote();
    repo.write('b.txt', 'b\n');
    const c2 = await repo.commitAll('b');
    const unknown = 'ab'.repeat(20);
    const items = fragments(await collect(prePushSource(new Git(repo.dir), `refs/heads/main ${c2} refs/heads/main ${unknown}\n`)));
    expect(items.map((f) => [f.commit!.sha, f.path])).toEqual([[c2, 'b.txt']]);
    expect(first).not.toBe(c2);
  });

  it('several refs in one push: shared commits are scanned once', async () => {
    const { repo } = await repoWithRemote();
    repo.write('x.txt', 'x\n');
    const c2 = await repo.commitAll('x');
    await repo.git.branch(['release']);
    const stdin = `refs/heads/main ${c2} refs/heads/main ${ZERO}\nrefs/heads/release ${c2} refs/heads/release ${ZERO}\n`;
    const source = prePushSource(new Git(repo.dir), stdin);
    const items = fragments(await collect(source));
    expect(items.map((f) => [f.commit!.sha, f.path])).toEqual([[c2, 'x.txt']]);
    expect(source.info.commits).toBe(1);
  });

  it('runs as a real pre-push hook reading git’s own stdin', async () => {
    const { repo } = await repoWithRemote();
    const fs = await import('node:fs');
    const path = await import('node:path');
    const out = path.join(repo.dir, '.git', 'pushed-stdin');
    // The hook records exactly what git writes, then the test feeds that to the source.
    fs.writeFileSync(path.join(repo.dir, '.git/hooks/pre-push'), `#!/bin/sh\ncat > "${out}"\n`, { mode: 0o755 });
    await repo.git.checkoutLocalBranch('topic');
    repo.write('t.txt', 't\n');
    const t1 = await repo.commitAll('topic');
    await repo.git.push(['-q', 'origin', 'topic']);
    const stdin = fs.readFileSync(out, 'utf8');
    expect(stdin).toBe(`refs/heads/topic ${t1} refs/heads/topic ${ZERO}\n`);
    // By now the push updated origin/topic: the same lines scan nothing more.
    expect(fragments(await collect(prePushSource(new Git(repo.dir), stdin)))).toEqual([]);
  });

  it('an empty stdin scans nothing; a malformed line is a usage error naming the line', async () => {
    const { repo } = await repoWithRemote();
    expect(await collect(prePushSource(new Git(repo.dir), ''))).toEqual([]);
    await expect(collect(prePushSource(new Git(repo.dir), 'refs/heads/main abc\n'))).rejects.toThrow(UsageError);
    expect(() => parsePrePush(`\nrefs/heads/main ${ZERO} refs/heads/x\n`)).toThrow(/line 2 of stdin/);
  });
});

describe('sealgate scan --pre-push (CLI)', () => {
  it('reads the push lines from stdin: a pushed secret blocks, a deletion passes', async () => {
    const { repo, first } = await repoWithRemote();
    const pw = fakePassword();
    repo.write('db.yaml', plaintextSecret('db', pw));
    const c2 = await repo.commitAll('secret');
    const r = await run(['scan', '--pre-push'], { cwd: repo.dir, stdin: `refs/heads/main ${c2} refs/heads/main ${first}\n` });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(c2.slice(0, 12));
    expect(r.stdout).not.toContain(pw);
    const del = await run(['scan', '--pre-push'], { cwd: repo.dir, stdin: `(delete) ${ZERO} refs/heads/main ${first}\n` });
    expect(del.exitCode).toBe(0);
    const bad = await run(['scan', '--pre-push'], { cwd: repo.dir, stdin: 'garbage\n' });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/line 1 of stdin/);
  });
});
