// `sealgate seal` with kubeseal's habits, against a local API server (HTTPS, 127.0.0.1) that serves
// the controller's endpoints under the service-proxy path with real keys (helpers/fake-controller.ts).
// Every sealed value is opened the way the controller does and every object is validated against the
// SealedSecret CRD. An opt-in test runs against the real cluster KUBECONFIG points at (the
// sealed-secrets controller installed; it only reads the certificate and asks /v1/verify).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { loadAll } from 'js-yaml';
import { run } from '../src/cli/run.js';
import { crdValidator } from './helpers/schema.js';
import { makeKeys, unseal } from './helpers/sealed-secrets.js';
import { startFakeCluster, type FakeCluster } from './helpers/fake-controller.js';
import { fakePassword, tempDir, testGitEnv } from './helpers/git-repo.js';
import { BIN, ensureBuilt } from './helpers/package-repo.js';

const validate = crdValidator('bitnami.com_sealedsecrets.yaml', 'v1alpha1');
let cluster: FakeCluster;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  cluster = await startFakeCluster();
  dir = tempDir('sg-seal-');
}, 120_000);
afterAll(() => cluster?.close());

function secret(name: string, ns: string | undefined, data: Record<string, string>): string {
  const meta = [`  name: ${name}`, ...(ns ? [`  namespace: ${ns}`] : []), '  labels:', '    app: shop'];
  return ['apiVersion: v1', 'kind: Secret', 'metadata:', ...meta, 'type: Opaque', 'stringData:', ...Object.entries(data).map(([k, v]) => `  ${k}: "${v}"`), ''].join('\n');
}

function seal(args: string[], stdin: string, env: Record<string, string> = {}) {
  return run(['seal', ...args], { cwd: dir, env: { HOME: dir, ...env }, stdin });
}

