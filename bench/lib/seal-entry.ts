// Bundled by the benchmark (esbuild) and run as its own process: seals random 32-byte values with
// the product's code, one after another on one thread, for a fixed time. argv: CERT_PEM_FILE MS.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseCertificate } from '../../src/fix/seal/certificate.js';
import { scopeLabel, sealValue } from '../../src/fix/seal/crypto.js';

const [certFile, msArg] = process.argv.slice(2);
const cert = parseCertificate(readFileSync(certFile!), certFile!);
const label = scopeLabel('strict', 'bench', 'db-credentials');
const values = Array.from({ length: 256 }, () => randomBytes(32));
let sink = 0;
for (let i = 0; i < 200; i++) sink += sealValue(cert.publicKey, label, values[i % values.length]!).length;
const budget = Number(msArg ?? 3000);
const t0 = process.hrtime.bigint();
let n = 0;
let ms = 0;
do {
  for (let i = 0; i < 100; i++) sink += sealValue(cert.publicKey, label, values[(n + i) % values.length]!).length;
  n += 100;
  ms = Number(process.hrtime.bigint() - t0) / 1e6;
} while (ms < budget);
process.stdout.write(JSON.stringify({ bits: cert.bits, values: n, ms, sink: sink > 0 }) + '\n');
