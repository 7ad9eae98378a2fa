// `sealgate fix --seal` and `sealgate seal --raw` end to end: every Secret shape, every scope, sealed
// through the CLI into real files, then opened with the private key the way the controller does.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, loadAll } from 'js-yaml';
import { run } from '../src/cli/run.js';
import { buildSealedSecret, effectiveScope } from '../src/fix/seal/sealed-secret.js';
import { parseCertificate, type SealingCert } from '../src/fix/seal/certificate.js';
import { toSecretModel } from '../src/fix/secret-model.js';
import { toYaml } from '../src/yaml/emit.js';
import { crdValidator } from './helpers/schema.js';
import { hybridDecrypt, makeKeys, unseal, type TestKeys } from './helpers/sealed-secrets.js';

const validate = crdValidator('bitnami.com_sealedsecrets.yaml', 'v1alpha1');
const SCOPE_ANNOTATION = { 'namespace-wide': 'sealedsecrets.bitnami.com/namespace-wide', 'cluster-wide': 'sealedsecrets.bitnami.com/cluster-wide' } as const;

/** A value the scanner treats as a real credential; built at run time, never a literal. */
function secretText(): string {
  return 'Pw' + randomBytes(15).toString('base64url');
}

function gitRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'user.email', 'test@example.com'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', 'Test'], { cwd: dir });
  return dir;
}

let keys: TestKeys;
let cert: SealingCert;
beforeAll(() => {
  keys = makeKeys(); // RSA-4096, as the controller makes
  cert = parseCertificate(Buffer.from(keys.certPem), 'cert.pem');
});

/** Writes files into a fresh repo with the certificate, runs `sealgate fix ARGS`, returns the repo. */
async function fixIn(files: Record<string, string>, args: string[]) {
  const dir = gitRepo();
  writeFileSync(path.join(dir, 'pub-cert.pem'), keys.certPem);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  const r = await run(['fix', ...args, '--seal', '--cert', 'pub-cert.pem'], { cwd: dir, env: {} });
  return { dir, ...r, read: (f: string) => readFileSync(path.join(dir, f), 'utf8') };
}

function sealedOf(text: string, json = false): any[] {
  const docs = json ? [JSON.parse(text)] : (loadAll(text) as any[]).filter(Boolean);
  return docs.flatMap((d) => (d.kind === 'List' ? d.items : [d])).filter((d) => d.kind === 'SealedSecret');
}

function expectValid(obj: unknown): void {
  expect(validate(obj)).toEqual([]);
}

