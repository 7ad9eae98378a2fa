import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  parseManifest
} from "./chunk-A2I6SM73.js";
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/fix/seal/secret-input.ts
init_define_SEALGATE_EMBEDDED_RULES();
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function splitJson(text) {
  const out = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if (c === "}" || c === "]") {
      depth--;
      if (depth < 0) return void 0;
      if (depth === 0) out.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/\s/.test(c)) return void 0;
  }
  return depth === 0 ? out : void 0;
}
function readObjects(text, what) {
  const values = [];
  const trimmed = text.trimStart();
  const json = trimmed.startsWith("{") || trimmed.startsWith("[") ? splitJson(text) : void 0;
  if (json) {
    for (const [i, part] of json.entries()) {
      try {
        values.push(JSON.parse(part));
      } catch (e) {
        throw new UsageError(`${what}: JSON document ${i + 1} is not valid JSON (${e.message.split("\n")[0]})`);
      }
    }
  } else {
    for (const doc of parseManifest(text, `${what}.yaml`)) {
      if (doc.error) throw new UsageError(`${what}: document ${doc.index + 1} is not valid YAML: ${doc.error}`);
      if (doc.value !== null && doc.value !== void 0) values.push(doc.value);
    }
  }
  const objects = [];
  for (const v of values) {
    const items = Array.isArray(v) ? v : isObj(v) && v.kind === "List" && Array.isArray(v.items) ? v.items : [v];
    for (const item of items) {
      if (!isObj(item)) throw new UsageError(`${what}: expected Kubernetes objects, found a ${Array.isArray(item) ? "list" : typeof item}`);
      objects.push(JSON.parse(JSON.stringify(item)));
    }
  }
  if (objects.length === 0) throw new UsageError(`${what}: no object found (expected a Secret as YAML or JSON)`);
  return objects;
}
export {
  readObjects
};
