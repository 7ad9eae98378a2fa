// `--staged`: the pre-commit hook's source, read from the index of real repositories.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { stagedSource } from '../src/sources/git.js';
import { run } from '../src/cli/run.js';
import { CatFileBatch, Git, repositoryRoot } from '../src/sources/git-client.js';
import { GitError } from '../src/errors.js';
import { collect, fakeGithubToken, fakePassword, fragments, makeRepo, plaintextSecret, sealedSecret, skipped, tempDir } from './helpers/git-repo.js';

const text = (b: Buffer) => b.toString('utf8');

describe('stagedSource', () => {
  it('hands over a newly staged file with every line counted as added', async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    repo.write('k8s/secret.yaml', plaintextSecret('db', pw));
    await repo.git.add('k8s/secret.yaml');
    const items = await collect(stagedSource(new Git(repo.dir)));
    const [f] = fragments(items);
    expect(items).toHaveLength(1);
    expect(f!.path).toBe('k8s/secret.yaml');
    expect(f!.origin).toBe('staged');
    expect(text(f!.bytes)).toContain(`password: ${pw}`);
    expect(f!.changedLines).toBeUndefined(); // a new file: every line counts
  });

  it('reads the staged blob, never the working copy, for a partially staged file', async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    repo.write('secret.yaml', plaintextSecret('db', pw));
    await repo.git.add('secret.yaml');
    // The working copy no longer has the secret, but the index (what would be committed) does.
    repo.write('secret.yaml', sealedSecret('db'));
    let [f] = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(text(f!.bytes)).toContain(pw);

    // And the other way round: a clean staged version and a secret only in the working copy.
    repo.write('secret.yaml', sealedSecret('db'));
    await repo.git.add('secret.yaml');
    repo.write('secret.yaml', plaintextSecret('db', pw));
    [f] = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(text(f!.bytes)).not.toContain(pw);
    expect(text(f!.bytes)).toContain('kind: SealedSecret');
  });

  it('an edit to one value of an existing Secret marks only that line, with the whole file handed over', async () => {
    const repo = await makeRepo();
    repo.write('secret.yaml', plaintextSecret('db', fakePassword()));
    await repo.commitAll('add secret');
    const pw2 = fakePassword();
    repo.write('secret.yaml', plaintextSecret('db', pw2));
    await repo.git.add('secret.yaml');
    const [f] = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect([...f!.changedLines!]).toEqual([9]);
    expect(text(f!.bytes)).toContain('kind: Secret');
    expect(text(f!.bytes).split('\n')[8]).toBe(`  password: ${pw2}`);
  });

  it('counts added lines only: a deletion adds nothing', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'one\ntwo\nthree\nfour\n');
    await repo.commitAll('c1');
    repo.write('a.txt', 'one\nthree\nFOUR\nfive\n');
    await repo.git.add('a.txt');
    const [f] = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect([...f!.changedLines!].sort()).toEqual([3, 4]);
  });

  it('handles renames (only edited lines count), and deletions (nothing to scan)', async () => {
    const repo = await makeRepo();
    const body = Array.from({ length: 30 }, (_, i) => `line ${i} of a long enough file to be detected as a rename`).join('\n') + '\n';
    repo.write('old.yaml', body);
    repo.write('gone.yaml', 'x: 1\n');
    repo.write('other.yaml', body.replace(/line/g, 'row'));
    await repo.commitAll('c1');
    await repo.git.mv('old.yaml', 'new name.yaml');
    await repo.git.rm('gone.yaml');
    await repo.git.mv('other.yaml', 'moved.yaml');
    repo.write('moved.yaml', body.replace(/line/g, 'row').replace('row 3 ', 'row three '));
    await repo.git.add('moved.yaml');
    const items = await collect(stagedSource(new Git(repo.dir)));
    const byPath = new Map(fragments(items).map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual(['moved.yaml', 'new name.yaml']);
    expect(byPath.get('new name.yaml')!.changedLines!.size).toBe(0);
    expect([...byPath.get('moved.yaml')!.changedLines!]).toEqual([4]);
    expect(skipped(items)).toEqual([]);
  });

  it('skips binary blobs as Skipped entries and scans UTF-16 text', async () => {
    const repo = await makeRepo();
    repo.write('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.alloc(64, 1)]));
    repo.write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('token: abc\n', 'utf16le')]));
    await repo.git.add('.');
    const items = await collect(stagedSource(new Git(repo.dir)));
    expect(skipped(items)).toEqual([{ file: 'image.png', reason: 'binary file' }]);
    expect(fragments(items).map((f) => f.path)).toEqual(['utf16.txt']);
  });

  it('a -diff attribute cannot hide a file: every line counts when git prints no text diff', async () => {
    const repo = await makeRepo();
    repo.write('.gitattributes', '*.yaml -diff\n');
    repo.write('secret.yaml', plaintextSecret('db', fakePassword()));
    await repo.commitAll('c1');
    repo.write('secret.yaml', plaintextSecret('db', fakePassword()));
    await repo.git.add('.');
    const [f] = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(f!.path).toBe('secret.yaml');
    expect(f!.changedLines).toBeUndefined();
  });

  it('keeps paths with spaces, quotes, newlines and non-ASCII characters exact', async () => {
    const repo = await makeRepo();
    const names = ['dir with space/a b.yaml', 'quote"d\'.yaml', 'new\nline.yaml', 'ünïcödé/秘密.yaml', 'tab\there.yaml', 'back\\slash.yaml'];
    for (const n of names) repo.write(n, `name: ${JSON.stringify(n)}\n`);
    await repo.git.raw(['add', '-A']);
    const got = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(got.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const f of got) expect(text(f.bytes)).toBe(`name: ${JSON.stringify(f.path)}\n`);
  });

  it('works before the first commit, with nothing staged, and in a sub-folder of the repository', async () => {
    const repo = await makeRepo();
    expect(await collect(stagedSource(new Git(repo.dir)))).toEqual([]);
    repo.write('sub/dir/file.yaml', 'a: 1\n');
    await repo.git.add('.');
    const root = await repositoryRoot(path.join(repo.dir, 'sub/dir'));
    expect(root).toBe(repo.dir);
    expect(fragments(await collect(stagedSource(new Git(root!)))).map((f) => f.path)).toEqual(['sub/dir/file.yaml']);
  });

  it('ignores submodules and symlinks, which have no file content to scan', async () => {
    const repo = await makeRepo();
    repo.write('target.txt', 'hello\n');
    fs.symlinkSync('target.txt', path.join(repo.dir, 'link.txt'));
    await repo.git.add('.');
    const got = await collect(stagedSource(new Git(repo.dir)));
    expect(fragments(got).map((f) => f.path)).toEqual(['target.txt']);
  });

  it('a symlink that becomes a file (a type change, two patch sections) keeps later files aligned', async () => {
    const repo = await makeRepo();
    repo.write('target.txt', 'hello\n');
    fs.symlinkSync('target.txt', path.join(repo.dir, 'link'));
    repo.write('z.txt', 'one\n');
    await repo.commitAll('c1');
    fs.rmSync(path.join(repo.dir, 'link'));
    repo.write('link', 'now a file\nwith two lines\n');
    repo.write('z.txt', 'one\ntwo\n');
    await repo.git.add('.');
    const got = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(got.map((f) => [f.path, [...f.changedLines!]])).toEqual([
      ['link', [1, 2]],
      ['z.txt', [2]],
    ]);
  });

  it('repositoryRoot is undefined outside a repository', async () => {
    expect(await repositoryRoot(tempDir())).toBeUndefined();
  });

  it('reads a large staged file and many files through one cat-file', async () => {
    const repo = await makeRepo();
    const big = 'x'.repeat(70_000) + '\n' + 'y: '.padEnd(300_000, 'z') + '\n';
    repo.write('big.txt', big);
    for (let i = 0; i < 200; i++) repo.write(`many/f${i}.yaml`, `i: ${i}\n`);
    await repo.git.add('.');
    const got = fragments(await collect(stagedSource(new Git(repo.dir))));
    expect(got).toHaveLength(201);
    expect(text(got.find((f) => f.path === 'big.txt')!.bytes)).toBe(big);
    for (const f of got) if (f.path.startsWith('many/')) expect(text(f.bytes)).toBe(`i: ${f.path.slice(6, -5)}\n`);
  });
});

