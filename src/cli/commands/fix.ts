// `sealgate fix`: rewrite the plaintext Secrets the scanner reports into SealedSecrets (--seal) or
// ExternalSecrets (--external). Options come from the flags, then .sealgate.yaml (seal.*, external.*).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { bool, oneOf, parseOptions, str } from '../args.js';
import { SCOPES } from '../../fix/seal/crypto.js';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { openRepository } from '../../sources/git-client.js';
import { runFix } from '../../fix/pipeline.js';
import type { Rewriter } from '../../fix/rewriter.js';
import { BackupSession } from '../../fix/write.js';

export const FIX_HELP = `Usage: sealgate fix [PATH...] --seal --cert CERT [options]
       sealgate fix [PATH...] --external --store NAME [options]

Rewrite every plaintext Kubernetes Secret that 'sealgate scan' reports in PATH (default: .) so the
values never reach Git. Only the Secret's own document changes; other documents, comments, key order,
line endings and the file mode stay as they are. The original file is backed up first under
.git/sealgate/backups/<time>/<path> (mode 0600; the newest 5 per file are kept, backups.keep in
.sealgate.yaml), and each file is replaced atomically. 'sealgate clean' lists and removes them.

--seal: Bitnami SealedSecret, sealed offline for your controller's public certificate
  --cert CERT              the controller's certificate: a path, file:// or http(s):// URL
                           (default: seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT, else
                           fetched from the controller of the current kube context, like kubeseal:
                           --controller-name, --controller-namespace, --kubeconfig, --context;
                           see 'sealgate seal --help'). Save it with: sealgate seal --fetch-cert > pub-cert.pem
  --scope SCOPE            strict (default: the values only open for this name and namespace),
                           namespace-wide (any name in the namespace) or cluster-wide (anywhere).
                           Without it, a Secret's own sealedsecrets.bitnami.com/* annotations decide.
  --namespace NS           for Secrets without metadata.namespace (default: namespace: of the nearest
                           kustomization.yaml); strict and namespace-wide sealing need one
  --merge-into FILE        add the values to the SealedSecret in FILE (sealed for its name, namespace
                           and scope) and remove the Secret's document, like kubeseal --merge-into

--external: External Secrets Operator ExternalSecret; the values go to a values file to upload
  --store NAME             the (Cluster)SecretStore to read from (default: external.store)
  --store-kind KIND        ClusterSecretStore (default) or SecretStore
  --provider NAME          vault (default), aws, gcp or azure: shapes remote keys and the values file
  --key-template TEMPLATE  remote key, e.g. 'secret/{namespace}/{name}'
  --refresh-interval DUR   how often ESO re-reads the store (default 1h)
  --values-out FILE        where the plaintext values go for upload (kept out of Git; see the output)
  --push-secret            also emit a PushSecret that seeds the store from a Secret

Shared:
  --dry-run                print the diff (values masked) and write nothing
  --stdout                 print the fixed file(s) instead of writing them
  --staged                 fix the staged files and re-stage them; refused for a file whose staged
                           and working-tree versions differ (unstaged edits never sneak into a commit)
  --backup-dir DIR         where backups go (required outside a git repository)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

After writing, the files are scanned again and the fix fails (exit 2) if a plaintext Secret remains.
The old values stay in Git history wherever they were committed: rotate them.

Exit codes: 0 fixed (or nothing to fix), 1 other blocking findings remain in the fixed files,
2 usage, certificate, configuration, git or fix error (nothing is left half-written).

Examples:
  kubeseal --fetch-cert > pub-cert.pem
  sealgate fix k8s/ --seal --cert pub-cert.pem --dry-run
  sealgate fix k8s/db-secret.yaml --seal --cert http://127.0.0.1:8080/v1/cert.pem --namespace shop
  sealgate fix --staged --seal                     (cert from .sealgate.yaml seal.cert)
  sealgate fix k8s/ --external --store vault-backend --key-template 'apps/{namespace}/{name}'
`;

