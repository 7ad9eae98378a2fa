// The optional seeding PushSecret (manifest-shapes.md 6.4): applied while the original Secret still
// exists in the cluster, it copies every key into the store, never over a value already there
// (IfNotExists), and leaves the store alone when it is deleted (deletionPolicy None).
import type { SecretModel } from '../secret-model.js';
import type { StoreKind } from './external-secret.js';
import type { Provider } from './providers.js';

export interface PushSecretOptions {
  store: string;
  storeKind: StoreKind;
  refreshInterval: string;
  remoteKey: string;
  provider: Provider;
}

const SUFFIX = '-seed';

export function pushSecretName(secretName: string): string {
  // Kubernetes names stop at 253 characters; a trailing dot or dash would make the name invalid.
  return secretName.slice(0, 253 - SUFFIX.length).replace(/[.-]+$/, '') + SUFFIX;
}

export function buildPushSecret(secret: SecretModel, opts: PushSecretOptions): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: pushSecretName(secret.name) };
  if (secret.namespace) metadata.namespace = secret.namespace;
  // No secretKey and no property: every key of the Secret is pushed as one map at remoteKey,
  // the same layout the ExternalSecret reads back property by property.
  const item: Record<string, unknown> = { match: { remoteRef: { remoteKey: opts.remoteKey } } };
  if (opts.provider === 'aws') {
    // Without it AWS stores a pushed value as SecretBinary, which the ExternalSecret's properties cannot read.
    item.metadata = {
      apiVersion: 'kubernetes.external-secrets.io/v1alpha1',
      kind: 'PushSecretMetadata',
      spec: { secretPushFormat: 'string' },
    };
  }
  return {
    apiVersion: 'external-secrets.io/v1alpha1',
    kind: 'PushSecret',
    metadata,
    spec: {
      refreshInterval: opts.refreshInterval,
      updatePolicy: 'IfNotExists',
      deletionPolicy: 'None',
      secretStoreRefs: [{ kind: opts.storeKind, name: opts.store }],
      selector: { secret: { name: secret.name } },
      data: [item],
    },
  };
}
