// A local API server (HTTPS on 127.0.0.1 only, a real certificate and key) that serves the
// sealed-secrets controller's documented endpoints under the service-proxy path kubeseal uses
// (pkg/kubeseal upstream: Services(ns).Get for the port name, then
// /api/v1/namespaces/NS/services/http:NAME:PORT/proxy/v1/{cert.pem,verify,rotate}), and checks the
// bearer token like an API server. The controller side decrypts with real private keys, the way
// pkg/controller/server.go answers: verify 200 / 409 Conflict, rotate = the SealedSecret re-encrypted
// with the newest key, cert.pem = the newest certificate.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { sealValue } from '../../src/fix/seal/crypto.js';
import { hybridDecrypt, labelOf, makeKeys, tlsServerCert, type TestKeys } from './sealed-secrets.js';
import { tempDir } from './git-repo.js';

export interface FakeCluster {
  url: string;
  /** The controller's keys, oldest first; the last one seals (cert.pem, rotate). */
  keys: TestKeys[];
  caPem: string;
  token: string;
  requests: { method: string; path: string; auth?: string }[];
  /** Writes a kubeconfig for this cluster; returns its path. */
  kubeconfig(opts?: { namespace?: string; token?: string; caPem?: string; context?: string }): string;
  close(): Promise<void>;
}

function status(code: number, message: string): string {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code });
}

export async function startFakeCluster(opts: { controllerName?: string; controllerNamespace?: string; portName?: string; keys?: TestKeys[] } = {}): Promise<FakeCluster> {
  const name = opts.controllerName ?? 'sealed-secrets-controller';
  const ns = opts.controllerNamespace ?? 'kube-system';
  const portName = opts.portName ?? 'http';
  const tls = tlsServerCert();
  const token = `t-${Math.random().toString(36).slice(2)}`;
  const keys = opts.keys ?? [makeKeys({ bits: 2048 })];
  const requests: FakeCluster['requests'] = [];
  const proxy = `/api/v1/namespaces/${ns}/services/http:${name}:${portName}/proxy`;

  const unsealAny = (sealed: any): Map<string, Buffer> | undefined => {
    for (const k of [...keys].reverse()) {
      try {
        const out = new Map<string, Buffer>();
        for (const [key, v] of Object.entries((sealed.spec?.encryptedData ?? {}) as Record<string, string>)) out.set(key, hybridDecrypt(k.privateKey, labelOf(sealed), v));
        return out;
      } catch {
        /* next key */
      }
    }
    return undefined;
  };

  const server = https.createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      requests.push({ method: req.method ?? '', path: url, auth: req.headers.authorization });
      const reply = (code: number, body: string | Buffer, type = 'application/json') => {
        res.writeHead(code, { 'Content-Type': type });
        res.end(body);
      };
      if (req.headers.authorization !== `Bearer ${token}`) return reply(401, status(401, 'Unauthorized'));
      if (req.method === 'GET' && url === `/api/v1/namespaces/${ns}/services/${name}`) {
        return reply(200, JSON.stringify({ kind: 'Service', apiVersion: 'v1', metadata: { name, namespace: ns }, spec: { ports: [{ name: portName, port: 8080, protocol: 'TCP' }] } }));
      }
      if (req.method === 'GET' && /^\/api\/v1\/namespaces\/[^/]+\/services\/[^/]+$/.test(url)) {
        return reply(404, status(404, `services "${url.split('/').pop()}" not found`));
      }
      if (req.method === 'GET' && url === `${proxy}/v1/cert.pem`) return reply(200, keys.at(-1)!.certPem, 'application/x-pem-file');
      if (req.method === 'POST' && (url === `${proxy}/v1/verify` || url === `${proxy}/v1/rotate`)) {
        let sealed: any;
        try {
          sealed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return reply(500, '');
        }
        const values = unsealAny(sealed);
        if (url.endsWith('/verify')) return reply(values ? 200 : 409, '');
        if (!values) return reply(500, '');
        const newest = keys.at(-1)!;
        const label = Buffer.from(labelOf(sealed), 'utf8');
        const encryptedData: Record<string, string> = {};
        for (const [k, v] of values) encryptedData[k] = sealValue(newest.privateKey, label, v);
        return reply(200, JSON.stringify({ ...sealed, spec: { ...sealed.spec, encryptedData } }));
      }
      return reply(404, status(404, 'the server could not find the requested resource'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = tempDir('sg-kube-');
  let n = 0;
  return {
    url,
    keys,
    caPem: tls.certPem,
    token,
    requests,
    kubeconfig(o = {}) {
      const file = path.join(dir, `config-${n++}`);
      const ctx = o.context ?? 'test';
      fs.writeFileSync(
        file,
        [
          'apiVersion: v1',
          'kind: Config',
          `current-context: ${ctx}`,
          'clusters:',
          '  - name: local',
          '    cluster:',
          `      server: ${url}`,
          `      certificate-authority-data: ${Buffer.from(o.caPem ?? tls.certPem).toString('base64')}`,
          'users:',
          '  - name: tester',
          '    user:',
          `      token: ${o.token ?? token}`,
          'contexts:',
          `  - name: ${ctx}`,
          '    context:',
          '      cluster: local',
          '      user: tester',
          ...(o.namespace ? [`      namespace: ${o.namespace}`] : []),
          '',
        ].join('\n'),
      );
      return file;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
