// The current kube context, read the way kubectl and kubeseal read it: $KUBECONFIG (a list of files,
// the first to set a value wins) or ~/.kube/config, --kubeconfig and --context overriding. What it
// yields is what an HTTPS request to the API server needs: the server URL, the cluster's CA (or
// insecure-skip-tls-verify), and the user's credentials (client certificate, bearer token or token
// file, basic auth, or an exec credential plugin such as `aws eks get-token` / gke-gcloud-auth-plugin).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { parseManifest } from '../../yaml/documents.js';

type Obj = Record<string, unknown>;

export interface KubeTarget {
  /** Where the configuration came from (for messages). */
  files: string[];
  context: string;
  server: string;
  /** The context's namespace, if it names one. */
  namespace?: string;
  ca?: Buffer;
  insecure: boolean;
  tlsServerName?: string;
  cert?: Buffer;
  key?: Buffer;
  token?: string;
  basic?: { username: string; password: string };
}

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The kubeconfig files in kubectl's order: --kubeconfig, else $KUBECONFIG's list, else ~/.kube/config. */
export function kubeconfigFiles(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string[] {
  if (flag) return [path.resolve(cwd, flag)];
  if (env.KUBECONFIG) return env.KUBECONFIG.split(path.delimiter).filter(Boolean).map((f) => path.resolve(cwd, f));
  const home = env.HOME ?? os.homedir();
  return [path.join(home, '.kube', 'config')];
}

interface Named {
  name: string;
  body: Obj;
  /** The folder of the file that defined it: relative file paths inside resolve from there. */
  base: string;
}

function named(list: unknown, field: string, base: string): Named[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).flatMap((e) => (typeof e.name === 'string' && isObj(e[field]) ? [{ name: e.name, body: e[field] as Obj, base }] : []));
}

/** Reads the kubeconfig files and resolves the context; throws UsageError naming what is missing. */
export function loadKubeTarget(opts: { kubeconfig?: string; context?: string; env: Record<string, string | undefined>; cwd: string }): KubeTarget {
  const files = kubeconfigFiles(opts.kubeconfig, opts.env, opts.cwd).filter((f, i, all) => all.indexOf(f) === i);
  const present = files.filter((f) => existsSync(f));
  if (opts.kubeconfig && present.length === 0) throw new UsageError(`--kubeconfig ${opts.kubeconfig}: no such file`);
  if (present.length === 0) {
    throw new UsageError(
      `no kubeconfig found (${files.join(', ')}): pass --cert FILE|URL (or $SEALED_SECRETS_CERT), or --kubeconfig FILE / $KUBECONFIG to fetch the certificate from the controller`,
    );
  }
  const clusters: Named[] = [];
  const users: Named[] = [];
  const contexts: Named[] = [];
  let current: string | undefined;
  for (const file of present) {
    const docs = parseManifest(readFileSync(file, 'utf8'), file);
    const doc = docs[0];
    if (!doc || doc.error || !isObj(doc.value)) throw new UsageError(`${file}: not a readable kubeconfig${doc?.error ? ` (${doc.error})` : ''}`);
    const base = path.dirname(file);
    clusters.push(...named(doc.value.clusters, 'cluster', base));
    users.push(...named(doc.value.users, 'user', base));
    contexts.push(...named(doc.value.contexts, 'context', base));
    current ??= str(doc.value['current-context']);
  }
  const contextName = opts.context ?? current;
  if (!contextName) throw new UsageError(`${present.join(', ')}: no current-context; pass --context NAME`);
  const ctx = contexts.find((c) => c.name === contextName);
  if (!ctx) throw new UsageError(`kube context '${contextName}' not found in ${present.join(', ')}`);
  const clusterName = str(ctx.body.cluster);
  const cluster = clusters.find((c) => c.name === clusterName);
  if (!cluster) throw new UsageError(`kube context '${contextName}': cluster '${clusterName ?? ''}' not found`);
  const server = str(cluster.body.server);
  if (!server) throw new UsageError(`kube cluster '${cluster.name}' has no server`);
  const userName = str(ctx.body.user);
  const user = users.find((u) => u.name === userName);

  const target: KubeTarget = {
    files: present,
    context: contextName,
    server,
    namespace: str(ctx.body.namespace),
    insecure: cluster.body['insecure-skip-tls-verify'] === true,
    tlsServerName: str(cluster.body['tls-server-name']),
    ca: bytes(cluster.body, 'certificate-authority', cluster.base),
  };
  if (user) Object.assign(target, credentials(user, opts.env, server));
  return target;
}