describe('sealgate scan --staged (CLI)', () => {
  it('a staged plaintext Secret blocks (exit 1) and the message masks it; the same file sealed passes (exit 0)', async () => {
    const repo = await makeRepo();
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.git.add('.');
    const blocked = await run(['scan', '--staged'], { cwd: repo.dir });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.stdout).toContain('k8s/db.yaml');
    expect(blocked.stdout).toContain('sealgate fix --seal --cert <controller-cert.pem> -- k8s/db.yaml');
    expect(blocked.stdout).toContain('sealgate:allow');
    expect(blocked.stdout + blocked.stderr).not.toContain(pw);

    repo.write('k8s/db.yaml', sealedSecret('db'));
    await repo.git.add('.');
    const ok = await run(['scan', '--staged'], { cwd: repo.dir });
    expect(ok.stderr).toBe('');
    expect(ok.exitCode).toBe(0);
  });

  it('judges a partially staged file by its staged part', async () => {
    const repo = await makeRepo();
    repo.write('db.yaml', sealedSecret('db'));
    await repo.git.add('.');
    repo.write('db.yaml', plaintextSecret('db', fakePassword())); // only in the working copy
    expect((await run(['scan', '--staged'], { cwd: repo.dir })).exitCode).toBe(0);
    await repo.git.add('.');
    repo.write('db.yaml', sealedSecret('db')); // fixed in the working copy, not in the index
    expect((await run(['scan', '--staged'], { cwd: repo.dir })).exitCode).toBe(1);
  });

  it('an edit to one value of an existing plaintext Secret blocks; an untouched document of a touched file is not reported', async () => {
    const repo = await makeRepo();
    const other = plaintextSecret('legacy', fakePassword());
    repo.write('all.yaml', `${plaintextSecret('db', fakePassword())}---\n${other}`);
    await repo.commitAll('existing secrets');
    // Touch only the second document's password: kind: Secret is not on a changed line, it still blocks.
    repo.write('all.yaml', `${plaintextSecret('db', fakePassword())}---\n${other}`.replace(/^(  password: ).*$/m, '$1changed-' + fakePassword()));
    await repo.git.add('.');
    const r = await run(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { resource?: { name?: string } }[];
    expect(findings.map((f) => f.resource?.name)).toEqual(['db']);
    const whole = await run(['scan', '--staged', '--whole-files', '--format', 'json'], { cwd: repo.dir });
    expect((JSON.parse(whole.stdout).findings as { resource?: { name?: string } }[]).map((f) => f.resource?.name).sort()).toEqual(['db', 'legacy']);
  });

  it('renames, deletions and binary files do not block; a moved secret file with an edit does', async () => {
    const repo = await makeRepo();
    repo.write('old/db.yaml', plaintextSecret('db', fakePassword()));
    repo.write('gone.yaml', plaintextSecret('gone', fakePassword()));
    await repo.commitAll('history');
    await repo.git.raw(['mv', 'old', 'new dir']);
    await repo.git.rm('gone.yaml');
    repo.write('blob.bin', Buffer.from([0, 1, 2, 3]));
    await repo.git.add('.');
    const r = await run(['scan', '--staged'], { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('blob.bin: binary file');
    repo.write('new dir/db.yaml', plaintextSecret('db', fakePassword()));
    await repo.git.add('.');
    const moved = await run(['scan', '--staged'], { cwd: repo.dir });
    expect(moved.exitCode).toBe(1);
    expect(moved.stdout).toContain('new dir/db.yaml');
  });

  it('finds credentials in files with spaces and unicode in their names', async () => {
    const repo = await makeRepo();
    const token = fakeGithubToken();
    repo.write('conf ig/ünï "x".env', `TOKEN=${token}\n`);
    await repo.git.add('.');
    const r = await run(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].file).toBe('conf ig/ünï "x".env');
    expect(r.stdout).not.toContain(token);
  });

  it('git runs with the environment given to run(): the temporary index of `git commit -a` (GIT_INDEX_FILE)', async () => {
    const repo = await makeRepo();
    repo.write('db.yaml', sealedSecret('db'));
    await repo.commitAll('sealed');
    // What git does for `git commit -a`: stage into a temporary index and run the hook with GIT_INDEX_FILE.
    const index = path.join(repo.dir, '.git', 'index.hook');
    fs.copyFileSync(path.join(repo.dir, '.git', 'index'), index);
    repo.write('db.yaml', plaintextSecret('db', fakePassword()));
    execFileSync('git', ['add', 'db.yaml'], { cwd: repo.dir, env: { ...process.env, GIT_INDEX_FILE: index } });
    expect((await run(['scan', '--staged'], { cwd: repo.dir })).exitCode).toBe(0); // the default index: nothing staged
    const hook = await run(['scan', '--staged'], { cwd: repo.dir, env: { ...process.env, GIT_INDEX_FILE: index } });
    expect(hook.stdout).toContain('db.yaml');
    expect(hook.exitCode).toBe(1);
  });

  it('outside a repository --staged is a usage error (exit 2)', async () => {
    const r = await run(['scan', '--staged'], { cwd: tempDir() });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/git repository/);
  });
});

