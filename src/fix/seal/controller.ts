// The sealed-secrets controller reached the way kubeseal reaches it (pkg/kubeseal upstream): through
// the API server's service proxy, with the kube context's CA and credentials. kubeseal first reads the
// controller's Service to learn its first port's name, then calls
//   GET  /api/v1/namespaces/NS/services/http:NAME:PORT/proxy/v1/cert.pem   (--fetch-cert, sealing)
//   POST /api/v1/namespaces/NS/services/http:NAME:PORT/proxy/v1/verify     (--validate: 200 ok, 409 cannot decrypt)
//   POST /api/v1/namespaces/NS/services/http:NAME:PORT/proxy/v1/rotate     (--re-encrypt: the re-sealed object)
// one SealedSecret (JSON) per request.
import http from 'node:http';
import https from 'node:https';
import { FixError } from '../../errors.js';
import type { KubeTarget } from './kubeconfig.js';

export const DEFAULT_CONTROLLER = { name: 'sealed-secrets-controller', namespace: 'kube-system' };

export interface ControllerRef {
  name: string;
  namespace: string;
}

interface Reply {
  status: number;
  body: Buffer;
}

const TIMEOUT_MS = 30_000;
const MAX_BODY = 16 * 1024 * 1024;

export class ControllerClient {
  private portName?: string;

  constructor(
    private readonly kube: KubeTarget,
    readonly ref: ControllerRef,
  ) {}

  /** Where requests go, for messages (no credentials in it). */
  describe(): string {
    return `controller ${this.ref.namespace}/${this.ref.name} via ${this.kube.server} (context ${this.kube.context})`;
  }

  private request(method: 'GET' | 'POST', apiPath: string, body?: Buffer): Promise<Reply> {
    const base = new URL(this.kube.server);
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new FixError(`kube server ${this.kube.server}: not an http(s) URL`);
    const prefix = base.pathname.replace(/\/+$/, '');
    const headers: Record<string, string> = { Accept: 'application/json, */*', 'User-Agent': 'sealgate' };
    if (this.kube.token) headers.Authorization = `Bearer ${this.kube.token}`;
    else if (this.kube.basic) headers.Authorization = `Basic ${Buffer.from(`${this.kube.basic.username}:${this.kube.basic.password}`).toString('base64')}`;
    if (body) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(body.length);
    }
    const secure = base.protocol === 'https:';
    return new Promise<Reply>((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: base.protocol,
          hostname: base.hostname.replace(/^\[|\]$/g, ''),
          port: base.port || (secure ? 443 : 80),
          path: prefix + apiPath,
          method,
          headers,
          timeout: TIMEOUT_MS,
          ...(secure
            ? {
                ca: this.kube.ca,
                cert: this.kube.cert,
                key: this.kube.key,
                rejectUnauthorized: !this.kube.insecure,
                servername: this.kube.tlsServerName,
              }
            : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_BODY) req.destroy(new Error('response too large'));
            else chunks.push(c);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (e) => reject(new FixError(`${this.describe()}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
      req.end(body);
    });
  }

  private async proxyPath(suffix: string): Promise<string> {
    const ns = encodeURIComponent(this.ref.namespace);
    const name = encodeURIComponent(this.ref.name);
    if (this.portName === undefined) {
      const svc = await this.request('GET', `/api/v1/namespaces/${ns}/services/${name}`);
      if (svc.status !== 200) {
        throw new FixError(
          `cannot get the sealed-secrets Service ${this.ref.namespace}/${this.ref.name} (${httpWhy(svc)}); set --controller-name and --controller-namespace to the controller's`,
        );
      }
      let port: unknown;
      try {
        port = (JSON.parse(svc.body.toString('utf8')) as { spec?: { ports?: { name?: unknown }[] } }).spec?.ports?.[0]?.name;
      } catch {
        throw new FixError(`${this.describe()}: the Service is not JSON`);
      }
      this.portName = typeof port === 'string' ? port : '';
    }
    // net.JoinSchemeNamePort("http", name, port) upstream: "http:NAME:PORT".
    return `/api/v1/namespaces/${ns}/services/http:${name}:${encodeURIComponent(this.portName)}/proxy${suffix}`;
  }

  /** The controller's certificate(s), PEM. */
  async fetchCert(): Promise<Buffer> {
    const r = await this.request('GET', await this.proxyPath('/v1/cert.pem'));
    if (r.status !== 200) throw new FixError(`cannot fetch the certificate from the ${this.describe()} (${httpWhy(r)})`);
    return r.body;
  }

  /** true when the controller can decrypt every value (HTTP 200), false for 409 Conflict. */
  async verify(sealedSecret: unknown): Promise<boolean> {
    const r = await this.request('POST', await this.proxyPath('/v1/verify'), Buffer.from(JSON.stringify(sealedSecret)));
    if (r.status === 200) return true;
    if (r.status === 409) return false;
    throw new FixError(`cannot validate with the ${this.describe()} (${httpWhy(r)})`);
  }

  /** The SealedSecret re-encrypted with the controller's newest key. */
  async rotate(sealedSecret: unknown): Promise<Record<string, unknown>> {
    const r = await this.request('POST', await this.proxyPath('/v1/rotate'), Buffer.from(JSON.stringify(sealedSecret)));
    if (r.status === 409) throw new FixError('the controller cannot decrypt this SealedSecret, so it cannot re-encrypt it');
    if (r.status !== 200) throw new FixError(`cannot re-encrypt with the ${this.describe()} (${httpWhy(r)})`);
    try {
      const obj = JSON.parse(r.body.toString('utf8')) as unknown;
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
      return obj as Record<string, unknown>;
    } catch {
      throw new FixError(`${this.describe()}: /v1/rotate did not return a SealedSecret`);
    }
  }
}

/** HTTP status and the API server's own message (a Status object), one line, no body otherwise. */
function httpWhy(r: Reply): string {
  let msg = '';
  try {
    const s = JSON.parse(r.body.toString('utf8')) as { kind?: string; message?: unknown };
    if (s.kind === 'Status' && typeof s.message === 'string') msg = `: ${s.message.split('\n')[0]!.slice(0, 200)}`;
  } catch {
    /* not a Status */
  }
  return `HTTP ${r.status}${msg}`;
}
