// The ExternalSecret rewriter against real git repositories: where the values land (mode 0600,
// byte for byte, never where `git add .` would pick them up), the upload commands, merging and
// conflicts, dry-run, and (once the fix command exists) the end-to-end `sealgate fix --external`.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixError, UsageError } from '../src/errors.js';
import { PROVIDERS, type Provider } from '../src/fix/external/providers.js';
import { createExternalRewriter, type ExternalRewriterOptions } from '../src/fix/external/rewriter.js';
import type { ValuesDoc } from '../src/fix/external/values-file.js';
import { run } from '../src/cli/run.js';
import { toSecretModel } from '../src/fix/secret-model.js';
import { parseManifest } from '../src/yaml/documents.js';
import { crdValidator } from './helpers/schema.js';
import { scan } from '../src/scan.js';
import { toYaml } from '../src/yaml/emit.js';
import { plaintexts, typedSecrets, type TypedSecrets } from './fixtures/external/secrets.js';

const NAMES = ['basic', 'docker', 'tls', 'binary'] as const;

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'sg-'));
}

function gitRepo(): string {
  const dir = tmp();
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'user.email', 'test@example.com'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', 'Test'], { cwd: dir });
  return dir;
}

function mode(file: string): number {
  return statSync(file).mode & 0o777;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

async function rewriteAll(opts: ExternalRewriterOptions, fx: TypedSecrets = typedSecrets()) {
  const rewriter = createExternalRewriter(opts);
  for (const name of NAMES) {
    await rewriter.rewrite(toSecretModel(fx[name] as Record<string, unknown>), { file: `deploy/${name}.yaml`, root: opts.root });
  }
  return { fx, lines: await rewriter.finish!() };
}

/** Decodes every value of a values file back to bytes, keyed by `<backend name>#<property>`. */
function decodedValues(doc: ValuesDoc): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(doc.secrets)) {
    for (const [prop, text] of Object.entries(entry.data)) {
      out.set(`${name}#${prop}`, entry.base64?.includes(prop) ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'));
    }
  }
  return out;
}

const EXPECTED_NAMES: Record<Provider, Record<(typeof NAMES)[number], string>> = {
  vault: { basic: 'k8s/payments/db-creds', docker: 'k8s/payments/regcred', tls: 'k8s/edge/web.example.com-tls', binary: 'k8s/payments/java-keystore' },
  aws: { basic: 'k8s/payments/db-creds', docker: 'k8s/payments/regcred', tls: 'k8s/edge/web.example.com-tls', binary: 'k8s/payments/java-keystore' },
  gcp: { basic: 'payments--db-creds', docker: 'payments--regcred', tls: 'edge--web_example_com-tls', binary: 'payments--java-keystore' },
  azure: { basic: 'payments--db-creds', docker: 'payments--regcred', tls: 'edge--web-example-com-tls', binary: 'payments--java-keystore' },
};

