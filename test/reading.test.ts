// Files are read by their content, not their name: manifests saved as master.key, admin.conf,
// secrets.yaml.dec …; YAML/JSON code blocks of Markdown and AsciiDoc pages; Helm templates and
// Jinja-wrapped YAML with their actions masked, so their structure survives.
import { describe, it, expect } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { maskTemplates } from '../src/engine/templates.js';
import { readDocuments } from '../src/engine/read-documents.js';
import { fake, b64, randomString, secretYaml } from './helpers/fake-secrets.js';

const engine = new Engine({ rules: loadBuiltinRules() });
const scan = (file: string, text: string) => engine.scanText(file, text);
const ids = (file: string, text: string) => scan(file, text).findings.map((f) => `${f.ruleId}:${f.line}`);

const masterKeyBackup = () =>
  [
    'apiVersion: v1',
    'items:',
    '- apiVersion: v1',
    '  data:',
    `    tls.crt: ${b64('-----BEGIN CERTIFICATE-----\n' + randomString(64) + '\n-----END CERTIFICATE-----\n')}`,
    `    tls.key: ${b64('-----BEGIN RSA PRIVATE KEY-----\n' + randomString(64) + '\n-----END RSA PRIVATE KEY-----\n')}`,
    '  kind: Secret',
    '  metadata:',
    '    labels:',
    '      sealedsecrets.bitnami.com/sealed-secrets-key: active',
    '    name: sealed-secrets-key7x2qp',
    '    namespace: kube-system',
    '  type: kubernetes.io/tls',
    'kind: List',
    'metadata:',
    '  resourceVersion: ""',
  ].join('\n') + '\n';

