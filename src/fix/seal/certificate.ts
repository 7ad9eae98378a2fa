// The sealed-secrets controller's public certificate: where it comes from (flag, config, env), how it
// is read (path, file:// or http(s):// URL) and what is refused (not a certificate, not RSA, expired,
// too small), the same checks kubeseal's ParseKey makes. Node's X509Certificate parses it, so the
// product needs no node-forge at run time (tests use node-forge only to build certificates).
import { X509Certificate, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FixError, UsageError } from '../../errors.js';

export interface SealingCert {
  /** Where it was read from, as the user gave it (for messages). */
  source: string;
  publicKey: KeyObject;
  /** RSA modulus size in bits. */
  bits: number;
  /** SHA-256 fingerprint, colon-separated hex as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint: string;
  notAfter: Date;
  subject?: string;
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
const FETCH_TIMEOUT_MS = 30_000;
const MAX_CERT_BYTES = 1024 * 1024;

/**
 * Which certificate to use: the flag, else `seal.cert` of the config (relative to the config file's
 * folder), else SEALED_SECRETS_CERT (kubeseal's variable). Undefined when none is given.
 */
export function resolveCertSpec(opts: {
  flag?: string;
  configCert?: string;
  configFile?: string;
  env: Record<string, string | undefined>;
  cwd: string;
}): { spec: string; base: string } | undefined {
  if (opts.flag) return { spec: opts.flag, base: opts.cwd };
  if (opts.configCert) return { spec: opts.configCert, base: opts.configFile ? path.dirname(opts.configFile) : opts.cwd };
  const env = opts.env.SEALED_SECRETS_CERT;
  if (env) return { spec: env, base: opts.cwd };
  return undefined;
}

/** Reads and checks a certificate. `base` resolves relative paths. Throws FixError/UsageError, one line. */
export async function loadCertificate(spec: string, base: string, now: Date = new Date()): Promise<SealingCert> {
  const bytes = await readCertBytes(spec, base);
  return parseCertificate(bytes, spec, now);
}

/** The bytes of a certificate given as a path, file:// or http(s):// URL. */
export async function readCertBytes(spec: string, base: string): Promise<Buffer> {
  if (/^https?:\/\//i.test(spec)) return fetchCert(spec);
  let file: string;
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
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : code ?? 'cannot read';
    throw new FixError(`${spec}: cannot read the certificate (${why}); get it with 'kubeseal --fetch-cert > pub-cert.pem'`);
  }
}

async function fetchCert(url: string): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    throw new FixError(`${url}: cannot fetch the certificate (${cause})`);
  }
  if (!res.ok) throw new FixError(`${url}: cannot fetch the certificate (HTTP ${res.status})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_CERT_BYTES) throw new FixError(`${url}: ${buf.length} bytes is too large for a certificate`);
  return buf;
}

/** Parses the FIRST PEM certificate, as kubeseal does, and applies kubeseal's refusals. */
export function parseCertificate(bytes: Buffer, source: string, now: Date = new Date()): SealingCert {
  const text = bytes.toString('utf8');
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
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    throw new FixError(`${source}: the PEM block is not a valid X.509 certificate`);
  }
  const key = cert.publicKey;
  if (key.asymmetricKeyType !== 'rsa') {
    throw new FixError(`${source}: the certificate's key is ${key.asymmetricKeyType ?? 'unknown'}, but sealed-secrets needs an RSA key`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  // Go's crypto/rsa (kubeseal and the controller) refuses keys under 1024 bits.
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
    subject: cert.subject || undefined,
  };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** One line naming the controller the values are sealed for (printed once per run). */
export function describeCert(cert: SealingCert): string {
  const weak = cert.bits < 2048 ? ' (weak: under 2048 bits)' : '';
  return `sealing for certificate ${cert.source}: RSA-${cert.bits}${weak}, SHA-256 fingerprint ${cert.fingerprint}, expires ${isoDay(cert.notAfter)}`;
}
