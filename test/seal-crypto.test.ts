// The sealing primitives: the controller's hybrid encryption (proven against genuine kubeseal output),
// scope labels, and the certificate loader's sources and refusals.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { hybridEncrypt, scopeLabel, sealValue, SCOPES } from '../src/fix/seal/crypto.js';
import { describeCert, loadCertificate, parseCertificate, resolveCertSpec } from '../src/fix/seal/certificate.js';
import { FixError, UsageError } from '../src/errors.js';
import { certFor, hybridDecrypt, KSEAL, ksealKey, makeKeys, type TestKeys } from './helpers/sealed-secrets.js';

describe('the test decrypter follows the real controller', () => {
  // Genuine `kubeseal --raw --scope strict --namespace my-namespace --name my-secret` outputs.
  const expected: Record<string, string[]> = {
    'dev-values.yaml': ['my-password-for-dev-db', 'my-dev-api-secret', 'This is a secret message'],
    'prd-values.yaml': ['my-password-for-prd-db', 'my-prd-api-secret', 'This is a secret message !!!'],
  };
  for (const [file, plain] of Object.entries(expected)) {
    it(`decrypts the kubeseal vectors of ${file}`, () => {
      const key = createPrivateKey(ksealKey().privateKey);
      const doc = load(readFileSync(path.join(KSEAL, file), 'utf8')) as { secrets: { value: string }[]; secretMessage: string };
      const blobs = [doc.secrets[0]!.value, doc.secrets[1]!.value, doc.secretMessage];
      expect(blobs.map((b) => hybridDecrypt(key, 'my-namespace/my-secret', b).toString('utf8'))).toEqual(plain);
      // The label is part of the proof: another namespace or name must not open them.
      expect(() => hybridDecrypt(key, 'my-namespace/other', blobs[0]!)).toThrow();
      expect(() => hybridDecrypt(key, 'my-namespace', blobs[0]!)).toThrow();
    });
  }

  it('our sealing opens with the demo controller key and its real certificate', () => {
    const { privateKey, certPem } = ksealKey();
    const cert = parseCertificate(Buffer.from(certPem), 'kseal-cert.pem', new Date('2025-01-01T00:00:00Z'));
    expect(cert.bits).toBe(4096);
    const blob = sealValue(cert.publicKey, scopeLabel('strict', 'my-namespace', 'my-secret'), Buffer.from('hello'));
    expect(blob).toMatch(/^Ag[A-D]/);
    expect(hybridDecrypt(createPrivateKey(privateKey), 'my-namespace/my-secret', blob).toString()).toBe('hello');
  });
});

describe('hybrid encryption', () => {
  let keys: TestKeys;
  beforeAll(() => {
    keys = makeKeys();
  });

  it('has the controller layout: u16be(k) || RSA block || AES-GCM body || tag', () => {
    const cert = parseCertificate(Buffer.from(keys.certPem), 'cert.pem');
    for (const size of [0, 1, 10, 1000]) {
      const value = randomBytes(size);
      const blob = hybridEncrypt(cert.publicKey, Buffer.from('ns/n'), value);
      expect(blob.readUInt16BE(0)).toBe(512);
      expect(blob.length).toBe(2 + 512 + size + 16);
      expect(hybridDecrypt(keys.privateKey, 'ns/n', blob).equals(value)).toBe(true);
    }
    // 10 bytes under RSA-4096 are 720 base64 characters, as the format doc computes.
    expect(sealValue(cert.publicKey, Buffer.from('x'), Buffer.alloc(10)).length).toBe(720);
  });

  it('uses a fresh session key per value', () => {
    const cert = parseCertificate(Buffer.from(keys.certPem), 'cert.pem');
    const a = sealValue(cert.publicKey, Buffer.from('ns/n'), Buffer.from('same'));
    const b = sealValue(cert.publicKey, Buffer.from('ns/n'), Buffer.from('same'));
    expect(a).not.toBe(b);
  });

  it('binds each scope to its label and nothing else', () => {
    const cert = parseCertificate(Buffer.from(keys.certPem), 'cert.pem');
    const labels = { strict: 'shop/db', 'namespace-wide': 'shop', 'cluster-wide': '' } as const;
    for (const scope of SCOPES) {
      const label = scopeLabel(scope, 'shop', 'db');
      expect(label.toString()).toBe(labels[scope]);
      const value = Buffer.from('pässwörd-✓', 'utf8');
      const blob = sealValue(cert.publicKey, label, value);
      expect(hybridDecrypt(keys.privateKey, labels[scope], blob).equals(value)).toBe(true);
      for (const other of Object.values(labels)) if (other !== labels[scope]) expect(() => hybridDecrypt(keys.privateKey, other, blob)).toThrow();
    }
    expect(() => scopeLabel('strict', undefined, 'db')).toThrow();
    expect(() => scopeLabel('namespace-wide', undefined, 'db')).toThrow();
  });

  it('tampered bytes fail to open (RSA block, body, tag, length prefix)', () => {
    const cert = parseCertificate(Buffer.from(keys.certPem), 'cert.pem');
    const blob = hybridEncrypt(cert.publicKey, Buffer.from('ns/n'), Buffer.from('a value worth protecting'));
    for (const at of [0, 1, 2, 300, 2 + 512, 2 + 512 + 5, blob.length - 1]) {
      const bad = Buffer.from(blob);
      bad[at] = bad[at]! ^ 0x01;
      expect(() => hybridDecrypt(keys.privateKey, 'ns/n', bad), `byte ${at}`).toThrow();
    }
    expect(() => hybridDecrypt(keys.privateKey, 'ns/n', blob.subarray(0, blob.length - 1))).toThrow();
  });
});

