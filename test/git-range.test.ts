// `--range BASE..HEAD` and the history source: every commit on its own, in real repositories.
import { describe, expect, it } from 'vitest';
import { simpleGit } from 'simple-git';
import { rangeSource, historySource, commitTreeSource, parseRange, type CommitMeta } from '../src/sources/git.js';
import { splitLog, parsePatches, parseRaw, addedLines } from '../src/sources/git-parse.js';
import { GitError, UsageError } from '../src/errors.js';
import { run } from '../src/cli/run.js';
import { collect, fakePassword, fragments, makeRepo, plaintextSecret, sealedSecret, skipped, tempDir } from './helpers/git-repo.js';
import { Git } from '../src/sources/git-client.js';

const text = (b: Buffer) => b.toString('utf8');

describe('rangeSource', () => {
  it('scans each commit on its own: a secret added in commit 1 and removed in commit 3 is reported with commit 1', async () => {
    const repo = await makeRepo();
    repo.write('README.md', 'hello\n');
    const base = await repo.commitAll('base');
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    const c1 = await repo.commitAll('add secret');
    repo.write('README.md', 'hello\nworld\n');
    const c2 = await repo.commitAll('docs');
    repo.write('k8s/db.yaml', sealedSecret('db'));
    const c3 = await repo.commitAll('seal it');

    const source = rangeSource(new Git(repo.dir), `${base}..HEAD`);
    const items = fragments(await collect(source));
    expect(source.info.commits).toBe(3);
    expect(source.info.range).toContain(`${base}..HEAD`);
    const withSecret = items.filter((f) => text(f.bytes).includes(pw));
    expect(withSecret).toHaveLength(1);
    expect(withSecret[0]!.commit!.sha).toBe(c1);
    expect(withSecret[0]!.commit!.author).toBe('Test Author');
    expect(withSecret[0]!.commit!.email).toBe('author@example.com');
    expect(withSecret[0]!.commit!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(withSecret[0]!.origin).toBe('range');
    expect(items.map((f) => [f.commit!.sha, f.path])).toEqual(
      expect.arrayContaining([
        [c1, 'k8s/db.yaml'],
        [c2, 'README.md'],
        [c3, 'k8s/db.yaml'],
      ]),
    );
    // Commit 2 added line 2 only; commit 3's SealedSecret is all new lines.
    expect([...items.find((f) => f.commit!.sha === c2)!.changedLines!]).toEqual([2]);
  });

  it('diffs merge commits against their first parent and still scans the merged branch commits', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    const base = await repo.commitAll('base');
    await repo.git.checkoutLocalBranch('feature');
    repo.write('feature.txt', 'feature 1\n');
    const f1 = await repo.commitAll('feature work');
    await repo.git.checkout('main');
    repo.write('main.txt', 'main 1\n');
    const m1 = await repo.commitAll('main work');
    await repo.git.raw(['merge', '--no-ff', '--no-edit', '-q', 'feature']);
    const merge = await repo.head();

    const source = rangeSource(new Git(repo.dir), `${base}..${merge}`);
    const items = fragments(await collect(source));
    expect(source.info.commits).toBe(3);
    const where = items.map((f) => `${f.commit!.sha}:${f.path}`).sort();
    // The merge brings feature.txt into main: against its first parent that is the merge's change.
    expect(where).toEqual([`${f1}:feature.txt`, `${m1}:main.txt`, `${merge}:feature.txt`].sort());
  });

  it('scans the root commit against the empty tree', async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    repo.write('secret.yaml', plaintextSecret('db', pw));
    const root = await repo.commitAll('root');
    repo.write('other.txt', 'x\n');
    await repo.commitAll('second');
    // BASE..HEAD never includes BASE, so the root commit is reached through the whole history.
    const source = historySource(new Git(repo.dir));
    const items = fragments(await collect(source));
    const f = items.find((x) => x.commit!.sha === root)!;
    expect(f.path).toBe('secret.yaml');
    expect(text(f.bytes)).toContain(pw);
    expect(f.changedLines).toBeUndefined(); // a new file: every line counts
    // A range from an unrelated history (no merge base) reaches the root commit too.
    await repo.git.raw(['checkout', '-q', '--orphan', 'unrelated']);
    await repo.git.raw(['rm', '-rfq', '.']);
    repo.write('u.txt', 'u\n');
    await repo.commitAll('unrelated root');
    const range = fragments(await collect(rangeSource(new Git(repo.dir), 'unrelated..main')));
    expect(range.find((x) => x.commit!.sha === root)!.path).toBe('secret.yaml');
  });

  it('starts at the merge base when BASE is not an ancestor of HEAD', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    const fork = await repo.commitAll('fork point');
    await repo.git.checkoutLocalBranch('feature');
    repo.write('f.txt', 'f\n');
    const f1 = await repo.commitAll('feature 1');
    await repo.git.checkout('main');
    repo.write('m.txt', 'm\n');
    await repo.commitAll('main 1');
    const source = rangeSource(new Git(repo.dir), 'main..feature');
    const items = fragments(await collect(source));
    expect(items.map((f) => [f.commit!.sha, f.path])).toEqual([[f1, 'f.txt']]);
    expect(source.info.range).toContain(`merge base ${fork.slice(0, 12)}`);
    expect(source.info.commits).toBe(1);
    // Three dots mean the same here.
    expect(fragments(await collect(rangeSource(new Git(repo.dir), 'main...feature'))).map((f) => f.commit!.sha)).toEqual([f1]);
  });

  it('an unknown revision is a GitError naming it, never an empty scan', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.commitAll('c1');
    await expect(collect(rangeSource(new Git(repo.dir), 'nope..HEAD'))).rejects.toThrow(GitError);
    await expect(collect(rangeSource(new Git(repo.dir), 'nope..HEAD'))).rejects.toThrow(/unknown revision 'nope'/);
    await expect(collect(rangeSource(new Git(repo.dir), 'HEAD..deadbeef'))).rejects.toThrow(/unknown revision 'deadbeef'/);
    await expect(collect(rangeSource(new Git(repo.dir), '--output=x..HEAD'))).rejects.toThrow(UsageError);
  });

  it('a shallow clone missing the base or cut inside the range is a GitError that says to fetch more', async () => {
    const origin = await makeRepo();
    const shas: string[] = [];
    for (let i = 0; i < 5; i++) {
      origin.write(`f${i}.txt`, `${i}\n`);
      shas.push(await origin.commitAll(`c${i}`));
    }
    const dir = tempDir();
    await simpleGit().raw(['clone', '-q', '--depth', '2', `file://${origin.dir}`, dir]);
    // The base is not in the clone at all.
    await expect(collect(rangeSource(new Git(dir), `${shas[0]}..HEAD`))).rejects.toThrow(/unknown revision.*shallow.*fetch-depth: 0/s);
    // Inside the clone's history: fine.
    const ok = rangeSource(new Git(dir), 'HEAD~1..HEAD');
    expect(fragments(await collect(ok)).map((f) => f.path)).toEqual(['f4.txt']);
    // The base fetched on its own (as CI does for a PR base) but the commits between are missing.
    await simpleGit({ baseDir: dir }).raw(['fetch', '-q', '--depth', '1', 'origin', shas[0]!]);
    await expect(collect(rangeSource(new Git(dir), `${shas[0]}..HEAD`))).rejects.toThrow(/shallow/);
  });

  it('reports the commits and an empty range', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.commitAll('c1');
    const s = rangeSource(new Git(repo.dir), 'HEAD..HEAD');
    expect(await collect(s)).toEqual([]);
    expect(s.info.commits).toBe(0);
  });

  it('handles deletions, renames, binaries and odd paths in commits', async () => {
    const repo = await makeRepo();
    const long = Array.from({ length: 20 }, (_, i) => `line ${i} with some words in it`).join('\n') + '\n';
    repo.write('old.txt', long);
    repo.write('del.txt', 'bye\n');
    const base = await repo.commitAll('c1');
    repo.write('sp ace/ñew\n"name".txt', long);
    repo.rm('old.txt');
    repo.rm('del.txt');
    repo.write('bin.dat', Buffer.from([1, 2, 0, 3]));
    const c2 = await repo.commitAll('c2');
    const items = await collect(rangeSource(new Git(repo.dir), `${base}..HEAD`));
    expect(fragments(items).map((f) => f.path)).toEqual(['sp ace/ñew\n"name".txt']);
    expect(fragments(items)[0]!.changedLines!.size).toBe(0);
    expect(skipped(items)).toEqual([{ file: 'bin.dat', reason: 'binary file', commit: c2 }]);
  });
});

