import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  loadBuiltinRules
} from "./chunk-U7QNFYXR.js";

// src/rules/rotation.ts
var links;
function rotationLink(credential) {
  if (!credential) return void 0;
  if (!links) {
    links = /* @__PURE__ */ new Map();
    for (const r of loadBuiltinRules()) if (r.credential && r.rotate && !links.has(r.credential)) links.set(r.credential, r.rotate);
  }
  return links.get(credential);
}

export {
  rotationLink
};
