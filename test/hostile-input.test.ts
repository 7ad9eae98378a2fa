// Malformed and hostile input: a clear one-line message naming the file, the other files still
// scanned, no crash and no silent pass.
import { describe, it, expect, beforeEach } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { fake, secretYaml } from './helpers/fake-secrets.js';

let dir: string;
const write = (rel: string, text: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const json = async (args: string[] = []) => {
  const r = await run(['scan', '--format', 'json', ...args], { cwd: dir });
  return { ...r, report: JSON.parse(r.stdout || '{}') };
};

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sg-hostile-'));
  write('good.yaml', secretYaml('db', 'app', { password: fake.password() }));
});

describe('malformed input', () => {
  it('broken YAML is a warning naming the file; its Secret is read line by line and the token in it named', async () => {
    const token = fake.githubToken();
    write('chart/templates/broken.yaml', `kind: Secret\nstringData:\n  a: [unclosed\n  token: ${token}\n`);
    const r = await json();
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/chart\/templates\/broken\.yaml: document 1 is not valid YAML/);
    expect(r.stderr).not.toContain(token);
    const broken = r.report.findings.filter((f: { file: string }) => f.file === 'chart/templates/broken.yaml');
    expect(broken.find((f: { resource?: { key?: string } }) => f.resource?.key === 'token')).toMatchObject({
      ruleId: 'k8s-secret-plaintext',
      severity: 'error',
      credential: expect.stringMatching(/GitHub/),
      message: expect.stringMatching(/could not be parsed/),
    });
  });

  it('binary files, NUL bytes and oversized files are skipped and counted, never silently', async () => {
    write('bin.dat', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 0), Buffer.from(fake.githubToken())]));
    write('nul.txt', Buffer.alloc(4096, 0));
    write('big.txt', Buffer.alloc(50 * 1024 * 1024, 0x61));
    const r = await json();
    const skipped = Object.fromEntries(r.report.summary.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    expect(skipped['bin.dat']).toBe('binary file');
    expect(skipped['nul.txt']).toBe('binary file');
    expect(skipped['big.txt']).toMatch(/larger than 10485760 bytes/);
    expect(r.exitCode).toBe(1); // the good.yaml finding still counts
    const t = await run(['scan'], { cwd: dir });
    expect(t.stdout).toMatch(/Skipped 3 files/);
  });

  it('invalid UTF-8, UTF-16 with BOM, CRLF and lone CR are still scanned at the right line', async () => {
    const t1 = fake.githubToken();
    const t2 = fake.githubToken();
    const t3 = fake.githubToken();
    write('latin1.txt', Buffer.concat([Buffer.from('caf\xe9\n', 'latin1'), Buffer.from(`x = "${t1}"\n`)]));
    write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`a\r\nb = "${t2}"\r\n`, 'utf16le')]));
    write('cr.txt', `one\rtwo\rthree = "${t3}"\r`);
    const r = await json();
    const at = (file: string) => r.report.findings.find((f: { file: string }) => f.file === file)?.line;
    expect(at('latin1.txt')).toBe(2);
    expect(at('utf16.txt')).toBe(2);
    expect(at('cr.txt')).toBe(3);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8/);
  });

  it('YAML with BOM, CRLF, flow style and quoted keys', async () => {
    const text = '\ufeffapiVersion: v1\r\nkind: Secret\r\nmetadata: {name: "x", namespace: y}\r\nstringData: {"tls.key": "' + fake.password() + '"}\r\n';
    write('crlf.yaml', text);
    const r = await json();
    const f = r.report.findings.find((x: { file: string }) => x.file === 'crlf.yaml');
    expect(f).toMatchObject({ line: 4, resource: { name: 'x', namespace: 'y', key: 'tls.key' } });
  });

  it('a YAML alias bomb and deep nesting stay fast and bounded', async () => {
    const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 30; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    write('bomb.yaml', 'kind: ConfigMap\n' + lines.join('\n') + '\n');
    write('deep.yaml', 'kind: ConfigMap\ndata: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    const r = await json();
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/deep\.yaml: document 1 is not valid YAML/);
  });

  it('never follows a symlink out of the repository; FIFOs and unreadable files are reported', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'sg-outside-'));
    writeFileSync(path.join(outside, 'secret.txt'), `t = "${fake.githubToken()}"\n`);
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    write('locked.txt', 'x');
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = await json();
    const skipped = Object.fromEntries(r.report.summary.skipped.map((s: { file: string; reason: string }) => [s.file, s.reason]));
    expect(skipped['link.txt']).toMatch(/symbolic link/);
    expect(skipped['pipe']).toMatch(/not a regular file/);
    if (process.getuid?.() !== 0) expect(skipped['locked.txt']).toMatch(/cannot be read/);
    expect(r.report.findings.map((f: { file: string }) => f.file)).toEqual(['good.yaml']);
  });

  it('a missing path is reported, not silently passed: exit 2 naming it', async () => {
    const r = await run(['scan', '--format', 'json', 'nope.yaml'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('no such file or directory: nope.yaml');
  });
});