describe('parseRange', () => {
  it('reads BASE..HEAD, BASE...HEAD and a lone BASE', () => {
    expect(parseRange('main..HEAD')).toEqual({ base: 'main', head: 'HEAD' });
    expect(parseRange('a...b')).toEqual({ base: 'a', head: 'b' });
    expect(parseRange('origin/main')).toEqual({ base: 'origin/main', head: 'HEAD' });
    expect(parseRange('..x')).toEqual({ base: 'HEAD', head: 'x' });
    expect(() => parseRange('')).toThrow(UsageError);
  });
});

describe('historySource and commitTreeSource', () => {
  it('walks every commit of every ref, children before parents, and reports each commit with its changes', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    const c1 = await repo.commitAll('c1');
    await repo.git.checkoutLocalBranch('other');
    repo.write('b.txt', 'b\n');
    const c2 = await repo.commitAll('on other branch');
    await repo.git.checkout('main');
    repo.rm('a.txt');
    const c3 = await repo.commitAll('delete a');
    const seen: CommitMeta[] = [];
    const source = historySource(new Git(repo.dir), { onCommit: (c) => seen.push(c) });
    const items = fragments(await collect(source));
    expect(source.info.commits).toBe(3);
    expect(items.map((f) => `${f.commit!.sha}:${f.path}`).sort()).toEqual([`${c1}:a.txt`, `${c2}:b.txt`].sort());
    expect(seen.map((c) => c.sha).indexOf(c1)).toBe(2);
    const del = seen.find((c) => c.sha === c3)!;
    expect(del.parents).toEqual([c1]);
    expect(del.changes).toEqual([{ path: 'a.txt' }]);
    expect(seen.find((c) => c.sha === c1)!.changes[0]!.blob).toMatch(/^[0-9a-f]{40}$/);
  });

  it('an empty repository has no history and no tree', async () => {
    const repo = await makeRepo();
    expect(await collect(historySource(new Git(repo.dir)))).toEqual([]);
    expect(await collect(commitTreeSource(new Git(repo.dir)))).toEqual([]);
  });

  it('commitTreeSource hands over every file of HEAD, not the working copy', async () => {
    const repo = await makeRepo();
    repo.write('x/a.yaml', 'a: 1\n');
    repo.write('b b.txt', 'b\n');
    await repo.commitAll('c1');
    repo.write('x/a.yaml', 'changed\n');
    repo.write('untracked.txt', 'u\n');
    const items = fragments(await collect(commitTreeSource(new Git(repo.dir))));
    expect(items.map((f) => [f.path, text(f.bytes), f.changedLines, f.origin])).toEqual([
      ['b b.txt', 'b\n', undefined, 'tree'],
      ['x/a.yaml', 'a: 1\n', undefined, 'tree'],
    ]);
  });
});

