// The shared fix pipeline: only the Secret's document changes (other bytes, comments, CRLF, BOM,
// file mode stay), backups are private and inside .git, writes are atomic, --staged never mixes
// unstaged edits into a commit, --dry-run/--stdout write nothing, and no output holds plaintext.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadAll } from 'js-yaml';
import { run } from '../src/cli/run.js';
import { applyFixes } from '../src/fix/apply.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { saveBackup, writeAtomic } from '../src/fix/write.js';
import { FixError } from '../src/errors.js';
import { crdValidator } from './helpers/schema.js';
import { makeKeys, unseal, type TestKeys } from './helpers/sealed-secrets.js';

const validate = crdValidator('bitnami.com_sealedsecrets.yaml', 'v1alpha1');

function secretText(): string {
  return 'Tk' + randomBytes(15).toString('base64url');
}

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'sg-'));
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
}

function gitRepo(): string {
  const dir = tmp();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'user.name', 'Test');
  return dir;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function secretDoc(name: string, ns: string | undefined, value: string, eol = '\n'): string {
  const meta = ns ? `{name: ${name}, namespace: ${ns}}` : `{name: ${name}}`;
  return ['apiVersion: v1', 'kind: Secret', `metadata: ${meta}`, 'stringData:', `  password: "${value}"`, ''].join(eol);
}

let keys: TestKeys;
/** Every plaintext any test put in a fixture: no command output may contain one. */
const planted: string[] = [];
const outputs: string[] = [];

function plant(): string {
  const v = secretText();
  planted.push(v);
  return v;
}

async function sg(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = await run(args, { cwd: dir, env });
  outputs.push(r.stdout, r.stderr);
  return r;
}

function withCert(dir: string): void {
  writeFileSync(path.join(dir, 'pub-cert.pem'), keys.certPem);
}

const SEAL = ['--seal', '--cert', 'pub-cert.pem'];

beforeAll(() => {
  keys = makeKeys({ bits: 2048 }); // the format is size-independent; RSA-4096 is covered in seal-fix
});

afterAll(() => {
  // The promise of the whole file: no plaintext value ever reached stdout or stderr.
  expect(planted.length).toBeGreaterThan(10);
  for (const out of outputs) for (const p of planted) expect(out.includes(p)).toBe(false);
});

