// The value classifier, with values shaped like those real charts and docs hold (issue 12). The
// weak passwords here are what the scanner must block; random-looking ones are built at run time.
import { describe, it, expect } from 'vitest';
import { classifyValue, isCredentialUrl, keyRole, truncatedPem, type ValueContext, type ValueKind } from '../src/rules/classify.js';
import { b64, randomString } from './helpers/fake-secrets.js';

const setting = (key: string, siblings?: string[]): ValueContext => ({ key, where: 'setting', siblings });
const secret = (key: string): ValueContext => ({ key, where: 'secret' });
const content: ValueContext = { where: 'content' };
const body = (n: number) => randomString(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const pem = (lines: string[], label = 'RSA PRIVATE KEY') => [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');

type Row = [name: string, value: string, ctx: ValueContext, kind: ValueKind, credential: boolean];

const rows: Row[] = [
  // placeholders and dummies
  ['changeme', 'changeme', secret('password'), 'placeholder', false],
  ['change-me-placeholder', 'change-me-placeholder', secret('token'), 'placeholder', false],
  ['REPLACE_ME', 'REPLACE_ME', setting('apiKey'), 'placeholder', false],
  ['xxx filler', 'xxxxxxxxxxxx', setting('token'), 'placeholder', false],
  ['angle brackets', '<your-api-token>', secret('token'), 'placeholder', false],
  ['your- prefix', 'your-client-secret', secret('clientSecret'), 'placeholder', false],
  ['yourpassword', 'yourpassword', setting('MYSQL_ROOT_PASSWORD'), 'placeholder', false],
  ['example', 'example', secret('token'), 'placeholder', false],
  ['dummy', 'dummy', secret('password'), 'placeholder', false],
  ['foo', 'foo', secret('password'), 'dummy', false],
  ['bar in a Secret', 'bar', secret('source-key2'), 'dummy', false],
  ['goes here', '**access token goes here**', secret('token'), 'placeholder', false],
  ['INSERT_', 'INSERT_ETCD_DISCOVERY_TOKEN', setting('ETCD_DISCOVERY_TOKEN'), 'placeholder', false],
  ['sed-substituted variable', 'GOOGLE_API_KEY_VAL', setting('GOOGLE_API_KEY'), 'placeholder', false],
  ['p-XXXX', 'p-XXXX', secret('accessId'), 'placeholder', false],
  ['my- words', 'my-token', secret('token'), 'placeholder', false],
  ['prose', 'the secret password', secret('password'), 'placeholder', false],
  ['base64 of a placeholder', b64('my-service-principle-client-secret\n'), secret('ClientSecret'), 'placeholder', false],
  ['base64 of changeme', b64('CHANGEME'), secret('other'), 'placeholder', false],
  ['made-up id with sequences', '8312341g-5678-abcd-4a2b2c-33bcsd655', setting('ACCESS_KEY'), 'dummy', false],
  ['schema snapshot type', 'string', setting('token'), 'dummy', false],
  ['base64 described', 'base64encodedaccountkey', setting('accountkey'), 'placeholder', false],

  // references
  ['env expansion in a URL', 'postgres://orders:$(DB_PASSWORD)@db:5432/orders', setting('DATABASE_URL'), 'reference', false],
  ['envsubst', '${API_TOKEN}', secret('token'), 'reference', false],
  ['helm template', '{{ .Values.password | b64enc }}', secret('password'), 'reference', false],
  ['berglas', 'berglas://my-bucket/api-key', setting('API_KEY'), 'reference', false],
  ['berglas sm', 'sm://my-project/api-key#3', setting('API_KEY'), 'reference', false],
  ['vals', 'ref+vault://secret/data/app#/password', setting('password'), 'reference', false],
  ['vals awssecrets', 'ref+awssecrets://prod/db#password', setting('dbPassword'), 'reference', false],
  ['bank-vaults', 'vault:secret/data/app#password', setting('DB_PASSWORD'), 'reference', false],
  ['AWS ARN', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf', setting('secretArn'), 'reference', false],
  ['GCP secret', 'projects/acme/secrets/db-password/versions/latest', setting('DB_PASSWORD'), 'reference', false],
  ['Azure Key Vault', 'akv://acme-kv/db-password', setting('DB_PASSWORD'), 'reference', false],
  ['argocd-vault-plugin', '<path:secret/data/app#token>', secret('token'), 'reference', false],

  // key-name settings (Helm values)
  ['adminPasswordKey', 'postgres-password', setting('adminPasswordKey'), 'key-name', false],
  ['existingSecretPasswordKey', 'admin-password', setting('existingSecretPasswordKey'), 'key-name', false],
  ['existingSecret', 'db-credentials', setting('existingSecret'), 'key-name', false],
  ['serviceAccountSecretKey', 'credentials.json', setting('serviceAccountSecretKey'), 'key-name', false],
  ['userPasswordKey', 'password', setting('userPasswordKey'), 'key-name', false],
  ['hand-written secretKeyRef', 'secret-key', setting('key'), 'key-name', false],
  ['userKey beside existingSecret', 'admin-user', setting('userKey', ['existingSecret', 'userKey', 'passwordKey']), 'key-name', false],
  ['clusterSecretKey beside clusterSecretName', 'cluster', setting('clusterSecretKey', ['clusterSecretName', 'clusterSecretKey']), 'key-name', false],
  ['key beside name', 'snykApiToken', setting('key', ['asEnv', 'name', 'key']), 'key-name', false],
  ['tlsSecret', 'wordpress.local-tls', setting('tlsSecret'), 'key-name', false],
  ['Argo CD notifications secret reference', '$slack-token', setting('token'), 'reference', false],
  ['AWS documentation example key id', 'AKIAIOSFODNN7EXAMPLE', setting('accessKey'), 'placeholder', false],
  ['AWS documentation example secret', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', setting('secretKey'), 'placeholder', false],
  ['example_pw', 'example_pw', setting('pass'), 'placeholder', false],
  ['value repeating its name', 'token', setting('token'), 'placeholder', false],
  ['topology key', 'kubernetes.io/hostname', setting('podAntiAffinityTopologyKey'), 'setting', false],
  ['boolean in a Secret', 'true', secret('forceHttpBasicAuth'), 'setting', false],
  ['modification time', '2019-03-20T17:54:53Z', secret('admin.passwordMtime'), 'setting', false],
  ['guest', 'guest', setting('password'), 'literal', true],
  ['elided value in docs', 'QVNJ...R04=', secret('secretAccessKey'), 'truncated', false],
  ['prefix then xxx', 'sk_live_xxx', secret('api-stripe-key'), 'placeholder', false],
  ['one character repeated', '000000000000000000002', secret('key_secret'), 'placeholder', false],
  ['base64 of YYYY', b64('YYYY'), secret('SECRET_KEY'), 'placeholder', false],
  ['numbered example', 'key-a', secret('service-a-key'), 'dummy', false],
  ['value repeating its name in a Secret', 'token', secret('mattermost-token'), 'placeholder', false],
  ['generic credential words', 'secret-token', secret('sampleWebhookToken'), 'placeholder', false],
  ['secret is still a weak literal', 'secret', secret('sec_key'), 'literal', true],
  ['test is still a weak literal', 'test', secret('password'), 'literal', true],
  ['mode under an auth name', 'required', setting('sslClientAuth'), 'setting', false],
  ['Argo CD $secret:key reference', '$another-secret:oidc.auth0.clientSecret', setting('clientSecret'), 'reference', false],
  ['positional shell argument', '$2', setting('password'), 'reference', false],
  ['command-line flag', '--insecure-skip-tls-verify', setting('ETCD_EXTRA_AUTH_FLAGS'), 'setting', false],
  ['regex under a password name', '^.{8,32}$', setting('passwordPattern'), 'setting', false],
  ['value named like a Secret object', 'ca-certs-secret', setting('secret'), 'key-name', false],
  ['adminTokenSecret names a Secret', 'admin-token', setting('adminTokenSecret'), 'key-name', false],
  ['public keys list', 'cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=', setting('trusted-public-keys'), 'setting', false],
  ['access key id beside a secret in a Secret', 'console', { key: 'CONSOLE_ACCESS_KEY', where: 'secret', siblings: ['CONSOLE_ACCESS_KEY', 'CONSOLE_SECRET_KEY'] }, 'setting', false],

  // truncated examples
  ['elided PEM', pem([body(64), body(64), '...']), content, 'truncated', false],
  ['spaced elision', pem([body(64), ' . . .', body(24)], 'PRIVATE KEY'), content, 'truncated', false],
  ['placeholder in armour', pem(['<your-client-private-key>'], 'PRIVATE KEY'), secret('tls.key'), 'truncated', false],
  ['too short to be a key', '-----BEGIN PRIVATE KEY-----\\nA key\\n-----END PRIVATE KEY-----\\n', content, 'truncated', false],

  // non-secret settings under credential-like names
  ['*Username', 'bn_discourse', setting('apiUsername'), 'setting', false],
  ['*Alg', 'hmac-sha256', setting('tsigSecretAlg'), 'setting', false],
  ['*Database', 'mlflow_auth', setting('authDatabase'), 'setting', false],
  ['*Ips', '0.0.0.0/0', setting('masterKeyIps'), 'setting', false],
  ['*Address', 'tcp://127.0.0.1:5705', secret('apiAddress'), 'setting', false],
  ['initialClusterToken', 'etcd-cluster-k8s', setting('initialClusterToken'), 'setting', false],
  ['connection string without password', 'redis-cart:6379', setting('connectionString'), 'setting', false],
  ['account name', 'k8stest', secret('azurestorageaccountname'), 'setting', false],
  ['iSCSI username_in', 'muser', secret('discovery.sendtargets.auth.username_in'), 'setting', false],
  ['file name', 'tls.key', setting('certKeyFilename'), 'setting', false],
  ['access key beside a secret key', 'minio', setting('MINIO_ACCESS_KEY', ['MINIO_ACCESS_KEY', 'MINIO_SECRET_KEY']), 'setting', false],
  ['password hash', 'harbor_registry_user:$2y$10$' + randomString(53, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./'), setting('htpasswd'), 'setting', false],

  // weak literal passwords under credential names block, whatever their entropy
  ['toor', 'toor', setting('MYSQL_ROOT_PASSWORD'), 'literal', true],
  ['mysql', 'mysql', setting('MYSQL_PASSWORD'), 'literal', true],
  ['password', 'password', secret('node.session.auth.password'), 'literal', true],
  ['supersecret', 'supersecret', setting('MYSQL_ROOT_PASSWORD'), 'literal', true],
  ['c-krit', 'c-krit', setting('MYSQL_ROOT_PASSWORD'), 'literal', true],
  ['sst', 'sst', setting('WSREP_SST_PASSWORD'), 'literal', true],
  ['bitnami', 'bitnami', setting('postgresPassword'), 'literal', true],
  ['minio123', 'minio123', setting('MINIO_SECRET_KEY'), 'literal', true],
  ['fake_password is still deployed', 'fake_password', setting('MYSQL_ROOT_PASSWORD'), 'literal', true],
  ['ceph key', 'AQBtZ2VfZXhhbXBsZV9jZXBoX2tleV9ub3RfcmVhbA==', secret('key'), 'literal', true],
  ['accountkey', body(88), secret('azurestorageaccountkey'), 'literal', true],
  ['random under a neutral name in a Secret', randomString(32), secret('blob'), 'literal', true],
  ['private key', pem([body(64), body(64), body(64), body(20)]), content, 'literal', true],

  // neutral names: configuration, not credentials
  ['word under a neutral name in a Secret', 'Pikachu', secret('best-pokemon-src'), 'literal', false],
  ['service name in env', 'zipkin.jaeger.svc.cluster.local', setting('ZIPKIN'), 'literal', false],
  ['URL without credentials', 'https://vault.acme.internal:8200', setting('VAULT_ADDR'), 'setting', false],
];

describe('classifyValue', () => {
  it.each(rows)('%s', (_name, value, ctx, kind, credential) => {
    const v = classifyValue(value, ctx);
    expect({ kind: v.kind, credential: v.credential }).toEqual({ kind, credential });
    expect(v.reason).not.toContain(value.slice(0, 8)); // reasons never carry the value
  });
});

describe('URLs that are credentials', () => {
  const slack = ['https://hooks.slack.com/services', 'T' + randomString(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'B' + randomString(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), randomString(24)].join('/');
  const teams = `https://acme.webhook.office.com/webhookb2/${randomString(36)}@${randomString(36)}/IncomingWebhook/${randomString(32)}/${randomString(36)}`;
  const discord = `https://discord.com/api/webhooks/${randomString(18, '0123456789')}/${randomString(68)}`;
  const generic = `https://chat.acme.io/hooks/${randomString(26)}`;
  const userinfo = `https://deploy:${randomString(20)}@git.acme.io/org/repo.git`;
  it.each([
    ['Slack', slack],
    ['Teams', teams],
    ['Discord', discord],
    ['generic /hooks/', generic],
    ['password in userinfo', userinfo],
    ['weak password in userinfo', ['postgres://app', 'to' + 'or@db:5432/app'].join(':')],
  ])('%s webhook/URL is a credential, in a Secret and in env', (_n, url) => {
    expect(isCredentialUrl(url)).toBe(true);
    expect(classifyValue(url, secret('webhook-url')).credential).toBe(true);
    expect(classifyValue(url, setting('SLACK_WEBHOOK_URL')).credential).toBe(true);
    expect(classifyValue(url, content).credential).toBe(true);
  });
  it.each([
    ['Slack docs placeholder', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['env expansion', 'postgres://orders:$(DB_PASSWORD)@db/orders'],
    ['user:pass stand-in', 'postgres://user:pass@db.host:5432/dbname'],
    ['myacct:mypass stand-in', 'https://myacct:mypass@localhost:4430'],
    ['USERNAME:PERSONAL_ACCESS_TOKEN', 'https://USERNAME:PERSONAL_ACCESS_TOKEN@github.com/org/repo.git'],
    ['plain endpoint', 'https://api.github.com/repos/org/repo'],
  ])('%s is not', (_n, url) => {
    expect(isCredentialUrl(url)).toBe(false);
  });
});

describe('keyRole', () => {
  it.each([
    ['MYSQL_ROOT_PASSWORD', 'credential'],
    ['rootPassword', 'credential'],
    ['tls.key', 'credential'],
    ['client_secret', 'credential'],
    ['azurestorageaccountkey', 'credential'],
    ['username', 'non-credential'],
    ['apiUsername', 'non-credential'],
    ['tsigSecretAlg', 'non-credential'],
    ['masterKeyIps', 'non-credential'],
    ['secretName', 'non-credential'],
    ['topologyKey', 'non-credential'],
    ['instanceLabelKey', 'non-credential'],
    ['config.yaml', 'neutral'],
    ['ZIPKIN', 'neutral'],
  ] as const)('%s is %s', (key, role) => expect(keyRole(key)).toBe(role));
});

describe('truncatedPem', () => {
  it('keeps a full key', () => expect(truncatedPem(pem([body(64), body(64), body(64)]))).toBeUndefined());
  it('keeps a key with PEM headers', () => expect(truncatedPem(pem(['Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0123456789ABCDEF', '', body(64), body(64)]))).toBeUndefined());
  it('keeps a key with escaped newlines in JSON', () => expect(truncatedPem(pem([body(64), body(64)], 'PRIVATE KEY').replace(/\n/g, '\\n'))).toBeUndefined());
});
