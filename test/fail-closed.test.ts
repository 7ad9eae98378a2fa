// Fail closed: a staged Secret in a file the YAML parser refuses is read line by line and blocks the
// commit (exit 1, a finding that says the document could not be parsed), never "no secrets found".
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { Engine } from '../src/engine/engine.js';
import { loadBuiltinRules } from '../src/rules/load.js';
import { makeRepo, fakePassword } from './helpers/git-repo.js';
import { b64, fake } from './helpers/fake-secrets.js';

const secret = (pw: string, indent = '  ') =>
  ['apiVersion: v1', 'kind: Secret', 'metadata:', `${indent}name: db`, `${indent}namespace: prod`, 'type: Opaque', 'data:', `${indent}password: ${b64(pw)}`].join('\n') + '\n';

const nested = (depth: number) => {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${'  '.repeat(i)}l${i}:`);
  lines.push(`${'  '.repeat(depth)}leaf: x`);
  return lines.join('\n') + '\n';
};

const cases: [string, (pw: string) => string | Buffer][] = [
  ['a NUL byte after the first 8 KiB', (pw) => Buffer.concat([Buffer.from(secret(pw) + 'stringData:\n  note: "' + 'n'.repeat(9000)), Buffer.from([0]), Buffer.from('"\n')])],
  ['a badly indented last line', (pw) => secret(pw) + '   extra: value\n  bad: indent\n'],
  ['nesting deeper than 64 levels elsewhere in the document', (pw) => secret(pw) + 'deep:\n' + nested(80).replace(/^/gm, '  ')],
  [
    'a kind: List whose other item is deeply nested',
    (pw) =>
      'apiVersion: v1\nkind: List\nitems:\n' +
      secret(pw).replace(/^(.)/gm, '  $1').replace(/^  apiVersion/m, '- apiVersion') +
      '- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: cfg}\n  data:\n' + nested(80).replace(/^/gm, '    '),
  ],
  ['tab indentation', (pw) => secret(pw, '\t')],
];

describe('a staged Secret the parser refuses blocks the commit', () => {
  for (const [name, make] of cases) {
    it(name, async () => {
      const repo = await makeRepo();
      const pw = fakePassword();
      repo.write('k8s/db.yaml', make(pw));
      await repo.git.add('k8s/db.yaml');
      const r = await run(['scan', '--staged', '--format', 'json'], { cwd: repo.dir });
      expect(r.exitCode).toBe(1);
      const findings = JSON.parse(r.stdout).findings as { ruleId: string; severity: string; message: string; line: number; resource?: { key?: string } }[];
      const f = findings.find((x) => x.resource?.key === 'password');
      expect(f).toMatchObject({ ruleId: 'k8s-secret-plaintext', severity: 'error', message: expect.stringMatching(/could not be parsed/) });
      expect(r.stdout + r.stderr).not.toContain(pw);
      expect(r.stdout + r.stderr).not.toContain(b64(pw));
      const text = await run(['scan', '--staged'], { cwd: repo.dir });
      expect(text.exitCode).toBe(1);
      expect(text.stdout).not.toMatch(/no secrets found/);
    });
  }
});

describe('range and pre-push modes block a tab-indented Secret too', () => {
  it('--range and --pre-push: exit 1 with the finding', async () => {
    const repo = await makeRepo();
    repo.write('README.md', 'app\n');
    const base = await repo.commitAll('init');
    const pw = fakePassword();
    repo.write('k8s/db.yaml', secret(pw, '\t'));
    const head = await repo.commitAll('add secret');
    const range = await run(['scan', '--range', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir });
    expect(range.exitCode).toBe(1);
    expect(JSON.parse(range.stdout).findings[0]).toMatchObject({ ruleId: 'k8s-secret-plaintext', message: expect.stringMatching(/could not be parsed/) });
    const push = await run(['scan', '--pre-push'], { cwd: repo.dir, stdin: `refs/heads/main ${head} refs/heads/main ${base}\n` });
    expect(push.exitCode).toBe(1);
    expect(push.stdout + push.stderr).not.toContain(pw);
  });
});

describe('the line-based reader', () => {
  const engine = new Engine({ rules: loadBuiltinRules() });
  const scan = (file: string, text: string) => engine.scanText(file, text).findings;

  it('reads tab-indented Secrets in their shapes: stringData, flow maps, block scalars, JSON-style lines', () => {
    const pw = fakePassword();
    const token = fake.githubToken();
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n\tname: a\nstringData:\n\tpassword: "${pw}"\n\tconfig: |\n\t\tuser=admin\n\t\ttoken=${token}\n`;
    const found = scan('a.yaml', yaml);
    expect(found.map((f) => [f.resource?.key, f.line, f.severity])).toEqual([['password', 6, 'error'], ['config', 7, 'error']]);
    expect(found[1]!.credential).toMatch(/GitHub/);
    expect(found[0]!.fix).toBeUndefined(); // no fix can rewrite a document nobody can parse
    expect(yaml.slice(found[0]!.offset.start, found[0]!.offset.end)).toBe(pw);
    const flow = scan('b.yaml', `kind: Secret\nmetadata:\n\tname: b\nstringData: {password: "${pw}", user: admin}\n\tbad: [\n`);
    expect(flow.map((f) => f.resource?.key)).toEqual(['password']);
    const json = scan('c.json', `{\n\t"apiVersion": "v1",\n\t"kind": "Secret",\n\t"metadata": {"name": "c"},\n\t"data": {\n\t\t"password": "${b64(pw)}",\n\t}\n\t}}\n`);
    expect(json.map((f) => [f.resource?.key, f.line])).toEqual([['password', 6]]);
  });

  it('a broken Secret in a documentation code block keeps its rule verdict; in a manifest it blocks', () => {
    const body = `apiVersion: v1\nkind: Secret\nmetadata:\n\tname: cfg\nstringData:\n\tdb-host: db.internal.svc\n`;
    const parsed = scan('ok.yaml', body.replace(/\t/g, '  '));
    expect(parsed.map((f) => f.severity)).toEqual(['warning']); // configuration only: a warning
    expect(scan('broken.yaml', body).map((f) => f.severity)).toEqual(['error']);
    expect(scan('README.md', '```yaml\n' + body + '```\n').map((f) => [f.severity, /could not be parsed/.test(f.message)])).toEqual([['warning', true]]);
  });

  it('hostile lines (a long run of blanks, a long fence) stay linear', () => {
    const blanks = ' '.repeat(200_000);
    const t0 = performance.now();
    scan('a.yaml', `kind: Secret${blanks}x\ndata:${blanks}y\n\tkey${blanks}z\n\tpw: v\n`);
    scan('b.md', '```' + ' '.repeat(200_000) + '`\n' + '~'.repeat(100_000) + '`\n');
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('malformed Secrets of other shapes are read too', () => {
    const pw = fakePassword();
    const shapes = [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\nstringData:\n  password: ${pw}\n  note: "unterminated\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ndata:\n\tpassword: ${b64(pw)}\n  user: ${b64('admin')}\n`,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\nstringData:\n  password: ${pw}\n- stray: item\n`,
      `apiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n\tname: a\r\nstringData:\r\n\tpassword: '${pw}'\r\n`,
      `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": {"name": "a"},\n  "stringData": {\n    "password": "${pw}",\n  },\n}\n`,
      `kind: Secret\nmetadata: {name: a\nstringData:\n  password: ${pw}\n`,
    ];
    for (const [i, text] of shapes.entries()) {
      const found = scan(i === 4 ? 'a.json' : 'a.yaml', text);
      expect(found.map((f) => [f.resource?.key, f.severity]), `shape ${i}`).toContainEqual(['password', 'error']);
    }
  });

  it('templated values in a refused document stay references; nothing shaped like a Secret is not read', () => {
    const tpl = `apiVersion: v1\nkind: Secret\nmetadata:\n\tname: {{ .Release.Name }}\nstringData:\n\tpassword: {{ .Values.password | quote }}\n\ttoken: \${TOKEN}\n`;
    expect(scan('chart/templates/s.yaml', tpl)).toEqual([]);
    const cfg = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\nsettings:\n\tpassword: ${fakePassword()}\n`;
    expect(scan('cfg.yaml', cfg)).toEqual([]);
  });

  it('kubeconfig users and a sealed-secrets master key backup are read when refused too', () => {
    const key = b64('-----BEGIN RSA PRIVATE KEY-----\n' + 'A'.repeat(40) + '\n-----END RSA PRIVATE KEY-----\n');
    const kubeconfig = `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n\ttoken: ${fake.githubToken().slice(4)}\n  bad: [\n`;
    expect(scan('admin.conf', kubeconfig).map((f) => f.ruleId)).toEqual(['kubeconfig-credential']);
    const master = `apiVersion: v1\nkind: Secret\nmetadata:\n\tlabels:\n\t\tsealedsecrets.bitnami.com/sealed-secrets-key: active\n\tname: k\ndata:\n\ttls.key: ${key}\n\ttls.crt: ${b64('cert')}\n`;
    expect(scan('master.key', master).map((f) => f.ruleId)).toEqual(['sealed-secrets-master-key']);
  });
});
