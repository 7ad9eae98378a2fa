import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scopeLabel,
  sealValue
} from "./chunk-R2T3AWPL.js";
import {
  LAST_APPLIED_ANNOTATIONS
} from "./chunk-VTSVCMTC.js";
import {
  FixError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/certificate.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { X509Certificate } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
var PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
var FETCH_TIMEOUT_MS = 3e4;
var MAX_CERT_BYTES = 1024 * 1024;
function resolveCertSpec(opts) {
  if (opts.flag) return { spec: opts.flag, base: opts.cwd };
  if (opts.configCert) return { spec: opts.configCert, base: opts.configFile ? path.dirname(opts.configFile) : opts.cwd };
  const env = opts.env.SEALED_SECRETS_CERT;
  if (env) return { spec: env, base: opts.cwd };
  return void 0;
}
async function loadCertificate(spec, base, now = /* @__PURE__ */ new Date()) {
  const bytes = await readCertBytes(spec, base);
  return parseCertificate(bytes, spec, now);
}
async function readCertBytes(spec, base) {
  if (/^https?:\/\//i.test(spec)) return fetchCert(spec);
  let file;
  if (/^file:/i.test(spec)) {
    try {
      file = fileURLToPath(spec);
    } catch {
      throw new UsageError(`--cert ${spec}: not a valid file:// URL`);
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(`--cert ${spec}: only a path, a file:// URL or an http(s):// URL is supported`);
  } else {
    file = path.resolve(base, spec);
  }
  try {
    const buf = await readFile(file);
    if (buf.length > MAX_CERT_BYTES) throw new FixError(`${spec}: ${buf.length} bytes is too large for a certificate`);
    return buf;
  } catch (e) {
    if (e instanceof FixError) throw e;
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code === "EACCES" ? "permission denied" : code ?? "cannot read";
    throw new FixError(`${spec}: cannot read the certificate (${why}); get it with 'kubeseal --fetch-cert > pub-cert.pem'`);
  }
}
async function fetchCert(url) {
  let res;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
  } catch (e) {
    const cause = e.cause?.code ?? e.name;
    throw new FixError(`${url}: cannot fetch the certificate (${cause})`);
  }
  if (!res.ok) throw new FixError(`${url}: cannot fetch the certificate (HTTP ${res.status})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_CERT_BYTES) throw new FixError(`${url}: ${buf.length} bytes is too large for a certificate`);
  return buf;
}
function parseCertificate(bytes, source, now = /* @__PURE__ */ new Date()) {
  const text = bytes.toString("utf8");
  const pem = PEM_CERT.exec(text)?.[0];
  if (!pem) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(text)) {
      throw new FixError(`${source}: holds a bare public key, not a certificate; use the controller's certificate ('kubeseal --fetch-cert > pub-cert.pem')`);
    }
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
      throw new FixError(`${source}: holds a PRIVATE key, not a certificate; never use or commit it here; use 'kubeseal --fetch-cert > pub-cert.pem'`);
    }
    throw new FixError(`${source}: not a PEM certificate (no '-----BEGIN CERTIFICATE-----' block); get it with 'kubeseal --fetch-cert > pub-cert.pem'`);
  }
  let cert;
  try {
    cert = new X509Certificate(pem);
  } catch {
    throw new FixError(`${source}: the PEM block is not a valid X.509 certificate`);
  }
  const key = cert.publicKey;
  if (key.asymmetricKeyType !== "rsa") {
    throw new FixError(`${source}: the certificate's key is ${key.asymmetricKeyType ?? "unknown"}, but sealed-secrets needs an RSA key`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 1024) throw new FixError(`${source}: the RSA key has ${bits} bits; sealed-secrets needs at least 1024 (the controller makes 4096)`);
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notAfter.getTime())) throw new FixError(`${source}: the certificate has an unreadable expiry date`);
  if (notAfter.getTime() <= now.getTime()) {
    throw new FixError(`${source}: the certificate expired on ${isoDay(notAfter)}; fetch the controller's current one ('kubeseal --fetch-cert')`);
  }
  return {
    source,
    publicKey: key,
    bits,
    fingerprint: cert.fingerprint256,
    notAfter,
    subject: cert.subject || void 0
  };
}
function isoDay(d) {
  return d.toISOString().slice(0, 10);
}
function describeCert(cert) {
  const weak = cert.bits < 2048 ? " (weak: under 2048 bits)" : "";
  return `sealing for certificate ${cert.source}: RSA-${cert.bits}${weak}, SHA-256 fingerprint ${cert.fingerprint}, expires ${isoDay(cert.notAfter)}`;
}

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
  if (secret.entries.size === 0) {
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
  resolveCertSpec,
  loadCertificate,
  describeCert,
  NAMESPACE_WIDE,
  CLUSTER_WIDE,
  scopeFromAnnotations,
  encryptEntries,
  buildSealedSecret
};
