// The objects of the ExternalSecret fix: remote key naming per provider, the ExternalSecret and
// PushSecret shapes (golden files per provider, CRD schema validation), and the refusals.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixError, UsageError } from '../src/errors.js';
import { buildExternalSecret, refuseUnsupported, storedValues } from '../src/fix/external/external-secret.js';
import { remoteName, validateKeyTemplate, PROVIDERS, type Provider } from '../src/fix/external/providers.js';
import { buildPushSecret, pushSecretName } from '../src/fix/external/push-secret.js';
import { createExternalRewriter } from '../src/fix/external/rewriter.js';
import { toSecretModel } from '../src/fix/secret-model.js';
import { toYaml } from '../src/yaml/emit.js';
import { crdValidator } from './helpers/schema.js';
import { typedSecrets } from './fixtures/external/secrets.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOLDEN = path.join(here, 'fixtures', 'external');
const validateES = crdValidator('external-secrets.io_externalsecrets.yaml', 'v1');
const validatePS = crdValidator('external-secrets.io_pushsecrets.yaml', 'v1alpha1');

const STORE: Record<Provider, string> = { vault: 'vault-kv2', aws: 'aws-sm', gcp: 'gcp-sm', azure: 'azure-kv' };

describe('remote key naming', () => {
  it('uses k8s/<namespace>/<name> for Vault and AWS, without a mount or data/', () => {
    expect(remoteName('vault', { name: 'db-creds', namespace: 'payments' })).toEqual({
      name: 'k8s/payments/db-creds',
      key: 'k8s/payments/db-creds',
    });
    expect(remoteName('aws', { name: 'db-creds', namespace: 'payments' })).toEqual({
      name: 'k8s/payments/db-creds',
      key: 'k8s/payments/db-creds',
    });
  });

  it('flattens to <namespace>--<name> for GCP and Azure (Azure keys name the secret object type)', () => {
    expect(remoteName('gcp', { name: 'db-creds', namespace: 'payments' })).toEqual({ name: 'payments--db-creds', key: 'payments--db-creds' });
    expect(remoteName('azure', { name: 'db-creds', namespace: 'payments' })).toEqual({
      name: 'payments--db-creds',
      key: 'secret/payments--db-creds',
    });
  });

  it("keeps dotted Secret names within each provider's character set", () => {
    expect(remoteName('gcp', { name: 'web.example.com', namespace: 'edge' }).name).toBe('edge--web_example_com');
    expect(remoteName('azure', { name: 'web.example.com', namespace: 'edge' }).name).toBe('edge--web-example-com');
    expect(remoteName('vault', { name: 'web.example.com', namespace: 'edge' }).name).toBe('k8s/edge/web.example.com');
  });

  it('honours --key-template and --prefix, flattening slashes where the provider has none', () => {
    const t = 'clusters/prod/{namespace}/{name}';
    expect(remoteName('vault', { name: 'a', namespace: 'ns', template: t }).key).toBe('clusters/prod/ns/a');
    expect(remoteName('aws', { name: 'a', namespace: 'ns', template: t }).key).toBe('clusters/prod/ns/a');
    expect(remoteName('gcp', { name: 'a', namespace: 'ns', template: t }).key).toBe('clusters--prod--ns--a');
    expect(remoteName('azure', { name: 'a', namespace: 'ns', template: t }).key).toBe('secret/clusters--prod--ns--a');
    expect(remoteName('vault', { name: 'a', namespace: 'ns', prefix: 'team/x' }).key).toBe('team/x/ns/a');
    expect(remoteName('vault', { name: 'a', namespace: 'ns', prefix: '' }).key).toBe('ns/a');
    expect(remoteName('gcp', { name: 'a', namespace: 'ns', prefix: 'prod' }).key).toBe('prod--ns--a');
    expect(remoteName('vault', { name: 'a', template: '{prefix}/{name}' }).key).toBe('k8s/a');
  });

  it('refuses templates that cannot name every Secret apart', () => {
    expect(() => validateKeyTemplate('{prefix}/{namespace}')).toThrow(UsageError);
    expect(() => validateKeyTemplate('{prefix}/{cluster}/{name}')).toThrow(/unknown placeholder \{cluster\}/);
    expect(() => validateKeyTemplate('{name')).toThrow(UsageError);
    expect(() => validateKeyTemplate('')).toThrow(UsageError);
    expect(() => validateKeyTemplate('{prefix}/{namespace}/{name}')).not.toThrow();
  });

  it('refuses what no backend path can hold', () => {
    expect(() => remoteName('vault', { name: 'a' })).toThrow(/no namespace/);
    expect(() => remoteName('vault', { name: 'a', namespace: 'data', template: '{namespace}/{name}' })).toThrow(/data\//);
    expect(() => remoteName('aws', { name: 'a', namespace: 'ns', prefix: 'a b' })).toThrow(FixError);
    expect(() => remoteName('vault', { name: 'a', namespace: 'ns', prefix: '..' })).toThrow(/'\.\.' segment/);
    expect(() => remoteName('vault', { name: '../etc', namespace: 'ns' })).toThrow(/not a valid Kubernetes name/);
    expect(() => remoteName('vault', { name: 'a', namespace: 'Bad_NS' })).toThrow(/not a valid Kubernetes namespace/);
  });

  it('GCP and Azure names always match the provider pattern, however long the Secret name', () => {
    const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);
    const name = fc.array(label, { minLength: 1, maxLength: 12 }).map((l) => l.join('.')).filter((n) => n.length <= 253);
    const ns = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    fc.assert(
      fc.property(name, ns, fc.constantFrom('', 'k8s', 'team/prod'), (n, namespace, prefix) => {
        const gcp = remoteName('gcp', { name: n, namespace, prefix }).name;
        const az = remoteName('azure', { name: n, namespace, prefix }).name;
        expect(gcp).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
        expect(az).toMatch(/^[0-9a-zA-Z-]{1,127}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('shortened names stay distinct (a hash of the full name is kept)', () => {
    const long = 'a'.repeat(120);
    const one = remoteName('azure', { name: long + '.x', namespace: 'ns' }).name;
    const two = remoteName('azure', { name: long + '.y', namespace: 'ns' }).name;
    expect(one.length).toBeLessThanOrEqual(127);
    expect(one).not.toBe(two);
  });
});

describe('ExternalSecret', () => {
  const opts = { store: 'vault-kv2', storeKind: 'ClusterSecretStore' as const, refreshInterval: '1h', remoteKey: 'k8s/payments/db-creds' };

  it('matches manifest-shapes.md 6.1 for the basic-auth Secret, last-applied-configuration dropped', () => {
    const s = toSecretModel(typedSecrets().basic);
    const es = buildExternalSecret(s, storedValues(s), { ...opts, namespace: 'payments' });
    expect(es).toEqual({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: {
        name: 'db-creds',
        namespace: 'payments',
        labels: { app: 'api' },
        annotations: { 'sealgate.io/migrated-from': 'Secret/payments/db-creds' },
      },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault-kv2' },
        target: {
          name: 'db-creds',
          creationPolicy: 'Owner',
          deletionPolicy: 'Retain',
          template: { type: 'kubernetes.io/basic-auth', metadata: { labels: { app: 'api' } } },
        },
        data: [
          { secretKey: 'password', remoteRef: { key: 'k8s/payments/db-creds', property: 'password' } },
          { secretKey: 'username', remoteRef: { key: 'k8s/payments/db-creds', property: 'username' } },
        ],
      },
    });
    expect(validateES(es)).toEqual([]);
  });

  it('has no template for an Opaque Secret without metadata, and omits every default strategy', () => {
    const s = toSecretModel({ kind: 'Secret', metadata: { name: 'plain' }, stringData: { token: 'x'.repeat(8) } });
    const es = buildExternalSecret(s, storedValues(s), { ...opts, storeKind: 'SecretStore' }) as any;
    expect(es.metadata).toEqual({ name: 'plain', annotations: { 'sealgate.io/migrated-from': 'Secret/plain' } });
    expect(es.spec.target).toEqual({ name: 'plain', creationPolicy: 'Owner', deletionPolicy: 'Retain' });
    expect(es.spec.data).toEqual([{ secretKey: 'token', remoteRef: { key: opts.remoteKey, property: 'token' } }]);
    expect(es.spec.secretStoreRef).toEqual({ kind: 'SecretStore', name: 'vault-kv2' });
    expect(validateES(es)).toEqual([]);
  });

  it('carries immutable, finalizers and annotations; marks binary values with decodingStrategy Base64', () => {
    const fx = typedSecrets();
    const raw = structuredClone(fx.binary) as any;
    raw.immutable = true;
    raw.metadata.finalizers = ['example.com/keep'];
    raw.metadata.annotations = { 'reloader.stakater.com/match': 'true' };
    const s = toSecretModel(raw);
    const stored = storedValues(s);
    expect(stored.map((v) => [v.property, v.base64])).toEqual([
      ['keystore.p12', true],
      ['store-password', false],
    ]);
    expect(Buffer.from(stored[0].text, 'base64').equals(fx.plain.binary.get('keystore.p12')!)).toBe(true);
    const es = buildExternalSecret(s, stored, opts) as any;
    expect(es.spec.target.immutable).toBe(true);
    expect(es.spec.target.template).toEqual({
      metadata: { annotations: { 'reloader.stakater.com/match': 'true' }, finalizers: ['example.com/keep'] },
    });
    expect(es.spec.data[0].remoteRef).toEqual({ key: opts.remoteKey, property: 'keystore.p12', decodingStrategy: 'Base64' });
    expect(es.spec.data[1].remoteRef).toEqual({ key: opts.remoteKey, property: 'store-password' });
    expect(validateES(es)).toEqual([]);
  });

  it('keeps a UTF-8 BOM and CRLF text byte for byte without base64', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('line1\r\nlíne2\n')]);
    const s = toSecretModel({ kind: 'Secret', metadata: { name: 'x' }, data: { v: bytes.toString('base64') } });
    const [v] = storedValues(s);
    expect(v.base64).toBe(false);
    expect(Buffer.from(v.text, 'utf8').equals(bytes)).toBe(true);
  });

  it('refuses service-account-token and bootstrap-token Secrets, with the reason', () => {
    const sa = toSecretModel({
      kind: 'Secret',
      metadata: { name: 'sa', annotations: { 'kubernetes.io/service-account.name': 'build' } },
      type: 'kubernetes.io/service-account-token',
      data: { token: Buffer.from('t'.repeat(20)).toString('base64') },
    });
    expect(() => refuseUnsupported(sa)).toThrow(FixError);
    expect(() => refuseUnsupported(sa)).toThrow(/service-account-token.*ESO cannot template/);
    const boot = toSecretModel({
      kind: 'Secret',
      metadata: { name: 'bootstrap-token-abcdef', namespace: 'kube-system' },
      type: 'bootstrap.kubernetes.io/token',
      stringData: { 'token-id': 'abcdef', 'token-secret': 'z'.repeat(16) },
    });
    expect(() => refuseUnsupported(boot)).toThrow(/bootstrap.kubernetes.io\/token: ESO refuses bootstrap-token templates/);
    expect(() => refuseUnsupported(toSecretModel({ kind: 'Secret', metadata: { name: 'empty' } }))).toThrow(/no values/);
  });
});

describe('PushSecret', () => {
  it('seeds the store from the live Secret without clobbering, and validates against the CRD', () => {
    const s = toSecretModel(typedSecrets().basic);
    const ps = buildPushSecret(s, { store: 'vault-kv2', storeKind: 'ClusterSecretStore', refreshInterval: '1h', remoteKey: 'k8s/payments/db-creds', provider: 'vault' });
    expect(ps).toEqual({
      apiVersion: 'external-secrets.io/v1alpha1',
      kind: 'PushSecret',
      metadata: { name: 'db-creds-seed', namespace: 'payments' },
      spec: {
        refreshInterval: '1h',
        updatePolicy: 'IfNotExists',
        deletionPolicy: 'None',
        secretStoreRefs: [{ kind: 'ClusterSecretStore', name: 'vault-kv2' }],
        selector: { secret: { name: 'db-creds' } },
        data: [{ match: { remoteRef: { remoteKey: 'k8s/payments/db-creds' } } }],
      },
    });
    expect(validatePS(ps)).toEqual([]);
  });

  it('asks AWS to store the pushed map as a string', () => {
    const s = toSecretModel(typedSecrets().basic);
    const ps = buildPushSecret(s, { store: 'aws-sm', storeKind: 'SecretStore', refreshInterval: '15m', remoteKey: 'k8s/payments/db-creds', provider: 'aws' }) as any;
    expect(ps.spec.data[0].metadata).toEqual({
      apiVersion: 'kubernetes.external-secrets.io/v1alpha1',
      kind: 'PushSecretMetadata',
      spec: { secretPushFormat: 'string' },
    });
    expect(validatePS(ps)).toEqual([]);
  });

  it('keeps the seed name a valid Kubernetes name', () => {
    const name = pushSecretName('a'.repeat(250) + '.b');
    expect(name.length).toBeLessThanOrEqual(253);
    expect(name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/);
  });
});

describe('golden ExternalSecrets per provider', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: basic-auth, dockerconfigjson, tls with dotted keys, binary data`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-'));
      const rewriter = createExternalRewriter({
        store: STORE[provider],
        provider,
        root: dir,
        valuesOut: path.join(dir, 'values.json'),
        pushSecret: true,
      });
      const fx = typedSecrets();
      const objects: Record<string, unknown>[] = [];
      for (const name of ['basic', 'docker', 'tls', 'binary'] as const) {
        objects.push(...(await rewriter.rewrite(toSecretModel(fx[name] as Record<string, unknown>), { file: `deploy/${name}.yaml`, root: dir })));
      }
      for (const o of objects) {
        const errors = o.kind === 'PushSecret' ? validatePS(o) : validateES(o);
        expect(errors, `${o.kind} ${(o.metadata as any).name}`).toEqual([]);
      }
      // The binary Secret gets no PushSecret (see rewriter.ts): 4 ExternalSecrets + 3 PushSecrets.
      expect(objects.map((o) => o.kind)).toEqual([
        'ExternalSecret', 'PushSecret', 'ExternalSecret', 'PushSecret', 'ExternalSecret', 'PushSecret', 'ExternalSecret',
      ]);
      const actual = objects.map((o) => toYaml(o)).join('---\n');
      const file = path.join(GOLDEN, `${provider}.yaml`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
