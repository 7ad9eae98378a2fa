// The built binary, spawned the way a user (or a hook) runs it: the README's first command.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const bin = path.join(root, 'dist', 'bin.js');

describe('dist/bin.js', () => {
  it('exists (it is checked in, so a fresh clone runs without a build)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('scans the bundled examples: findings, fix commands, exit 1', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', 'examples', '--config', 'examples/.sealgate.yaml'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/examples\/apps\/shop\/db-secret\.yaml/);
    expect(r.stdout).toMatch(/sealgate fix --seal --cert \S+ -- examples\/apps\/shop\/db-secret\.yaml/);
    expect(r.stdout).toMatch(/blocking findings/);
    expect(r.stdout).not.toMatch(/payments\/sealed-secret\.yaml/);
  });

  it("passes the project's own scan (fixtures allowlisted)", () => {
    const r = spawnSync(process.execPath, [bin, 'scan', '.'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 2 on a usage error', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', '--format', 'nope'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, json, sarif, github/);
  });
});
