import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  rotationLink
} from "./chunk-ISWGB44K.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-CMAC4B3C.js";

// src/report/credential.ts
init_define_SEALGATE_EMBEDDED_RULES();
function credentialNote(f) {
  if (!f.credential) return "";
  const rotate = rotationLink(f.credential);
  const named = f.message.includes(f.credential) ? [] : [f.credential];
  const parts = [...named, ...rotate ? [`rotate: ${rotate}`] : []];
  return parts.length ? ` (${parts.join("; ")})` : "";
}

export {
  credentialNote
};