describe('certificates', () => {
  let keys: TestKeys;
  let dir: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    keys = makeKeys({ bits: 2048 });
    dir = mkdtempSync(path.join(os.tmpdir(), 'sg-'));
    writeFileSync(path.join(dir, 'cert.pem'), keys.certPem);
    server = createServer((req, res) => {
      if (req.url === '/v1/cert.pem') {
        res.writeHead(200, { 'content-type': 'application/x-pem-file' });
        res.end(keys.certPem);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('loads from a path, a file:// URL and a loopback http:// URL, all the same key', async () => {
    const a = await loadCertificate('cert.pem', dir);
    const b = await loadCertificate(pathToFileURL(path.join(dir, 'cert.pem')).href, '/');
    const c = await loadCertificate(`http://127.0.0.1:${port}/v1/cert.pem`, '/');
    expect(a.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).toBe(a.fingerprint);
    expect(a.bits).toBe(2048);
    expect(describeCert(a)).toContain(a.fingerprint);
    expect(describeCert(a)).toMatch(/expires \d{4}-\d{2}-\d{2}/);
  });

  it('says what went wrong for a missing file, an HTTP error and an unsupported scheme', async () => {
    await expect(loadCertificate('nope.pem', dir)).rejects.toThrow(/nope\.pem: cannot read the certificate \(no such file\)/);
    await expect(loadCertificate(`http://127.0.0.1:${port}/other`, '/')).rejects.toThrow(/HTTP 404/);
    await expect(loadCertificate('ftp://x/cert.pem', '/')).rejects.toThrow(UsageError);
  });

  it('refuses an expired certificate', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = certFor(privateKey, publicKey, { notBefore: new Date('2020-01-01'), notAfter: new Date('2021-01-01') });
    expect(() => parseCertificate(Buffer.from(pem), 'old.pem')).toThrow(/old\.pem: the certificate expired on 2021-01-01/);
  });

  it('refuses a non-RSA certificate', () => {
    // node-forge cannot sign EC certificates; this one is a fixed P-256 self-signed certificate
    // (public data only), generated with `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256`.
    const ecPem = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures/seal/ec-cert.pem'));
    expect(() => parseCertificate(ecPem, 'ec.pem')).toThrow(/ec\.pem: the certificate's key is ec, but sealed-secrets needs an RSA key/);
  });

  it('refuses what is not a certificate, naming the file', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => parseCertificate(Buffer.from(pub), 'pub.pem')).toThrow(/pub\.pem: holds a bare public key/);
    const priv = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => parseCertificate(Buffer.from(priv), 'key.pem')).toThrow(/key\.pem: holds a PRIVATE key/);
    expect(() => parseCertificate(Buffer.from('hello'), 'x.txt')).toThrow(FixError);
    expect(() => parseCertificate(Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'), 'x.pem')).toThrow(
      /x\.pem: the PEM block is not a valid X\.509 certificate/,
    );
  });

  it('takes the flag, then the config (relative to it), then SEALED_SECRETS_CERT', () => {
    const env = { SEALED_SECRETS_CERT: 'env.pem' };
    expect(resolveCertSpec({ flag: 'f.pem', configCert: 'c.pem', configFile: '/r/.sealgate.yaml', env, cwd: '/w' })).toEqual({ spec: 'f.pem', base: '/w' });
    expect(resolveCertSpec({ configCert: 'c.pem', configFile: '/r/.sealgate.yaml', env, cwd: '/w' })).toEqual({ spec: 'c.pem', base: '/r' });
    expect(resolveCertSpec({ env, cwd: '/w' })).toEqual({ spec: 'env.pem', base: '/w' });
    expect(resolveCertSpec({ env: {}, cwd: '/w' })).toBeUndefined();
  });
});
