import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  Git
} from "./chunk-R7KVV44W.js";
import {
  FixError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/external/rewriter.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/fix/external/external-secret.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { isUtf8 } from "node:buffer";
var MIGRATED_FROM = "sealgate.io/migrated-from";
var REFUSED_TYPES = {
  "kubernetes.io/service-account-token": "ESO cannot template service-account-token Secrets; keep the data-less form and let Kubernetes fill in the token",
  "bootstrap.kubernetes.io/token": "ESO refuses bootstrap-token templates; create bootstrap tokens with kubeadm or seal them instead (--seal)"
};
var SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
function refuseUnsupported(secret) {
  const reason = secret.type === void 0 ? void 0 : REFUSED_TYPES[secret.type];
  if (reason) throw new FixError(`Secret '${secret.name}' has type ${secret.type}: ${reason}`);
  if (secret.entries.size === 0) throw new FixError(`Secret '${secret.name}' has no values to move to a store`);
  for (const key of secret.entries.keys()) {
    if (key.length > 253 || !SECRET_KEY.test(key)) {
      throw new FixError(`Secret '${secret.name}' has key '${key}', which is not a valid Secret key`);
    }
  }
}
function storedValues(secret) {
  return [...secret.entries].map(([property, bytes]) => {
    const text = isUtf8(bytes) && !bytes.includes(0) ? bytes.toString("utf8") : void 0;
    return text !== void 0 ? { property, text, base64: false } : { property, text: bytes.toString("base64"), base64: true };
  });
}
function migratedFrom(secret, namespace) {
  return namespace ? `Secret/${namespace}/${secret.name}` : `Secret/${secret.name}`;
}
function buildExternalSecret(secret, values, opts) {
  const metadata = { name: secret.name };
  if (secret.namespace) metadata.namespace = secret.namespace;
  if (Object.keys(secret.labels).length > 0) metadata.labels = { ...secret.labels };
  metadata.annotations = { [MIGRATED_FROM]: migratedFrom(secret, opts.namespace) };
  const target = { name: secret.name, creationPolicy: "Owner", deletionPolicy: "Retain" };
  if (secret.immutable === true) target.immutable = true;
  const template = buildTemplate(secret);
  if (template) target.template = template;
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata,
    spec: {
      // Explicit: the CRD default changed from 1h to 1h0m0s, and relying on it makes GitOps diffs.
      refreshInterval: opts.refreshInterval,
      secretStoreRef: { kind: opts.storeKind, name: opts.store },
      target,
      data: values.map((v) => {
        const remoteRef = { key: opts.remoteKey, property: v.property };
        if (v.base64) remoteRef.decodingStrategy = "Base64";
        return { secretKey: v.property, remoteRef };
      })
    }
  };
}
function buildTemplate(secret) {
  const template = {};
  if (secret.type !== void 0 && secret.type !== "Opaque") template.type = secret.type;
  const meta = {};
  if (Object.keys(secret.labels).length > 0) meta.labels = { ...secret.labels };
  if (Object.keys(secret.annotations).length > 0) meta.annotations = { ...secret.annotations };
  if (secret.finalizers && secret.finalizers.length > 0) meta.finalizers = [...secret.finalizers];
  if (Object.keys(meta).length > 0) template.metadata = meta;
  return Object.keys(template).length > 0 ? template : void 0;
}

