// The README's quick starts, copied from the Markdown at test time (the fenced block after each
// `<!-- quickstart: NAME -->` marker in README.md and docs/*.md) and run as written: kubeseal users
// against a local HTTPS API server serving the controller, the pre-commit framework with the real
// tool, husky and lint-staged installed with npm into a fresh project that has sealgate as a
// devDependency (the packed package), each ending with a real commit that is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { loadAll } from 'js-yaml';
import { crdValidator } from './helpers/schema.js';
import { unseal } from './helpers/sealed-secrets.js';
import { startFakeCluster, type FakeCluster } from './helpers/fake-controller.js';
import { fakePassword, makeRepo, plaintextSecret, sealedSecret, tempDir, testGitEnv } from './helpers/git-repo.js';
import { BIN, ROOT, ensureBuilt, packageRepo } from './helpers/package-repo.js';

interface Block {
  name: string;
  lang: string;
  body: string;
  file: string;
}

function quickStarts(): Block[] {
  const files = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const out: Block[] = [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/<!-- quickstart: ([\w-]+) -->\n```(\w+)\n([\s\S]*?)```/g)) out.push({ name: m[1]!, lang: m[2]!, body: m[3]!, file });
  }
  return out;
}

function block(name: string): Block {
  const found = quickStarts().filter((b) => b.name === name);
  expect(found.map((b) => b.file), `quick start '${name}'`).toContain('README.md');
  // A quick start repeated in a docs page must say the same thing.
  for (const b of found) expect(b.body, `${b.file}: ${name}`).toBe(found[0]!.body);
  return found[0]!;
}

const sh = promisify(execFile);
/** npm from its cache first; no audit, funding or update chatter. */
const NPM_ENV = { npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** A folder with a `sealgate` on PATH that runs this checkout's built CLI. */
function sealgateOnPath(): string {
  const bin = tempDir('sg-bin-');
  fs.writeFileSync(path.join(bin, 'sealgate'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  return bin;
}

let cluster: FakeCluster;
beforeAll(async () => {
  ensureBuilt();
  cluster = await startFakeCluster();
}, 120_000);
afterAll(() => cluster?.close());

describe('README quick starts, run as written', () => {
  it('every quick start the README promises is marked and found', () => {
    expect(new Set(quickStarts().map((b) => b.name))).toEqual(new Set(['husky', 'lint-staged', 'pre-commit', 'kubeseal']));
  });

  it('kubeseal users: fetch the certificate, seal from stdin, validate, with the current kube context', async () => {
    const b = block('kubeseal');
    expect(b.lang).toBe('sh');
    const dir = tempDir('sg-qs-');
    const pw = fakePassword();
    fs.writeFileSync(path.join(dir, 'secret.yaml'), plaintextSecret('db', pw));
    const env = testGitEnv({ HOME: dir, KUBECONFIG: cluster.kubeconfig(), PATH: `${sealgateOnPath()}${path.delimiter}${process.env.PATH}` });
    // Asynchronously: the API server runs in this process.
    await sh('sh', ['-ec', b.body], { cwd: dir, env });
    expect(fs.readFileSync(path.join(dir, 'pub-cert.pem'), 'utf8')).toBe(cluster.keys.at(-1)!.certPem);
    const [sealed] = (loadAll(fs.readFileSync(path.join(dir, 'sealed-secret.yaml'), 'utf8')) as any[]).filter(Boolean);
    expect(crdValidator('bitnami.com_sealedsecrets.yaml', 'v1alpha1')(sealed)).toEqual([]);
    expect(unseal(cluster.keys.at(-1)!.privateKey, sealed).get('password')!.toString()).toBe(pw);
    expect(cluster.requests.some((q) => q.method === 'POST' && q.path.endsWith('/proxy/v1/verify'))).toBe(true);
  }, 60_000);

  it('pre-commit: the config as written (the repo URL pointed at a local copy) fails --all-files on a committed Secret', async () => {
    const b = block('pre-commit');
    const pkg = packageRepo();
    const repo = await makeRepo();
    // The one substitution: the repository URL, to a local clone of this package with the same `rev`.
    const config = b.body.replace('https://github.com/sealgate/sealgate', pkg.dir);
    expect(config).not.toBe(b.body);
    repo.write('.pre-commit-config.yaml', config);
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    await repo.commitAll('a Secret committed earlier');
    const env = testGitEnv({ PRE_COMMIT_HOME: tempDir('sg-pch-'), ...NPM_ENV });
    const r = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo.dir, env, encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toMatch(/sealgate \(plaintext Kubernetes Secrets and credentials\)\.+Failed/);
    expect(out).toContain('k8s/db.yaml');
    expect(out).not.toContain(pw);
    expect(r.status).toBe(1);
  }, 240_000);

  it('husky, then lint-staged: installed with npm in a fresh project, a real commit is refused, a sealed one goes in', async () => {
    const husky = block('husky');
    const lintStaged = block('lint-staged');
    expect(lintStaged.lang).toBe('json');
    const pkg = packageRepo();
    const dest = tempDir('sg-tgz-');
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', dest], { cwd: pkg.dir, encoding: 'utf8', env: { ...process.env, ...NPM_ENV } });
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = path.join(dest, packed.stdout.trim().split('\n').at(-1)!);
    const repo = await makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'demo', private: true, version: '1.0.0' }, null, 2) + '\n');
    repo.write('.gitignore', 'node_modules/\n');
    await repo.commitAll('init');
    const env = testGitEnv(NPM_ENV);
    // "Install it in a repository with npm install --save-dev sealgate": here the packed package.
    await sh('npm', ['install', '--save-dev', tarball], { cwd: repo.dir, env });
    await sh('sh', ['-ec', husky.body], { cwd: repo.dir, env });
    expect(repo.read('.husky/pre-commit')).toContain('sealgate scan --staged');
    expect((await repo.git.raw(['config', 'core.hooksPath'])).trim()).toBe('.husky/_');

    const git = (args: string[]) => spawnSync('git', args, { cwd: repo.dir, env, encoding: 'utf8' });
    const pw = fakePassword();
    repo.write('k8s/db.yaml', plaintextSecret('db', pw));
    git(['add', 'k8s/db.yaml']);
    const refused = git(['commit', '-m', 'add db']);
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain('k8s/db.yaml');
    expect(`${refused.stdout}${refused.stderr}`).not.toContain(pw);

    // lint-staged: its config merged into package.json as the quick start shows, run by the hook.
    await sh('npm', ['install', '--save-dev', 'lint-staged'], { cwd: repo.dir, env });
    const pkgJson = JSON.parse(repo.read('package.json'));
    Object.assign(pkgJson, JSON.parse(lintStaged.body));
    repo.write('package.json', JSON.stringify(pkgJson, null, 2) + '\n');
    repo.write('.husky/pre-commit', 'npx lint-staged\n');
    git(['add', 'package.json', '.husky/pre-commit']);
    const byLintStaged = git(['commit', '-m', 'add db again']);
    expect(byLintStaged.status).not.toBe(0);
    expect(`${byLintStaged.stdout}${byLintStaged.stderr}`).toContain('sealgate scan');
    expect(`${byLintStaged.stdout}${byLintStaged.stderr}`).not.toContain(pw);

    repo.write('k8s/db.yaml', sealedSecret('db'));
    git(['add', 'k8s/db.yaml']);
    const accepted = git(['commit', '-m', 'add sealed db']);
    expect(`${accepted.stdout}${accepted.stderr}`).not.toContain(pw);
    expect(accepted.status).toBe(0);
  }, 300_000);
});
