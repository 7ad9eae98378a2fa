// The built binary, spawned the way a user (or a hook) runs it: the README's first command.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

  it('ends as soon as its output is flushed: a report larger than a pipe holds reaches a slow reader whole, with its exit code', async () => {
    // The launcher exits itself once stdout and stderr are flushed (src/bin.ts), not when Node's
    // event loop empties: nothing written may be lost on the way out.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bin-'));
    const secret = (i: number) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${i}\nstringData:\n  password: ${Buffer.from(`v${i}-${'q'.repeat(20)}`).toString('base64url')}\n`;
    writeFileSync(path.join(dir, 'secrets.yaml'), Array.from({ length: 400 }, (_, i) => secret(i)).join('---\n'));
    const child = spawn(process.execPath, [bin, 'scan', '.', '--format', 'json'], { cwd: dir });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 500)); // the pipe fills up; the writer must wait
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const status = await new Promise<number | null>((r) => child.on('close', r));
    const out = Buffer.concat(chunks).toString('utf8');
    expect(out.length).toBeGreaterThan(128 * 1024);
    // The same report as a reader that keeps up gets (but for the time it took).
    const fast = spawnSync(process.execPath, [bin, 'scan', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    // (Outside a repository each run fingerprints with a key of its own.)
    const untimed = (s: string) => s.replace(/"durationMs":\s*\d+/g, '"durationMs":0').replace(/"fingerprint": "[^"]*"/g, '"fingerprint": ""');
    expect(untimed(out)).toBe(untimed(fast.stdout));
    expect((JSON.parse(out) as { findings: unknown[] }).findings.length).toBeGreaterThan(300);
    expect(status).toBe(1);
  });

  it('exits 2 on a usage error', () => {
    const r = spawnSync(process.execPath, [bin, 'scan', '--format', 'nope'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of text, json, sarif, github/);
  });
});

// The package's `bin` (what node_modules/.bin/sealgate and so every hook runs) is the CommonJS
// build of the same launcher: it must behave as dist/bin.js does.
describe("package.json's bin (dist/bin.cjs)", () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { sealgate: string } };
  const cjs = path.join(root, pkg.bin.sealgate);

  it('is the CommonJS launcher, checked in and executable', () => {
    expect(pkg.bin.sealgate).toBe('dist/bin.cjs');
    expect(statSync(cjs).mode & 0o111).not.toBe(0);
    expect(readFileSync(cjs, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('gives the same output and exit codes as dist/bin.js', () => {
    for (const args of [['--version'], ['scan', 'examples', '--config', 'examples/.sealgate.yaml'], ['scan', '--format', 'nope']]) {
      const a = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
      const b = spawnSync(process.execPath, [cjs, ...args], { cwd: root, encoding: 'utf8' });
      expect(b.status, args.join(' ')).toBe(a.status);
      // The time taken differs from run to run.
      const untimed = (s: string) => s.replace(/ in \d+ ms\)/g, ' in _ ms)');
      expect(untimed(b.stdout)).toBe(untimed(a.stdout));
      expect(b.stderr).toBe(a.stderr);
    }
  });
});