// src/fix/external/providers.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { createHash } from "node:crypto";
var PROVIDERS = ["vault", "aws", "gcp", "azure"];
var DEFAULT_PREFIX = "k8s";
var DEFAULT_KEY_TEMPLATE = "{prefix}/{namespace}/{name}";
var PLACEHOLDER = /\{([^{}]*)\}/g;
var KNOWN = /* @__PURE__ */ new Set(["prefix", "namespace", "name"]);
var PROVIDER_LABEL = {
  vault: "Vault KV",
  aws: "AWS Secrets Manager",
  gcp: "GCP Secret Manager",
  azure: "Azure Key Vault"
};
function validateKeyTemplate(template) {
  if (template.trim() === "") throw new UsageError("--key-template must not be empty");
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.filter((n) => !KNOWN.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`--key-template: unknown placeholder {${unknown[0]}} (use {prefix}, {namespace}, {name})`);
  }
  if (!names.includes("name")) throw new UsageError(`--key-template must contain {name}, or every Secret would share one key`);
  if (/[{}]/.test(template.replace(PLACEHOLDER, ""))) throw new UsageError("--key-template has an unmatched { or }");
}
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function checkKubernetesNames(input) {
  if (input.name.length > 253 || !DNS_SUBDOMAIN.test(input.name)) {
    throw new FixError(`metadata.name '${input.name}' is not a valid Kubernetes name`);
  }
  if (input.namespace !== void 0 && (input.namespace.length > 63 || !DNS_LABEL.test(input.namespace))) {
    throw new FixError(`metadata.namespace '${input.namespace}' is not a valid Kubernetes namespace`);
  }
}
function render(input, template, prefix) {
  const text = template.replace(PLACEHOLDER, (_, field) => {
    if (field === "namespace") {
      if (input.namespace === void 0) {
        throw new FixError(
          `Secret '${input.name}' has no namespace and the key template needs one; set metadata.namespace or pass --namespace`
        );
      }
      return input.namespace;
    }
    return field === "prefix" ? prefix : input.name;
  });
  const segments = text.split("/").filter((s) => s !== "");
  for (const s of segments) {
    if (s === "." || s === "..") throw new FixError(`remote key '${text}' has a '${s}' segment; change --key-template or --prefix`);
  }
  if (segments.length === 0) throw new FixError(`the key template renders an empty remote key for Secret '${input.name}'`);
  return segments;
}
function fit(name, max, full) {
  if (name.length <= max) return name;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, 8);
  return `${name.slice(0, max - 9).replace(/[-_]+$/, "")}-${hash}`;
}
function remoteName(provider, input) {
  checkKubernetesNames(input);
  const flat = provider === "gcp" || provider === "azure";
  const template = input.template ?? (flat && input.prefix === void 0 ? "{namespace}/{name}" : DEFAULT_KEY_TEMPLATE);
  const segments = render(input, template, input.prefix ?? DEFAULT_PREFIX);
  const path3 = segments.join("/");
  switch (provider) {
    case "vault": {
      if (segments[0] === "data") throw new FixError(`Vault key '${path3}' starts with 'data/', which ESO would misread; set --prefix`);
      if (!/^[A-Za-z0-9._@=+:,~-]+(\/[A-Za-z0-9._@=+:,~-]+)*$/.test(path3)) {
        throw new FixError(`Vault key '${path3}' has characters Vault paths do not take; change --key-template or --prefix`);
      }
      return { name: path3, key: path3 };
    }
    case "aws": {
      if (!/^[A-Za-z0-9/_+=.@-]+$/.test(path3)) {
        throw new FixError(`AWS secret name '${path3}' has characters Secrets Manager refuses (allowed: letters, digits, /_+=.@-)`);
      }
      if (path3.length > 512) throw new FixError(`AWS secret name '${path3.slice(0, 40)}...' is longer than 512 characters`);
      return { name: path3, key: path3 };
    }
    case "gcp": {
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9_-]/g, "_")).join("--");
      const name = fit(id, 255, path3);
      return { name, key: name };
    }
    case "azure": {
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9-]/g, "-")).join("--");
      const name = fit(id, 127, path3);
      return { name, key: `secret/${name}` };
    }
  }
}

// src/fix/external/push-secret.ts
init_define_SEALGATE_EMBEDDED_RULES();
var SUFFIX = "-seed";
function pushSecretName(secretName) {
  return secretName.slice(0, 253 - SUFFIX.length).replace(/[.-]+$/, "") + SUFFIX;
}
function buildPushSecret(secret, opts) {
  const metadata = { name: pushSecretName(secret.name) };
  if (secret.namespace) metadata.namespace = secret.namespace;
  const item = { match: { remoteRef: { remoteKey: opts.remoteKey } } };
  if (opts.provider === "aws") {
    item.metadata = {
      apiVersion: "kubernetes.external-secrets.io/v1alpha1",
      kind: "PushSecretMetadata",
      spec: { secretPushFormat: "string" }
    };
  }
  return {
    apiVersion: "external-secrets.io/v1alpha1",
    kind: "PushSecret",
    metadata,
    spec: {
      refreshInterval: opts.refreshInterval,
      updatePolicy: "IfNotExists",
      deletionPolicy: "None",
      secretStoreRefs: [{ kind: opts.storeKind, name: opts.store }],
      selector: { secret: { name: secret.name } },
      data: [item]
    }
  };
}

// src/fix/external/values-file.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { randomBytes } from "node:crypto";
import { existsSync as existsSync2, statSync } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path2 from "node:path";