describe('log stream parsing', () => {
  it('finds commit boundaries wherever the stream is cut into chunks', async () => {
    const repo = await makeRepo();
    for (let i = 0; i < 6; i++) {
      repo.write(`f${i % 2}.txt`, `${'v'.repeat(i * 7)}\n${i}\n`);
      await repo.commitAll(`c${i}`);
    }
    const whole = fragments(await collect(historySource(new Git(repo.dir))));
    const { execFileSync } = await import('node:child_process');
    const { LOG_FORMAT } = await import('../src/sources/git-parse.js');
    const out = execFileSync('git', ['log', '-z', '--raw', '-p', '-U0', '--no-abbrev', '--root', LOG_FORMAT], { cwd: repo.dir });
    for (const size of [1, 2, 3, 5, 17, 64, out.length]) {
      async function* chunks() {
        for (let i = 0; i < out.length; i += size) yield out.subarray(i, i + size);
      }
      const commits = [];
      for await (const c of splitLog(chunks())) commits.push(c);
      expect(commits).toHaveLength(6);
      expect(commits.flatMap((c) => c.entries.map((e) => `${c.sha}:${e.path}`))).toEqual(whole.map((f) => `${f.commit!.sha}:${f.path}`));
      expect(commits.every((c) => c.patches.length === c.entries.length)).toBe(true);
    }
  });

  it('reads hunk headers with and without counts', () => {
    const patch = ['diff --git a/x b/x', 'index 1..2 100644', '--- a/x', '+++ b/x', '@@ -1 +1 @@', '-a', '+b', '@@ -5,0 +6,3 @@ ctx', '+1', '+2', '+3', '@@ -9,2 +11,0 @@', '-gone', '-gone', ''].join('\n');
    const parsed = parsePatches(patch);
    expect(parsed).toEqual([{ hunks: [1, 1, 6, 3], binary: false }]);
    expect([...addedLines(parsed[0]!)]).toEqual([1, 6, 7, 8]);
  });

  it('splits sections, sees binary markers, and never takes content lines for headers', () => {
    const patch = [
      'diff --git a/x b/x',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/x',
      '@@ -0,0 +1,3 @@',
      '+diff --git a/fake b/fake',
      '+@@ -1 +100,5 @@',
      '+Binary files a and b differ',
      'diff --git a/img b/img',
      'index 1..2 100644',
      'Binary files a/img and b/img differ',
      'diff --git a/y b/y',
      'similarity index 100%',
      'rename from z',
      'rename to y',
      '',
    ].join('\n');
    expect(parsePatches(patch)).toEqual([
      { hunks: [1, 3], binary: false },
      { hunks: [], binary: true },
      { hunks: [], binary: false },
    ]);
  });

  it('parses raw records with renames', () => {
    const buf = Buffer.from(':100644 100644 aaa bbb R090\0old\0new\0:000000 100644 000 ccc A\0n\0\0', 'latin1');
    const { entries, pos } = parseRaw(buf);
    expect(entries.map((e) => [e.status, e.oldPath, e.path])).toEqual([
      ['R', 'old', 'new'],
      ['A', undefined, 'n'],
    ]);
    expect(buf[pos]).toBe(0);
  });
});

