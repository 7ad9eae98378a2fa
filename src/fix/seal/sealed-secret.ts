// SecretModel -> SealedSecret object, built the way kubeseal builds it (pkg/kubeseal Seal and
// NewSealedSecret upstream): scope from the Secret's annotations unless a non-strict --scope
// overrides them, top-level metadata with name, namespace and only the scope annotation, the
// template with the Secret's metadata minus what would leak or what the server owns, and sorted
// encryptedData. Keys are in alphabetical order, as kubeseal's YAML output has them.
import { FixError } from '../../errors.js';
import type { SecretModel } from '../secret-model.js';
import type { SealingCert } from './certificate.js';
import { scopeLabel, sealValue, type Scope } from './crypto.js';
import { LAST_APPLIED_ANNOTATIONS } from '../../constants.js';

export const NAMESPACE_WIDE = 'sealedsecrets.bitnami.com/namespace-wide';
export const CLUSTER_WIDE = 'sealedsecrets.bitnami.com/cluster-wide';

/** Server-set or plaintext-leaking metadata kubeseal drops from the template. */
const DROPPED_METADATA = new Set([
  'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp',
  'deletionGracePeriodSeconds', 'ownerReferences', 'managedFields',
]);

/** The scope written in annotations (cluster-wide wins when both say "true", as upstream). */
export function scopeFromAnnotations(annotations: Record<string, unknown> | undefined): Scope {
  if (annotations?.[CLUSTER_WIDE] === 'true') return 'cluster-wide';
  if (annotations?.[NAMESPACE_WIDE] === 'true') return 'namespace-wide';
  return 'strict';
}

/** kubeseal: the flag overrides the input's annotations only when it is not `strict`. */
export function effectiveScope(secret: SecretModel, flag: Scope | undefined): Scope {
  return flag && flag !== 'strict' ? flag : scopeFromAnnotations(secret.annotations);
}

/** UpdateScopeAnnotations upstream: drop both, then set the one the scope needs. */
export function withScopeAnnotations(annotations: Record<string, string>, scope: Scope): Record<string, string> {
  const out = { ...annotations };
  delete out[NAMESPACE_WIDE];
  delete out[CLUSTER_WIDE];
  if (scope === 'namespace-wide') out[NAMESPACE_WIDE] = 'true';
  if (scope === 'cluster-wide') out[CLUSTER_WIDE] = 'true';
  return out;
}

export interface SealOptions {
  cert: SealingCert;
  /** --scope; undefined = from the Secret's annotations. */
  scope?: Scope;
  /** Used when the Secret has no namespace (--namespace, else the nearest kustomization.yaml). */
  namespaceFallback?: string;
  /** For messages: where the Secret is. */
  where?: string;
  /** Seal a Secret with no values (kubeseal's --allow-empty-data). */
  allowEmpty?: boolean;
}

export interface SealTarget {
  name: string;
  namespace?: string;
  scope: Scope;
}

/** Name, namespace and scope the values will be bound to; refuses when a needed namespace is missing. */
export function sealTarget(secret: SecretModel, opts: Pick<SealOptions, 'scope' | 'namespaceFallback' | 'where'>): SealTarget {
  const scope = effectiveScope(secret, opts.scope);
  // Cluster-wide Secrets keep whatever namespace they had, or none (kubeseal does not force one).
  const namespace = secret.namespace ?? (scope === 'cluster-wide' ? undefined : opts.namespaceFallback);
  if (!namespace && scope !== 'cluster-wide') {
    const where = opts.where ? `${opts.where}: ` : '';
    throw new FixError(
      `${where}Secret '${secret.name}' has no namespace, and ${scope} sealing binds the values to one; ` +
        `add metadata.namespace, pass --namespace NS, set namespace: in a kustomization.yaml, or use --scope cluster-wide`,
    );
  }
  return { name: secret.name, namespace, scope };
}

function sortedKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The template's metadata: a copy of the Secret's metadata minus server fields and leaks. */
function templateMetadata(secret: SecretModel, target: SealTarget): Record<string, unknown> {
  const raw = (secret.raw.metadata ?? {}) as Record<string, unknown>;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!DROPPED_METADATA.has(k) && v !== null && v !== undefined) meta[k] = v;
  const annotations = withScopeAnnotations(secret.annotations, target.scope);
  for (const a of LAST_APPLIED_ANNOTATIONS) delete annotations[a];
  delete meta.annotations;
  delete meta.labels;
  delete meta.finalizers;
  if (Object.keys(annotations).length) meta.annotations = sortedKeys(annotations);
  if (secret.finalizers?.length) meta.finalizers = secret.finalizers;
  if (Object.keys(secret.labels).length) meta.labels = sortedKeys(secret.labels);
  meta.name = target.name;
  if (target.namespace) meta.namespace = target.namespace;
  else delete meta.namespace;
  return sortedKeys(meta);
}

/** Encrypts every entry for the target; keys sorted. */
export function encryptEntries(secret: SecretModel, target: SealTarget, cert: SealingCert): Record<string, string> {
  const label = scopeLabel(target.scope, target.namespace, target.name);
  const out: Record<string, string> = Object.create(null); // a Secret key may be "__proto__"
  const keys = [...secret.entries.keys()].sort();
  for (const k of keys) out[k] = sealValue(cert.publicKey, label, secret.entries.get(k)!);
  return out;
}

/** The SealedSecret that replaces `secret`. Throws FixError to refuse. */
export function buildSealedSecret(secret: SecretModel, opts: SealOptions): Record<string, unknown> {
  if (secret.entries.size === 0 && !opts.allowEmpty) {
    const where = opts.where ? `${opts.where}: ` : '';
    throw new FixError(`${where}Secret '${secret.name}' has no data or stringData; there is nothing to seal`);
  }
  const target = sealTarget(secret, opts);
  const topAnnotations = withScopeAnnotations({}, target.scope);
  const metadata: Record<string, unknown> = {};
  if (Object.keys(topAnnotations).length) metadata.annotations = topAnnotations;
  metadata.name = target.name;
  if (target.namespace) metadata.namespace = target.namespace;
  const template: Record<string, unknown> = {};
  if (secret.immutable !== undefined) template.immutable = secret.immutable;
  template.metadata = templateMetadata(secret, target);
  if (secret.type) template.type = secret.type;
  return {
    apiVersion: 'bitnami.com/v1alpha1',
    kind: 'SealedSecret',
    metadata,
    spec: { encryptedData: encryptEntries(secret, target, opts.cert), template },
  };
}