describe('CatFileBatch', () => {
  it('answers in order, says undefined for a missing object, and never hangs when git is gone', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'alpha\n');
    repo.write('b.txt', '');
    await repo.commitAll('c1');
    const a = (await repo.git.revparse(['HEAD:a.txt'])).trim();
    const b = (await repo.git.revparse(['HEAD:b.txt'])).trim();
    const cat = new CatFileBatch(new Git(repo.dir));
    const got = await Promise.all([cat.get(a), cat.get('0'.repeat(40)), cat.get(b), cat.get(a)]);
    expect(got.map((x) => x?.toString())).toEqual(['alpha\n', undefined, '', 'alpha\n']);
    cat.close();
    await expect(cat.get(a)).rejects.toThrow(GitError);

    const outside = new CatFileBatch(new Git(tempDir()));
    await expect(outside.get(a)).rejects.toThrow(/cat-file --batch stopped/);
  });

  it('streams past objects over maxBytes, keeping their first 8 KiB, and stays aligned for the next', async () => {
    const repo = await makeRepo();
    const big = 'b'.repeat(20_000) + '\n';
    repo.write('big.txt', big);
    repo.write('small.txt', 'small\n');
    await repo.commitAll('c1');
    const ids = await Promise.all(['big.txt', 'small.txt'].map(async (f) => (await repo.git.revparse([`HEAD:${f}`])).trim()));
    const cat = new CatFileBatch(new Git(repo.dir), { maxBytes: 10_000 });
    const [b, s, b2] = await Promise.all([cat.object(ids[0]!), cat.object(ids[1]!), cat.object(ids[0]!)]);
    expect(b).toEqual({ bytes: Buffer.from(big.slice(0, 8192)), size: big.length });
    expect(s).toEqual({ bytes: Buffer.from('small\n'), size: 6 });
    expect(b2!.size).toBe(big.length);
    cat.close();
  });
});
