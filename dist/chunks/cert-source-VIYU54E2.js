import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  parseCertificate,
  readCertBytes,
  resolveCertSpec
} from "./chunk-RSAUHRAI.js";
import {
  parseManifest
} from "./chunk-A2I6SM73.js";
import {
  FixError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/cert-source.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/fix/seal/controller.ts
init_define_SEALGATE_EMBEDDED_RULES();
import http from "node:http";
import https from "node:https";
var DEFAULT_CONTROLLER = { name: "sealed-secrets-controller", namespace: "kube-system" };
var TIMEOUT_MS = 3e4;
var MAX_BODY = 16 * 1024 * 1024;
var ControllerClient = class {
  constructor(kube, ref) {
    this.kube = kube;
    this.ref = ref;
  }
  kube;
  ref;
  portName;
  /** Where requests go, for messages (no credentials in it). */
  describe() {
    return `controller ${this.ref.namespace}/${this.ref.name} via ${this.kube.server} (context ${this.kube.context})`;
  }
  request(method, apiPath, body) {
    const base = new URL(this.kube.server);
    if (base.protocol !== "https:" && base.protocol !== "http:") throw new FixError(`kube server ${this.kube.server}: not an http(s) URL`);
    const prefix = base.pathname.replace(/\/+$/, "");
    const headers = { Accept: "application/json, */*", "User-Agent": "sealgate" };
    if (this.kube.token) headers.Authorization = `Bearer ${this.kube.token}`;
    else if (this.kube.basic) headers.Authorization = `Basic ${Buffer.from(`${this.kube.basic.username}:${this.kube.basic.password}`).toString("base64")}`;
    if (body) {
      headers["Content-Type"] = "application/json";
      headers["Content-Length"] = String(body.length);
    }
    const secure = base.protocol === "https:";
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: base.protocol,
          hostname: base.hostname.replace(/^\[|\]$/g, ""),
          port: base.port || (secure ? 443 : 80),
          path: prefix + apiPath,
          method,
          headers,
          timeout: TIMEOUT_MS,
          ...secure ? {
            ca: this.kube.ca,
            cert: this.kube.cert,
            key: this.kube.key,
            rejectUnauthorized: !this.kube.insecure,
            servername: this.kube.tlsServerName
          } : {}
        },
        (res) => {
          const chunks = [];
          let size = 0;
          res.on("data", (c) => {
            size += c.length;
            if (size > MAX_BODY) req.destroy(new Error("response too large"));
            else chunks.push(c);
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        }
      );
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e) => reject(new FixError(`${this.describe()}: ${e.code ?? e.message}`)));
      req.end(body);
    });
  }
  async proxyPath(suffix) {
    const ns = encodeURIComponent(this.ref.namespace);
    const name = encodeURIComponent(this.ref.name);
    if (this.portName === void 0) {
      const svc = await this.request("GET", `/api/v1/namespaces/${ns}/services/${name}`);
      if (svc.status !== 200) {
        throw new FixError(
          `cannot get the sealed-secrets Service ${this.ref.namespace}/${this.ref.name} (${httpWhy(svc)}); set --controller-name and --controller-namespace to the controller's`
        );
      }
      let port;
      try {
        port = JSON.parse(svc.body.toString("utf8")).spec?.ports?.[0]?.name;
      } catch {
        throw new FixError(`${this.describe()}: the Service is not JSON`);
      }
      this.portName = typeof port === "string" ? port : "";
    }
    return `/api/v1/namespaces/${ns}/services/http:${name}:${encodeURIComponent(this.portName)}/proxy${suffix}`;
  }
  /** The controller's certificate(s), PEM. */
  async fetchCert() {
    const r = await this.request("GET", await this.proxyPath("/v1/cert.pem"));
    if (r.status !== 200) throw new FixError(`cannot fetch the certificate from the ${this.describe()} (${httpWhy(r)})`);
    return r.body;
  }
  /** true when the controller can decrypt every value (HTTP 200), false for 409 Conflict. */
  async verify(sealedSecret) {
    const r = await this.request("POST", await this.proxyPath("/v1/verify"), Buffer.from(JSON.stringify(sealedSecret)));
    if (r.status === 200) return true;
    if (r.status === 409) return false;
    throw new FixError(`cannot validate with the ${this.describe()} (${httpWhy(r)})`);
  }
  /** The SealedSecret re-encrypted with the controller's newest key. */
  async rotate(sealedSecret) {
    const r = await this.request("POST", await this.proxyPath("/v1/rotate"), Buffer.from(JSON.stringify(sealedSecret)));
    if (r.status === 409) throw new FixError("the controller cannot decrypt this SealedSecret, so it cannot re-encrypt it");
    if (r.status !== 200) throw new FixError(`cannot re-encrypt with the ${this.describe()} (${httpWhy(r)})`);
    try {
      const obj = JSON.parse(r.body.toString("utf8"));
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new Error("not an object");
      return obj;
    } catch {
      throw new FixError(`${this.describe()}: /v1/rotate did not return a SealedSecret`);
    }
  }
};
function httpWhy(r) {
  let msg = "";
  try {
    const s = JSON.parse(r.body.toString("utf8"));
    if (s.kind === "Status" && typeof s.message === "string") msg = `: ${s.message.split("\n")[0].slice(0, 200)}`;
  } catch {
  }
  return `HTTP ${r.status}${msg}`;
}