const kubeconfig = () =>
  [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${b64('ca')}`,
    '    server: https://10.0.0.1:6443',
    '  name: kubernetes',
    'contexts:',
    '- context: {cluster: kubernetes, user: kubernetes-admin}',
    '  name: admin@kubernetes',
    'current-context: admin@kubernetes',
    'kind: Config',
    'users:',
    '- name: kubernetes-admin',
    '  user:',
    `    client-certificate-data: ${b64('cert')}`,
    `    client-key-data: ${b64('-----BEGIN RSA PRIVATE KEY-----\n' + randomString(64) + '\n-----END RSA PRIVATE KEY-----\n')}`,
  ].join('\n') + '\n';

describe('manifests are read by content, whatever the file is called', () => {
  it('a sealed-secrets master key backup saved as master.key', () => {
    expect(ids('backup/master.key', masterKeyBackup())).toContain('sealed-secrets-master-key:6');
  });

  it('a kubeadm admin.conf', () => {
    expect(ids('admin.conf', kubeconfig())).toContain('kubeconfig-credential:16');
  });

  it('a helm-secrets secrets.yaml.dec, and Secrets in .tpl, .j2, .txt, .example and extension-less files', () => {
    for (const file of ['helm_vars/secrets.yaml.dec', 'deploy/secret.tpl', 'roles/app/templates/secret.yaml.j2', 'notes/secret.txt', 'config/secret.example', 'k8s/db-secret']) {
      expect(ids(file, secretYaml('db', 'app', { password: `Pw-${randomString(16)}` })), file).toEqual(['k8s-secret-plaintext:8']);
    }
  });

  it('a docker config in a file named .dockerconfigjson', () => {
    const text = JSON.stringify({ auths: { 'registry.example.io': { auth: b64(`bot:${randomString(20)}`) } } }, null, 2);
    expect(ids('deploy/.dockerconfigjson', text)).toEqual(['docker-config-auth:4']);
  });

  it('program sources are not read as manifests (their YAML sits in string literals)', () => {
    const code = 'const doc = `\n' + secretYaml('db', 'app', { password: `Pw-${randomString(16)}` }) + '`;\n';
    expect(ids('src/fixture.ts', code)).toEqual([]);
  });

  it('a .txt of prose mentioning apiVersion and kind is not a warning', () => {
    const r = scan('NOTES.txt', 'Thanks for installing.\napiVersion: see the docs\nkind: of interesting\n  - really: [\n');
    expect(r.warnings).toEqual([]);
  });
});

describe('Markdown and AsciiDoc code blocks are read as manifests, findings on the host lines', () => {
  it('```yaml, ```json and unlabelled blocks holding manifests; shell blocks and prose are not', () => {
    const pw1 = `Pw-${randomString(16)}`;
    const pw2 = `Pw-${randomString(16)}`;
    const pw3 = `Pw-${randomString(16)}`;
    const md = [
      '# Install', // 1
      '', // 2
      'Create the Secret:', // 3
      '', // 4
      '```yaml', // 5
      secretYaml('db', 'app', {}, { password: pw1 }).trimEnd(), // 6-13 (password on 13)
      '```', // 14
      '', // 15
      '- In a list item:', // 16
      '', // 17
      '  ```json', // 18
      `  {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "j"}, "stringData": {"password": "${pw2}"}}`, // 19
      '  ```', // 20
      '', // 21
      '```', // 22
      'apiVersion: v1', // 23
      'kind: Secret', // 24
      'metadata: {name: u}', // 25
      'stringData:', // 26
      `  token: ${pw3}`, // 27
      '```', // 28
      '', // 29
      '```sh', // 30
      `kubectl create secret generic x --from-literal=password=${randomString(16)}`, // 31
      '```', // 32
      'apiVersion: v1', // 33
      'kind: Secret', // 34
    ].join('\n');
    const r = scan('docs/install.md', md);
    expect(r.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['k8s-secret-plaintext:13', 'k8s-secret-plaintext:19', 'k8s-secret-plaintext:27']);
    expect(md.slice(r.findings[0]!.offset.start, r.findings[0]!.offset.end)).toBe(pw1);
    expect(md.slice(r.findings[2]!.offset.start, r.findings[2]!.offset.end)).toBe(pw3);
    expect(r.warnings).toEqual([]);
    // a fix rewrites YAML files, not a page's code blocks
    expect(r.findings.map((f) => f.fix)).toEqual([undefined, undefined, undefined]);
    expect(scan('k8s/db.yaml', secretYaml('db', 'app', {}, { password: pw1 })).findings[0]!.fix).toEqual(['seal', 'external']);
  });

  it('a SealedSecret example in a page is not counted as a safe object of the repository', () => {
    const sealed = 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: db}\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK\n';
    expect(scan('README.md', '```yaml\n' + sealed + '```\n').safe).toEqual([]);
    expect(scan('k8s/db.yaml', sealed).safe.map((x) => x.kind)).toEqual(['SealedSecret']);
  });

  it('placeholders in documentation blocks stay quiet', () => {
    const md = '```yaml\n' + secretYaml('db', 'app', {}, { password: '<your-password>', token: 'changeme' }) + '```\n';
    expect(ids('README.md', md)).toEqual([]);
  });

  it('AsciiDoc ---- listing blocks', () => {
    const pw = `Pw-${randomString(16)}`;
    const adoc = ['= Setup', '', '[source,yaml]', '----', secretYaml('db', 'app', {}, { password: pw }).trimEnd(), '----', '', '----', 'plain listing: not yaml', '----'].join('\n');
    expect(ids('docs/setup.adoc', adoc)).toEqual(['k8s-secret-plaintext:12']);
  });
});