function docs(text: string, format: 'yaml' | 'json'): any[] {
  if (format === 'yaml') return (loadAll(text) as any[]).filter(Boolean);
  return text
    .split(/\n(?=\{)/)
    .filter((t) => t.trim())
    .map((t) => JSON.parse(t));
}

describe('sealgate seal: Secrets on stdin, SealedSecrets on stdout, certificate from the kube context', () => {
  it('seals many YAML documents with the controller served through the service proxy (-o yaml)', async () => {
    const pw = [fakePassword(), fakePassword(), fakePassword()];
    const input = `${secret('db', 'shop', { password: pw[0]! })}---\n${secret('api', undefined, { token: pw[1]!, user: pw[2]! })}`;
    const kubeconfig = cluster.kubeconfig({ namespace: 'team' });
    cluster.requests.length = 0;
    const r = await seal(['-o', 'yaml'], input, { KUBECONFIG: kubeconfig });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('---\n')).toBe(true);
    for (const p of pw) expect(r.stdout + r.stderr).not.toContain(p);
    const out = docs(r.stdout, 'yaml');
    expect(out.map((d) => `${d.metadata.namespace}/${d.metadata.name}`)).toEqual(['shop/db', 'team/api']);
    for (const d of out) expect(validate(d)).toEqual([]);
    const key = cluster.keys.at(-1)!.privateKey;
    expect(unseal(key, out[0]).get('password')!.toString()).toBe(pw[0]);
    expect(unseal(key, out[1]).get('token')!.toString()).toBe(pw[1]);
    expect(out[1].spec.template.metadata).toEqual({ labels: { app: 'shop' }, name: 'api', namespace: 'team' });
    // kubeseal's path: the Service (for its port name), then cert.pem through the proxy, with the token.
    expect(cluster.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /api/v1/namespaces/kube-system/services/sealed-secrets-controller',
      'GET /api/v1/namespaces/kube-system/services/http:sealed-secrets-controller:http/proxy/v1/cert.pem',
    ]);
    expect(cluster.requests.every((q) => q.auth === `Bearer ${cluster.token}`)).toBe(true);
    expect(r.stderr).toContain("sealed for 'team'");
  });

  it('reads JSON (concatenated objects, a List) and writes JSON by default, like kubeseal', async () => {
    const pw = fakePassword();
    const one = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'a', namespace: 'n1' }, data: { k: Buffer.from(pw).toString('base64') } };
    const list = { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'b', namespace: 'n2' }, stringData: { k: pw } }] };
    const r = await seal([], `${JSON.stringify(one, null, 2)}\n${JSON.stringify(list)}\n`, { KUBECONFIG: cluster.kubeconfig() });
    expect(r.exitCode).toBe(0);
    const out = docs(r.stdout, 'json');
    expect(out.map((d) => d.metadata.name)).toEqual(['a', 'b']);
    for (const d of out) {
      expect(validate(d)).toEqual([]);
      expect(unseal(cluster.keys.at(-1)!.privateKey, d).get('k')!.toString()).toBe(pw);
    }
  });

  it('--controller-name / --controller-namespace, and a clear error when the Service is not there', async () => {
    const other = await startFakeCluster({ controllerName: 'sealed-secrets', controllerNamespace: 'infra', portName: 'https' });
    try {
      const env = { KUBECONFIG: other.kubeconfig() };
      const r = await seal(['-o', 'yaml', '--controller-name', 'sealed-secrets', '--controller-namespace', 'infra'], secret('x', 'y', { p: fakePassword() }), env);
      expect(r.exitCode).toBe(0);
      expect(other.requests.at(-1)!.path).toBe('/api/v1/namespaces/infra/services/http:sealed-secrets:https/proxy/v1/cert.pem');
      const missing = await seal([], secret('x', 'y', { p: fakePassword() }), env);
      expect(missing.exitCode).toBe(2);
      expect(missing.stderr).toContain('cannot get the sealed-secrets Service kube-system/sealed-secrets-controller (HTTP 404');
      expect(missing.stderr).toContain('--controller-name');
      expect(missing.stdout).toBe('');
    } finally {
      await other.close();
    }
  });

  it("checks the server against the cluster's CA and sends the kubeconfig's credentials", async () => {
    const wrongCa = await seal([], secret('x', 'y', { p: fakePassword() }), { KUBECONFIG: cluster.kubeconfig({ caPem: makeKeys({ bits: 1024 }).certPem }) });
    expect(wrongCa.exitCode).toBe(2);
    expect(wrongCa.stderr).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
    const badToken = await seal([], secret('x', 'y', { p: fakePassword() }), { KUBECONFIG: cluster.kubeconfig({ token: `wrong-${cluster.token.length}` }) });
    expect(badToken.exitCode).toBe(2);
    expect(badToken.stderr).toContain('HTTP 401: Unauthorized');
    const noConfig = await seal([], secret('x', 'y', { p: fakePassword() }));
    expect(noConfig.exitCode).toBe(2);
    expect(noConfig.stderr).toMatch(/no kubeconfig found .*pass --cert/);
  });

  it('--fetch-cert prints the served certificate; --cert FILE and SEALED_SECRETS_CERT never contact the cluster', async () => {
    const kubeconfig = cluster.kubeconfig();
    const fetched = await seal(['--fetch-cert'], '', { KUBECONFIG: kubeconfig });
    expect(fetched.exitCode).toBe(0);
    expect(fetched.stdout).toBe(cluster.keys.at(-1)!.certPem);
    fs.writeFileSync(path.join(dir, 'pub-cert.pem'), fetched.stdout);
    cluster.requests.length = 0;
    const pw = fakePassword();
    for (const env of [{ KUBECONFIG: kubeconfig }, { KUBECONFIG: kubeconfig, SEALED_SECRETS_CERT: 'pub-cert.pem' }] as Record<string, string>[]) {
      const args = env.SEALED_SECRETS_CERT ? ['-o', 'yaml'] : ['-o', 'yaml', '--cert', 'pub-cert.pem'];
      const r = await seal(args, secret('db', 'shop', { password: pw }), env);
      expect(r.exitCode).toBe(0);
      expect(unseal(cluster.keys.at(-1)!.privateKey, docs(r.stdout, 'yaml')[0]).get('password')!.toString()).toBe(pw);
    }
    expect(cluster.requests).toEqual([]);
  });

  it('--validate asks the controller (verify endpoint): 0 when it can decrypt, 1 when it cannot', async () => {
    const env = { KUBECONFIG: cluster.kubeconfig() };
    const good = (await seal(['-o', 'yaml'], secret('db', 'shop', { password: fakePassword() }), env)).stdout;
    const ok = await seal(['--validate'], good, env);
    expect(ok.stderr).toContain('db: the controller can decrypt it');
    expect(ok.exitCode).toBe(0);
    expect(cluster.requests.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/namespaces/kube-system/services/http:sealed-secrets-controller:http/proxy/v1/verify' });
    // Sealed for another controller's key: the controller answers 409 Conflict.
    const stranger = makeKeys({ bits: 2048 });
    fs.writeFileSync(path.join(dir, 'other.pem'), stranger.certPem);
    const bad = (await seal(['-o', 'yaml', '--cert', 'other.pem'], secret('db', 'shop', { password: fakePassword() }), env)).stdout;
    const no = await seal(['--validate'], bad, env);
    expect(no.exitCode).toBe(1);
    expect(no.stderr).toContain('db: the controller cannot decrypt it');
  });

  it('--re-encrypt returns the SealedSecret re-sealed with the newest key (rotate endpoint)', async () => {
    const rotating = await startFakeCluster();
    try {
      const env = { KUBECONFIG: rotating.kubeconfig() };
      const pw = fakePassword();
      const old = (await seal(['-o', 'yaml'], secret('db', 'shop', { password: pw }), env)).stdout;
      rotating.keys.push(makeKeys({ bits: 2048 })); // the controller renews its key
      const r = await seal(['--re-encrypt', '-o', 'yaml'], old, env);
      expect(r.exitCode).toBe(0);
      const [fresh] = docs(r.stdout, 'yaml');
      expect(validate(fresh)).toEqual([]);
      expect(unseal(rotating.keys[1]!.privateKey, fresh).get('password')!.toString()).toBe(pw);
      expect(() => unseal(rotating.keys[0]!.privateKey, fresh)).toThrow();
      expect(rotating.requests.at(-1)!.path).toMatch(/\/proxy\/v1\/rotate$/);
    } finally {
      await rotating.close();
    }
  });

  it('--allow-empty-data seals a Secret with no data; without it the Secret is refused', async () => {
    const env = { SEALED_SECRETS_CERT: 'pub-cert.pem' };
    fs.writeFileSync(path.join(dir, 'pub-cert.pem'), cluster.keys.at(-1)!.certPem);
    const empty = 'apiVersion: v1\nkind: Secret\nmetadata: {name: e, namespace: n}\n';
    const refused = await seal([], empty, env);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('no data or stringData');
    const r = await seal(['--allow-empty-data', '-o', 'yaml'], empty, env);
    expect(r.exitCode).toBe(0);
    const [d] = docs(r.stdout, 'yaml');
    expect(d.spec.encryptedData).toEqual({});
    expect(validate(d)).toEqual([]);
  });

  it('--merge-into updates the target SealedSecret and leaves the input untouched', async () => {
    const env = { SEALED_SECRETS_CERT: 'pub-cert.pem' };
    fs.writeFileSync(path.join(dir, 'pub-cert.pem'), cluster.keys.at(-1)!.certPem);
    const first = fakePassword();
    fs.writeFileSync(path.join(dir, 'sealed.yaml'), (await seal(['-o', 'yaml'], secret('app', 'prod', { a: first }), env)).stdout);
    const src = secret('other', 'dev', { b: fakePassword() });
    fs.writeFileSync(path.join(dir, 'src.yaml'), src);
    const r = await seal(['--merge-into', 'sealed.yaml', 'src.yaml'], '', env);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'src.yaml'), 'utf8')).toBe(src);
    const [merged] = docs(fs.readFileSync(path.join(dir, 'sealed.yaml'), 'utf8'), 'yaml');
    expect(validate(merged)).toEqual([]);
    expect(Object.keys(merged.spec.encryptedData).sort()).toEqual(['a', 'b']);
    expect(unseal(cluster.keys.at(-1)!.privateKey, merged).get('a')!.toString()).toBe(first);
  });

  it('the built CLI: kubeseal < secret.yaml > sealed.yaml becomes sealgate seal < secret.yaml > sealed.yaml', async () => {
    const pw = fakePassword();
    fs.writeFileSync(path.join(dir, 'secret.yaml'), secret('db', 'shop', { password: pw }));
    const env = testGitEnv({ KUBECONFIG: cluster.kubeconfig() });
    // Asynchronously: the API server runs in this process.
    const r = await promisify(execFile)('sh', ['-c', `"${process.execPath}" "${BIN}" seal -o yaml < secret.yaml > sealed.yaml`], { cwd: dir, env, encoding: 'utf8' });
    expect(r.stderr).toContain('sealing for certificate controller kube-system/sealed-secrets-controller');
    const [d] = docs(fs.readFileSync(path.join(dir, 'sealed.yaml'), 'utf8'), 'yaml');
    expect(validate(d)).toEqual([]);
    expect(unseal(cluster.keys.at(-1)!.privateKey, d).get('password')!.toString()).toBe(pw);
    expect(fs.readFileSync(path.join(dir, 'secret.yaml'), 'utf8')).toContain(pw); // the input is not touched
  });
});

// Opt-in: a real cluster with the sealed-secrets controller (e.g. kind + the controller's Helm chart).
describe.runIf(!!process.env.KUBECONFIG)('against the real cluster in $KUBECONFIG', () => {
  it('fetches the certificate, seals, and the controller validates what was sealed', async () => {
    const env = { ...process.env } as Record<string, string>;
    const cert = await run(['seal', '--fetch-cert'], { cwd: dir, env });
    expect(cert.stderr).toBe('');
    expect(cert.stdout).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const sealed = await run(['seal', '-o', 'yaml', '-n', 'default'], { cwd: dir, env, stdin: secret('sealgate-test', 'default', { password: fakePassword() }) });
    expect(sealed.exitCode).toBe(0);
    expect(validate(docs(sealed.stdout, 'yaml')[0])).toEqual([]);
    const valid = await run(['seal', '--validate'], { cwd: dir, env, stdin: sealed.stdout });
    expect(valid.exitCode).toBe(0);
  }, 120_000);
});
