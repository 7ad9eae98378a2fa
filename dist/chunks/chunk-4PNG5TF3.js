import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  LAST_APPLIED_ANNOTATIONS
} from "./chunk-YI7WNR7U.js";
import {
  FixError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/secret-model.ts
init_define_SEALGATE_EMBEDDED_RULES();
var STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function stringMap(value, where) {
  if (value == null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(value)) out[k] = v == null ? "" : String(v);
  return out;
}
function valuesMap(value, where) {
  if (value == null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(value)) {
    if (v == null) out[k] = "";
    else if (typeof v === "string") out[k] = v;
    else throw new FixError(`${where}.${k} is a ${typeof v}, not a string: quote it in the manifest (the API server refuses it as it is)`);
  }
  return out;
}
function toSecretModel(obj) {
  const meta = obj.metadata ?? {};
  const name = meta.name;
  if (typeof name !== "string" || name === "") throw new FixError("the Secret has no metadata.name");
  const annotations = stringMap(meta.annotations, "metadata.annotations");
  for (const a of LAST_APPLIED_ANNOTATIONS) delete annotations[a];
  const entries = /* @__PURE__ */ new Map();
  const data = valuesMap(obj.data, "data");
  for (const [k, v] of Object.entries(data)) {
    const compact = v.replace(/[\r\n]/g, "");
    if (!STRICT_BASE64.test(compact) || compact.length % 4 !== 0) {
      throw new FixError(`data.${k} is not valid base64, so the API server would reject it; fix the value first`);
    }
    entries.set(k, Buffer.from(compact, "base64"));
  }
  for (const [k, v] of Object.entries(valuesMap(obj.stringData, "stringData"))) entries.set(k, Buffer.from(v, "utf8"));
  const sorted = new Map([...entries.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return {
    name,
    namespace: typeof meta.namespace === "string" && meta.namespace !== "" ? meta.namespace : void 0,
    type: typeof obj.type === "string" && obj.type !== "" ? obj.type : void 0,
    immutable: typeof obj.immutable === "boolean" ? obj.immutable : void 0,
    labels: stringMap(meta.labels, "metadata.labels"),
    annotations,
    finalizers: Array.isArray(meta.finalizers) ? meta.finalizers.map(String) : void 0,
    entries: sorted,
    raw: obj
  };
}

export {
  toSecretModel
};
