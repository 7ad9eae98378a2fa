import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
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

export {
  resolveCertSpec,
  loadCertificate,
  readCertBytes,
  parseCertificate,
  describeCert
};