describe('sealgate scan --range (CLI)', () => {
  it('reports a secret added in commit 1 and removed in commit 3 with commit 1, and says what was scanned', async () => {
    const repo = await makeRepo();
    repo.write('README.md', 'hello\n');
    const base = await repo.commitAll('base');
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    const c1 = await repo.commitAll('add secret');
    repo.write('README.md', 'hello again\n');
    await repo.commitAll('docs');
    repo.write('k8s/db.yaml', sealedSecret('db'));
    await repo.commitAll('seal it');
    const r = await run(['scan', '--range', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0].commit).toBe(c1);
    expect(report.findings[0].author).toBe('Test Author');
    expect(report.findings[0].date).toMatch(/^\d{4}-/);
    expect(report.summary.commits).toBe(3);
    expect(r.stdout).not.toContain(pw);
    const t = await run(['scan', '--range', `${base}..HEAD`], { cwd: repo.dir });
    expect(t.stdout).toContain('3 commits');
    expect(t.stdout).toContain(`${base}..HEAD`);
  });

  it('an unknown revision is exit 2 with a clear message', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.commitAll('c1');
    const r = await run(['scan', '--range', 'no-such-branch..HEAD'], { cwd: repo.dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/unknown revision 'no-such-branch'/);
    expect(r.stdout).toBe('');
  });
});