// src/fix/seal/kubeconfig.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function kubeconfigFiles(flag, env, cwd) {
  if (flag) return [path.resolve(cwd, flag)];
  if (env.KUBECONFIG) return env.KUBECONFIG.split(path.delimiter).filter(Boolean).map((f) => path.resolve(cwd, f));
  const home = env.HOME ?? os.homedir();
  return [path.join(home, ".kube", "config")];
}
function named(list, field, base) {
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).flatMap((e) => typeof e.name === "string" && isObj(e[field]) ? [{ name: e.name, body: e[field], base }] : []);
}
function loadKubeTarget(opts) {
  const files = kubeconfigFiles(opts.kubeconfig, opts.env, opts.cwd).filter((f, i, all) => all.indexOf(f) === i);
  const present = files.filter((f) => existsSync(f));
  if (opts.kubeconfig && present.length === 0) throw new UsageError(`--kubeconfig ${opts.kubeconfig}: no such file`);
  if (present.length === 0) {
    throw new UsageError(
      `no kubeconfig found (${files.join(", ")}): pass --cert FILE|URL (or $SEALED_SECRETS_CERT), or --kubeconfig FILE / $KUBECONFIG to fetch the certificate from the controller`
    );
  }
  const clusters = [];
  const users = [];
  const contexts = [];
  let current;
  for (const file of present) {
    const docs = parseManifest(readFileSync(file, "utf8"), file);
    const doc = docs[0];
    if (!doc || doc.error || !isObj(doc.value)) throw new UsageError(`${file}: not a readable kubeconfig${doc?.error ? ` (${doc.error})` : ""}`);
    const base = path.dirname(file);
    clusters.push(...named(doc.value.clusters, "cluster", base));
    users.push(...named(doc.value.users, "user", base));
    contexts.push(...named(doc.value.contexts, "context", base));
    current ??= str(doc.value["current-context"]);
  }
  const contextName = opts.context ?? current;
  if (!contextName) throw new UsageError(`${present.join(", ")}: no current-context; pass --context NAME`);
  const ctx = contexts.find((c) => c.name === contextName);
  if (!ctx) throw new UsageError(`kube context '${contextName}' not found in ${present.join(", ")}`);
  const clusterName = str(ctx.body.cluster);
  const cluster = clusters.find((c) => c.name === clusterName);
  if (!cluster) throw new UsageError(`kube context '${contextName}': cluster '${clusterName ?? ""}' not found`);
  const server = str(cluster.body.server);
  if (!server) throw new UsageError(`kube cluster '${cluster.name}' has no server`);
  const userName = str(ctx.body.user);
  const user = users.find((u) => u.name === userName);
  const target = {
    files: present,
    context: contextName,
    server,
    namespace: str(ctx.body.namespace),
    insecure: cluster.body["insecure-skip-tls-verify"] === true,
    tlsServerName: str(cluster.body["tls-server-name"]),
    ca: bytes(cluster.body, "certificate-authority", cluster.base)
  };
  if (user) Object.assign(target, credentials(user, opts.env, server));
  return target;
}
function bytes(body, field, base) {
  const data = str(body[`${field}-data`]);
  if (data) return Buffer.from(data, "base64");
  const file = str(body[field]);
  if (!file) return void 0;
  try {
    return readFileSync(path.resolve(base, file));
  } catch (e) {
    throw new UsageError(`kubeconfig ${field} ${file}: cannot read it (${e.code ?? "error"})`);
  }
}
function credentials(user, env, server) {
  const u = user.body;
  const out = {};
  out.cert = bytes(u, "client-certificate", user.base);
  out.key = bytes(u, "client-key", user.base);
  const token = str(u.token);
  const tokenFile = str(u.tokenFile) ?? str(u["token-file"]);
  if (token) out.token = token;
  else if (tokenFile) out.token = readFileSync(path.resolve(user.base, tokenFile), "utf8").trim();
  const username = str(u.username);
  if (username) out.basic = { username, password: str(u.password) ?? "" };
  if (isObj(u.exec) && !out.token && !out.cert) Object.assign(out, execCredential(u.exec, env, server, user.base));
  if (isObj(u["auth-provider"])) {
    const name = str(u["auth-provider"].name) ?? "unknown";
    if (!out.token) throw new UsageError(`kube user '${user.name}' uses the '${name}' auth-provider, which sealgate does not run; use an exec plugin, or --cert`);
  }
  return out;
}
function execCredential(exec, env, server, base) {
  const command = str(exec.command);
  if (!command) throw new UsageError("kubeconfig exec plugin has no command");
  const args = Array.isArray(exec.args) ? exec.args.map(String) : [];
  const extra = {};
  if (Array.isArray(exec.env)) {
    for (const e of exec.env.filter(isObj)) if (typeof e.name === "string") extra[e.name] = String(e.value ?? "");
  }
  const apiVersion = str(exec.apiVersion) ?? "client.authentication.k8s.io/v1";
  const info = { apiVersion, kind: "ExecCredential", spec: { interactive: false, cluster: { server } } };
  const file = command.includes("/") ? path.resolve(base, command) : command;
  let out;
  try {
    out = execFileSync(file, args, {
      env: { ...env, ...extra, KUBERNETES_EXEC_INFO: JSON.stringify(info) },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 6e4
    });
  } catch (e) {
    const err = e;
    throw new UsageError(`kubeconfig exec plugin '${command}' failed: ${(err.stderr ?? err.code ?? String(e)).trim().split("\n")[0]}`);
  }
  let cred;
  try {
    cred = JSON.parse(out);
  } catch {
    throw new UsageError(`kubeconfig exec plugin '${command}' did not print an ExecCredential (JSON)`);
  }
  const status = isObj(cred.status) ? cred.status : {};
  const result = {};
  if (str(status.token)) result.token = str(status.token);
  if (str(status.clientCertificateData)) result.cert = Buffer.from(str(status.clientCertificateData), "utf8");
  if (str(status.clientKeyData)) result.key = Buffer.from(str(status.clientKeyData), "utf8");
  if (!result.token && !result.cert) throw new UsageError(`kubeconfig exec plugin '${command}' returned no token or client certificate`);
  return result;
}

