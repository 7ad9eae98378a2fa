// Verdicts of the manifest checks on shapes from real charts and docs (issue 12, items 5, 6 and 8):
// what blocks, on which line, and what is only a warning or nothing at all.
import { describe, it, expect } from 'vitest';
import { loadBuiltinRules } from '../src/rules/load.js';
import { findingsFor } from './helpers/rule-tester.js';
import { b64, randomString } from './helpers/fake-secrets.js';

const rules = loadBuiltinRules();
const scan = (code: string, path = 'deploy/app.yaml') => findingsFor(rules, code, path);
const blocking = (code: string, path?: string) => scan(code, path).filter((f) => f.severity === 'error');
const body = (n: number) => randomString(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

describe('inside a Secret', () => {
  it('blocks on the password line only; the username is not a separate finding', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: chap}', 'data:', `  node.session.auth.username: ${b64('user')}`, `  node.session.auth.password: ${b64('password')}`, `  apiAddress: ${b64('tcp://127.0.0.1:5705')}`].join('\n');
    const f = blocking(doc);
    expect(f.map((x) => [x.line, x.ruleId])).toEqual([[6, 'k8s-secret-plaintext']]);
  });

  it('a Secret holding only configuration is a warning, not an error', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: grafana-config}', 'stringData:', '  grafana.ini: |', '    [date_formats]', '    default_timezone = UTC', '    [analytics]', '    reporting_enabled = false'].join('\n');
    const f = scan(doc);
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  it('a config file inside a Secret blocks when it carries a password', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: am}', 'stringData:', '  alertmanager.yaml: |', '    global:', '      smtp_smarthost: smtp.acme.io:587', `      smtp_auth_password: ${randomString(14)}`].join('\n');
    expect(blocking(doc).map((x) => x.line)).toEqual([5]);
  });

  it('placeholders, dummies and placeholder base64 are not findings', () => {
    const doc = [
      'apiVersion: v1', 'kind: Secret', 'metadata: {name: docs}', 'stringData:',
      '  token: "**access token goes here**"', '  accessId: "p-XXXX"', '  source-key1: "{\\"foo\\":\\"bar\\"}"', '  source-key2: bar',
      '  vault: change-me-placeholder', 'data:', `  ClientSecret: ${b64('my-service-principle-client-secret\n')}`,
    ].join('\n');
    expect(blocking(doc)).toEqual([]);
  });

  it('weak literal passwords block whatever their entropy', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: basic-auth}', 'data:', `  password: ${b64('toor')}`, `  user: ${b64('admin')}`].join('\n');
    expect(blocking(doc).map((x) => x.line)).toEqual([5]);
  });

  it('webhook URLs and https://user:pass@ in a Secret block', () => {
    const slack = ['https://hooks.slack.com/services', 'T' + randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), 'B' + randomString(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'), randomString(24)].join('/');
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: hooks}', 'stringData:', `  url: ${slack}`, `  git: https://deploy:${randomString(16)}@git.acme.io/org/repo.git`].join('\n');
    expect(blocking(doc).map((x) => x.line)).toEqual([5, 6]);
  });

  it('a ConfigMap config file: comments, label keys and $secret references are not credentials; a literal is', () => {
    const cm = (extra: string[]) => ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: argocd-cm}', 'data:', '  oidc.config: |', '    name: Okta', '    # redirect: https://argo/oauth2/callback', '    clientSecret: $oidc-secret:clientSecret', '    selector:', '      - key: team', '        operator: In', ...extra].join('\n');
    expect(blocking(cm([]))).toEqual([]);
    expect(blocking(cm([`    bindPassword: ${randomString(12)}`])).map((x) => x.line)).toEqual([5]);
  });

  it('a truncated key inside a service-account JSON is not a credential', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: gcp}', 'stringData:', '  credentials: |-', '    {"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nA key\\n-----END PRIVATE KEY-----\\n", "client_id": "client ID"}'].join('\n');
    expect(blocking(doc)).toEqual([]);
  });
});

describe('workload env', () => {
  const pod = (env: [string, string][]) =>
    ['apiVersion: v1', 'kind: Pod', 'metadata: {name: db}', 'spec:', '  containers:', '    - name: db', '      image: mysql:8', '      env:', ...env.flatMap(([n, v]) => [`        - name: ${n}`, `          value: "${v}"`])].join('\n');
  it('blocks weak literal passwords', () => {
    const f = blocking(pod([['MYSQL_USER', 'mysql'], ['MYSQL_PASSWORD', 'mysql'], ['MYSQL_ROOT_PASSWORD', 'toor']]));
    expect(f.map((x) => x.line)).toEqual([12, 14]);
  });
  it('passes references, placeholders and settings', () => {
    const f = blocking(pod([
      ['DATABASE_URL', 'postgres://orders:$(DB_PASSWORD)@db/orders'],
      ['API_KEY', 'berglas://bucket/api-key'],
      ['TOKEN', 'sm://project/token#2'],
      ['GOOGLE_API_KEY', 'GOOGLE_API_KEY_VAL'],
      ['ETCD_DISCOVERY_TOKEN', 'INSERT_ETCD_DISCOVERY_TOKEN'],
      ['ZIPKIN', 'zipkin.jaeger.svc.cluster.local'],
    ]));
    expect(f).toEqual([]);
  });
});