describe('applyFixes and unifiedDiff', () => {
  it('applies non-overlapping fixes in any order and refuses overlaps and bad ranges', () => {
    expect(applyFixes('abcdef', [{ range: [4, 5], text: 'E' }, { range: [0, 1], text: 'AA' }])).toBe('AAbcdEf');
    expect(applyFixes('abc', [{ range: [3, 3], text: '!' }])).toBe('abc!');
    expect(() => applyFixes('abcdef', [{ range: [0, 3], text: '' }, { range: [2, 4], text: '' }])).toThrow(/overlap/);
    expect(() => applyFixes('abc', [{ range: [2, 9], text: '' }])).toThrow(/outside/);
  });

  it('produces diffs that git apply turns into the new file', () => {
    const dir = gitRepo();
    const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}\n`).join('');
    const cases: [string, string][] = [
      [lines(30, 'a'), lines(10, 'a') + 'changed\n' + lines(30, 'a').slice(lines(11, 'a').length)],
      ['one\ntwo\nthree', 'one\nTWO\nthree'],
      [lines(5, 'x'), lines(5, 'x') + 'added\n'],
      [lines(40, 'y'), lines(3, 'y') + lines(40, 'y').slice(lines(4, 'y').length).replace('y30\n', 'z\nz\n')],
      ['a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
    ];
    for (const [i, [before, after]] of cases.entries()) {
      const f = `f${i}.txt`;
      writeFileSync(path.join(dir, f), before);
      const patch = unifiedDiff(f, before, after);
      writeFileSync(path.join(dir, 'p.diff'), patch);
      git(dir, 'apply', '--unidiff-zero', 'p.diff');
      expect(readFileSync(path.join(dir, f), 'utf8'), `case ${i}`).toBe(after);
    }
    expect(unifiedDiff('x', 'same\n', 'same\n')).toBe('');
  });
});

describe('writing', () => {
  it('replaces atomically and keeps the file mode', () => {
    const dir = tmp();
    const f = path.join(dir, 's.yaml');
    writeFileSync(f, 'old\n');
    chmodSync(f, 0o640);
    writeAtomic(f, 'new\n');
    expect(readFileSync(f, 'utf8')).toBe('new\n');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['s.yaml']);
  });

  it('a failure before the rename leaves the original and no temp file', () => {
    const dir = tmp();
    const f = path.join(dir, 's.yaml');
    writeFileSync(f, 'original\n');
    let tmpSeen = '';
    expect(() =>
      writeAtomic(f, 'half', {
        beforeRename: (t) => {
          tmpSeen = t;
          expect(readFileSync(t, 'utf8')).toBe('half');
          throw new Error('crash');
        },
      }),
    ).toThrow(FixError);
    expect(path.dirname(tmpSeen)).toBe(dir); // same folder, same file system: rename is atomic
    expect(readFileSync(f, 'utf8')).toBe('original\n');
    expect(readdirSync(dir)).toEqual(['s.yaml']);
  });

  it('backups are mode 0600 in 0700 folders and never overwrite', () => {
    const dir = tmp();
    const b = saveBackup(path.join(dir, 'run'), 'k8s/s.yaml', 'x');
    expect(statSync(b).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(b)).mode & 0o777).toBe(0o700);
    expect(() => saveBackup(path.join(dir, 'run'), 'k8s/s.yaml', 'y')).toThrow();
    expect(() => saveBackup(path.join(dir, 'run'), '../escape', 'y')).toThrow(FixError);
  });
});

describe('sealgate fix keeps every other byte', () => {
  it('multi-document file: other documents, comments, odd spacing and the file mode are untouched', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    const head = '# Top comment: keep me\n%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap   # trailing comment\nmetadata:\n    name: "cm"\ndata: {a: "1",   b: \'2\'}\n---\n';
    const secret = `# about the secret\n${secretDoc('db', 'shop', pw)}# after the secret\n`;
    const tail = '---\n# last\nkind: Service\napiVersion: v1\nmetadata: {name: s}  \n...\n';
    writeFileSync(path.join(dir, 'app.yaml'), head + secret + tail);
    chmodSync(path.join(dir, 'app.yaml'), 0o640);
    const r = await sg(dir, ['fix', 'app.yaml', ...SEAL]);
    expect(r.stderr).not.toContain('internal');
    expect(r.exitCode).toBe(0);
    const out = readFileSync(path.join(dir, 'app.yaml'), 'utf8');
    expect(out.startsWith(head + '# about the secret\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n')).toBe(true);
    expect(out.endsWith('# after the secret\n' + tail)).toBe(true);
    expect(statSync(path.join(dir, 'app.yaml')).mode & 0o777).toBe(0o640);
    const sealed = (loadAll(out) as any[]).find((d) => d?.kind === 'SealedSecret');
    expect(validate(sealed)).toEqual([]);
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
    const rescan = await sg(dir, ['scan', 'app.yaml']);
    expect(rescan.exitCode).toBe(0);
  });

  it('CRLF line endings and a BOM stay; the new document uses CRLF too', async () => {
    const dir = gitRepo();
    withCert(dir);
    const other = 'apiVersion: v1\r\nkind: ConfigMap\r\nmetadata: {name: cm}\r\n';
    writeFileSync(path.join(dir, 'w.yaml'), '\uFEFF' + other + '---\r\n' + secretDoc('db', 'shop', plant(), '\r\n'));
    const r = await sg(dir, ['fix', 'w.yaml', ...SEAL]);
    expect(r.exitCode).toBe(0);
    const out = readFileSync(path.join(dir, 'w.yaml'), 'utf8');
    expect(out.startsWith('\uFEFF' + other + '---\r\napiVersion: bitnami.com/v1alpha1\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('lone CR line endings (old Mac files): the Secret after a ConfigMap is found where scan reports it, sealed, and the file keeps CR', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    const other = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', '  namespace: shop', 'data:', '  color: blue', ''].join('\r');
    writeFileSync(path.join(dir, 'cr.yaml'), other + '---\r' + secretDoc('db', 'shop', pw, '\r'));
    const scanned = await sg(dir, ['scan', 'cr.yaml', '--format', 'json']);
    expect(JSON.parse(scanned.stdout).findings.map((f: { line: number }) => f.line)).toEqual([13]);
    const r = await sg(dir, ['fix', 'cr.yaml', ...SEAL]);
    expect(r.stderr).not.toMatch(/not a Secret/);
    expect(r.exitCode).toBe(0);
    const out = readFileSync(path.join(dir, 'cr.yaml'), 'utf8');
    expect(out.startsWith(other + '---\rapiVersion: bitnami.com/v1alpha1\r')).toBe(true);
    expect(out).not.toContain('\n');
    const sealed = loadAll(out.replace(/\r/g, '\n'))[1] as { kind: string };
    expect(sealed.kind).toBe('SealedSecret');
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
  });

  it('a document that starts on the --- line', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    writeFileSync(path.join(dir, 'f.yaml'), `kind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\n--- {apiVersion: v1, kind: Secret, metadata: {name: f, namespace: n}, stringData: {password: "${pw}"}}\n`);
    const r = await sg(dir, ["fix", "f.yaml", ...SEAL]);
    expect(r.exitCode).toBe(0);
    const out = readFileSync(path.join(dir, 'f.yaml'), 'utf8');
    expect(out.startsWith('kind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\n---\napiVersion: bitnami.com/v1alpha1\n')).toBe(true);
    const sealed = (loadAll(out) as any[]).find((d) => d?.kind === 'SealedSecret');
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
  });
});

