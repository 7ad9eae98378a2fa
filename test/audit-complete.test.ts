// An audit that finishes: a missing object or a shallow cut is listed, the report is marked
// incomplete in every format and the audit exits 2 with everything else reported; a progress line
// on a terminal's stderr only (a real pseudo-terminal through util-linux `script`); and "live" means
// present at any branch or tag tip, named in the report.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from '../src/cli/run.js';
import { validateSarif } from './helpers/schema.js';
import { fakePassword, makeRepo, plaintextSecret, tempDir, testGitEnv, type TestRepo } from './helpers/git-repo.js';
import { BIN, ensureBuilt } from './helpers/package-repo.js';

beforeAll(() => ensureBuilt(), 120_000);

const audit = (dir: string, ...args: string[]) => run(['audit', ...args], { cwd: dir, env: testGitEnv() });

/** Deletes a loose object (what a broken or partially copied repository looks like). */
function deleteObject(repo: TestRepo, sha: string): void {
  fs.rmSync(path.join(repo.dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2)));
}

describe('an audit that finishes', () => {
  it('a deleted loose object: everything else is reported, the report says what could not be read, exit 2 (text, JSON, SARIF, HTML)', async () => {
    const repo = await makeRepo();
    const kept = fakePassword();
    repo.write('notes.txt', 'v1\n');
    repo.write('k8s/db.yaml', plaintextSecret('db', kept));
    await repo.commitAll('one');
    repo.write('notes.txt', 'v2, soon unreadable\n');
    await repo.commitAll('two');
    const lost = (await repo.git.raw(['rev-parse', 'HEAD:notes.txt'])).trim();
    repo.write('notes.txt', 'v3\n');
    await repo.commitAll('three');
    deleteObject(repo, lost);

    const text = await audit(repo.dir, '--history');
    expect(text.exitCode).toBe(2);
    expect(text.stdout).toContain('k8s/db.yaml'); // still reported
    expect(text.stdout).not.toContain(kept);
    expect(text.stdout).toMatch(/INCOMPLETE: \d+ parts? of the repository could not be read/);
    expect(text.stdout).toContain(`notes.txt @ `);
    expect(text.stdout).toContain(`git object ${lost.slice(0, 12)} is missing from the repository`);
    expect(text.stderr).toMatch(/sealgate audit: incomplete: .*exit 2/);

    const json = await audit(repo.dir, '--history', '--format', 'json');
    expect(json.exitCode).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report.incomplete.join('\n')).toContain(lost.slice(0, 12));
    expect(report.entries.map((e: { file: string }) => e.file)).toContain('k8s/db.yaml');
    expect(report.commitsScanned).toBe(3);

    const sarif = await audit(repo.dir, '--history', '--format', 'sarif');
    expect(sarif.exitCode).toBe(2);
    const doc = JSON.parse(sarif.stdout);
    expect(validateSarif(doc)).toEqual([]);
    expect(doc.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(doc.runs[0].invocations[0].toolExecutionNotifications.map((n: any) => n.message.text).join('\n')).toContain(lost.slice(0, 12));
    expect(doc.runs[0].results.length).toBeGreaterThan(0);

    const html = path.join(tempDir(), 'audit.html');
    expect((await audit(repo.dir, '--history', '--html', html)).exitCode).toBe(2);
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toContain('<section id="incomplete" role="alert"><h2>Incomplete audit</h2>');
    expect(page).toContain(lost.slice(0, 12));
    expect(page).not.toContain(kept);
  });

  it('a deleted tree (git log cannot even list the files): the commits that need it are named, the rest is read', async () => {
    const repo = await makeRepo();
    repo.write('d/a.txt', 'v1\n');
    await repo.commitAll('one');
    repo.write('d/a.txt', 'v2\n');
    await repo.commitAll('two');
    const tree = (await repo.git.raw(['rev-parse', 'HEAD:d'])).trim();
    repo.write('d/a.txt', 'v3\n');
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.commitAll('three');
    deleteObject(repo, tree);
    const r = await audit(repo.dir, '--history', '--format', 'json');
    expect(r.exitCode).toBe(2);
    const report = JSON.parse(r.stdout);
    const lines = report.incomplete.join('\n');
    expect(lines).toContain(`unable to read tree ${tree}`);
    expect(lines).toMatch(/commit [0-9a-f]{12}: its files could not be read/);
    // HEAD's tree is readable: its Secret is still found and reported live.
    expect(report.entries.find((e: { file: string }) => e.file === 'k8s/db.yaml')?.status).toBe('live');
    expect(r.stdout).not.toContain(pw);
  });

  it('a shallow clone: the cut is named, the audit is incomplete (exit 2) and still reports what it read', async () => {
    const origin = await makeRepo();
    const pw = fakePassword();
    for (let i = 0; i < 3; i++) {
      origin.write(`f${i}.txt`, `${i}\n`);
      await origin.commitAll(`c${i}`);
    }
    origin.write('k8s/db.yaml', plaintextSecret('db', pw));
    await origin.commitAll('secret');
    const dir = path.join(tempDir(), 'shallow');
    expect(spawnSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir], { env: testGitEnv() }).status).toBe(0);
    const r = await audit(dir, '--history', '--format', 'json');
    expect(r.exitCode).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.incomplete.join('\n')).toMatch(/the clone is shallow/);
    expect(report.entries.map((e: { file: string }) => e.file)).toContain('k8s/db.yaml');
  });
});

