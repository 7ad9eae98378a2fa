// (4) sealing: values per second with an RSA-4096 certificate, made at bench time (key from
// node:crypto, certificate signed with node-forge), through the product's seal code bundled as is.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import forge from 'node-forge';
import { ROOT } from '../cli.mjs';
import { median, runOnce } from '../proc.mjs';

function certificate(bits) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const attrs = [{ name: 'commonName', value: 'sealed-secret' }, { name: 'organizationName', value: 'sealgate bench' }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

export async function sealSection({ runs, quick, log }) {
  const bits = 4096;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-seal-'));
  try {
    log(`seal: generating an RSA-${bits} key and certificate`);
    const certFile = path.join(dir, 'cert.pem');
    writeFileSync(certFile, certificate(bits));
    const bundle = path.join(dir, 'seal-bench.mjs');
    await build({
      entryPoints: [path.join(ROOT, 'bench/lib/seal-entry.ts')],
      outfile: bundle,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
    });
    const rates = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const r = runOnce(process.execPath, [bundle, certFile, quick ? '500' : '2000']);
      if (r.status !== 0) return { bits, failed: r.stderr.trim().split('\n')[0] };
      last = JSON.parse(r.stdout.toString());
      rates.push(last.values / (last.ms / 1000));
    }
    const valuesPerSec = median(rates);
    log(`  seal: ${valuesPerSec.toFixed(0)} values/s (RSA-${last.bits}, median of ${rates.length})`);
    return { bits: last.bits, valuesPerSec, runs: rates.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