describe('every Secret shape round-trips through the controller algorithm, in every scope', () => {
  const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
  for (const scope of ['strict', 'namespace-wide', 'cluster-wide'] as const) {
    it(`data, stringData, both, binary, empty, UTF-8 (${scope})`, async () => {
      const v = { a: secretText(), b: secretText(), clash: secretText(), clashData: secretText(), utf8: `pässwörd-✓-${secretText()}` };
      const binary = Buffer.concat([Buffer.from([0, 255, 0x80, 0xc3, 0x28]), randomBytes(40)]);
      const text = [
        'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: shapes', '  namespace: shop', 'type: Opaque', 'data:',
        `  a: ${b64(v.a)}`, `  bin: ${b64(binary)}`, '  empty: ""', `  clash: ${b64(v.clashData)}`,
        'stringData:', `  b: "${v.b}"`, `  clash: "${v.clash}"`, `  utf8: "${v.utf8}"`, '  emptyString: ""', '',
      ].join('\n');
      const r = await fixIn({ 'k8s/secret.yaml': text }, ['k8s/secret.yaml', '--scope', scope]);
      expect(r.stderr).not.toContain('internal error');
      expect(r.exitCode).toBe(0);
      const [sealed] = sealedOf(r.read('k8s/secret.yaml'));
      expectValid(sealed);
      const opened = unseal(keys.privateKey, sealed);
      expect(Object.keys(sealed.spec.encryptedData)).toEqual(['a', 'b', 'bin', 'clash', 'empty', 'emptyString', 'utf8']);
      expect(opened.get('a')!.toString()).toBe(v.a);
      expect(opened.get('b')!.toString()).toBe(v.b);
      expect(opened.get('bin')!.equals(binary)).toBe(true);
      expect(opened.get('clash')!.toString()).toBe(v.clash); // stringData wins, as in kubeseal
      expect(opened.get('empty')!.length).toBe(0);
      expect(opened.get('emptyString')!.length).toBe(0);
      expect(opened.get('utf8')!.toString('utf8')).toBe(v.utf8);
      if (scope === 'strict') expect(sealed.metadata.annotations).toBeUndefined();
      else {
        expect(sealed.metadata.annotations).toEqual({ [SCOPE_ANNOTATION[scope]]: 'true' });
        expect(sealed.spec.template.metadata.annotations[SCOPE_ANNOTATION[scope]]).toBe('true');
        // Quoted, so kubectl reads a string, not a boolean.
        expect(r.read('k8s/secret.yaml')).toMatch(new RegExp(`${SCOPE_ANNOTATION[scope]}: ['"]true['"]`));
      }
      for (const s of [r.stdout, r.stderr]) for (const plain of Object.values(v)) expect(s).not.toContain(plain);
    });

    it(`multi-document YAML, JSON and List files (${scope})`, async () => {
      const p = [secretText(), secretText(), secretText(), secretText(), secretText()];
      const multi = `apiVersion: v1\nkind: Secret\nmetadata: {name: one, namespace: a}\nstringData: {k: "${p[0]}"}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {x: y}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: two, namespace: b}\nstringData: {k: "${p[1]}"}\n`;
      const json = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'js', namespace: 'c' }, data: { k: b64(p[2]!) } }, null, 2) + '\n';
      const list = toYaml({
        apiVersion: 'v1', kind: 'List',
        items: [
          { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'l1', namespace: 'd' }, stringData: { k: p[3] } },
          { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'keep' }, data: { x: 'y' } },
        ],
      });
      const jsonList = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'jl', namespace: 'e' }, data: { k: b64(p[4]!) } }] });
      const r = await fixIn({ 'multi.yaml': multi, 's.json': json, 'list.yaml': list, 'list.json': jsonList }, ['--scope', scope]);
      expect(r.exitCode).toBe(0);
      const check = (sealed: any, name: string, ns: string, plain: string) => {
        expectValid(sealed);
        expect(sealed.metadata.name).toBe(name);
        expect(sealed.metadata.namespace).toBe(ns);
        expect(unseal(keys.privateKey, sealed).get('k')!.toString()).toBe(plain);
      };
      const m = sealedOf(r.read('multi.yaml'));
      expect(m).toHaveLength(2);
      check(m[0], 'one', 'a', p[0]!);
      check(m[1], 'two', 'b', p[1]!);
      expect(r.read('multi.yaml')).toContain('---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {x: y}\n---\n');
      const js = r.read('s.json');
      expect(() => JSON.parse(js)).not.toThrow(); // JSON stays JSON
      check(sealedOf(js, true)[0], 'js', 'c', p[2]!);
      const l = load(r.read('list.yaml')) as any;
      expect(l.kind).toBe('List');
      expect(l.items.map((i: any) => i.kind)).toEqual(['SealedSecret', 'ConfigMap']);
      check(l.items[0], 'l1', 'd', p[3]!);
      check(sealedOf(r.read('list.json'), true)[0], 'jl', 'e', p[4]!);
    });
  }
});