describe('values file under .git/sealgate (default)', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: holds exactly the original plaintexts, mode 0600, with upload commands that reference files`, async () => {
      const root = gitRepo();
      const { fx, lines } = await rewriteAll({ store: 'store', provider, root, now: () => new Date('2026-01-02T03:04:05.678Z') });

      const main = path.join(root, '.git', 'sealgate', 'external', 'values-2026-01-02T03-04-05-678Z.json');
      const sidecar = main.replace(/\.json$/, '.d');
      expect(existsSync(main)).toBe(true);
      expect(mode(main)).toBe(0o600);
      expect(mode(sidecar)).toBe(0o700);

      const doc = JSON.parse(readFileSync(main, 'utf8')) as ValuesDoc;
      expect(doc.provider).toBe(provider);
      const expected = new Map<string, Buffer>();
      for (const n of NAMES) for (const [k, v] of fx.plain[n]) expected.set(`${EXPECTED_NAMES[provider][n]}#${k}`, v);
      const actual = decodedValues(doc);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [k, v] of expected) expect(actual.get(k)!.equals(v), k).toBe(true);
      expect(doc.secrets[EXPECTED_NAMES[provider].binary].base64).toEqual(['keystore.p12']);
      expect(doc.secrets[EXPECTED_NAMES[provider].basic].from).toEqual(['deploy/basic.yaml: Secret/payments/db-creds']);

      // One upload document per backend name, exactly the stored map, each 0600.
      const uploads = walk(sidecar);
      expect(uploads).toHaveLength(4);
      for (const n of NAMES) {
        const file = path.join(sidecar, ...EXPECTED_NAMES[provider][n].split('/')) + '.json';
        expect(mode(file)).toBe(0o600);
        expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(doc.secrets[EXPECTED_NAMES[provider][n]].data);
        expect(lines.some((l) => l.includes(file)), `command for ${file}`).toBe(true);
      }

      const text = lines.join('\n');
      for (const p of plaintexts(fx)) expect(text).not.toContain(p);
      expect(text).toContain(main);
      const basicFile = path.join(sidecar, ...EXPECTED_NAMES[provider].basic.split('/')) + '.json';
      const command = {
        vault: `vault kv put "\${VAULT_KV_MOUNT:-secret}/k8s/payments/db-creds" @${basicFile}`,
        aws: `aws secretsmanager create-secret --name k8s/payments/db-creds --secret-string file://${basicFile}`,
        gcp: `gcloud secrets create payments--db-creds --replication-policy=automatic --data-file=${basicFile}`,
        azure: `az keyvault secret set --vault-name "$AZURE_KEYVAULT" --name payments--db-creds --file ${basicFile} --encoding utf-8`,
      }[provider];
      expect(lines).toContain('  ' + command);
      // Nothing for `git add .` to pick up.
      expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' })).toBe('');
    });
  }

  it('a second run writes a new file instead of overwriting values not uploaded yet', async () => {
    const root = gitRepo();
    const now = () => new Date('2026-01-02T03:04:05.678Z');
    await rewriteAll({ store: 'store', root, now });
    await rewriteAll({ store: 'store', root, now });
    expect(readdirSync(path.join(root, '.git', 'sealgate', 'external')).sort()).toEqual([
      'values-2026-01-02T03-04-05-678Z-2.d',
      'values-2026-01-02T03-04-05-678Z-2.json',
      'values-2026-01-02T03-04-05-678Z.d',
      'values-2026-01-02T03-04-05-678Z.json',
    ]);
  });

  it('dry-run writes nothing and says what it would write', async () => {
    const root = gitRepo();
    const { lines } = await rewriteAll({ store: 'store', root, dryRun: true });
    expect(existsSync(path.join(root, '.git', 'sealgate'))).toBe(false);
    expect(lines[0]).toMatch(/^sealgate would write the values of 4 Vault KV secrets to /);
  });

  it('outside git, asks for --values-out instead of guessing a place', async () => {
    const root = tmp();
    await expect(rewriteAll({ store: 'store', root })).rejects.toThrow(/not a git repository.*--values-out/);
  });
});