describe('never lose data', () => {
  it('backs the original up under .git/sealgate/backups with mode 0600, never in the work tree', async () => {
    const dir = gitRepo();
    withCert(dir);
    const original = secretDoc('db', 'shop', plant());
    mkdirSync(path.join(dir, 'k8s'));
    writeFileSync(path.join(dir, 'k8s/s.yaml'), original);
    const r = await sg(dir, ['fix', 'k8s', ...SEAL]);
    expect(r.exitCode).toBe(0);
    const backups = walk(path.join(dir, '.git/sealgate/backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/\.git\/sealgate\/backups\/\d{4}-\d\d-\d\dT[\d-]+Z\/k8s\/s\.yaml$/);
    expect(readFileSync(backups[0]!, 'utf8')).toBe(original);
    expect(statSync(backups[0]!).mode & 0o777).toBe(0o600);
    expect(git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort()).toEqual(['?? k8s/s.yaml', '?? pub-cert.pem']);
    expect(r.stderr).toMatch(/k8s\/s\.yaml: 1 Secret sealed into SealedSecrets \(backup \.git\/sealgate\/backups\//);
    expect(r.stderr).toMatch(/rotate them/);
  });

  it('a refusal in one file leaves every file as it was (plan everything, then write)', async () => {
    const dir = gitRepo();
    withCert(dir);
    const a = secretDoc('a', 'shop', plant());
    const b = secretDoc('b', undefined, plant()); // no namespace: strict sealing must refuse
    writeFileSync(path.join(dir, 'a.yaml'), a);
    writeFileSync(path.join(dir, 'b.yaml'), b);
    const r = await sg(dir, ['fix', ...SEAL]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/b\.yaml: Secret 'b' has no namespace/);
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(a);
    expect(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe(b);
    expect(existsSync(path.join(dir, '.git/sealgate/backups'))).toBe(false);
  });

  it('outside git, --backup-dir is required and used', async () => {
    const dir = tmp();
    withCert(dir);
    const original = secretDoc('db', 'shop', plant());
    writeFileSync(path.join(dir, 's.yaml'), original);
    const r = await sg(dir, ['fix', 's.yaml', ...SEAL]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/not in a git repository.*--backup-dir DIR/);
    expect(readFileSync(path.join(dir, 's.yaml'), 'utf8')).toBe(original);
    const backupDir = tmp();
    const ok = await sg(dir, ['fix', 's.yaml', ...SEAL, '--backup-dir', backupDir]);
    expect(ok.exitCode).toBe(0);
    const [b] = walk(backupDir);
    expect(readFileSync(b!, 'utf8')).toBe(original);
    expect(statSync(b!).mode & 0o777).toBe(0o600);
  });
});

describe('--dry-run and --stdout write nothing', () => {
  it('--dry-run prints a diff with the values masked', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    const annotated = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '{"stringData":{"password":"${pw}"}}'\ndata:\n  token: ${Buffer.from(plant()).toString('base64')}\nstringData:\n  password: |\n    ${pw}\n`;
    writeFileSync(path.join(dir, 's.yaml'), annotated);
    const r = await sg(dir, ['fix', 's.yaml', ...SEAL, '--dry-run']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^--- a\/s\.yaml\n\+\+\+ b\/s\.yaml\n@@ /);
    expect(r.stdout).toContain('+kind: SealedSecret');
    expect(r.stdout).toContain('********');
    expect(r.stdout).not.toContain(Buffer.from(planted.at(-1)!).toString('base64').slice(8));
    expect(r.stderr).toMatch(/dry run: 1 Secret in 1 file\(s\) would be sealed.*nothing was written/);
    expect(readFileSync(path.join(dir, 's.yaml'), 'utf8')).toBe(annotated);
    expect(existsSync(path.join(dir, '.git/sealgate'))).toBe(false);
  });

  it('--stdout prints the fixed file and leaves it', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    const text = secretDoc('db', 'shop', pw);
    writeFileSync(path.join(dir, 's.yaml'), text);
    const r = await sg(dir, ['fix', 's.yaml', ...SEAL, '--stdout']);
    expect(r.exitCode).toBe(0);
    const [sealed] = loadAll(r.stdout) as any[];
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
    expect(readFileSync(path.join(dir, 's.yaml'), 'utf8')).toBe(text);
  });
});

describe('--staged', () => {
  it('fixes and re-stages a file whose index and work tree agree', async () => {
    const dir = gitRepo();
    withCert(dir);
    const pw = plant();
    writeFileSync(path.join(dir, 's.yaml'), secretDoc('db', 'shop', pw));
    writeFileSync(path.join(dir, 'unstaged.yaml'), secretDoc('other', 'shop', plant()));
    git(dir, 'add', 's.yaml');
    const r = await sg(dir, ['fix', '--staged', ...SEAL]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('s.yaml: 1 Secret sealed into SealedSecrets and re-staged');
    const staged = git(dir, 'show', ':s.yaml');
    expect(staged).toContain('kind: SealedSecret');
    expect(git(dir, 'diff', '--name-only')).toBe(''); // index == work tree
    expect(readFileSync(path.join(dir, 'unstaged.yaml'), 'utf8')).toContain('kind: Secret'); // not staged: not touched
    const [sealed] = loadAll(staged) as any[];
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
    const hook = await sg(dir, ['scan', '--staged']);
    expect(hook.exitCode).toBe(0);
  });

  it('refuses, and explains, when the staged file differs from the work tree', async () => {
    const dir = gitRepo();
    withCert(dir);
    const stagedText = secretDoc('db', 'shop', plant());
    writeFileSync(path.join(dir, 's.yaml'), stagedText);
    git(dir, 'add', 's.yaml');
    const edited = stagedText + '# an unstaged edit\n';
    writeFileSync(path.join(dir, 's.yaml'), edited);
    const r = await sg(dir, ['fix', '--staged', ...SEAL]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml: the staged version differs from the working tree.*git add s\.yaml/);
    expect(readFileSync(path.join(dir, 's.yaml'), 'utf8')).toBe(edited);
    expect(git(dir, 'show', ':s.yaml')).toBe(stagedText);
  });

  it('judges the index, not the work tree', async () => {
    const dir = gitRepo();
    withCert(dir);
    writeFileSync(path.join(dir, 's.yaml'), secretDoc('db', 'shop', plant()));
    git(dir, 'add', 's.yaml');
    // The work tree no longer holds the plaintext, but the index (what would be committed) does.
    writeFileSync(path.join(dir, 's.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
    const r = await sg(dir, ['fix', '--staged', ...SEAL]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/staged version differs/);
  });
});

describe('sealgate fix end to end', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/v1/cert.pem') res.end(keys.certPem);
      else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('takes the certificate from a loopback controller URL and prints its fingerprint once', async () => {
    const dir = gitRepo();
    const pw = plant();
    writeFileSync(path.join(dir, 'a.yaml'), secretDoc('a', 'shop', pw));
    writeFileSync(path.join(dir, 'b.yaml'), secretDoc('b', 'shop', plant()));
    const r = await sg(dir, ['fix', '--seal', '--cert', `http://127.0.0.1:${port}/v1/cert.pem`]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr.match(/SHA-256 fingerprint ([0-9A-F:]+), expires/g)).toHaveLength(1);
    const [sealed] = loadAll(readFileSync(path.join(dir, 'a.yaml'), 'utf8')) as any[];
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
  });

  it('takes the certificate and scope from .sealgate.yaml, then from SEALED_SECRETS_CERT', async () => {
    const dir = gitRepo();
    mkdirSync(path.join(dir, 'certs'));
    writeFileSync(path.join(dir, 'certs/c.pem'), keys.certPem);
    writeFileSync(path.join(dir, '.sealgate.yaml'), 'seal:\n  cert: certs/c.pem\n  scope: namespace-wide\n');
    writeFileSync(path.join(dir, 's.yaml'), secretDoc('db', 'shop', plant()));
    const r = await sg(dir, ['fix', '--seal']);
    expect(r.exitCode).toBe(0);
    const [sealed] = loadAll(readFileSync(path.join(dir, 's.yaml'), 'utf8')) as any[];
    expect(sealed.metadata.annotations).toEqual({ 'sealedsecrets.bitnami.com/namespace-wide': 'true' });

    const dir2 = gitRepo();
    withCert(dir2);
    writeFileSync(path.join(dir2, 's.yaml'), secretDoc('db', 'shop', plant()));
    const r2 = await sg(dir2, ['fix', '--seal'], { SEALED_SECRETS_CERT: 'pub-cert.pem' });
    expect(r2.exitCode).toBe(0);
  });

  it('a file with nothing to fix is left alone', async () => {
    const dir = gitRepo();
    withCert(dir);
    writeFileSync(path.join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    const r = await sg(dir, ['fix', ...SEAL]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/no plaintext Secret to fix/);
  });

  it('reports, masked, findings the fix cannot repair, with exit 1', async () => {
    const dir = gitRepo();
    withCert(dir);
    const token = 'ghp_' + randomBytes(27).toString('base64url').slice(0, 36);
    planted.push(token);
    writeFileSync(path.join(dir, 'mixed.yaml'), `${secretDoc('db', 'shop', plant())}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  GITHUB_TOKEN: ${token}\n`);
    const r = await sg(dir, ['fix', 'mixed.yaml', ...SEAL]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/1 finding\(s\) remain that this fix does not repair/);
    expect(r.stderr).toContain('mixed.yaml:');
    expect(readFileSync(path.join(dir, 'mixed.yaml'), 'utf8')).toContain('kind: SealedSecret');
    // --stdout would print the token, so it refuses.
    writeFileSync(path.join(dir, 'mixed2.yaml'), `${secretDoc('db2', 'shop', plant())}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  GITHUB_TOKEN: ${token}\n`);
    const s = await sg(dir, ['fix', 'mixed2.yaml', ...SEAL, '--stdout']);
    expect(s.exitCode).toBe(2);
    expect(s.stdout).toBe('');
  });

  it('usage errors are one line with exit 2', async () => {
    const dir = gitRepo();
    withCert(dir);
    const cases: [string[], RegExp][] = [
      [['fix'], /choose one of --seal or --external/],
      [['fix', '--seal', '--external'], /choose one of --seal or --external/],
      [['fix', '--external', '--cert', 'pub-cert.pem'], /--cert only goes with --seal/],
      [['fix', '--seal', '--store', 'x'], /--store only goes with --external/],
      [['fix', '--seal'], /--seal needs the controller certificate/],
      [['fix', 'missing.yaml', ...SEAL], /missing\.yaml: no such file or folder/],
      [['fix', ...SEAL, '--scope', 'global'], /--scope must be one of/],
      [['fix', ...SEAL, '--namespace', 'Bad_NS'], /not a valid namespace name/],
      [['fix', ...SEAL, '--dry-run', '--stdout'], /cannot be combined/],
      [['fix', '--seal', '--cert', 'nope.pem'], /nope\.pem: cannot read the certificate/],
      [['fix', '--bogus'], /Unknown option/i],
    ];
    for (const [args, msg] of cases) {
      const r = await sg(dir, args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--help teaches both fixes', async () => {
    const r = await sg(tmp(), ['fix', '--help']);
    expect(r.exitCode).toBe(0);
    for (const s of ['--seal', '--cert', '--scope', '--merge-into', '--external', '--store', '--dry-run', '--staged', 'kubeseal --fetch-cert']) expect(r.stdout).toContain(s);
  });

  it('drives the ExternalSecret rewriter through the same pipeline', async () => {
    const dir = gitRepo();
    const pw = plant();
    const text = `# keep\n${secretDoc('db', 'shop', pw)}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n`;
    writeFileSync(path.join(dir, 's.yaml'), text);
    const r = await sg(dir, ['fix', 's.yaml', '--external', '--store', 'vault-backend']);
    expect(r.stderr).not.toContain('internal');
    expect(r.exitCode).toBe(0);
    const out = readFileSync(path.join(dir, 's.yaml'), 'utf8');
    expect(out.startsWith('# keep\n')).toBe(true);
    expect(out).toContain('kind: ExternalSecret');
    expect(out.endsWith('---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n')).toBe(true);
    expect(out).not.toContain(pw);
  });
});
