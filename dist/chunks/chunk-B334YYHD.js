import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  rotationLink
} from "./chunk-6GN5VCVB.js";

// src/report/credential.ts
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