describe('--values-out', () => {
  it('is refused inside the work tree when git does not ignore it, and nothing is written', async () => {
    const root = gitRepo();
    const err = await rewriteAll({ store: 'store', root, valuesOut: 'secrets/values.json' }).catch((e) => e);
    expect(err).toBeInstanceOf(FixError);
    expect(err.message).toMatch(/refusing to write plaintext values to .*secrets\/values\.json.*git does not ignore it/);
    expect(existsSync(path.join(root, 'secrets'))).toBe(false);
  });

  it('is accepted inside the work tree when git ignores it (file and upload directory)', async () => {
    const root = gitRepo();
    writeFileSync(path.join(root, '.gitignore'), 'secrets/\n');
    const { fx } = await rewriteAll({ store: 'store', root, valuesOut: 'secrets/values.json' });
    const doc = JSON.parse(readFileSync(path.join(root, 'secrets', 'values.json'), 'utf8')) as ValuesDoc;
    expect(decodedValues(doc).get('k8s/payments/java-keystore#keystore.p12')!.equals(fx.plain.binary.get('keystore.p12')!)).toBe(true);
    expect(mode(path.join(root, 'secrets', 'values.json'))).toBe(0o600);
    expect(execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' })).toBe('?? .gitignore\n');
  });

  it('is refused when git ignores the file but not the upload files next to it', async () => {
    const root = gitRepo();
    writeFileSync(path.join(root, '.gitignore'), 'values.json\n');
    await expect(rewriteAll({ store: 'store', root, valuesOut: 'values.json' })).rejects.toThrow(/the upload file is inside the git work tree/);
    expect(existsSync(path.join(root, 'values.json'))).toBe(false);
    expect(existsSync(path.join(root, 'values.d'))).toBe(false);
  });

  it('is refused when the file is tracked, even if a pattern matches it', async () => {
    const root = gitRepo();
    writeFileSync(path.join(root, 'values.json'), '{}\n');
    execFileSync('git', ['add', 'values.json'], { cwd: root });
    writeFileSync(path.join(root, '.gitignore'), 'values.*\n');
    await expect(rewriteAll({ store: 'store', root, valuesOut: 'values.json' })).rejects.toThrow(/git does not ignore it/);
    expect(readFileSync(path.join(root, 'values.json'), 'utf8')).toBe('{}\n');
  });

  it('is refused through a symlink that leads into a work tree, and inside another repository', async () => {
    const root = gitRepo();
    const outside = tmp();
    symlinkSync(root, path.join(outside, 'link'));
    await expect(rewriteAll({ store: 'store', root, valuesOut: path.join(outside, 'link', 'v.json') })).rejects.toThrow(
      /git does not ignore it/,
    );
    const other = gitRepo();
    await expect(rewriteAll({ store: 'store', root, valuesOut: path.join(other, 'deep', 'v.json') })).rejects.toThrow(
      new RegExp(`inside the git work tree ${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(existsSync(path.join(other, 'deep'))).toBe(false);
  });

  it('outside any work tree is written as asked, and a later run merges into it', async () => {
    const root = gitRepo();
    const out = path.join(tmp(), 'vals', 'values.json');
    const fx = typedSecrets();
    const first = createExternalRewriter({ store: 'store', root, valuesOut: out });
    await first.rewrite(toSecretModel(fx.basic), { file: 'a.yaml', root });
    await first.finish!();
    const second = createExternalRewriter({ store: 'store', root, valuesOut: out });
    // The same Secret again (same values) is fine; a new one is added.
    await second.rewrite(toSecretModel(fx.basic), { file: 'a.yaml', root });
    await second.rewrite(toSecretModel(fx.docker), { file: 'b.yaml', root });
    const lines = await second.finish!();
    const doc = JSON.parse(readFileSync(out, 'utf8')) as ValuesDoc;
    expect(Object.keys(doc.secrets).sort()).toEqual(['k8s/payments/db-creds', 'k8s/payments/regcred']);
    expect(lines.filter((l) => l.startsWith('  vault kv put'))).toHaveLength(2);
  });

  it('refuses a Secret whose key would overwrite a different value already recorded, and keeps the file', async () => {
    const root = gitRepo();
    const out = path.join(tmp(), 'values.json');
    const fx = typedSecrets();
    const rewriter = createExternalRewriter({ store: 'store', root, valuesOut: out });
    await rewriter.rewrite(toSecretModel(fx.basic), { file: 'base/db.yaml', root });
    const before = readFileSync(out, 'utf8');
    const overlay = structuredClone(fx.basic) as any;
    overlay.data.password = Buffer.from('other-' + Date.now()).toString('base64');
    await expect(rewriter.rewrite(toSecretModel(overlay), { file: 'overlays/prod/db.yaml', root })).rejects.toThrow(
      /overlays\/prod\/db\.yaml: Secret\/payments\/db-creds: key 'password' maps to 'k8s\/payments\/db-creds', which already holds a different value from base\/db\.yaml/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
    // Distinct keys through the template resolve it.
    const other = createExternalRewriter({ store: 'store', root, valuesOut: out, keyTemplate: '{prefix}/prod/{namespace}/{name}' });
    await other.rewrite(toSecretModel(overlay), { file: 'overlays/prod/db.yaml', root });
  });

  it('keeps every value when Secrets are rewritten concurrently', async () => {
    const root = gitRepo();
    const out = path.join(tmp(), 'values.json');
    const fx = typedSecrets();
    const rewriter = createExternalRewriter({ store: 'store', root, valuesOut: out });
    await Promise.all(NAMES.map((n) => rewriter.rewrite(toSecretModel(fx[n] as Record<string, unknown>), { file: `${n}.yaml`, root })));
    const doc = JSON.parse(readFileSync(out, 'utf8')) as ValuesDoc;
    expect(decodedValues(doc).size).toBe(7);
  });

  it('never overwrites a file that is not a sealgate values file, or one for another provider', async () => {
    const root = gitRepo();
    const dir = tmp();
    writeFileSync(path.join(dir, 'notes.json'), 'my notes\n');
    await expect(rewriteAll({ store: 'store', root, valuesOut: path.join(dir, 'notes.json') })).rejects.toThrow(
      /exists and is not a sealgate values file/,
    );
    expect(readFileSync(path.join(dir, 'notes.json'), 'utf8')).toBe('my notes\n');
    const out = path.join(dir, 'v.json');
    await rewriteAll({ store: 'store', root, valuesOut: out, provider: 'aws' });
    await expect(rewriteAll({ store: 'store', root, valuesOut: out, provider: 'gcp' })).rejects.toThrow(/holds aws values, not gcp/);
    mkdirSync(path.join(dir, 'adir'));
    await expect(rewriteAll({ store: 'store', root, valuesOut: path.join(dir, 'adir') })).rejects.toThrow(/is a directory/);
  });
});

describe('rewriter', () => {
  it('refuses service-account-token and bootstrap-token Secrets before recording anything', async () => {
    const root = gitRepo();
    const out = path.join(tmp(), 'values.json');
    const rewriter = createExternalRewriter({ store: 'store', root, valuesOut: out });
    const sa = { kind: 'Secret', metadata: { name: 'sa', namespace: 'ci' }, type: 'kubernetes.io/service-account-token', stringData: { token: 'q'.repeat(30) } };
    const boot = { kind: 'Secret', metadata: { name: 'bootstrap-token-abcdef', namespace: 'kube-system' }, type: 'bootstrap.kubernetes.io/token', stringData: { 'token-secret': 'w'.repeat(16) } };
    await expect(rewriter.rewrite(toSecretModel(sa), { file: 'sa.yaml', root })).rejects.toThrow(/service-account-token/);
    await expect(rewriter.rewrite(toSecretModel(boot), { file: 'boot.yaml', root })).rejects.toThrow(/bootstrap.kubernetes.io\/token/);
    expect(existsSync(out)).toBe(false);
    expect(await rewriter.finish!()).toEqual([]);
  });

  it('uses the namespace fallback for the remote key but does not add it to the manifest', async () => {
    const root = gitRepo();
    const rewriter = createExternalRewriter({ store: 'store', root, valuesOut: path.join(tmp(), 'v.json') });
    const s = { kind: 'Secret', metadata: { name: 'app' }, stringData: { k: 'v'.repeat(12) } };
    const [es] = (await rewriter.rewrite(toSecretModel(s), { file: 'k/app.yaml', root, namespaceFallback: 'shop' })) as any[];
    expect(es.metadata.namespace).toBeUndefined();
    expect(es.metadata.annotations['sealgate.io/migrated-from']).toBe('Secret/shop/app');
    expect(es.spec.data[0].remoteRef.key).toBe('k8s/shop/app');
    await expect(rewriter.rewrite(toSecretModel(s), { file: 'k/app.yaml', root })).rejects.toThrow(/no namespace/);
  });

  it('explains why a Secret with binary values gets no PushSecret', async () => {
    const root = gitRepo();
    const rewriter = createExternalRewriter({ store: 'store', root, pushSecret: true, valuesOut: path.join(tmp(), 'v.json') });
    const out = await rewriter.rewrite(toSecretModel(typedSecrets().binary), { file: 'ks.yaml', root });
    expect(out.map((o) => o.kind)).toEqual(['ExternalSecret']);
    expect((await rewriter.finish!())[0]).toBe('ks.yaml: no PushSecret for Secret/payments/java-keystore: it holds binary values; upload them from the values file');
  });

  it('warns when an upload document is over the provider size limit', async () => {
    const root = gitRepo();
    const rewriter = createExternalRewriter({ store: 'store', provider: 'azure', root, valuesOut: path.join(tmp(), 'v.json') });
    const big = { kind: 'Secret', metadata: { name: 'bundle', namespace: 'ns' }, stringData: { 'ca.crt': randomBytes(15000).toString('hex') } };
    await rewriter.rewrite(toSecretModel(big), { file: 'b.yaml', root });
    const lines = await rewriter.finish!();
    expect(lines.at(-1)).toMatch(/^warning: ns--bundle is \d+ bytes, over the 25600-byte limit of Azure Key Vault; split the Secret$/);
  });

  it('refuses options no ExternalSecret could be built from', () => {
    const root = tmp();
    expect(() => createExternalRewriter({ store: '', root })).toThrow(/needs --store/);
    expect(() => createExternalRewriter({ store: 'Vault_KV', root })).toThrow(UsageError);
    expect(() => createExternalRewriter({ store: 's', root, refreshInterval: '1 hour' })).toThrow(/--refresh-interval/);
    expect(() => createExternalRewriter({ store: 's', root, keyTemplate: '{namespace}' })).toThrow(/must contain \{name\}/);
    expect(() => createExternalRewriter({ store: 's', root, provider: 'keepass' as Provider })).toThrow(/--provider/);
    expect(() => createExternalRewriter({ store: 's', root, storeKind: 'Store' as any })).toThrow(/--store-kind/);
    for (const ok of ['1h', '0s', '1h30m', '90s', '0', '1.5h', '500ms']) {
      expect(() => createExternalRewriter({ store: 's', root, refreshInterval: ok })).not.toThrow();
    }
  });
});

describe('rescan', () => {
  for (const provider of PROVIDERS) {
    it(`${provider}: the emitted objects scan clean where the Secrets did not, values file included`, async () => {
      const root = gitRepo();
      writeFileSync(path.join(root, '.gitignore'), 'private/\n');
      const fx = typedSecrets();
      mkdirSync(path.join(root, 'deploy'));
      for (const n of NAMES) writeFileSync(path.join(root, 'deploy', `${n}.yaml`), toYaml(fx[n]));
      const before = await scan({ cwd: root });
      expect(new Set(before.findings.map((f) => f.file))).toEqual(new Set(NAMES.map((n) => `deploy/${n}.yaml`)));

      const rewriter = createExternalRewriter({ store: 'store', provider, root, pushSecret: true, valuesOut: 'private/values.json' });
      for (const n of NAMES) {
        const objects = await rewriter.rewrite(toSecretModel(fx[n] as Record<string, unknown>), { file: `deploy/${n}.yaml`, root });
        writeFileSync(path.join(root, 'deploy', `${n}.yaml`), objects.map((o) => toYaml(o)).join('---\n'));
      }
      await rewriter.finish!();
      const after = await scan({ cwd: root });
      expect(after.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
      expect(after.warnings).toEqual([]);
      expect(after.safe.filter((s) => s.kind === 'ExternalSecret')).toHaveLength(4);
      expect(existsSync(path.join(root, 'private', 'values.json'))).toBe(true);
    });
  }
});

describe('sealgate fix --external (end to end)', () => {
  const validateES = crdValidator('external-secrets.io_externalsecrets.yaml', 'v1');
  const validatePS = crdValidator('external-secrets.io_pushsecrets.yaml', 'v1alpha1');

  function git(dir: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  }

  /** A committed repository with the four typed Secrets; the basic one shares its file with a ConfigMap. */
  function manifestRepo(fx: TypedSecrets): string {
    const root = gitRepo();
    mkdirSync(path.join(root, 'deploy'));
    for (const n of NAMES) {
      const body = toYaml(fx[n]);
      writeFileSync(
        path.join(root, 'deploy', `${n}.yaml`),
        n === 'basic' ? `# database credentials\n${body}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}  # keep me\n` : body,
      );
    }
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'manifests');
    return root;
  }

  function objectsIn(file: string): Record<string, any>[] {
    return parseManifest(readFileSync(file, 'utf8'), file).map((d) => d.value as Record<string, any>);
  }

  function expectNoPlaintext(fx: TypedSecrets, ...outputs: string[]): void {
    const text = outputs.join('\n');
    for (const p of plaintexts(fx)) expect(text).not.toContain(p);
  }

  for (const provider of PROVIDERS) {
    it(`${provider}: rewrites every Secret, keeps the values byte for byte in a 0600 file, and rescans clean`, async () => {
      const fx = typedSecrets();
      const root = manifestRepo(fx);
      const r = await run(['fix', 'deploy', '--external', '--store', 'main-store', '--provider', provider, '--push-secret'], { cwd: root, env: {} });
      expectNoPlaintext(fx, r.stdout, r.stderr);
      expect(r.stderr).not.toMatch(/internal|bug in sealgate/);
      expect(r.exitCode).toBe(0);

      // Only the Secrets' documents changed; every emitted object is valid for its CRD.
      const basic = readFileSync(path.join(root, 'deploy', 'basic.yaml'), 'utf8');
      expect(basic.startsWith('# database credentials\napiVersion: external-secrets.io/v1\nkind: ExternalSecret\n')).toBe(true);
      expect(basic.endsWith('---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}  # keep me\n')).toBe(true);
      const kinds: string[] = [];
      for (const n of NAMES) {
        for (const o of objectsIn(path.join(root, 'deploy', `${n}.yaml`))) {
          kinds.push(o.kind);
          if (o.kind === 'ExternalSecret') expect(validateES(o), `${n} ExternalSecret`).toEqual([]);
          if (o.kind === 'PushSecret') expect(validatePS(o), `${n} PushSecret`).toEqual([]);
          if (o.kind === 'ExternalSecret') expect(o.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'main-store' });
        }
      }
      expect(kinds.filter((k) => k === 'ExternalSecret')).toHaveLength(4);
      expect(kinds.filter((k) => k === 'PushSecret')).toHaveLength(3);
      expect(kinds).not.toContain('Secret');

      // The values file: one per run under .git/sealgate/external, 0600, exactly the original bytes.
      const dir = path.join(root, '.git', 'sealgate', 'external');
      const mains = readdirSync(dir).filter((f) => f.endsWith('.json'));
      expect(mains).toHaveLength(1);
      const main = path.join(dir, mains[0]!);
      expect(mode(main)).toBe(0o600);
      const actual = decodedValues(JSON.parse(readFileSync(main, 'utf8')) as ValuesDoc);
      expect(actual.size).toBe(7);
      for (const n of NAMES) {
        for (const [k, v] of fx.plain[n]) expect(actual.get(`${EXPECTED_NAMES[provider][n]}#${k}`)!.equals(v), `${n} ${k}`).toBe(true);
      }
      for (const f of walk(main.replace(/\.json$/, '.d'))) expect(mode(f)).toBe(0o600);
      const uploads = r.stderr.split('\n').filter((l) => l.startsWith('  ') && l.includes(main.replace(/\.json$/, '.d')));
      expect(uploads).toHaveLength(4);
      expect(r.stderr).toContain('no PushSecret for Secret/payments/java-keystore');

      // Nothing new for git to pick up, and the scanner finds nothing left.
      expect(git(root, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort()).toEqual(
        NAMES.map((n) => ` M deploy/${n}.yaml`).sort(),
      );
      const after = await scan({ cwd: root });
      expect(after.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
    });
  }

  it('takes its defaults from .sealgate.yaml (store, provider, key template, values file)', async () => {
    const fx = typedSecrets();
    const root = manifestRepo(fx);
    writeFileSync(
      path.join(root, '.sealgate.yaml'),
      ['external:', '  store: aws-sm', '  storeKind: SecretStore', '  provider: aws', "  keyTemplate: 'apps/{namespace}/{name}'", '  refreshInterval: 15m', '  valuesOut: private/values.json', ''].join('\n'),
    );
    writeFileSync(path.join(root, '.gitignore'), 'private/\n');
    const r = await run(['fix', 'deploy/basic.yaml', '--external'], { cwd: root, env: {} });
    expectNoPlaintext(fx, r.stdout, r.stderr);
    expect(r.exitCode).toBe(0);
    const [es] = objectsIn(path.join(root, 'deploy', 'basic.yaml'));
    expect(es.spec.secretStoreRef).toEqual({ kind: 'SecretStore', name: 'aws-sm' });
    expect(es.spec.refreshInterval).toBe('15m');
    expect(es.spec.data[0].remoteRef.key).toBe('apps/payments/db-creds');
    const doc = JSON.parse(readFileSync(path.join(root, 'private', 'values.json'), 'utf8')) as ValuesDoc;
    expect(doc.provider).toBe('aws');
    expect(decodedValues(doc).get('apps/payments/db-creds#password')!.equals(fx.plain.basic.get('password')!)).toBe(true);
    expect(r.stderr).toContain(`aws secretsmanager create-secret --name apps/payments/db-creds --secret-string file://${path.join(root, 'private', 'values.d', 'apps', 'payments', 'db-creds.json')}`);
  });

  it('refuses a --values-out inside the work tree that git does not ignore, and changes nothing', async () => {
    const fx = typedSecrets();
    const root = manifestRepo(fx);
    const r = await run(['fix', 'deploy', '--external', '--store', 's', '--values-out', 'values.json'], { cwd: root, env: {} });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`refusing to write plaintext values to ${path.join(root, 'values.json')}`);
    expectNoPlaintext(fx, r.stdout, r.stderr);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('refuses service-account-token and bootstrap-token Secrets with the file and the reason', async () => {
    const root = gitRepo();
    const token = ['eyJhbGciOiJSUzI1NiJ9', Buffer.from('{"sub":"ci"}').toString('base64url'), randomBytes(32).toString('base64url')].join('.');
    const sa = `apiVersion: v1\nkind: Secret\nmetadata: {name: build-token, namespace: ci}\ntype: kubernetes.io/service-account-token\nstringData:\n  token: ${token}\n`;
    const boot = `apiVersion: v1\nkind: Secret\nmetadata: {name: bootstrap-token-abcdef, namespace: kube-system}\ntype: bootstrap.kubernetes.io/token\nstringData:\n  token-id: abcdef\n  token-secret: ${randomBytes(8).toString('hex')}\n`;
    writeFileSync(path.join(root, 'sa.yaml'), sa);
    writeFileSync(path.join(root, 'boot.yaml'), boot);
    const a = await run(['fix', 'sa.yaml', '--external', '--store', 's'], { cwd: root, env: {} });
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toMatch(/^sealgate: sa\.yaml: Secret 'build-token' has type kubernetes\.io\/service-account-token: ESO cannot template/);
    const b = await run(['fix', 'boot.yaml', '--external', '--store', 's'], { cwd: root, env: {} });
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toMatch(/boot\.yaml: Secret 'bootstrap-token-abcdef' has type bootstrap\.kubernetes\.io\/token: ESO refuses/);
    expect(readFileSync(path.join(root, 'sa.yaml'), 'utf8')).toBe(sa);
    expect(readFileSync(path.join(root, 'boot.yaml'), 'utf8')).toBe(boot);
    expect(existsSync(path.join(root, '.git', 'sealgate', 'external'))).toBe(false);
    for (const out of [a.stdout, a.stderr, b.stdout, b.stderr]) expect(out).not.toContain(token);
  });

  it('--dry-run writes neither manifests nor values, and prints no plaintext', async () => {
    const fx = typedSecrets();
    const root = manifestRepo(fx);
    const r = await run(['fix', 'deploy', '--external', '--store', 's', '--provider', 'gcp', '--dry-run'], { cwd: root, env: {} });
    expect(r.exitCode).toBe(0);
    expectNoPlaintext(fx, r.stdout, r.stderr);
    expect(r.stdout).toContain('kind: ExternalSecret');
    expect(r.stderr).toContain('sealgate would write the values of 4 GCP Secret Manager secrets');
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(existsSync(path.join(root, '.git', 'sealgate', 'external'))).toBe(false);
  });
});