// src/fix/external/git-paths.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
async function locate(absPath, env) {
  let dir = path.dirname(absPath);
  const rest = [path.basename(absPath)];
  while (!existsSync(dir)) {
    rest.unshift(path.basename(dir));
    const up = path.dirname(dir);
    if (up === dir) return { kind: "none" };
    dir = up;
  }
  const git = new Git(realpathSync(dir), env);
  const probe = await git.text(["rev-parse", "--is-inside-git-dir", "--is-inside-work-tree"], { allowFail: true });
  if (probe === void 0) return { kind: "none" };
  const [inGitDir, inWorkTree] = probe.split("\n");
  if (inGitDir === "true") return { kind: "git-dir" };
  if (inWorkTree !== "true") return { kind: "none" };
  const top = await git.text(["rev-parse", "--show-toplevel"], { allowFail: true });
  if (!top) return { kind: "none" };
  const topDir = realpathSync(top);
  return { kind: "work-tree", top: topDir, rel: path.relative(topDir, path.join(git.root, ...rest)).split(path.sep).join("/") };
}
async function ignoredPaths(top, rels, env) {
  if (rels.length === 0) return /* @__PURE__ */ new Set();
  const res = await new Git(top, env).run(["check-ignore", "-z", "--stdin"], rels.join("\0") + "\0");
  if (res.code !== 0 && res.code !== 1) return /* @__PURE__ */ new Set();
  return new Set(res.stdout.toString("utf8").split("\0").filter((s) => s !== ""));
}
async function gitDirOf(dir, env) {
  if (!existsSync(dir)) return void 0;
  return new Git(dir, env).gitDir();
}

