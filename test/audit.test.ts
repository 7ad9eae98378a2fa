// `sealgate audit [--history]` on real repositories with real commits.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { collectAudit } from '../src/audit/collect.js';
import type { AuditReport } from '../src/report/audit-model.js';
import { validateSarif } from './helpers/schema.js';
import { fakeGithubToken, fakePassword, makeRepo, plaintextSecret, sealedSecret, tempDir } from './helpers/git-repo.js';

async function history() {
  const repo = await makeRepo();
  const pw = fakePassword();
  const token = fakeGithubToken();
  repo.write('README.md', 'demo\n');
  await repo.commitAll('init');
  repo.write('k8s/db.yaml', plaintextSecret('db', pw));
  repo.write('app/.env', `GITHUB_TOKEN=${token}\n`);
  repo.write('k8s/sealed.yaml', sealedSecret('api'));
  const c1 = await repo.commitAll('add config');
  repo.rm('app/.env');
  const c2 = await repo.commitAll('remove the token file');
  repo.write('k8s/db.yaml', plaintextSecret('db', pw, '  extra: value-added-later'));
  await repo.commitAll('touch db');
  return { repo, pw, token, c1, c2 };
}

describe('audit --history', () => {
  it('reports a removed secret as history only with the introducing and removing commits, and a live one with its fix', async () => {
    const { repo, pw, token, c1, c2 } = await history();
    const r = await run(['audit', '--history', '--format', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.history).toBe(true);
    expect(report.commitsScanned).toBe(4);
    expect(report.head).toBe(await repo.head());
    const tokenEntry = report.entries.find((e) => e.ruleId === 'github-token')!;
    expect(tokenEntry.status).toBe('history');
    expect(tokenEntry.file).toBe('app/.env');
    expect(tokenEntry.introduced).toMatchObject({ sha: c1, author: 'Test Author', email: 'author@example.com' });
    expect(tokenEntry.removed?.sha).toBe(c2);
    expect(tokenEntry.fixCommand).toBeUndefined();
    const db = report.entries.find((e) => e.file === 'k8s/db.yaml' && e.resource?.name === 'db' && e.status === 'live')!;
    expect(db.introduced?.sha).toBe(c1);
    expect(db.removed).toBeUndefined();
    expect(db.fixCommand).toBe('sealgate fix --seal --cert <controller-cert.pem> -- k8s/db.yaml');
    expect(report.safe.map((s) => [s.file, s.kind])).toEqual([['k8s/sealed.yaml', 'SealedSecret']]);
    expect(report.summary).toMatchObject({ live: report.entries.filter((e) => e.status === 'live').length, historyOnly: 1 });
    expect(r.stdout).not.toContain(pw);
    expect(r.stdout).not.toContain(token);
  });

  it('the text summary separates "live in HEAD" from "in history only: rotate", masked', async () => {
    const { repo, pw, token } = await history();
    const r = await run(['audit', '--history'], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    const live = r.stdout.indexOf('Live (');
    const hist = r.stdout.indexOf('In history only: rotate');
    expect(live).toBeGreaterThanOrEqual(0);
    expect(hist).toBeGreaterThan(live);
    expect(r.stdout.slice(hist)).toContain('app/.env');
    expect(r.stdout.slice(live, hist)).toContain('k8s/db.yaml');
    expect(r.stdout).toMatch(/introduced: [0-9a-f]{12} \(Test Author, \d{4}-\d\d-\d\d\)/);
    expect(r.stdout).toMatch(/removed: +[0-9a-f]{12}/);
    expect(r.stdout).toMatch(/✖ \d+ distinct secrets?: \d+ live, 1 in history only \(rotate\)/);
    expect(r.stdout).not.toContain(pw);
    expect(r.stdout).not.toContain(token);
    const shown = await run(['audit', '--history', '--show-secrets'], { cwd: repo.dir, env: { ...process.env, CI: undefined } });
    expect(shown.stdout).toContain(token);
  });

  it('without --history only the working tree counts: the removed token is not there', async () => {
    const { repo } = await history();
    const report = JSON.parse((await run(['audit', '--format', 'json'], { cwd: repo.dir })).stdout) as AuditReport;
    expect(report.history).toBe(false);
    expect(report.entries.every((e) => e.status === 'live')).toBe(true);
    expect(report.entries.some((e) => e.ruleId === 'github-token')).toBe(false);
    expect(report.entries.some((e) => e.file === 'k8s/db.yaml')).toBe(true);
  });

  it('groups one secret found in many commits and files into one entry', async () => {
    const repo = await makeRepo();
    const token = fakeGithubToken();
    repo.write('README.md', 'x\n');
    await repo.commitAll('init');
    let first = '';
    for (let i = 0; i < 25; i++) {
      repo.write(`svc${i}/.env`, `GITHUB_TOKEN=${token}\nN=${i}\n`);
      const sha = await repo.commitAll(`service ${i}`);
      if (i === 0) first = sha;
    }
    for (let i = 0; i < 24; i++) repo.rm(`svc${i}/.env`);
    await repo.commitAll('cleanup');
    const report = await collectAudit(repo.dir, { history: true });
    const tokens = report.entries.filter((e) => e.ruleId === 'github-token');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.status).toBe('live'); // svc24/.env is still there
    expect(tokens[0]!.file).toBe('svc24/.env');
    expect(tokens[0]!.introduced!.sha).toBe(first);
    expect(tokens[0]!.occurrences).toBe(26); // 25 commits + the working tree
    expect(tokens[0]!.otherFiles).toHaveLength(24);
    expect(tokens[0]!.secret).not.toContain(token.slice(4));
  });

  it('uses the configured certificate in the fix command', async () => {
    const repo = await makeRepo();
    repo.write('.sealgate.yaml', 'seal:\n  cert: certs/pub-cert.pem\n');
    repo.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
    await repo.commitAll('c1');
    const report = await collectAudit(repo.dir, { history: true });
    expect(report.entries[0]!.fixCommand).toBe('sealgate fix --seal --cert certs/pub-cert.pem -- k8s/db.yaml');
  });

  it('writes valid SARIF and the HTML page; limits the audit to a PATH', async () => {
    const { repo } = await history();
    const out = path.join(repo.dir, 'audit.sarif');
    const html = path.join(tempDir(), 'audit.html');
    const r = await run(['audit', '--history', '--format', 'sarif', '--output', out, '--html', html], { cwd: repo.dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    const statuses = sarif.runs[0].results.map((x: { properties: { status: string } }) => x.properties.status);
    expect(statuses).toContain('history');
    expect(statuses).toContain('live');
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);

    const k8s = JSON.parse((await run(['audit', 'k8s', '--history', '--format', 'json'], { cwd: repo.dir })).stdout) as AuditReport;
    expect(k8s.entries.length).toBeGreaterThan(0);
    expect(k8s.entries.every((e) => e.file.startsWith('k8s/'))).toBe(true);
  });

  it('a clean repository exits 0; errors exit 2', async () => {
    const repo = await makeRepo();
    repo.write('k8s/sealed.yaml', sealedSecret('db'));
    await repo.commitAll('c1');
    const ok = await run(['audit', '--history'], { cwd: repo.dir });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('no secrets found');
    expect((await run(['audit', '--history'], { cwd: tempDir() })).exitCode).toBe(2);
    expect((await run(['audit', 'no/such/dir'], { cwd: repo.dir })).exitCode).toBe(2);
    expect((await run(['audit', '--format', 'xml'], { cwd: repo.dir })).exitCode).toBe(2);
  });

  it('a secret on an unmerged branch is live there (issue 15: not "history only"), named by the branch', async () => {
    const repo = await makeRepo();
    repo.write('a.txt', 'a\n');
    await repo.commitAll('init');
    await repo.git.checkoutLocalBranch('experiment');
    const token = fakeGithubToken();
    repo.write('exp.env', `TOKEN=${token}\n`);
    const exp = await repo.commitAll('experiment');
    await repo.git.checkout('main');
    const report = await collectAudit(repo.dir, { history: true });
    const e = report.entries.find((x) => x.ruleId === 'github-token')!;
    expect(e).toMatchObject({ status: 'live', file: 'exp.env', refs: ['experiment'] });
    expect(e.introduced!.sha).toBe(exp);
    expect(e.removed).toBeUndefined();
  });

  it('live means in the working copy or at HEAD: an uncommitted secret and one only removed from the working copy', async () => {
    const repo = await makeRepo();
    const committed = fakeGithubToken();
    repo.write('a.env', `TOKEN=${committed}\n`);
    await repo.commitAll('c1');
    repo.write('a.env', 'TOKEN=\n'); // fixed in the working copy, but HEAD still has it
    const fresh = fakeGithubToken();
    repo.write('new/b.env', `TOKEN=${fresh}\n`); // never committed
    const report = await collectAudit(repo.dir, { history: true, showSecrets: true });
    const byFile = new Map(report.entries.map((e) => [e.file, e]));
    expect(byFile.get('a.env')).toMatchObject({ status: 'live', secret: committed });
    expect(byFile.get('new/b.env')).toMatchObject({ status: 'live', secret: fresh });
    expect(byFile.get('new/b.env')!.introduced).toBeUndefined();
    expect(report.entries).toHaveLength(2);
  });

  it('audits a folder that is not a git repository (working tree only)', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    fs.mkdirSync(path.join(dir, 'conf'));
    fs.writeFileSync(path.join(dir, 'conf', 'app.env'), `TOKEN=${token}\n`);
    const r = await run(['audit', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.entries.map((e) => [e.file, e.status])).toEqual([['conf/app.env', 'live']]);
    expect(report.head).toBeUndefined();
  });
});
