import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  dump
} from "./chunk-G4SMYN4E.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/yaml/emit.ts
init_define_SEALGATE_EMBEDDED_RULES();
function toYaml(value) {
  return dump(value, { lineWidth: -1, noRefs: true });
}
function toJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

export {
  toYaml,
  toJson
};