/** `<field>-data` (base64) or `<field>` (a file, relative to its kubeconfig). */
function bytes(body: Obj, field: string, base: string): Buffer | undefined {
  const data = str(body[`${field}-data`]);
  if (data) return Buffer.from(data, 'base64');
  const file = str(body[field]);
  if (!file) return undefined;
  try {
    return readFileSync(path.resolve(base, file));
  } catch (e) {
    throw new UsageError(`kubeconfig ${field} ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function credentials(user: Named, env: Record<string, string | undefined>, server: string): Partial<KubeTarget> {
  const u = user.body;
  const out: Partial<KubeTarget> = {};
  out.cert = bytes(u, 'client-certificate', user.base);
  out.key = bytes(u, 'client-key', user.base);
  const token = str(u.token);
  const tokenFile = str(u.tokenFile) ?? str(u['token-file']);
  if (token) out.token = token;
  else if (tokenFile) out.token = readFileSync(path.resolve(user.base, tokenFile), 'utf8').trim();
  const username = str(u.username);
  if (username) out.basic = { username, password: str(u.password) ?? '' };
  if (isObj(u.exec) && !out.token && !out.cert) Object.assign(out, execCredential(u.exec, env, server, user.base));
  if (isObj(u['auth-provider'])) {
    const name = str((u['auth-provider'] as Obj).name) ?? 'unknown';
    if (!out.token) throw new UsageError(`kube user '${user.name}' uses the '${name}' auth-provider, which sealgate does not run; use an exec plugin, or --cert`);
  }
  return out;
}

/** Runs a client-go exec credential plugin and reads its ExecCredential status. */
function execCredential(exec: Obj, env: Record<string, string | undefined>, server: string, base: string): Partial<KubeTarget> {
  const command = str(exec.command);
  if (!command) throw new UsageError('kubeconfig exec plugin has no command');
  const args = Array.isArray(exec.args) ? exec.args.map(String) : [];
  const extra: Record<string, string> = {};
  if (Array.isArray(exec.env)) for (const e of exec.env.filter(isObj)) if (typeof e.name === 'string') extra[e.name] = String(e.value ?? '');
  const apiVersion = str(exec.apiVersion) ?? 'client.authentication.k8s.io/v1';
  const info = { apiVersion, kind: 'ExecCredential', spec: { interactive: false, cluster: { server } } };
  // client-go resolves a command with a path separator relative to the kubeconfig's folder.
  const file = command.includes('/') ? path.resolve(base, command) : command;
  let out: string;
  try {
    out = execFileSync(file, args, {
      env: { ...env, ...extra, KUBERNETES_EXEC_INFO: JSON.stringify(info) } as NodeJS.ProcessEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
  } catch (e) {
    const err = e as { stderr?: string; code?: string };
    throw new UsageError(`kubeconfig exec plugin '${command}' failed: ${(err.stderr ?? err.code ?? String(e)).trim().split('\n')[0]}`);
  }
  let cred: Obj;
  try {
    cred = JSON.parse(out) as Obj;
  } catch {
    throw new UsageError(`kubeconfig exec plugin '${command}' did not print an ExecCredential (JSON)`);
  }
  const status = isObj(cred.status) ? cred.status : {};
  const result: Partial<KubeTarget> = {};
  if (str(status.token)) result.token = str(status.token);
  if (str(status.clientCertificateData)) result.cert = Buffer.from(str(status.clientCertificateData)!, 'utf8');
  if (str(status.clientKeyData)) result.key = Buffer.from(str(status.clientKeyData)!, 'utf8');
  if (!result.token && !result.cert) throw new UsageError(`kubeconfig exec plugin '${command}' returned no token or client certificate`);
  return result;
}
