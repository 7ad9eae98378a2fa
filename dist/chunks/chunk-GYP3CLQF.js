import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scopeLabel,
  sealValue
} from "./chunk-TJZIAZZL.js";
import {
  LAST_APPLIED_ANNOTATIONS
} from "./chunk-YI7WNR7U.js";
import {
  FixError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/sealed-secret.ts
init_define_SEALGATE_EMBEDDED_RULES();
var NAMESPACE_WIDE = "sealedsecrets.bitnami.com/namespace-wide";
var CLUSTER_WIDE = "sealedsecrets.bitnami.com/cluster-wide";
var DROPPED_METADATA = /* @__PURE__ */ new Set([
  "selfLink",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "ownerReferences",
  "managedFields"
]);
function scopeFromAnnotations(annotations) {
  if (annotations?.[CLUSTER_WIDE] === "true") return "cluster-wide";
  if (annotations?.[NAMESPACE_WIDE] === "true") return "namespace-wide";
  return "strict";
}
function effectiveScope(secret, flag) {
  return flag && flag !== "strict" ? flag : scopeFromAnnotations(secret.annotations);
}
function withScopeAnnotations(annotations, scope) {
  const out = { ...annotations };
  delete out[NAMESPACE_WIDE];
  delete out[CLUSTER_WIDE];
  if (scope === "namespace-wide") out[NAMESPACE_WIDE] = "true";
  if (scope === "cluster-wide") out[CLUSTER_WIDE] = "true";
  return out;
}
function sealTarget(secret, opts) {
  const scope = effectiveScope(secret, opts.scope);
  const namespace = secret.namespace ?? (scope === "cluster-wide" ? void 0 : opts.namespaceFallback);
  if (!namespace && scope !== "cluster-wide") {
    const where = opts.where ? `${opts.where}: ` : "";
    throw new FixError(
      `${where}Secret '${secret.name}' has no namespace, and ${scope} sealing binds the values to one; add metadata.namespace, pass --namespace NS, set namespace: in a kustomization.yaml, or use --scope cluster-wide`
    );
  }
  return { name: secret.name, namespace, scope };
}
function sortedKeys(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function templateMetadata(secret, target) {
  const raw = secret.raw.metadata ?? {};
  const meta = {};
  for (const [k, v] of Object.entries(raw)) if (!DROPPED_METADATA.has(k) && v !== null && v !== void 0) meta[k] = v;
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
function encryptEntries(secret, target, cert) {
  const label = scopeLabel(target.scope, target.namespace, target.name);
  const out = /* @__PURE__ */ Object.create(null);
  const keys = [...secret.entries.keys()].sort();
  for (const k of keys) out[k] = sealValue(cert.publicKey, label, secret.entries.get(k));
  return out;
}
function buildSealedSecret(secret, opts) {
  if (secret.entries.size === 0 && !opts.allowEmpty) {
    const where = opts.where ? `${opts.where}: ` : "";
    throw new FixError(`${where}Secret '${secret.name}' has no data or stringData; there is nothing to seal`);
  }
  const target = sealTarget(secret, opts);
  const topAnnotations = withScopeAnnotations({}, target.scope);
  const metadata = {};
  if (Object.keys(topAnnotations).length) metadata.annotations = topAnnotations;
  metadata.name = target.name;
  if (target.namespace) metadata.namespace = target.namespace;
  const template = {};
  if (secret.immutable !== void 0) template.immutable = secret.immutable;
  template.metadata = templateMetadata(secret, target);
  if (secret.type) template.type = secret.type;
  return {
    apiVersion: "bitnami.com/v1alpha1",
    kind: "SealedSecret",
    metadata,
    spec: { encryptedData: encryptEntries(secret, target, opts.cert), template }
  };
}

export {
  NAMESPACE_WIDE,
  CLUSTER_WIDE,
  scopeFromAnnotations,
  effectiveScope,
  encryptEntries,
  buildSealedSecret
};