describe('Helm templates and Jinja-wrapped YAML keep their structure', () => {
  it('a values.yaml with template lines inside block scalars parses, and its credential is found', () => {
    const pw = `Qm7v${randomString(16)}`;
    const values = [
      'auth:',
      `  rootPassword: "${pw}"`,
      'primary:',
      '  configuration: |-',
      '{{- if .Values.tls.enabled }}',
      '    [mysqld]',
      '    ssl_cert=/opt/tls/tls.crt',
      '{{- end }}',
      '    max_connections=100',
      '  extraFlags: ""',
    ].join('\n') + '\n';
    const r = scan('charts/mysql/values.yaml', values);
    expect(r.warnings).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId}:${f.line}:${f.severity}`)).toEqual(['helm-values-credential:2:error']);
  });

  it('whole-line actions, `key: {{- include … | nindent }}` with deeper lines, flow contexts, define bodies, else branches', () => {
    const tpl = [
      '{{- /*', // 1
      'Copyright notice', // 2
      '*/}}', // 3
      '{{- define "x.labels" -}}', // 4
      'not: [valid', // 5
      '{{- end }}', // 6
      '{{- if .Values.enabled }}', // 7
      'apiVersion: v1', // 8
      'kind: Secret', // 9
      'metadata:', // 10
      '  name: {{ include "x.fullname" . }}', // 11
      '  labels: {{- include "x.labels" . | nindent 4 }}', // 12
      '    app.kubernetes.io/component: db', // 13
      '  annotations:', // 14
      '    {{- toYaml .Values.annotations | nindent 4 }}', // 15
      '    names: [{{ .Values.a }}, {{ .Values.b }}]', // 16
      'stringData:', // 17
      '  {{- if .Values.existing }}', // 18
      '  password: {{ .Values.password | quote }}', // 19
      '  {{- else }}', // 20
      '  password: {{ randAlphaNum 16 }}', // 21
      '  {{- end }}', // 22
      `  literal: "${'Lit-' + randomString(16)}"`, // 23
      '  mixed: "prefix-{{ .Values.suffix }}"', // 24
      '{{- end }}', // 25
    ].join('\n') + '\n';
    const read = readDocuments('chart/templates/secret.yaml', tpl);
    expect(read.map((r) => r.doc.error)).toEqual([undefined]);
    const r = scan('chart/templates/secret.yaml', tpl);
    expect(r.warnings).toEqual([]);
    expect(r.findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['k8s-secret-plaintext:23']);
  });

  it('Jinja: {% raw %}, {% if %}, {# #} lines and {{ var }} values', () => {
    const j2 = [
      '{# managed by ansible #}',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: {{ app_name }}',
      'stringData:',
      '{% if vault_enabled %}',
      '  token: {{ vault_token }}',
      '{% else %}',
      `  token: ${fake.githubToken()}`,
      '{% endif %}',
      '  config: |',
      '    {% raw %}',
      '    greeting={{ not_jinja }}',
      '    {% endraw %}',
    ].join('\n') + '\n';
    const r = scan('roles/app/templates/secret.yaml.j2', j2);
    expect(r.warnings).toEqual([]);
    expect(r.findings.map((f) => [f.line, f.credential !== undefined])).toEqual([[10, true]]);
  });

  it('unclosed actions cost one pass, not one pass each', () => {
    const text = 'kind: Secret\ndata:\n  a: ' + '{{ x {% y {# z '.repeat(40_000) + '\n';
    const t0 = performance.now();
    const m = maskTemplates(text);
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(m.spans).toEqual([]);
  });

  it('masking keeps the length and every line break', () => {
    const tpl = 'a: {{ .x }}\n{{- if .y }}\nb:\n  - {{ .z\n  | quote }}\n{{- end }}\n';
    const m = maskTemplates(tpl);
    expect(m.text).toHaveLength(tpl.length);
    expect(m.text.split('\n').length).toBe(tpl.split('\n').length);
  });

  it('a flow closer left of its key (go-yaml accepts it) is read too', () => {
    const values = 'vault:\n  server:\n    args: [\n      "server",\n      "-dev"\n    ]\n    rootToken: notasecret\n';
    const read = readDocuments('charts/x/values.yaml', values);
    expect(read.map((r) => r.doc.error)).toEqual([undefined]);
  });
});