describe('Helm values', () => {
  it('blocks a literal postgresPassword; key-name settings and non-secret settings pass', () => {
    const values = [
      'auth:', '  enablePostgresUser: true', '  postgresPassword: bitnami', '  username: bn_app', '  existingSecret: ""',
      '  secretKeys:', '    adminPasswordKey: postgres-password', '    userPasswordKey: password',
      '  existingSecretPasswordKey: "admin-password"', 'initialClusterToken: "etcd-cluster-k8s"', 'tsigSecretAlg: hmac-sha256', 'authDatabase: app_auth', 'masterKeyIps: "0.0.0.0/0"', 'connectionString: "redis-cart:6379"',
    ].join('\n');
    expect(blocking(values, 'charts/app/values.yaml').map((x) => x.line)).toEqual([3]);
  });
});

describe('Helm values: names of keys and label keys', () => {
  it('passes secretKeyRef-like maps, existingSecret key names and affinity label keys', () => {
    const values = [
      'admin:', '  existingSecret: ""', '  userKey: admin-user', '  passwordKey: admin-password',
      'secret:', '  name: ""', '  key: snykApiToken',
      'affinity:', '  podAntiAffinity:', '    requiredDuringSchedulingIgnoredDuringExecution:', '      - labelSelector:', '          matchExpressions:', '            - key: app.kubernetes.io/component', '              operator: In',
      'tolerations:', '  - key: dedicated', '    operator: Equal',
      'minio:', '  accessKey: metrics', `  secretKey: ${'x'.repeat(3)}-${randomString(10)}`,
    ].join('\n');
    expect(blocking(values, 'charts/app/values.yaml').map((x) => x.line)).toEqual([20]);
  });
});

describe('safe kinds still get the checks that apply (item 8)', () => {
  it('a SealedSecret whose last-applied-configuration holds a plaintext Secret blocks', () => {
    const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { password: b64(randomString(16)) } });
    const doc = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: db', '  annotations:', `    kubectl.kubernetes.io/last-applied-configuration: '${applied}'`, 'spec:', '  encryptedData:', `    password: AgB${body(300)}`].join('\n');
    expect(blocking(doc).map((x) => x.ruleId)).toContain('last-applied-secret');
  });
  it('a last-applied Secret holding only placeholders does not', () => {
    const applied = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password: 'changeme' } });
    const doc = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: db', '  annotations:', `    kubectl.kubernetes.io/last-applied-configuration: '${applied}'`].join('\n');
    expect(blocking(doc)).toEqual([]);
  });
  it('an ExternalSecret template with a literal password blocks; references do not', () => {
    const doc = ['apiVersion: external-secrets.io/v1', 'kind: ExternalSecret', 'metadata: {name: db}', 'spec:', '  target:', '    template:', '      data:',
      '        url: "postgres://app:{{ .password }}@db/app"', `        admin_password: "${randomString(14)}"`].join('\n');
    expect(blocking(doc).map((x) => x.line)).toEqual([9]);
  });
  it('a SealedSecret template with a literal password blocks', () => {
    const doc = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata: {name: db}', 'spec:', '  encryptedData:', `    password: AgB${body(300)}`, '  template:', '    data:', `      config.ini: "user=app\\npassword=${randomString(12)}"`, '      user: app'].join('\n');
    expect(blocking(doc).map((x) => x.line)).toEqual([9]);
  });
  it('fake-provider and schema-snapshot data in a SecretStore is not blocked', () => {
    const doc = ['apiVersion: external-secrets.io/v1', 'kind: ClusterSecretStore', 'metadata: {name: fake}', 'spec:', '  provider:', '    fake:', '      data:', '      - key: "/foo/bar"', '        value: "HELLO1"', '      - key: "/foo/baz"', `        value: '{"john": "doe"}'`, '      - key: string', '        value: string'].join('\n');
    expect(blocking(doc)).toEqual([]);
  });
});

describe('private keys in docs', () => {
  it('an elided example in a README is not blocked; a whole key is', () => {
    const elided = ['```', '-----BEGIN RSA PRIVATE KEY-----', body(64), body(64), '...', '-----END RSA PRIVATE KEY-----', '```'].join('\n');
    expect(blocking(elided, 'README.md')).toEqual([]);
    const whole = ['```', '-----BEGIN RSA PRIVATE KEY-----', body(64), body(64), body(64), body(12), '-----END RSA PRIVATE KEY-----', '```'].join('\n');
    expect(blocking(whole, 'README.md').map((x) => [x.ruleId, x.line])).toEqual([['private-key', 2]]);
  });
});

describe('the word password where a token or client secret goes', () => {
  it('is a placeholder under a token name and a weak password under a password name', () => {
    const doc = ['apiVersion: v1', 'kind: Secret', 'metadata: {name: app}', 'data:', `  token: ${b64('password')}`, `  client-secret: ${b64('password')}`, `  redis-password: ${b64('password')}`].join('\n');
    expect(blocking(doc).map((f) => f.line)).toEqual([7]);
  });
});
