// Plaintext copies under control: fixes keep the newest N backups per file, --stdout and --dry-run
// write nothing, one line after a fix says where the copies are, and `sealgate clean` lists (age,
// size) and removes them. Real repositories, real fixes with a real certificate.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { makeKeys, type TestKeys } from './helpers/sealed-secrets.js';
import { fakePassword, makeRepo, plaintextSecret, type TestRepo } from './helpers/git-repo.js';

let keys: TestKeys;
beforeAll(() => {
  keys = makeKeys({ bits: 2048 });
});

async function repo(config = ''): Promise<TestRepo> {
  const r = await makeRepo();
  r.write('pub-cert.pem', keys.certPem);
  if (config) r.write('.sealgate.yaml', config);
  return r;
}

const sg = (r: TestRepo, ...args: string[]) => run(args, { cwd: r.dir, env: { HOME: r.dir } });

/** Every file under .git/sealgate (relative), or [] when the folder does not exist. */
function kept(r: TestRepo): string[] {
  const base = path.join(r.dir, '.git', 'sealgate');
  if (!fs.existsSync(base)) return [];
  return (fs.readdirSync(base, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(base, f)).isFile()).sort();
}

describe('plaintext copies', () => {
  it('--stdout and --dry-run write nothing under .git/sealgate (seal and external)', async () => {
    const r = await repo();
    r.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
    for (const mode of ['--stdout', '--dry-run']) {
      expect((await sg(r, 'fix', 'k8s/db.yaml', '--seal', '--cert', 'pub-cert.pem', mode)).exitCode).toBe(0);
      expect((await sg(r, 'fix', 'k8s/db.yaml', '--external', '--store', 'vault', mode)).exitCode).toBe(0);
    }
    expect(kept(r)).toEqual([]);
  });

  it('a fix says in one line where the copies are and how to remove them; backups are kept to the newest N per file', async () => {
    const r = await repo('backups:\n  keep: 2\n');
    for (let i = 0; i < 4; i++) {
      r.write('k8s/db.yaml', plaintextSecret('db', fakePassword()));
      const f = await sg(r, 'fix', 'k8s/db.yaml', '--seal', '--cert', 'pub-cert.pem');
      expect(f.exitCode).toBe(0);
      const lines = f.stderr.split('\n').filter((l) => l.startsWith('Plaintext copies:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Plaintext copies: ${Math.min(i + 1, 2)} backups? \\(.*\\) under \\.git/sealgate/; .*'sealgate clean --all'`));
    }
    const backups = kept(r).filter((f) => f.startsWith('backups/'));
    expect(backups).toHaveLength(2);
    expect(backups.every((f) => f.endsWith('/k8s/db.yaml'))).toBe(true);
    // The external fix's values file counts too.
    r.write('k8s/api.yaml', plaintextSecret('api', fakePassword()));
    const ext = await sg(r, 'fix', 'k8s/api.yaml', '--external', '--store', 'vault');
    expect(ext.stderr).toMatch(/Plaintext copies: 3 backups and 1 values file/);
  });

  it('sealgate clean lists age and size, removes by age or all, and --dry-run removes nothing', async () => {
    const r = await repo();
    for (const name of ['a', 'b']) {
      r.write(`k8s/${name}.yaml`, plaintextSecret(name, fakePassword()));
      expect((await sg(r, 'fix', `k8s/${name}.yaml`, '--seal', '--cert', 'pub-cert.pem')).exitCode).toBe(0);
    }
    // Age the first run's backup by ten days.
    const runs = fs.readdirSync(path.join(r.dir, '.git', 'sealgate', 'backups')).sort();
    expect(runs).toHaveLength(2);
    const old = path.join(r.dir, '.git', 'sealgate', 'backups', runs[0]!);
    const past = new Date(Date.now() - 10 * 86_400_000);
    for (const f of fs.readdirSync(old, { recursive: true }) as string[]) fs.utimesSync(path.join(old, f), past, past);
    fs.utimesSync(old, past, past);

    const list = await sg(r, 'clean');
    expect(list.exitCode).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`^backup\\s+10d\\s+\\d+ B\\s+\\.git/sealgate/backups/${runs[0]}\\s+\\(1 file\\)$`, 'm'));
    expect(list.stdout).toMatch(new RegExp(`^backup\\s+\\d+m\\s+\\d+ B\\s+\\.git/sealgate/backups/${runs[1]}`, 'm'));
    expect(list.stdout).toContain("2 items");

    const dry = await sg(r, 'clean', '--older-than', '7d', '--dry-run');
    expect(dry.stdout).toContain(`would remove  .git/sealgate/backups/${runs[0]}`);
    expect(fs.existsSync(old)).toBe(true);
    const aged = await sg(r, 'clean', '--older-than', '7d');
    expect(aged.stdout).toContain('removed 1 item, kept 1');
    expect(fs.existsSync(old)).toBe(false);
    expect(kept(r)).toHaveLength(1);

    const all = await sg(r, 'clean', '--all');
    expect(all.stdout).toContain('removed 1 item');
    expect(kept(r)).toEqual([]);
    expect((await sg(r, 'clean')).stdout).toContain('no plaintext copies');
    const bad = await sg(r, 'clean', '--older-than', 'soon');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--older-than takes an age such as 30m, 12h, 7d or 2w');
  });
});
