// `sealgate seal`: kubeseal's habits. Secrets (YAML or JSON, one or many) on stdin or in FILE become
// SealedSecrets on stdout (or -w FILE); the certificate comes from --cert, seal.cert, $SEALED_SECRETS_CERT
// or the controller of the current kube context. Also --fetch-cert, --validate, --re-encrypt,
// --merge-into and --raw (one value, as `kubeseal --raw`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { bool, oneOf, parseOptions, str } from '../args.js';
import { FixError, UsageError } from '../../errors.js';
import { loadConfig, type Config } from '../../config/load.js';
import { repositoryRoot } from '../../sources/git-client.js';
import { describeCert } from '../../fix/seal/certificate.js';
import { SCOPES, scopeLabel, sealValue, type Scope } from '../../fix/seal/crypto.js';
import { CLUSTER_WIDE, NAMESPACE_WIDE, buildSealedSecret, effectiveScope } from '../../fix/seal/sealed-secret.js';
import { toYaml } from '../../yaml/emit.js';
import type { CertOptions } from '../../fix/seal/cert-source.js';
import { logLine } from '../../report/escape.js';

export const SEAL_HELP = `Usage: sealgate seal [FILE] [options] < secret.yaml > sealed-secret.yaml
       sealgate seal --fetch-cert > pub-cert.pem
       sealgate seal --validate < sealed-secret.yaml
       sealgate seal --re-encrypt < sealed-secret.yaml > resealed.yaml
       sealgate seal --merge-into sealed-secret.yaml < secret.yaml
       sealgate seal --raw --name NAME --namespace NS < value

Seal Kubernetes Secrets like kubeseal: every Secret in FILE or on stdin (YAML or JSON, one or many
documents, kind: List included) is printed as a SealedSecret. Nothing is written but the output.

Certificate (first that applies):
  --cert CERT              a path, file:// or http(s):// URL
                           (else seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT)
  otherwise it is fetched from the sealed-secrets controller of the current kube context through
  the API server's service proxy (the cluster's CA, the kubeconfig's credentials), like kubeseal:
  --controller-name NAME   default sealed-secrets-controller ($SEALED_SECRETS_CONTROLLER_NAME)
  --controller-namespace NS  default kube-system ($SEALED_SECRETS_CONTROLLER_NAMESPACE)
  --kubeconfig FILE        default $KUBECONFIG, else ~/.kube/config
  --context NAME           default the current context

Options:
  -o, --format json|yaml   output format (default json, like kubeseal; yaml documents start with ---)
  -w, --sealed-secret-file FILE  write the output to FILE instead of stdout
  -n, --namespace NS       namespace for Secrets without one (must match those with one); default
                           the kube context's namespace, else default
  --scope SCOPE            strict (default), namespace-wide or cluster-wide; without it each Secret's
                           sealedsecrets.bitnami.com/* annotations decide
  --allow-empty-data       seal a Secret with no data (kubeseal refuses it otherwise)
  --merge-into FILE        add the values to the SealedSecret in FILE (sealed for its name, namespace
                           and scope); FILE is updated, the input is left as it is
  --fetch-cert             print the certificate and exit
  --validate               ask the controller whether it can decrypt each SealedSecret of the input
                           (exit 1 when it cannot)
  --re-encrypt             have the controller re-encrypt each SealedSecret with its newest key
  --raw                    seal one value (stdin, or --from-file FILE) for --name and --namespace;
                           prints the bare base64, no newline, like 'kubeseal --raw'
  --name NAME              with --raw: the SealedSecret's name (needed for strict scope)
  --from-file FILE         with --raw: read the value from FILE (binary safe)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

Exit codes: 0 done, 1 --validate found a SealedSecret the controller cannot decrypt,
2 usage, certificate, cluster or input error (nothing is written).

Examples:
  sealgate seal -o yaml < secret.yaml > sealed-secret.yaml
  kubectl create secret generic db --from-literal=password=… --dry-run=client -o yaml | sealgate seal -o yaml
  sealgate seal --cert pub-cert.pem -o yaml k8s/secret.yaml > k8s/sealed-secret.yaml
  printf %s "$DB_PASSWORD" | sealgate seal --raw --cert pub-cert.pem --name db --namespace shop
`;

