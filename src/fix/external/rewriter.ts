// `sealgate fix --external`: each plaintext Secret becomes an ExternalSecret (plus, with
// --push-secret, a seeding PushSecret), and its values go to the values file before the manifest
// loses them.
import { FixError, UsageError } from '../../errors.js';
import type { Rewriter, RewriteContext } from '../rewriter.js';
import type { SecretModel } from '../secret-model.js';
import { buildExternalSecret, migratedFrom, refuseUnsupported, storedValues, type StoreKind } from './external-secret.js';
import { PROVIDERS, remoteName, validateKeyTemplate, type Provider } from './providers.js';
import { buildPushSecret } from './push-secret.js';
import { ValuesFile, ValuesPathError } from './values-file.js';
import type { Env } from '../../sources/git-client.js';

export interface ExternalRewriterOptions {
  store: string;
  storeKind?: StoreKind;
  provider?: Provider;
  keyTemplate?: string;
  refreshInterval?: string;
  valuesOut?: string;
  pushSecret?: boolean;
  root: string;
  /** The environment git runs with (where the values file may go). */
  env?: Env;
  dryRun?: boolean;
  prefix?: string;
  /** For tests: the clock that names the default values file. */
  now?: () => Date;
}

export const DEFAULT_STORE_KIND: StoreKind = 'ClusterSecretStore';
export const DEFAULT_PROVIDER: Provider = 'vault';
export const DEFAULT_REFRESH_INTERVAL = '1h';

const STORE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Go's time.ParseDuration syntax, which ESO uses for refreshInterval. */
const GO_DURATION = /^(0|([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))*)$/;

/** Throws UsageError for options no ExternalSecret could be built from. */
function checkOptions(o: ExternalRewriterOptions): void {
  if (!o.store) throw new UsageError('--external needs --store NAME (or external.store in .sealgate.yaml)');
  if (o.store.length > 253 || !STORE_NAME.test(o.store)) {
    throw new UsageError(`--store '${o.store}' is not a valid SecretStore name (lowercase letters, digits, '-' and '.')`);
  }
  if (o.storeKind !== undefined && o.storeKind !== 'ClusterSecretStore' && o.storeKind !== 'SecretStore') {
    throw new UsageError(`--store-kind must be ClusterSecretStore or SecretStore (got '${String(o.storeKind)}')`);
  }
  if (o.provider !== undefined && !PROVIDERS.includes(o.provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')} (got '${String(o.provider)}')`);
  }
  if (o.keyTemplate !== undefined) validateKeyTemplate(o.keyTemplate);
  if (o.refreshInterval !== undefined && !GO_DURATION.test(o.refreshInterval)) {
    throw new UsageError(`--refresh-interval '${o.refreshInterval}' is not a duration like 1h, 30m or 1h30m`);
  }
  if (o.prefix !== undefined && /[{}\s]/.test(o.prefix)) throw new UsageError(`--prefix '${o.prefix}' must not contain braces or spaces`);
}

export function createExternalRewriter(options: ExternalRewriterOptions): Rewriter {
  checkOptions(options);
  const provider = options.provider ?? DEFAULT_PROVIDER;
  const storeKind = options.storeKind ?? DEFAULT_STORE_KIND;
  const refreshInterval = options.refreshInterval ?? DEFAULT_REFRESH_INTERVAL;
  const values = new ValuesFile({ root: options.root, env: options.env, provider, path: options.valuesOut, dryRun: options.dryRun, now: options.now });
  const notes: string[] = [];

  return {
    kind: 'external',
    async rewrite(secret: SecretModel, ctx: RewriteContext): Promise<Record<string, unknown>[]> {
      try {
        return await rewriteOne(secret, ctx);
      } catch (e) {
        // Every refusal names the file, once.
        if (e instanceof FixError && !(e instanceof ValuesPathError) && !e.message.startsWith(`${ctx.file}: `)) throw new FixError(`${ctx.file}: ${e.message}`);
        throw e;
      }
    },
    async finish(): Promise<string[]> {
      return [...notes, ...values.finish()];
    },
  };

  async function rewriteOne(secret: SecretModel, ctx: RewriteContext): Promise<Record<string, unknown>[]> {
    refuseUnsupported(secret);
    const namespace = secret.namespace ?? ctx.namespaceFallback;
    const remote = remoteName(provider, { name: secret.name, namespace, prefix: options.prefix, template: options.keyTemplate });
    const stored = storedValues(secret);
    const source = migratedFrom(secret, namespace);
    // Values first: if this throws, the Secret's document is left as it is.
    await values.add(remote, stored, `${ctx.file}: ${source}`);
    const objects = [buildExternalSecret(secret, stored, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, namespace })];
    if (options.pushSecret) {
      if (stored.some((v) => v.base64)) {
        // A PushSecret copies raw bytes, but the ExternalSecret expects base64 for binary keys.
        notes.push(`${ctx.file}: no PushSecret for ${source}: it holds binary values; upload them from the values file`);
      } else {
        objects.push(buildPushSecret(secret, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, provider }));
      }
    }
    return objects;
  }
}