// src/fix/external/values-file.ts
var VALUES_FORMAT = "sealgate-external-values";
var ValuesPathError = class extends FixError {
};
var SIZE_LIMIT = { aws: 65536, gcp: 65536, azure: 25 * 1024 };
var ValuesFile = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  ready;
  file = "";
  sidecar = "";
  /** Where the upload files go: git dir, outside git, or a work tree (then each file must be ignored). */
  sidecarLocation;
  doc;
  touched = /* @__PURE__ */ new Set();
  queue = Promise.resolve();
  /** Resolves and checks the path once, before the first Secret is rewritten. */
  prepare() {
    this.ready ??= this.resolve();
    return this.ready;
  }
  async resolve() {
    const { root, provider } = this.opts;
    this.doc = { format: VALUES_FORMAT, version: 1, provider, secrets: {} };
    if (this.opts.path !== void 0) {
      const file = path2.resolve(root, this.opts.path);
      if (existsSync2(file) && statSync(file).isDirectory()) throw new ValuesPathError(`--values-out ${file} is a directory; name a file`);
      await refuseCommittable(file, "--values-out", this.opts.env);
      if (existsSync2(file)) this.doc = await loadExisting(file, provider);
      this.file = file;
    } else {
      const gitDir = await gitDirOf(root, this.opts.env);
      if (!gitDir) {
        throw new ValuesPathError(`${root} is not a git repository, so there is no .git/sealgate/ for the values; pass --values-out FILE outside the work tree`);
      }
      this.file = uniqueFile(path2.join(gitDir, "sealgate", "external"), (this.opts.now ?? (() => /* @__PURE__ */ new Date()))());
    }
    this.sidecar = this.file.replace(/\.json$/i, "") + ".d";
    this.sidecarLocation = await locate(path2.join(this.sidecar, "x.json"), this.opts.env);
  }
  /** Path of the main values file (after the first add). */
  get filePath() {
    return this.file;
  }
  /** The upload document of one backend name. */
  uploadFile(name) {
    return path2.join(this.sidecar, ...name.split("/")) + ".json";
  }
  /**
   * Records one Secret's values under its backend name and writes them (unless dry-run).
   * Throws FixError, changing nothing, when another Secret already put a different value there.
   */
  add(remote, values, from) {
    const run = this.queue.then(() => this.addNow(remote, values, from));
    this.queue = run.catch(() => void 0);
    return run;
  }
  async addNow(remote, values, from) {
    await this.prepare();
    const old = this.doc.secrets[remote.name];
    const entry = old ? { key: old.key, from: [...old.from], base64: [...old.base64 ?? []], data: { ...old.data } } : { key: remote.key, from: [], base64: [], data: {} };
    if (entry.key !== remote.key) {
      throw new FixError(`${from}: backend name '${remote.name}' is recorded with remote key '${entry.key}', not '${remote.key}'`);
    }
    for (const v of values) {
      const had = entry.data[v.property];
      const hadBase64 = entry.base64.includes(v.property);
      if (had !== void 0 && (had !== v.text || hadBase64 !== v.base64)) {
        throw new FixError(
          `${from}: key '${v.property}' maps to '${remote.key}', which already holds a different value from ${entry.from.join(", ")}; give the Secrets distinct remote keys with --key-template`
        );
      }
      entry.data[v.property] = v.text;
      if (v.base64 && !hadBase64) entry.base64.push(v.property);
    }
    entry.data = Object.fromEntries(Object.entries(entry.data).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    entry.base64.sort();
    if (entry.base64.length === 0) delete entry.base64;
    if (!entry.from.includes(from)) entry.from.push(from);
    const upload = this.uploadFile(remote.name);
    await this.refuseCommittableUpload(upload);
    const next = { ...this.doc, secrets: { ...this.doc.secrets, [remote.name]: entry } };
    if (!this.opts.dryRun) {
      await writePrivate(upload, JSON.stringify(entry.data, null, 2) + "\n");
      await writePrivate(this.file, JSON.stringify(next, null, 2) + "\n");
    }
    this.doc = next;
    this.touched.add(remote.name);
  }
  async refuseCommittableUpload(file) {
    const loc = this.sidecarLocation;
    if (loc?.kind !== "work-tree") return;
    const rel = path2.posix.join(path2.posix.dirname(loc.rel), path2.relative(this.sidecar, file).split(path2.sep).join("/"));
    const ignored = await ignoredPaths(loc.top, [rel], this.opts.env);
    if (!ignored.has(rel)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, "the upload file"));
  }
  /** The lines to print: where the values are and the exact upload commands (file references only). */
  finish() {
    if (this.touched.size === 0) return [];
    const names = [...this.touched].sort();
    const { provider } = this.opts;
    const verb = this.opts.dryRun ? "would write" : "wrote";
    const lines = [
      `sealgate ${verb} the values of ${names.length} ${PROVIDER_LABEL[provider]} secret${names.length === 1 ? "" : "s"} to ${this.file} (mode 0600).`,
      `Upload them before applying the ExternalSecrets, then delete ${this.file} and ${this.sidecar}:`,
      ...hint(provider)
    ];
    for (const name of names) lines.push("  " + uploadCommand(provider, name, this.uploadFile(name)));
    for (const name of names) {
      const size = Buffer.byteLength(JSON.stringify(this.doc.secrets[name].data, null, 2) + "\n");
      const limit = SIZE_LIMIT[provider];
      if (limit !== void 0 && size > limit) {
        lines.push(`warning: ${name} is ${size} bytes, over the ${limit}-byte limit of ${PROVIDER_LABEL[provider]}; split the Secret`);
      }
    }
    return lines;
  }
};
function hint(provider) {
  switch (provider) {
    case "vault":
      return ["  # VAULT_KV_MOUNT: the store's spec.provider.vault.path (default 'secret'); use 'vault kv patch' for a path that already exists"];
    case "aws":
      return ["  # use put-secret-value --secret-id NAME instead for a secret that already exists"];
    case "gcp":
      return ["  # use gcloud secrets versions add NAME --data-file=FILE for a secret that already exists"];
    case "azure":
      return ["  # AZURE_KEYVAULT: the vault name of the store's spec.provider.azurekv.vaultUrl"];
  }
}
function uploadCommand(provider, name, file) {
  switch (provider) {
    case "vault":
      return `vault kv put ${sh("${VAULT_KV_MOUNT:-secret}/" + name, true)} ${sh("@" + file)}`;
    case "aws":
      return `aws secretsmanager create-secret --name ${sh(name)} --secret-string ${sh("file://" + file)}`;
    case "gcp":
      return `gcloud secrets create ${sh(name)} --replication-policy=automatic --data-file=${sh(file)}`;
    case "azure":
      return `az keyvault secret set --vault-name "$AZURE_KEYVAULT" --name ${sh(name)} --file ${sh(file)} --encoding utf-8`;
  }
}
function sh(word, expand = false) {
  if (expand) return `"${word.replace(/["\\`]/g, "\\$&")}"`;
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function notIgnoredMessage(file, top, what) {
  return `refusing to write plaintext values to ${file}: ${what} is inside the git work tree ${top} and git does not ignore it (a \`git add .\` would commit it); add it to .gitignore or choose a path outside the work tree (default: .git/sealgate/)`;
}
async function refuseCommittable(file, what, env) {
  const loc = await locate(file, env);
  if (loc.kind !== "work-tree") return;
  const ignored = await ignoredPaths(loc.top, [loc.rel], env);
  if (!ignored.has(loc.rel)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, what));
}
async function loadExisting(file, provider) {
  let doc;
  try {
    doc = JSON.parse(await readFile(file, "utf8"));
  } catch {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc?.format !== VALUES_FORMAT || doc.version !== 1 || typeof doc.secrets !== "object" || doc.secrets === null) {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc.provider !== provider) {
    throw new ValuesPathError(`--values-out ${file} holds ${doc.provider} values, not ${provider}; use another file`);
  }
  return doc;
}
function uniqueFile(dir, now) {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  let candidate = path2.join(dir, `values-${stamp}.json`);
  for (let i = 2; existsSync2(candidate) || existsSync2(candidate.replace(/\.json$/, ".d")); i++) {
    candidate = path2.join(dir, `values-${stamp}-${i}.json`);
  }
  return candidate;
}
async function writePrivate(file, content) {
  const dir = path2.dirname(file);
  await mkdir(dir, { recursive: true, mode: 448 });
  const tmp = path2.join(dir, `.${path2.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const fh = await open(tmp, "wx", 384);
  try {
    await fh.chmod(384);
    await fh.writeFile(content, "utf8");
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

// src/fix/external/rewriter.ts
var DEFAULT_STORE_KIND = "ClusterSecretStore";
var DEFAULT_PROVIDER = "vault";
var DEFAULT_REFRESH_INTERVAL = "1h";
var STORE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var GO_DURATION = /^(0|([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))*)$/;
function checkOptions(o) {
  if (!o.store) throw new UsageError("--external needs --store NAME (or external.store in .sealgate.yaml)");
  if (o.store.length > 253 || !STORE_NAME.test(o.store)) {
    throw new UsageError(`--store '${o.store}' is not a valid SecretStore name (lowercase letters, digits, '-' and '.')`);
  }
  if (o.storeKind !== void 0 && o.storeKind !== "ClusterSecretStore" && o.storeKind !== "SecretStore") {
    throw new UsageError(`--store-kind must be ClusterSecretStore or SecretStore (got '${String(o.storeKind)}')`);
  }
  if (o.provider !== void 0 && !PROVIDERS.includes(o.provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDERS.join(", ")} (got '${String(o.provider)}')`);
  }
  if (o.keyTemplate !== void 0) validateKeyTemplate(o.keyTemplate);
  if (o.refreshInterval !== void 0 && !GO_DURATION.test(o.refreshInterval)) {
    throw new UsageError(`--refresh-interval '${o.refreshInterval}' is not a duration like 1h, 30m or 1h30m`);
  }
  if (o.prefix !== void 0 && /[{}\s]/.test(o.prefix)) throw new UsageError(`--prefix '${o.prefix}' must not contain braces or spaces`);
}
function createExternalRewriter(options) {
  checkOptions(options);
  const provider = options.provider ?? DEFAULT_PROVIDER;
  const storeKind = options.storeKind ?? DEFAULT_STORE_KIND;
  const refreshInterval = options.refreshInterval ?? DEFAULT_REFRESH_INTERVAL;
  const values = new ValuesFile({ root: options.root, env: options.env, provider, path: options.valuesOut, dryRun: options.dryRun, now: options.now });
  const notes = [];
  return {
    kind: "external",
    async rewrite(secret, ctx) {
      try {
        return await rewriteOne(secret, ctx);
      } catch (e) {
        if (e instanceof FixError && !(e instanceof ValuesPathError) && !e.message.startsWith(`${ctx.file}: `)) throw new FixError(`${ctx.file}: ${e.message}`);
        throw e;
      }
    },
    async finish() {
      return [...notes, ...values.finish()];
    }
  };
  async function rewriteOne(secret, ctx) {
    refuseUnsupported(secret);
    const namespace = secret.namespace ?? ctx.namespaceFallback;
    const remote = remoteName(provider, { name: secret.name, namespace, prefix: options.prefix, template: options.keyTemplate });
    const stored = storedValues(secret);
    const source = migratedFrom(secret, namespace);
    await values.add(remote, stored, `${ctx.file}: ${source}`);
    const objects = [buildExternalSecret(secret, stored, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, namespace })];
    if (options.pushSecret) {
      if (stored.some((v) => v.base64)) {
        notes.push(`${ctx.file}: no PushSecret for ${source}: it holds binary values; upload them from the values file`);
      } else {
        objects.push(buildPushSecret(secret, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, provider }));
      }
    }
    return objects;
  }
}
export {
  DEFAULT_PROVIDER,
  DEFAULT_REFRESH_INTERVAL,
  DEFAULT_STORE_KIND,
  createExternalRewriter
};