const OPTIONS = {
  format: { type: 'string', short: 'o' },
  'sealed-secret-file': { type: 'string', short: 'w' },
  'secret-file': { type: 'string', short: 'f' },
  cert: { type: 'string' },
  'controller-name': { type: 'string' },
  'controller-namespace': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  'fetch-cert': { type: 'boolean' },
  validate: { type: 'boolean' },
  're-encrypt': { type: 'boolean' },
  'allow-empty-data': { type: 'boolean' },
  'merge-into': { type: 'string' },
  raw: { type: 'boolean' },
  name: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  scope: { type: 'string' },
  'from-file': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Obj = Record<string, unknown>;

export default async function sealCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, OPTIONS, 'seal');
  if (bool(p, 'help')) {
    ctx.out(SEAL_HELP);
    return 0;
  }
  const modes = (['fetch-cert', 'validate', 're-encrypt', 'raw'] as const).filter((m) => bool(p, m));
  if (modes.length > 1) throw new UsageError(`seal: --${modes[0]} and --${modes[1]} cannot be combined`);
  if (str(p, 'merge-into') !== undefined && modes.length) throw new UsageError(`seal: --merge-into cannot be combined with --${modes[0]}`);
  if (p.positionals.length > 1) throw new UsageError(`seal: one input FILE at most (got ${p.positionals.length})`);
  const inputFile = p.positionals[0] ?? str(p, 'secret-file');
  if (p.positionals.length && str(p, 'secret-file') !== undefined) throw new UsageError('seal: give the input as FILE or --secret-file, not both');
  const format = oneOf(str(p, 'format'), ['json', 'yaml'] as const, 'format') ?? 'json';
  const repo = await repositoryRoot(ctx.cwd, ctx.env);
  const root = repo ?? path.resolve(ctx.cwd);
  const config = await loadConfig(root, str(p, 'config'), ctx.cwd);
  const certOpts: CertOptions = {
    cert: str(p, 'cert'),
    configCert: config.seal?.cert,
    configFile: config.file,
    controllerName: str(p, 'controller-name'),
    controllerNamespace: str(p, 'controller-namespace'),
    kubeconfig: str(p, 'kubeconfig'),
    context: str(p, 'context'),
    env: ctx.env,
    cwd: ctx.cwd,
  };
  const source = await import('../../fix/seal/cert-source.js');

  if (bool(p, 'fetch-cert')) {
    const { bytes } = await source.certificate(certOpts);
    return emit(ctx, str(p, 'sealed-secret-file'), bytes);
  }
  if (bool(p, 'raw')) return sealRaw(p, ctx, config, certOpts);
  for (const o of ['name', 'from-file'] as const) if (str(p, o) !== undefined) throw new UsageError(`seal: --${o} goes with --raw`);

  const input = inputFile !== undefined ? readInput(ctx.cwd, inputFile) : await ctx.readStdin();
  const what = inputFile ?? 'stdin';
  const { readObjects } = await import('../../fix/seal/secret-input.js');
  const objects = readObjects(input, what);

  if (bool(p, 'validate') || bool(p, 're-encrypt')) {
    const sealed = objects.map((o, i) => {
      if (o.kind !== 'SealedSecret') throw new UsageError(`${what}: object ${i + 1} is a ${String(o.kind ?? 'object without kind')}, not a SealedSecret`);
      return o;
    });
    const client = source.controllerClient(certOpts);
    if (bool(p, 'validate')) {
      let bad = 0;
      for (const s of sealed) {
        const name = String((s.metadata as Obj | undefined)?.name ?? '?');
        if (await client.verify(s)) ctx.err(logLine(`sealgate seal: ${name}: the controller can decrypt it`) + '\n');
        else {
          bad++;
          ctx.err(logLine(`sealgate seal: ${name}: the controller cannot decrypt it (sealed for another key, name, namespace or scope)`) + '\n');
        }
      }
      return bad ? 1 : 0;
    }
    const out: Obj[] = [];
    for (const s of sealed) out.push(await client.rotate(s));
    return emit(ctx, str(p, 'sealed-secret-file'), render(out, format));
  }

  // Sealing: every object must be a Secret (kubeseal decodes anything as one; a typo'd kind is refused here).
  const { toSecretModel } = await import('../../fix/secret-model.js');
  const secrets = objects.map((o, i) => {
    if (o.kind !== undefined && o.kind !== 'Secret') {
      const hint = o.kind === 'SealedSecret' ? ' (already sealed; --re-encrypt re-seals it with the newest key)' : '';
      throw new UsageError(`${what}: object ${i + 1} is a ${String(o.kind)}, not a Secret${hint}`);
    }
    try {
      return toSecretModel(o);
    } catch (e) {
      throw new FixError(`${what}: object ${i + 1}: ${(e as Error).message}`);
    }
  });
  const scope = oneOf(str(p, 'scope') ?? config.seal?.scope, SCOPES, 'scope');
  const { cert } = await source.certificate(certOpts);
  ctx.err(`${logLine(describeCert(cert))}\n`);
  const flagNamespace = str(p, 'namespace');
  let contextNamespace: string | undefined;
  const namespaceFor = (secretNamespace: string | undefined, name: string): string => {
    if (flagNamespace && secretNamespace && flagNamespace !== secretNamespace) {
      throw new UsageError(`Secret '${name}': namespace mismatch: it says '${secretNamespace}', --namespace says '${flagNamespace}'`);
    }
    if (secretNamespace) return secretNamespace;
    if (flagNamespace) return flagNamespace;
    if (contextNamespace === undefined) {
      try {
        contextNamespace = source.kubeTarget(certOpts).namespace ?? 'default';
      } catch {
        contextNamespace = 'default';
      }
      ctx.err(logLine(`sealgate seal: Secret '${name}' has no namespace: sealed for '${contextNamespace}' (pass -n NS to choose)`) + '\n');
    }
    return contextNamespace;
  };

  const mergeInto = str(p, 'merge-into');
  if (mergeInto !== undefined) {
    const { MergeTarget } = await import('../../fix/seal/merge.js');
    const { BackupSession } = await import('../../fix/write.js');
    const target = new MergeTarget(path.resolve(ctx.cwd, mergeInto), root, cert, scope);
    for (const s of secrets) target.add(s, { allowEmpty: bool(p, 'allow-empty-data') });
    // In a repository the target's old version is backed up under .git/sealgate/backups like every fix.
    const backups = repo ? new BackupSession(root, undefined, ctx.env) : undefined;
    for (const line of await target.finish({ backups })) ctx.err(`${logLine(line)}\n`);
    return 0;
  }

  const out = secrets.map((s) => {
    // A Secret's own namespace wins (checked against -n); cluster-wide ones need none (kubeseal).
    const fallback = s.namespace ? namespaceFor(s.namespace, s.name) : effectiveScope(s, scope) === 'cluster-wide' ? undefined : namespaceFor(undefined, s.name);
    return buildSealedSecret(s, { cert, scope, namespaceFallback: fallback, allowEmpty: bool(p, 'allow-empty-data'), where: what });
  });
  return emit(ctx, str(p, 'sealed-secret-file'), render(out, format));
}

