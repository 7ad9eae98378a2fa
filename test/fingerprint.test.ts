// Fingerprints that do not give the value away (issue 14, problem 9). A fingerprint was an unkeyed
// sha256("sealgate:v1:" + value) prefix, so a guesser recovered an 8-character password from a report
// in 0.23 s. Now the hash is keyed per repository (the key lives in the baseline file or in .git, never
// in a report) and SARIF holds no value hash at all; two clones of one team agree through the baseline.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from './helpers/action-env.js';
import { secretHash } from '../src/engine/fingerprint.js';
import { makeRepo, plaintextSecret, tempDir } from './helpers/git-repo.js';

const BIN = path.join(REPO_ROOT, 'dist', 'bin.js');
const sg = (cwd: string, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
const unkeyed = (v: string) => createHash('sha256').update('sealgate:v1:').update(v).digest('hex').slice(0, 16);

describe('fingerprints', () => {
  test('a report holds nothing a guesser can test a password against; the key stays out of reports', async () => {
    const repo = await makeRepo();
    const pw = 'Tr0ub4d!'; // 8 characters, the kind a dictionary finds
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    const json = JSON.parse(sg(repo.dir, ['scan', '--format', 'json']).stdout);
    const sarifText = sg(repo.dir, ['scan', '--format', 'sarif']).stdout;
    const fp: string = json.findings.find((f: { ruleId: string }) => f.ruleId === 'k8s-secret-plaintext').fingerprint;
    // The old fingerprint was exactly this guessable hash.
    expect(fp.endsWith(`:${unkeyed(pw)}`)).toBe(false);
    expect(sarifText).not.toContain(unkeyed(pw));
    expect(sarifText).not.toContain(fp.split(':').pop());
    const key = fs.readFileSync(path.join(repo.dir, '.git', 'sealgate-fingerprint-key'), 'utf8').trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(repo.dir, '.git', 'sealgate-fingerprint-key')).mode & 0o077).toBe(0);
    expect(JSON.stringify(json) + sarifText).not.toContain(key);
    // Stable across runs on one machine.
    expect(JSON.parse(sg(repo.dir, ['scan', '--format', 'json']).stdout).findings.map((f: { fingerprint: string }) => f.fingerprint)).toContain(fp);
  });

  test('a committed baseline carries its key: a fresh clone on another machine matches it', async () => {
    const repo = await makeRepo();
    repo.write('k8s/db.yaml', plaintextSecret('db', 'Pw-' + 'k3y'.repeat(6)));
    repo.write('.sealgate.yaml', 'baseline: .sealgate-baseline.json\n');
    expect(sg(repo.dir, ['baseline']).status).toBe(0);
    const baseline = JSON.parse(repo.read('.sealgate-baseline.json'));
    expect(baseline).toMatchObject({ version: 2, key: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await repo.commitAll('baseline');
    expect(sg(repo.dir, ['scan']).status).toBe(0);

    const clone = path.join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', repo.dir, clone]);
    expect(fs.existsSync(path.join(clone, '.git', 'sealgate-fingerprint-key'))).toBe(false);
    const r = sg(clone, ['scan', '--format', 'json']);
    expect(r.status, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    // The key is in the baseline (committed with the repository), never in what a scan prints.
    expect(r.stdout).not.toContain(baseline.key);
  });

  test('a baseline written before keys keeps matching, with a warning; sealgate baseline rewrites it with a key', async () => {
    const repo = await makeRepo();
    const pw = 'Pw-' + 'old'.repeat(6);
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    repo.write('.sealgate.yaml', 'baseline: .sealgate-baseline.json\n');
    repo.write('.sealgate-baseline.json', JSON.stringify({ version: 1, tool: 'sealgate', fingerprints: [`k8s-secret-plaintext:k8s/db.yaml:${unkeyed(pw)}`] }));
    const r = sg(repo.dir, ['scan']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/the baseline has no key/);
    expect(sg(repo.dir, ['baseline']).status).toBe(0);
    expect(JSON.parse(repo.read('.sealgate-baseline.json')).key).toMatch(/^[0-9a-f]{64}$/);
    const again = sg(repo.dir, ['scan']);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
  });

  test('the keyed hash is HMAC-SHA-256 of the value under the key (RFC 4231 test case 2), whatever key came before', () => {
    // The key object is made once per key: a second key must not reuse the first one's.
    expect(secretHash('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e');
    expect(secretHash('what do ya want for nothing?', 'Jefe2')).not.toBe('5bdcc146bf60754e');
    expect(secretHash('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e');
  });
});
