// SecretModel -> the external-secrets.io/v1 ExternalSecret that replaces it (issue 5,
// shared/docs/manifest-shapes.md section 6): same name and namespace, explicit refreshInterval,
// one data[] item per key, and a template only when there is a type or metadata to carry.
import { isUtf8 } from 'node:buffer';
import { FixError } from '../../errors.js';
import type { SecretModel } from '../secret-model.js';

export const MIGRATED_FROM = 'sealgate.io/migrated-from';

export type StoreKind = 'ClusterSecretStore' | 'SecretStore';

/** One value as it goes into the backend. */
export interface StoredValue {
  /** The Secret key, also the backend property. */
  property: string;
  /** UTF-8 text, or the base64 of a binary value. */
  text: string;
  base64: boolean;
}

/** ESO's admission webhook rejects templates of these types (externalsecret_validator.go). */
const REFUSED_TYPES: Record<string, string> = {
  'kubernetes.io/service-account-token':
    'ESO cannot template service-account-token Secrets; keep the data-less form and let Kubernetes fill in the token',
  'bootstrap.kubernetes.io/token':
    'ESO refuses bootstrap-token templates; create bootstrap tokens with kubeadm or seal them instead (--seal)',
};

const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

/** Throws FixError, with the reason, for a Secret the ExternalSecret fix must not rewrite. */
export function refuseUnsupported(secret: SecretModel): void {
  const reason = secret.type === undefined ? undefined : REFUSED_TYPES[secret.type];
  if (reason) throw new FixError(`Secret '${secret.name}' has type ${secret.type}: ${reason}`);
  if (secret.entries.size === 0) throw new FixError(`Secret '${secret.name}' has no values to move to a store`);
  for (const key of secret.entries.keys()) {
    if (key.length > 253 || !SECRET_KEY.test(key)) {
      throw new FixError(`Secret '${secret.name}' has key '${key}', which is not a valid Secret key`);
    }
  }
}

/**
 * Text values go to the backend as they are; anything that is not UTF-8 (or holds NUL bytes,
 * which some backends and CLIs truncate) goes as base64 and is decoded by ESO (decodingStrategy).
 */
export function storedValues(secret: SecretModel): StoredValue[] {
  return [...secret.entries].map(([property, bytes]) => {
    const text = isUtf8(bytes) && !bytes.includes(0) ? bytes.toString('utf8') : undefined;
    return text !== undefined ? { property, text, base64: false } : { property, text: bytes.toString('base64'), base64: true };
  });
}

export interface ExternalSecretOptions {
  store: string;
  storeKind: StoreKind;
  refreshInterval: string;
  /** `remoteRef.key` of every item. */
  remoteKey: string;
  /** The namespace the Secret lives in (its own, else the fallback); only recorded in the annotation. */
  namespace?: string;
}

export function migratedFrom(secret: SecretModel, namespace: string | undefined): string {
  return namespace ? `Secret/${namespace}/${secret.name}` : `Secret/${secret.name}`;
}

export function buildExternalSecret(secret: SecretModel, values: StoredValue[], opts: ExternalSecretOptions): Record<string, unknown> {
  const metadata: Record<string, unknown> = { name: secret.name };
  // Only the Secret's own namespace: a fallback (kustomization, --namespace) is applied the same way it was before.
  if (secret.namespace) metadata.namespace = secret.namespace;
  if (Object.keys(secret.labels).length > 0) metadata.labels = { ...secret.labels };
  metadata.annotations = { [MIGRATED_FROM]: migratedFrom(secret, opts.namespace) };

  const target: Record<string, unknown> = { name: secret.name, creationPolicy: 'Owner', deletionPolicy: 'Retain' };
  if (secret.immutable === true) target.immutable = true;
  const template = buildTemplate(secret);
  if (template) target.template = template;

  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata,
    spec: {
      // Explicit: the CRD default changed from 1h to 1h0m0s, and relying on it makes GitOps diffs.
      refreshInterval: opts.refreshInterval,
      secretStoreRef: { kind: opts.storeKind, name: opts.store },
      target,
      data: values.map((v) => {
        const remoteRef: Record<string, unknown> = { key: opts.remoteKey, property: v.property };
        if (v.base64) remoteRef.decodingStrategy = 'Base64';
        return { secretKey: v.property, remoteRef };
      }),
    },
  };
}

/** Without template.data ESO passes keys through, so type and metadata are all the template needs. */
function buildTemplate(secret: SecretModel): Record<string, unknown> | undefined {
  const template: Record<string, unknown> = {};
  if (secret.type !== undefined && secret.type !== 'Opaque') template.type = secret.type;
  const meta: Record<string, unknown> = {};
  if (Object.keys(secret.labels).length > 0) meta.labels = { ...secret.labels };
  if (Object.keys(secret.annotations).length > 0) meta.annotations = { ...secret.annotations };
  if (secret.finalizers && secret.finalizers.length > 0) meta.finalizers = [...secret.finalizers];
  if (Object.keys(meta).length > 0) template.metadata = meta;
  return Object.keys(template).length > 0 ? template : undefined;
}