describe('progress line', () => {
  async function repoWithCommits(n: number): Promise<TestRepo> {
    const repo = await makeRepo();
    for (let i = 0; i < n; i++) {
      repo.write(`f${i % 5}.txt`, `${i}\n`);
      await repo.commitAll(`c${i}`);
    }
    return repo;
  }

  function inTerminal(args: string[], cwd: string) {
    const cmd = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const env = testGitEnv({ TERM: 'xterm' });
    delete env.NO_COLOR;
    return spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd, env, encoding: 'utf8' });
  }

  it('is drawn on a terminal (commits done/total, MB, findings, rate), not with --quiet or when stderr is not a terminal', async () => {
    const repo = await repoWithCommits(12);
    const tty = inTerminal(['audit', '--history'], repo.dir);
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/\r\u001b\[2Ksealgate audit: 12\/12 commits · \d+\.\d MB · 0 findings so far · [\d,]+ commits\/s/);
    expect(tty.stdout).toContain('no secrets found');
    expect(inTerminal(['audit', '--history', '--quiet'], repo.dir).stdout).not.toContain('commits/s');
    const piped = spawnSync(process.execPath, [BIN, 'audit', '--history'], { cwd: repo.dir, env: testGitEnv(), encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('commits/s');
  });
});

describe('live means present at any branch or tag tip', () => {
  it('a secret on an unmerged branch is live and the report names the branch and the tag; --refs narrows it', async () => {
    const repo = await makeRepo();
    repo.write('README.md', 'x\n');
    await repo.commitAll('init');
    await repo.git.raw(['checkout', '-q', '-b', 'feature/old']);
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.commitAll('secret on a branch');
    await repo.git.raw(['tag', 'v0.1']);
    // Removed again on another branch: only in history there.
    await repo.git.raw(['checkout', '-q', '-b', 'feature/cleaned']);
    const gone = fakePassword();
    repo.write('k8s/api.yaml', plaintextSecret('api', gone));
    await repo.commitAll('api secret');
    repo.rm('k8s/api.yaml');
    await repo.commitAll('api secret removed');
    await repo.git.raw(['checkout', '-q', 'main']);

    const r = await audit(repo.dir, '--history', '--format', 'json');
    expect(r.exitCode).toBe(1);
    const entries = JSON.parse(r.stdout).entries as any[];
    const db = entries.find((e) => e.file === 'k8s/db.yaml');
    expect(db.status).toBe('live');
    expect(db.refs).toEqual(['feature/cleaned', 'feature/old', 'v0.1 (tag)']);
    expect(db.fixCommand).toBeUndefined(); // not in this checkout
    const api = entries.find((e) => e.file === 'k8s/api.yaml');
    expect(api.status).toBe('history');
    expect(api.refs).toBeUndefined();

    const text = await audit(repo.dir, '--history');
    expect(text.stdout).toContain('still in:   feature/cleaned, feature/old, v0.1 (tag)');
    expect(text.stdout).not.toContain(pw);
    const heads = JSON.parse((await audit(repo.dir, '--history', '--format', 'json', '--refs', 'refs/heads/feature/old')).stdout);
    expect(heads.entries.find((e: any) => e.file === 'k8s/db.yaml').refs).toEqual(['feature/old']);
    expect((await audit(repo.dir, '--refs', 'refs/heads')).exitCode).toBe(2);
  });
});