// src/fix/seal/cert-source.ts
function explicitCert(o) {
  return resolveCertSpec({ flag: o.cert, configCert: o.configCert, configFile: o.configFile, env: o.env, cwd: o.cwd });
}
function kubeTarget(o) {
  return loadKubeTarget({ kubeconfig: o.kubeconfig, context: o.context, env: o.env, cwd: o.cwd });
}
function controllerClient(o, target = kubeTarget(o)) {
  return new ControllerClient(target, {
    name: o.controllerName ?? o.env.SEALED_SECRETS_CONTROLLER_NAME ?? DEFAULT_CONTROLLER.name,
    namespace: o.controllerNamespace ?? o.env.SEALED_SECRETS_CONTROLLER_NAMESPACE ?? DEFAULT_CONTROLLER.namespace
  });
}
async function certificate(o) {
  const spec = explicitCert(o);
  if (spec) {
    const bytes3 = await readCertBytes(spec.spec, spec.base);
    return { bytes: bytes3, cert: parseCertificate(bytes3, spec.spec) };
  }
  const client = controllerClient(o);
  const bytes2 = await client.fetchCert();
  return { bytes: bytes2, cert: parseCertificate(bytes2, client.describe()) };
}
async function sealingCertificate(o) {
  return (await certificate(o)).cert;
}
export {
  certificate,
  controllerClient,
  explicitCert,
  kubeTarget,
  sealingCertificate
};
