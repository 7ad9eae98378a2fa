// `sealgate fix --seal`: each plaintext Secret becomes a SealedSecret in place, or, with
// --merge-into, its values join an existing SealedSecret and the Secret's document goes away.
import path from 'node:path';
import { FixError, UsageError } from '../../errors.js';
import type { Config } from '../../config/load.js';
import type { Rewriter, RewriteContext } from '../rewriter.js';
import type { SecretModel } from '../secret-model.js';
import type { BackupSession } from '../write.js';
import { describeCert, loadCertificate, resolveCertSpec, type SealingCert } from './certificate.js';
import type { Scope } from './crypto.js';
import { MergeTarget } from './merge.js';
import { buildSealedSecret } from './sealed-secret.js';

export interface SealRewriterOptions {
  cert: SealingCert;
  /** --scope; undefined keeps each Secret's own scope annotations (strict when none). */
  scope?: Scope;
  mergeInto?: MergeTarget;
  dryRun?: boolean;
  backups: BackupSession;
}

export function createSealRewriter(o: SealRewriterOptions): Rewriter {
  return {
    kind: 'seal',
    keepsSources: o.mergeInto !== undefined,
    async rewrite(secret: SecretModel, ctx: RewriteContext): Promise<Record<string, unknown>[]> {
      if (o.mergeInto) {
        if (ctx.file === o.mergeInto.rel) {
          throw new FixError(`${ctx.file}: cannot merge a Secret into a SealedSecret of its own file; fix it without --merge-into`);
        }
        o.mergeInto.add(secret);
        return [];
      }
      return [buildSealedSecret(secret, { cert: o.cert, scope: o.scope, namespaceFallback: ctx.namespaceFallback, where: ctx.file })];
    },
    async finish(): Promise<string[]> {
      return o.mergeInto ? o.mergeInto.finish({ dryRun: o.dryRun, backups: o.backups }) : [];
    },
  };
}

/** Flags and config -> a ready seal rewriter: the certificate is loaded (and described) once. */
export async function sealRewriterFromOptions(o: {
  cert?: string;
  /** --scope or seal.scope of the config, validated by the caller; undefined: each Secret's own. */
  scope?: Scope;
  mergeInto?: string;
  config: Config;
  env: Record<string, string | undefined>;
  cwd: string;
  root: string;
  dryRun?: boolean;
  backups: BackupSession;
  say(line: string): void;
  /** Where the controller is, when the certificate is fetched from the cluster. */
  cluster?: { controllerName?: string; controllerNamespace?: string; kubeconfig?: string; context?: string };
}): Promise<Rewriter> {
  const spec = resolveCertSpec({ flag: o.cert, configCert: o.config.seal?.cert, configFile: o.config.file, env: o.env, cwd: o.cwd });
  const scope = o.scope;
  let cert: SealingCert;
  if (spec) cert = await loadCertificate(spec.spec, spec.base);
  else {
    // Like kubeseal: from the controller of the current kube context.
    const { certificate } = await import('./cert-source.js');
    try {
      cert = (await certificate({ ...o.cluster, env: o.env, cwd: o.cwd })).cert;
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      throw new UsageError(
        `--seal needs the controller certificate: --cert FILE|URL, seal.cert in .sealgate.yaml, $SEALED_SECRETS_CERT, or a kube context to fetch it from (${e.message.replace(/: pass --cert.*$/, '')})`,
      );
    }
  }
  o.say(describeCert(cert));
  const mergeInto = o.mergeInto ? new MergeTarget(path.resolve(o.cwd, o.mergeInto), o.root, cert, scope) : undefined;
  return createSealRewriter({ cert, scope, mergeInto, dryRun: o.dryRun, backups: o.backups });
}
