// The generic rules (a literal under a credential name, found by the name and not by a format) on
// the shapes that made 185 of 194 of their blocks wrong on real repositories (docs/quality.md): test
// doubles, values that describe themselves, names, paths, patterns, hashes, and weak literals in code
// and docs. Weak defaults in configuration, scripts and manifests still block.
import { describe, it, expect } from 'vitest';
import { loadBuiltinRules } from '../src/rules/load.js';
import { findingsFor } from './helpers/rule-tester.js';
import { b64, randomString } from './helpers/fake-secrets.js';
import { describesItself } from '../src/rules/value-words.js';
import { judgeAssignedLiteral, strongLiteral } from '../src/rules/assigned-literal.js';

const rules = loadBuiltinRules();
const scan = (code: string, path: string) => findingsFor(rules, code, path);
const severities = (code: string, path: string) => scan(code, path).map((f) => [f.line, f.severity]);
const blocking = (code: string, path: string) => scan(code, path).filter((f) => f.severity === 'error');
// Built here so that no file of the repository holds a password-shaped literal.
const strong = () => randomString(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + '#' + randomString(6, '23456789') + randomString(5, 'abcdefghijkmnpqrstuvwxyz');

describe('values that describe themselves', () => {
  it.each([
    ['newRootPassword123'], ['access_secret2'], ['prod-pass'], ['mytoken'], ['myApiKey'], ['test-token'],
    ['s3cr3t'], ['P@ssw0rd'], ['credential_in_sub_3_password'], ['randompassword'], ['acc<ess_&ke.,y'], ['RE\\/DACTED=='],
  ])('%s', (v) => expect(describesItself(v)).toBe(true));

  it.each([['Milvus'], ['grafana'], ['root'], ['admin'], ['bob4ever'], ['Harbor#5521Quartz'], [randomString(24)]])('not %s', (v) =>
    expect(describesItself(v)).toBe(false),
  );
});

describe('generic assignments in source code', () => {
  it('test doubles, names, paths, patterns and timestamps are not findings', () => {
    const go = [
      'package p',
      '\tsmtc.expectedSecret = "' + strong() + '"',
      '\tconst mockJWTToken = "' + strong() + '"',
      '\tReasonMissingProviderSecret = "MissingProviderSecret"',
      '\tWardenHeaderAccessToken = "Warden-Access-Token"',
      '\tmockPrivateKey  = "testdata/private.gpg"',
      '\tiamCredentialsSecret = "iam_credentials/"',
      '\ttokenReg = regexp.MustCompile(`client_token":"s\\.([A-Za-z0-9]+)"`)',
      '\tsmtc.createdSecret = "2030-01-01T00:00:00Z"',
      '\tsecretValue := `{"db":{"password":"my_pass"},"apiKey":"myApiKey"}`',
      '\tpassword := "test-password"',
      '\t"access_key": "access_key",',
    ].join('\n');
    expect(blocking(go, 'providers/x/client_test.go')).toEqual([]);
  });

  it('a weak literal in code warns; a strong one blocks, in test files too', () => {
    const go = ['package p', '\tpassword := "vodka"', `\tpassword := "${strong()}"`, '\t"clientToken": "f02a1f7c-7629-422e-96f5-a98b29da1287",'].join('\n');
    expect(severities(go, 'pkg/db/db_test.go')).toEqual([
      [2, 'warning'],
      [3, 'error'],
      [4, 'warning'],
    ]);
  });

  it('an expectation inside an assertion warns instead of blocking', () => {
    const go = ['package p', `\tassert.NotContains(t, users, User{AuthToken: "${strong()}", Name: "a"})`].join('\n');
    expect(severities(go, 'cmd/logout_test.go')).toEqual([[2, 'warning']]);
  });

  it('base64 of a word is judged as the word', () => {
    const go = ['package p', `\tconst annotationOnlySecret = "${b64('ANNOTATIONONLY')}"`, `\tconst leaked = "${b64('fake-secret-value')}"`].join('\n');
    expect(blocking(go, 'pkg/diff/diff_test.go')).toEqual([]);
  });

  it('PostgreSQL password hashes are not the password', () => {
    const hex = randomString(32, '0123456789abcdef');
    const scram = `SCRAM-SHA-256$4096:${b64(randomString(16))}$${b64(randomString(32))}:${b64(randomString(32))}`;
    const go = ['package p', `\tPassword: "md5${hex}",`, `\tPassword: "${scram}",`].join('\n');
    expect(scan(go, 'pkg/util/util_test.go')).toEqual([]);
  });
});

describe('weak defaults outside code still block', () => {
  it('in CI workflows, shell scripts, jsonnet, properties and Helm templates', () => {
    expect(blocking('env:\n  VAULT_TOKEN: "root"\n', '.github/workflows/cli.yml').length).toBe(1);
    expect(blocking("#!/bin/sh\nexport BAO_TOKEN='root'\n", 'testdata/init-bao.sh').length).toBe(1);
    expect(blocking("{\n  bind_password = 'grafana'\n}\n", 'examples/ldap.jsonnet').length).toBe(1);
    expect(blocking('spring.datasource.password=admin\n', 'examples/app/application.properties').length).toBe(1);
    expect(blocking("        password='Milvus',\n", 'charts/milvus/templates/init-job.yaml').length).toBe(1);
  });

  it('but a commented-out example line in values.yaml is documentation', () => {
    expect(severities('## Example:\n##   LDAP_PASSWORD: "mypassword"\n##   password: "Welc0me"\n', 'charts/app/values.yaml')).toEqual([[3, 'warning']]);
  });

  it('in docs a weak example warns and a self-describing one is nothing', () => {
    const md = ['# Upgrade', '```', 'rootPassword: "newRootPassword123"', 'export MINIO_ROOT_PASSWORD="minio123"', '```'].join('\n');
    expect(severities(md, 'README.md')).toEqual([[4, 'warning']]);
  });
});

describe('blank-separated names and the mysql -p flag', () => {
  it('prose in a comment is not a name followed by its value', () => {
    expect(scan('#!/bin/sh\n# Define our secret files\nsecret_ext=".json"\n', 'bin/decrypt.sh')).toEqual([]);
  });

  it('ENV NAME value in a Dockerfile still blocks', () => {
    expect(blocking(`FROM alpine\nENV API_TOKEN ${randomString(32)}\n`, 'Dockerfile').length).toBe(1);
  });

  it('-p must belong to a mysql command on the same line', () => {
    const sh = ['openssl ec -in private.ec.key -pubout -out public.pem', '  - -port=8888', `mysql -uroot -p${strong()} -h db`].join('\n');
    expect(blocking(sh, 'README.md').map((f) => f.line)).toEqual([3]);
  });
});

describe('judgeAssignedLiteral', () => {
  it('names its verdicts', () => {
    expect(judgeAssignedLiteral('bang', 'smtc.expectedSecret', 'a_test.go')).toBe('not');
    expect(judgeAssignedLiteral('harharhar', 'password', 'template_test.go')).toBe('weak');
    expect(judgeAssignedLiteral('harharhar', 'password', 'compose.yaml')).toBe('credential');
    expect(judgeAssignedLiteral('database/creds/db-backup', 'agent-inject-secret-db-creds', 'job.yaml')).toBe('not');
  });

  it('strength needs length, mixed classes and entropy', () => {
    expect(strongLiteral('3a3ea4f5')).toBe(false);
    expect(strongLiteral('admin123')).toBe(false);
    expect(strongLiteral('f02a1f7c-7629-422e-96f5-a98b29da1287')).toBe(false);
    expect(strongLiteral(strong())).toBe(true);
  });
});

describe('cost', () => {
  it('a long run of letters with a failing tail is judged at once (no backtracking blow-up)', () => {
    const v = 'hvs.' + randomString(90, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') + '-6n1';
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) judgeAssignedLiteral(v + i, 'token', 'app.yaml');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('shapes from a second batch of never-seen repositories', () => {
  const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = (claims: object, sig: string) => [b64url({ alg: 'HS256', typ: 'JWT' }), b64url(claims), sig].join('.');

  it('a JWT whose signature is not one, or that carries the example person, is not a credential', () => {
    const fake = jwt({ name: 'fake', iss: 'podinfo', exp: 9999999999 }, 'invalidsig');
    const example = jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, randomString(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'));
    expect(scan(`\treq.Header.Set("Authorization", "Bearer ${fake}")\n`, 'pkg/api/token_test.go')).toEqual([]);
    expect(blocking(`license:\n  token: "${example}"\n`, 'tests/license_test.yaml')).toEqual([]);
    expect(blocking(`license:\n  token: "${b64(example)}"\n`, 'tests/license_test.yaml')).toEqual([]);
    const real = jwt({ sub: 'system:serviceaccount:ci:deployer', iat: 1700000000 }, randomString(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'));
    expect(blocking(`export TOKEN=${real}\n`, 'ci/deploy.sh').map((f) => f.ruleId)).toEqual(['jwt']);
  });

  it('a file: path and an ARM template expression are references', () => {
    expect(scan('Set `CF_API_TOKEN="file:/path/to/token"`.\n', 'docs/cloudflare.md')).toEqual([]);
    const arm = ['{', '  "parameters": {', `    "hub.token": "[parameters('token')]",`, `    "token": "[steps('applicationDetails').token]"`, '  }', '}'].join('\n');
    expect(scan(arm, 'hack/azure/mainTemplate.json')).toEqual([]);
  });

  it('an escape sequence at the end of a string is not part of the value', () => {
    expect(severities('\tToken:    "abc123def\\n",\n', 'provider/cloudflare_test.go')).toEqual([[1, 'warning']]);
  });

  it('a Bearer literal in code is judged like any assigned literal', () => {
    expect(scan('\treq.Header.Set("Authorization", "Bearer request-token")\n', 'source/routegroup_test.go')).toEqual([]);
    expect(severities('\treq.Header.Set("Authorization", "Bearer letmeinletmein")\n', 'source/routegroup_test.go')).toEqual([[1, 'warning']]);
    expect(severities(`\treq.Header.Set("Authorization", "Bearer ${randomString(24)}")\n`, 'source/routegroup_test.go')).toEqual([[1, 'error']]);
  });

  it('an Authorization header on a commented-out line is documentation, like other assigned literals', () => {
    const values = ['webhook:', '  # curl -H "Authorization: Bearer letmeinletmein" https://hooks.internal', `  headers: ["Authorization: Bearer ${randomString(24)}"]`].join('\n');
    expect(severities(values, 'charts/app/values.yaml')).toEqual([
      [2, 'warning'],
      [3, 'error'],
    ]);
  });

  it('a PascalCase name under a ...Key setting in Helm values names a key', () => {
    expect(blocking('tracing:\n  serviceNameCategoryKey: "TraefikServiceName"\n', 'charts/traefik/values.yaml')).toEqual([]);
  });
});

describe('shapes from a third batch of never-seen repositories', () => {
  const secret = (body: string[]) => ['apiVersion: v1', 'kind: Secret', 'metadata: {name: app}', ...body].join('\n');
  it('a masked value (`**SOPS**`, `hvs.*******`) is not a credential, also base64-encoded', () => {
    expect(blocking(secret(['stringData:', "  password: '**SOPS**'"]), 'testdata/result.yaml')).toEqual([]);
    expect(blocking(secret(['data:', `  token: ${b64('**SOPS**')}`, `  vault: ${b64('hvs.*******')}`]), 'docs/eso.md')).toEqual([]);
  });

  it('several <placeholders> in one value are a placeholder even when one looks like a tag', () => {
    expect(blocking(secret(['stringData:', '  password: SCRAM-SHA-256$<iteration count>:<salt>$<StoredKey>:<ServerKey>']), 'k8s/role.yaml')).toEqual([]);
  });

  it('weak literal passwords in a Secret still block', () => {
    expect(blocking(secret(['data:', `  password: ${b64('dante')}`]), 'docs/samples/role.yaml').length).toBe(1);
  });
});

describe('shapes from a fourth never-seen batch (measured blind, then fixed)', () => {
  it('printf verbs are filled in at run time', () => {
    expect(scan(`\tcmd := fmt.Sprintf("curl -sS -u 'elastic:%s' http://localhost:9200", pw)\n\tout := fmt.Sprintf("curl -u %s:%s -X POST http://solr", u, p)\n`, 'tests/e2e/es_test.go')).toEqual([]);
  });

  it("PostHog's project key (phc_) is public by design", () => {
    expect(blocking(`body: '{"api_key": "phc_${randomString(43)}", "batch": []}'\n`, 'fixtures/cassette.yaml')).toEqual([]);
  });

  it('`key:` naming an attribute or a label is not a credential', () => {
    const values = ['processors:', '  attributes:', '    actions:', '      - key: k8s.cluster.name', '        value: demo', '      - key: "app.eng.team"', '        action: insert'].join('\n');
    expect(blocking(values, 'charts/otel/values.yaml')).toEqual([]);
  });

  it('a value that repeats its name is a placeholder, except a password named password', () => {
    expect(blocking('oss:\n  accesskeysecret: accesskeysecret\n', 'charts/harbor/values.yaml')).toEqual([]);
    expect(blocking('database:\n  password: password\n', 'charts/harbor/values.yaml').length).toBe(1);
  });
});

describe('random values are not mistaken for words', () => {
  it('fewer than 1 in 1,000 random 12-character values are judged not to be credentials', () => {
    let missed = 0;
    for (let i = 0; i < 5000; i++) if (judgeAssignedLiteral(randomString(12), 'password', 'README.md') !== 'credential') missed++;
    expect(missed).toBeLessThan(5);
  });
});
