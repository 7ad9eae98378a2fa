// Scanning on worker threads must give exactly what one thread gives: the same findings, skipped
// files, warnings and safe objects, in the same order. The built CLI (dist/, kept fresh by
// dist.test.ts) runs with SEALGATE_WORKERS=1 (one thread) and 2 or 3 (a pool even for a small job),
// on a real repository with real commits.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeRepo, testGitEnv, type TestRepo } from './helpers/git-repo.js';
import { fake, secretYaml } from './helpers/fake-secrets.js';

const bin = path.resolve(__dirname, '..', 'dist', 'bin.js');

function run(repo: TestRepo, args: string[], workers: number) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: testGitEnv({ SEALGATE_WORKERS: String(workers) }),
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The JSON report without what differs between any two runs (the time taken, the report's date). */
function stable(stdout: string): unknown {
  const report = JSON.parse(stdout);
  delete report.summary?.durationMs;
  delete report.generatedAt;
  return report;
}

/** Files of every shape: manifests with and without secrets, code, binary, invalid UTF-8, a symlink. */
function fillTree(repo: TestRepo, round: number, files: number): void {
  for (let i = 0; i < files; i++) {
    const dir = `app-${i % 7}/sub-${i % 3}`;
    switch (i % 6) {
      case 0:
        repo.write(`${dir}/secret-${round}-${i}.yaml`, secretYaml(`s${i}`, 'default', { password: fake.password() }, { token: fake.githubToken() }));
        break;
      case 1:
        repo.write(`${dir}/config-${round}-${i}.py`, `AWS_ACCESS_KEY_ID = "${fake.awsKeyId()}"\nprint("hello ${i}")\n`);
        break;
      case 2:
        repo.write(`${dir}/deploy-${round}-${i}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${i}\n---\n${secretYaml(`t${i}`, undefined, { key: fake.vaultToken() })}`);
        break;
      case 3:
        repo.write(`${dir}/blob-${round}-${i}.bin`, Buffer.from([0, 1, 2, 3, i & 255]));
        break;
      case 4:
        repo.write(`${dir}/latin-${round}-${i}.txt`, Buffer.concat([Buffer.from('token = "'), Buffer.from([0xe9, 0xff]), Buffer.from(`${fake.jwt()}"\n`)]));
        break;
      default:
        repo.write(`${dir}/notes-${round}-${i}.md`, `# Notes ${i}\nNothing secret here, only words.\n`);
    }
  }
}

describe('worker threads', () => {
  let repo: TestRepo;
  let first: string;

  beforeAll(async () => {
    repo = await makeRepo();
    fillTree(repo, 0, 120);
    fs.symlinkSync('app-0/sub-0', path.join(repo.dir, 'link'));
    first = await repo.commitAll('first');
    for (let round = 1; round <= 4; round++) {
      fillTree(repo, round, 40);
      // An edit to an existing file: only its changed lines count in a range scan.
      repo.write('app-1/sub-1/config-0-1.py', `AWS_ACCESS_KEY_ID = "${fake.awsKeyId()}"\nprint("round ${round}")\n`);
      await repo.commitAll(`round ${round}`);
    }
    // Uncommitted and untracked changes for the working-tree scan.
    fillTree(repo, 9, 30);
  }, 120_000);

  it('a working-tree scan gives the same report with 1, 2 and 3 workers', () => {
    const one = run(repo, ['scan', '.', '--format', 'json'], 1);
    expect(one.stderr).toMatch(/invalid UTF-8/);
    expect(one.status).toBe(1);
    const report = stable(one.stdout) as { findings: unknown[]; summary: { files: number; skipped: unknown[] } };
    expect(report.findings.length).toBeGreaterThan(100);
    expect(report.summary.skipped.length).toBeGreaterThan(10);
    for (const n of [2, 3]) {
      const many = run(repo, ['scan', '.', '--format', 'json'], n);
      expect(many.status).toBe(1);
      expect(stable(many.stdout)).toEqual(report);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it('a range scan (blobs read by each worker from its own cat-file) gives the same report', () => {
    const one = run(repo, ['scan', '--range', `${first}..HEAD`, '--format', 'json'], 1);
    expect(one.status).toBe(1);
    const report = stable(one.stdout) as { findings: { commit?: unknown }[]; summary: { commits: number } };
    expect(report.summary.commits).toBe(4);
    expect(report.findings.length).toBeGreaterThan(50);
    expect(report.findings.every((f) => f.commit)).toBe(true);
    const two = run(repo, ['scan', '--range', `${first}..HEAD`, '--format', 'json'], 2);
    expect(stable(two.stdout)).toEqual(report);
    expect(two.stderr).toBe(one.stderr);
  });

  it('a history audit gives the same report', () => {
    const one = run(repo, ['audit', '--history', '--format', 'json'], 1);
    expect(one.status).toBe(1);
    const report = stable(one.stdout) as { entries: unknown[]; commitsScanned: number };
    expect(report.commitsScanned).toBe(5);
    expect(report.entries.length).toBeGreaterThan(100);
    expect(stable(run(repo, ['audit', '--history', '--format', 'json'], 2).stdout)).toEqual(report);
  });
});
