// Test-only: an RSA key pair with a self-signed certificate like the controller's, and a decrypter
// that follows the controller's singleDecrypt (pkg/crypto/crypto.go) step by step. The decrypter is
// proven against genuine kubeseal output in seal-crypto.test.ts before anything else relies on it.
import { constants, createDecipheriv, generateKeyPairSync, privateDecrypt, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { load } from 'js-yaml';
import { SHARED } from './schema.js';

export interface TestKeys {
  privateKey: KeyObject;
  certPem: string;
}

/**
 * An RSA key (node:crypto, fast) and a certificate over it built with node-forge. The controller's
 * certificate has an empty subject and CA:TRUE; `notAfter` lets tests make an expired one.
 */
export function makeKeys(opts: { bits?: number; notBefore?: Date; notAfter?: Date } = {}): TestKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: opts.bits ?? 4096 });
  return { privateKey, certPem: certFor(privateKey, publicKey, opts) };
}

export function certFor(privateKey: KeyObject, publicKey: KeyObject, opts: { notBefore?: Date; notAfter?: Date } = {}): string {
  const fPriv = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const fPub = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = fPub;
  cert.serialNumber = '01';
  cert.validity.notBefore = opts.notBefore ?? new Date(Date.now() - 24 * 3600 * 1000);
  cert.validity.notAfter = opts.notAfter ?? new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
  cert.setSubject([{ name: 'commonName', value: 'sealed-secret' }]);
  cert.setIssuer([{ name: 'commonName', value: 'sealed-secret' }]);
  cert.setExtensions([{ name: 'basicConstraints', cA: true }, { name: 'keyUsage', encipherOnly: true, critical: true }]);
  cert.sign(fPriv, forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

/** The controller's singleDecrypt: throws on any mismatch (wrong label, tampered bytes, short blob). */
export function hybridDecrypt(privateKey: KeyObject, label: Buffer | string, blob: Buffer | string): Buffer {
  const b = typeof blob === 'string' ? Buffer.from(blob, 'base64') : blob;
  if (b.length < 2) throw new Error('ciphertext too short');
  const k = b.readUInt16BE(0);
  if (b.length < 2 + k) throw new Error('ciphertext too short');
  const sessionKey = privateDecrypt(
    {
      key: privateKey,
      padding: constants.RSA_PKCS1_OAEP_PADDING,
      oaepHash: 'sha256',
      oaepLabel: typeof label === 'string' ? Buffer.from(label, 'utf8') : label,
    },
    b.subarray(2, 2 + k),
  );
  const rest = b.subarray(2 + k);
  if (rest.length < 16) throw new Error('ciphertext too short for the GCM tag');
  const decipher = createDecipheriv(`aes-${sessionKey.length * 8}-gcm` as 'aes-256-gcm', sessionKey, Buffer.alloc(12));
  decipher.setAuthTag(rest.subarray(rest.length - 16));
  return Buffer.concat([decipher.update(rest.subarray(0, rest.length - 16)), decipher.final()]);
}

/** The label the controller derives from a SealedSecret's own metadata (labelFor upstream). */
export function labelOf(sealed: { metadata?: { name?: string; namespace?: string; annotations?: Record<string, string> } }): string {
  const m = sealed.metadata ?? {};
  const a = m.annotations ?? {};
  if (a['sealedsecrets.bitnami.com/cluster-wide'] === 'true') return '';
  if (a['sealedsecrets.bitnami.com/namespace-wide'] === 'true') return m.namespace ?? '';
  return `${m.namespace ?? ''}/${m.name ?? ''}`;
}

/** Decrypts every encryptedData value of a SealedSecret object as the controller would. */
export function unseal(privateKey: KeyObject, sealed: any): Map<string, Buffer> {
  const label = labelOf(sealed);
  const out = new Map<string, Buffer>();
  for (const [k, v] of Object.entries(sealed.spec.encryptedData as Record<string, string>)) out.set(k, hybridDecrypt(privateKey, label, v));
  return out;
}

export const KSEAL = path.join(SHARED, 'testvectors/sealed-secrets/mikube-kseal');

/** The published demo controller key of the kseal vectors, read from ../shared at test time only. */
export function ksealKey(): { privateKey: string; certPem: string } {
  const doc = load(readFileSync(path.join(KSEAL, 'example-key.yaml'), 'utf8')) as { data: Record<string, string> };
  return {
    privateKey: Buffer.from(doc.data['tls.key']!, 'base64').toString('utf8'),
    certPem: Buffer.from(doc.data['tls.crt']!, 'base64').toString('utf8'),
  };
}

/**
 * A TLS server certificate for 127.0.0.1 (subjectAltName IP), self-signed, so it is its own CA: what
 * a kubeconfig's certificate-authority-data holds for a local API server.
 */
export function tlsServerCert(): { keyPem: string; certPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const fPriv = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date(Date.now() - 3600 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600 * 1000);
  const name = [{ name: 'commonName', value: 'kube-apiserver' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
  ]);
  cert.sign(fPriv, forge.md.sha256.create());
  return { keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), certPem: forge.pki.certificateToPem(cert) };
}