const OPTIONS = {
  seal: { type: 'boolean' },
  external: { type: 'boolean' },
  cert: { type: 'string' },
  scope: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  'merge-into': { type: 'string' },
  'controller-name': { type: 'string' },
  'controller-namespace': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  store: { type: 'string' },
  'store-kind': { type: 'string' },
  provider: { type: 'string' },
  'key-template': { type: 'string' },
  'refresh-interval': { type: 'string' },
  'values-out': { type: 'string' },
  'push-secret': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  stdout: { type: 'boolean' },
  staged: { type: 'boolean' },
  'backup-dir': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SEAL_ONLY = ['cert', 'scope', 'merge-into', 'controller-name', 'controller-namespace', 'kubeconfig', 'context'];
const EXTERNAL_ONLY = ['store', 'store-kind', 'provider', 'key-template', 'refresh-interval', 'values-out', 'push-secret'];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export default async function fixCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, OPTIONS, 'fix');
  if (bool(p, 'help')) {
    ctx.out(FIX_HELP);
    return 0;
  }
  const seal = bool(p, 'seal');
  const external = bool(p, 'external');
  if (seal === external) throw new UsageError("fix: choose one of --seal or --external. Run 'sealgate fix --help'.");
  const wrong = (seal ? EXTERNAL_ONLY : SEAL_ONLY).find((o) => p.values[o] !== undefined);
  if (wrong) throw new UsageError(`fix: --${wrong} only goes with ${seal ? '--external' : '--seal'}`);
  const dryRun = bool(p, 'dry-run');
  const stdout = bool(p, 'stdout');
  const staged = bool(p, 'staged');
  if (dryRun && stdout) throw new UsageError('fix: --dry-run and --stdout cannot be combined');
  if (staged && stdout) throw new UsageError('fix: --staged writes and re-stages the files; it cannot be combined with --stdout');
  if (p.positionals.length === 0 && !staged && !dryRun && !stdout && !ctx.tty.stdin) {
    // `sealgate fix --seal < secret.yaml > sealed.yaml` (kubeseal's habit) must not rewrite the whole tree.
    throw new UsageError(
      "fix: no PATH given and stdin is not a terminal: fix never rewrites files it was not given from a pipe.\n" +
        "  To seal Secrets from stdin like kubeseal:  sealgate seal < secret.yaml > sealed-secret.yaml\n" +
        `  To fix files in place, name them:          sealgate fix . ${seal ? '--seal' : '--external'} ...`,
    );
  }
  const namespace = str(p, 'namespace');
  if (namespace !== undefined && !DNS_LABEL.test(namespace)) throw new UsageError(`fix: --namespace '${namespace}' is not a valid namespace name`);
  for (const file of p.positionals) {
    if (!existsSync(path.resolve(ctx.cwd, file))) throw new UsageError(`fix: ${file}: no such file or folder`);
  }

  const repo = await openRepository(ctx.cwd, ctx.env);
  const root = repo?.root ?? path.resolve(ctx.cwd);
  const configPath = str(p, 'config');
  const config = await loadConfig(root, configPath, ctx.cwd);
  const backups = new BackupSession(root, str(p, 'backup-dir') ? path.resolve(ctx.cwd, str(p, 'backup-dir')!) : undefined, ctx.env);
  // Know where backups go before anything (a values file, a merge target) is written.
  if (!dryRun && !stdout) await backups.folder();

  let rewriter: Rewriter;
  if (seal) {
    if (stdout && p.values['merge-into'] !== undefined) throw new UsageError('fix: --merge-into writes the target file; it cannot be combined with --stdout');
    const { sealRewriterFromOptions } = await import('../../fix/seal/rewriter.js');
    rewriter = await sealRewriterFromOptions({
      cert: str(p, 'cert'),
      scope: oneOf(str(p, 'scope') ?? config.seal?.scope, SCOPES, 'scope'),
      mergeInto: str(p, 'merge-into'),
      config,
      env: ctx.env,
      cwd: ctx.cwd,
      root,
      dryRun,
      backups,
      say: (line) => ctx.err(`${line}\n`),
      cluster: {
        controllerName: str(p, 'controller-name'),
        controllerNamespace: str(p, 'controller-namespace'),
        kubeconfig: str(p, 'kubeconfig'),
        context: str(p, 'context'),
      },
    });
  } else {
    const ext = config.external ?? {};
    const { createExternalRewriter } = await import('../../fix/external/rewriter.js');
    const valuesOut = str(p, 'values-out') ?? ext.valuesOut;
    rewriter = createExternalRewriter({
      store: str(p, 'store') ?? ext.store ?? '',
      storeKind: (str(p, 'store-kind') ?? ext.storeKind) as Parameters<typeof createExternalRewriter>[0]['storeKind'],
      provider: (str(p, 'provider') ?? ext.provider) as Parameters<typeof createExternalRewriter>[0]['provider'],
      keyTemplate: str(p, 'key-template') ?? ext.keyTemplate,
      refreshInterval: str(p, 'refresh-interval') ?? ext.refreshInterval,
      valuesOut: valuesOut !== undefined ? path.resolve(str(p, 'values-out') !== undefined ? ctx.cwd : root, valuesOut) : undefined,
      pushSecret: bool(p, 'push-secret'),
      prefix: ext.prefix,
      root,
      env: ctx.env,
      // --stdout writes nothing either: the values are not stored until the fix is run for real.
      dryRun: dryRun || stdout,
    });
  }

  return runFix({
    cwd: ctx.cwd,
    root,
    git: repo,
    env: ctx.env,
    paths: p.positionals,
    rewriter,
    backups,
    configPath,
    namespace,
    dryRun,
    stdout,
    staged,
    // A --backup-dir is the user's own folder: sealgate prunes only its .git/sealgate/backups.
    keepBackups: str(p, 'backup-dir') === undefined ? config.backups.keep : undefined,
    out: ctx.out,
    err: ctx.err,
  });
}