describe('the label binds the values to where they were sealed', () => {
  it('a renamed or moved strict SealedSecret does not open; namespace-wide survives a rename only', async () => {
    const pw = secretText();
    const r = await fixIn({ 's.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: shop}\nstringData: {password: "${pw}"}\n` }, []);
    const [sealed] = sealedOf(r.read('s.yaml'));
    expect(unseal(keys.privateKey, sealed).get('password')!.toString()).toBe(pw);
    expect(() => unseal(keys.privateKey, { ...sealed, metadata: { ...sealed.metadata, name: 'db2' } })).toThrow();
    expect(() => unseal(keys.privateKey, { ...sealed, metadata: { ...sealed.metadata, namespace: 'other' } })).toThrow();

    const nw = buildSealedSecret(toSecretModel({ kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, stringData: { password: pw } }), { cert, scope: 'namespace-wide' }) as any;
    expect(unseal(keys.privateKey, { ...nw, metadata: { ...nw.metadata, name: 'renamed' } }).get('password')!.toString()).toBe(pw);
    expect(() => unseal(keys.privateKey, { ...nw, metadata: { ...nw.metadata, namespace: 'other' } })).toThrow();
  });

  it('tampered ciphertext in a sealed file does not open', async () => {
    const r = await fixIn({ 's.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: shop}\nstringData: {password: "${secretText()}"}\n` }, []);
    const [sealed] = sealedOf(r.read('s.yaml'));
    const blob = Buffer.from(sealed.spec.encryptedData.password, 'base64');
    blob[blob.length - 20] ^= 0x40;
    expect(() => hybridDecrypt(keys.privateKey, 'shop/db', blob)).toThrow();
  });
});

describe('the SealedSecret object, as kubeseal builds it', () => {
  const pw = () => secretText();

  it('honours the Secret\'s scope annotations; --scope overrides them only when not strict', () => {
    const withAnn = (a: Record<string, string>) => toSecretModel({ kind: 'Secret', metadata: { name: 'n', namespace: 'ns', annotations: a }, stringData: { k: pw() } });
    expect(effectiveScope(withAnn({ [SCOPE_ANNOTATION['cluster-wide']]: 'true' }), undefined)).toBe('cluster-wide');
    expect(effectiveScope(withAnn({ [SCOPE_ANNOTATION['cluster-wide']]: 'true' }), 'strict')).toBe('cluster-wide');
    expect(effectiveScope(withAnn({ [SCOPE_ANNOTATION['namespace-wide']]: 'true', [SCOPE_ANNOTATION['cluster-wide']]: 'true' }), undefined)).toBe('cluster-wide');
    expect(effectiveScope(withAnn({ [SCOPE_ANNOTATION['namespace-wide']]: 'true' }), undefined)).toBe('namespace-wide');
    expect(effectiveScope(withAnn({ [SCOPE_ANNOTATION['namespace-wide']]: 'yes' }), undefined)).toBe('strict');
    const s = buildSealedSecret(withAnn({ [SCOPE_ANNOTATION['cluster-wide']]: 'true' }), { cert, scope: 'namespace-wide' }) as any;
    expect(s.metadata.annotations).toEqual({ [SCOPE_ANNOTATION['namespace-wide']]: 'true' });
    expect(s.spec.template.metadata.annotations).toEqual({ [SCOPE_ANNOTATION['namespace-wide']]: 'true' });
    expectValid(s);
  });

  it('copies template metadata minus last-applied, ownerReferences and server fields; keeps type and immutable', () => {
    const secret = {
      apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/basic-auth', immutable: true,
      metadata: {
        name: 'db', namespace: 'shop', uid: 'u-1', resourceVersion: '42', creationTimestamp: '2024-01-01T00:00:00Z', generation: 3,
        labels: { app: 'shop', yes: 'on' }, finalizers: ['x/y'],
        annotations: { note: 'hi', 'kubectl.kubernetes.io/last-applied-configuration': '{"stringData":{"password":"' + pw() + '"}}' },
        ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: 'u' }],
        managedFields: [{ manager: 'kubectl' }],
      },
      stringData: { username: 'admin', password: pw() },
    };
    const s = buildSealedSecret(toSecretModel(secret), { cert }) as any;
    expectValid(s);
    expect(Object.keys(s)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(s.metadata).toEqual({ name: 'db', namespace: 'shop' }); // labels stay in the template, as kubeseal does
    expect(s.spec.template).toEqual({
      immutable: true,
      metadata: { annotations: { note: 'hi' }, finalizers: ['x/y'], labels: { app: 'shop', yes: 'on' }, name: 'db', namespace: 'shop' },
      type: 'kubernetes.io/basic-auth',
    });
    expect(Object.keys(s.spec.encryptedData)).toEqual(['password', 'username']);
    const y = toYaml(s);
    expect(y).toMatch(/yes['"]?: ['"]on['"]/); // YAML 1.1 booleans quoted
    expect(y).not.toContain('last-applied');
  });

  it('takes the fallback namespace, and refuses strict/namespace-wide without one; cluster-wide needs none', () => {
    const model = toSecretModel({ kind: 'Secret', metadata: { name: 'db' }, stringData: { k: pw() } });
    expect((buildSealedSecret(model, { cert, namespaceFallback: 'fb' }) as any).metadata.namespace).toBe('fb');
    expect(() => buildSealedSecret(model, { cert, where: 'a.yaml' })).toThrow(/a\.yaml: Secret 'db' has no namespace.*--namespace NS/);
    expect(() => buildSealedSecret(model, { cert, scope: 'namespace-wide' })).toThrow(/no namespace/);
    const cw = buildSealedSecret(model, { cert, scope: 'cluster-wide' }) as any;
    expect(cw.metadata.namespace).toBeUndefined();
    expect(unseal(keys.privateKey, cw).get('k')!.length).toBeGreaterThan(0);
    expectValid(cw);
  });
});

describe('namespace from --namespace or the nearest kustomization.yaml', () => {
  const secret = () => `apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {password: "${secretText()}"}\n`;

  it('uses --namespace', async () => {
    const r = await fixIn({ 'k/s.yaml': secret() }, ['k/s.yaml', '--namespace', 'flagged']);
    expect(r.exitCode).toBe(0);
    expect(sealedOf(r.read('k/s.yaml'))[0].metadata.namespace).toBe('flagged');
  });

  it('uses the nearest kustomization.yaml namespace', async () => {
    const r = await fixIn({ 'app/kustomization.yaml': 'namespace: from-kustomize\nresources: [base/s.yaml]\n', 'app/base/s.yaml': secret() }, ['app']);
    expect(r.exitCode).toBe(0);
    const [s] = sealedOf(r.read('app/base/s.yaml'));
    expect(s.metadata.namespace).toBe('from-kustomize');
    expect(unseal(keys.privateKey, s).size).toBe(1);
  });

  it('refuses without one, says how to give one, and writes nothing', async () => {
    const text = secret();
    const r = await fixIn({ 's.yaml': text }, ['s.yaml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml: Secret 'db' has no namespace.*--namespace NS/);
    expect(r.read('s.yaml')).toBe(text);
  });
});

describe('--merge-into', () => {
  it('adds and replaces keys in an existing SealedSecret (creating missing maps) and leaves the source untouched', async () => {
    const old = secretText();
    const fresh = { api: secretText(), db: secretText() };
    const base = buildSealedSecret(toSecretModel({ kind: 'Secret', metadata: { name: 'app', namespace: 'prod' }, stringData: { db: old, keep: old } }), { cert }) as any;
    const targetText = `# sealed by hand\n${toYaml(base)}`;
    const src = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: other-name\n  namespace: dev\n  labels: {team: a}\nstringData:\n  api: "${fresh.api}"\n  db: "${fresh.db}"\n`;
    const r = await fixIn({ 'sealed.yaml': targetText, 'secret.yaml': src }, ['secret.yaml', '--merge-into', 'sealed.yaml']);
    expect(r.stderr).not.toContain('internal');
    expect(r.exitCode).toBe(0);
    const t = r.read('sealed.yaml');
    expect(t.startsWith('# sealed by hand\n')).toBe(true);
    const [merged] = sealedOf(t);
    expectValid(merged);
    expect(merged.metadata).toEqual({ name: 'app', namespace: 'prod' });
    expect(merged.spec.template.metadata.labels).toEqual({ team: 'a' });
    const opened = unseal(keys.privateKey, merged); // sealed for the target's name and namespace
    expect(opened.get('api')!.toString()).toBe(fresh.api);
    expect(opened.get('db')!.toString()).toBe(fresh.db);
    expect(opened.get('keep')!.toString()).toBe(old);
    // Like kubeseal --merge-into: the source is left untouched (it used to lose its Secret, or become a 0-byte file).
    expect(r.read('secret.yaml')).toBe(src);
    expect(r.stderr).toMatch(/sealed\.yaml: merged sealed keys api, db/);
    expect(r.stderr).toMatch(/secret\.yaml: left as it is; remove its Secret before committing/);
  });

  it('a source holding only the Secret is left as is (not a 0-byte file), with the git rm command to run', async () => {
    const target = toYaml(buildSealedSecret(toSecretModel({ kind: 'Secret', metadata: { name: 'a', namespace: 'n' }, stringData: { k: 'v' } }), { cert }));
    const src = `apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: n}\nstringData: {extra: "${secretText()}"}\n`;
    const r = await fixIn({ 'secret.yaml': src, 'target.yaml': target }, ['secret.yaml', '--merge-into', 'target.yaml']);
    expect(r.exitCode).toBe(0);
    expect(r.read('secret.yaml')).toBe(src);
    expect(r.stderr).toContain('secret.yaml: left as it is; remove its Secret before committing (the values are in the merge target): git rm -- secret.yaml');
    const [merged] = sealedOf(r.read('target.yaml'));
    expect(unseal(keys.privateKey, merged).get('extra')!.toString()).toBe(src.match(/extra: "(.*)"/)![1]);
  });

  it('refuses a target without exactly one SealedSecret, and a --scope that differs from it', async () => {
    const src = `apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: n}\nstringData: {k: "${secretText()}"}\n`;
    const r = await fixIn({ 'secret.yaml': src, 'target.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n' }, ['secret.yaml', '--merge-into', 'target.yaml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--merge-into target\.yaml: expected exactly one SealedSecret/);
    expect(r.read('secret.yaml')).toBe(src);
    const target = toYaml(buildSealedSecret(toSecretModel({ kind: 'Secret', metadata: { name: 'a', namespace: 'n' }, stringData: { k: 'v' } }), { cert }));
    const r2 = await fixIn({ 'secret.yaml': src, 'target.yaml': target }, ['secret.yaml', '--merge-into', 'target.yaml', '--scope', 'cluster-wide']);
    expect(r2.exitCode).toBe(2);
    expect(r2.stderr).toMatch(/--scope cluster-wide does not match target\.yaml, which is sealed strict/);
  });
});

describe('sealgate seal --raw', () => {
  it('prints only the base64 blob, no trailing newline, that opens for the given label', async () => {
    const dir = gitRepo();
    writeFileSync(path.join(dir, 'pub-cert.pem'), keys.certPem);
    const value = secretText();
    const r = await run(['seal', '--raw', '--cert', 'pub-cert.pem', '--name', 'db', '--namespace', 'shop'], { cwd: dir, env: {}, stdin: value });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Ag[A-D][A-Za-z0-9+/]+=*$/);
    expect(hybridDecrypt(keys.privateKey, 'shop/db', r.stdout).toString()).toBe(value);
    expect(r.stderr).toContain('SHA-256 fingerprint');
    expect(r.stderr).not.toContain(value);

    const cw = await run(['seal', '--raw', '--scope', 'cluster-wide'], { cwd: dir, env: { SEALED_SECRETS_CERT: 'pub-cert.pem' }, stdin: value });
    expect(cw.exitCode).toBe(0);
    expect(hybridDecrypt(keys.privateKey, '', cw.stdout).toString()).toBe(value);
    expect(cw.stderr).toContain('sealedsecrets.bitnami.com/cluster-wide: "true"');

    const bin = randomBytes(64);
    writeFileSync(path.join(dir, 'value.bin'), bin);
    const fromFile = await run(['seal', '--raw', '--cert', 'pub-cert.pem', '--scope', 'namespace-wide', '--namespace', 'shop', '--from-file', 'value.bin'], { cwd: dir, env: {} });
    expect(hybridDecrypt(keys.privateKey, 'shop', fromFile.stdout).equals(bin)).toBe(true);
  });

  it('needs --name for strict, --namespace unless cluster-wide, and a certificate', async () => {
    const dir = gitRepo();
    writeFileSync(path.join(dir, 'pub-cert.pem'), keys.certPem);
    const cases: [string[], RegExp][] = [
      [['--raw', '--cert', 'pub-cert.pem', '--namespace', 'ns'], /--name is required for strict scope/],
      [['--raw', '--cert', 'pub-cert.pem', '--name', 'n'], /--namespace is required for strict scope/],
      [['--raw', '--name', 'n', '--namespace', 'ns'], /no kubeconfig found .*: pass --cert FILE\|URL/],
      [['--name', 'n', '--namespace', 'ns', '--cert', 'pub-cert.pem'], /--name goes with --raw/],
      [['--raw', '--cert', 'pub-cert.pem', '--scope', 'wide'], /--scope must be one of strict, namespace-wide, cluster-wide/],
    ];
    for (const [args, msg] of cases) {
      const r = await run(['seal', ...args], { cwd: dir, env: { HOME: dir }, stdin: 'x' });
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stdout).toBe('');
    }
  });
});
