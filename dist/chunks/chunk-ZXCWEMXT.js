import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  applyFixes,
  replaceDocument
} from "./chunk-3PW3G6XY.js";
import {
  CLUSTER_WIDE,
  NAMESPACE_WIDE,
  encryptEntries,
  scopeFromAnnotations
} from "./chunk-GYP3CLQF.js";
import {
  toJson,
  toYaml
} from "./chunk-TJZIAZZL.js";
import {
  writeAtomic
} from "./chunk-77BNJ7BV.js";
import {
  parseManifest
} from "./chunk-A2I6SM73.js";
import {
  LAST_APPLIED_ANNOTATIONS
} from "./chunk-YI7WNR7U.js";
import {
  FixError,
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/merge.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync } from "node:fs";
import path from "node:path";
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function sorted(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
var MergeTarget = class {
  /** Reads and checks the target now, so a bad target fails before anything is sealed. */
  constructor(file, root, cert, scopeFlag) {
    this.file = file;
    this.cert = cert;
    this.scopeFlag = scopeFlag;
    this.rel = path.relative(root, file).split(path.sep).join("/") || file;
    try {
      this.text = readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(`--merge-into ${this.rel}: cannot read it (${e.code ?? "error"})`);
    }
    this.json = /\.json$/i.test(file);
    this.eol = this.text.includes("\r\n") ? "\r\n" : "\n";
    const docs = parseManifest(this.text, file);
    const bad = docs.find((d) => d.error);
    if (bad) throw new FixError(`--merge-into ${this.rel}: not valid YAML: ${bad.error}`);
    const sealed = docs.filter((d) => isObj(d.value) && d.value.kind === "SealedSecret");
    if (sealed.length !== 1) {
      throw new FixError(`--merge-into ${this.rel}: expected exactly one SealedSecret in the file, found ${sealed.length}`);
    }
    const doc = sealed[0];
    this.doc = doc;
    this.obj = JSON.parse(JSON.stringify(doc.value));
    const meta = this.obj.metadata;
    if (!isObj(meta) || typeof meta.name !== "string" || !meta.name) throw new FixError(`--merge-into ${this.rel}: the SealedSecret has no metadata.name`);
    const spec = isObj(this.obj.spec) ? this.obj.spec : this.obj.spec = {};
    if (spec.data !== void 0) throw new FixError(`--merge-into ${this.rel}: the SealedSecret uses the deprecated spec.data format; re-seal it first`);
    if (spec.encryptedData !== void 0 && !isObj(spec.encryptedData)) throw new FixError(`--merge-into ${this.rel}: spec.encryptedData is not a map`);
    const scope = this.scope;
    if (scopeFlag && scopeFlag !== "strict" && scopeFlag !== scope) {
      throw new UsageError(`--scope ${scopeFlag} does not match ${this.rel}, which is sealed ${scope}; its values must share one scope`);
    }
    if (scope !== "cluster-wide" && typeof meta.namespace !== "string") {
      throw new FixError(`--merge-into ${this.rel}: the ${scope} SealedSecret has no metadata.namespace`);
    }
  }
  file;
  cert;
  scopeFlag;
  rel;
  text;
  doc;
  obj;
  eol;
  json;
  merged = [];
  get meta() {
    return this.obj.metadata;
  }
  /** The controller reads the scope from the SealedSecret's own annotations. */
  get scope() {
    return scopeFromAnnotations(isObj(this.meta.annotations) ? this.meta.annotations : void 0);
  }
  /** Seals `secret`'s entries for the target and merges them in (memory only). */
  add(secret, opts = {}) {
    if (secret.entries.size === 0 && !opts.allowEmpty) throw new FixError(`Secret '${secret.name}' has no data or stringData; there is nothing to merge`);
    const target = { name: this.meta.name, namespace: this.meta.namespace, scope: this.scope };
    const encrypted = encryptEntries(secret, target, this.cert);
    const spec = this.obj.spec;
    spec.encryptedData = sorted({ ...spec.encryptedData ?? {}, ...encrypted });
    const template = isObj(spec.template) ? spec.template : spec.template = {};
    const tmeta = isObj(template.metadata) ? template.metadata : template.metadata = {};
    const annotations = { ...secret.annotations };
    for (const a of [NAMESPACE_WIDE, CLUSTER_WIDE, ...LAST_APPLIED_ANNOTATIONS]) delete annotations[a];
    if (Object.keys(secret.labels).length) tmeta.labels = sorted({ ...isObj(tmeta.labels) ? tmeta.labels : {}, ...secret.labels });
    if (Object.keys(annotations).length) tmeta.annotations = sorted({ ...isObj(tmeta.annotations) ? tmeta.annotations : {}, ...annotations });
    this.merged.push(...Object.keys(encrypted));
  }
  /** The target file after the merges. */
  render() {
    const body = (this.json ? toJson(this.obj) : toYaml(this.obj)).replace(/\n/g, this.eol);
    return applyFixes(this.text, [replaceDocument(this.text, this.doc, body, this.eol)]);
  }
  /** Writes the target (backup first) unless dry-run; returns lines to print. */
  async finish(opts) {
    if (this.merged.length === 0) return [];
    const next = this.render();
    const keys = [...new Set(this.merged)].sort().join(", ");
    if (opts.dryRun) return [`${this.rel}: would merge sealed keys ${keys} (dry run: not written)`];
    const backup = opts.backups ? await opts.backups.save(this.rel, this.text) : void 0;
    writeAtomic(this.file, next);
    return [`${this.rel}: merged sealed keys ${keys}${backup ? ` (backup ${backup})` : ""}`];
  }
};

export {
  MergeTarget
};