function readInput(cwd: string, file: string): string {
  try {
    return readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`seal: ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** kubeseal's output: YAML documents each after `---`, or pretty JSON objects one after another. */
function render(objects: Obj[], format: 'json' | 'yaml'): string {
  return objects.map((o) => (format === 'yaml' ? `---\n${toYaml(o)}` : JSON.stringify(o, null, 2) + '\n')).join('');
}

async function emit(ctx: CommandContext, file: string | undefined, content: string | Buffer): Promise<number> {
  if (file === undefined) {
    ctx.out(typeof content === 'string' ? content : content.toString('utf8'));
    return 0;
  }
  const { writeAtomic } = await import('../../fix/write.js');
  writeAtomic(path.resolve(ctx.cwd, file), content);
  return 0;
}

async function sealRaw(p: ReturnType<typeof parseOptions>, ctx: CommandContext, config: Config, certOpts: CertOptions): Promise<number> {
  if (p.positionals.length) throw new UsageError(`seal --raw: unexpected argument '${p.positionals[0]}'; the value comes from stdin or --from-file`);
  const scope: Scope = oneOf(str(p, 'scope') ?? config.seal?.scope, SCOPES, 'scope') ?? 'strict';
  const name = str(p, 'name');
  const namespace = str(p, 'namespace');
  if (scope !== 'cluster-wide' && !namespace) throw new UsageError(`seal: --namespace is required for ${scope} scope`);
  if (scope === 'strict' && !name) throw new UsageError('seal: --name is required for strict scope');
  const { certificate } = await import('../../fix/seal/cert-source.js');
  const { cert } = await certificate(certOpts);
  let value: Buffer;
  const from = str(p, 'from-file');
  if (from !== undefined) {
    try {
      value = readFileSync(path.resolve(ctx.cwd, from));
    } catch (e) {
      throw new UsageError(`seal: --from-file ${from}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    value = Buffer.from(await ctx.readStdin(), 'utf8');
  }
  ctx.err(`${logLine(describeCert(cert))}\n`);
  if (value.length === 0) ctx.err('sealgate seal: warning: the value is empty\n');
  if (scope !== 'strict') ctx.err(`sealgate seal: add the annotation ${scope === 'cluster-wide' ? CLUSTER_WIDE : NAMESPACE_WIDE}: "true" to the SealedSecret's metadata\n`);
  return emit(ctx, str(p, 'sealed-secret-file'), sealValue(cert.publicKey, scopeLabel(scope, namespace, name), value));
}
