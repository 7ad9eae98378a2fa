import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/engine/fingerprint.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { createHash, createHmac, randomBytes } from "node:crypto";
function newFingerprintKey() {
  return randomBytes(32).toString("hex");
}
function secretHash(secret, key) {
  if (key) return createHmac("sha256", key).update(secret).digest("hex").slice(0, 16);
  return createHash("sha256").update("sealgate:v1:").update(secret).digest("hex").slice(0, 16);
}
function fingerprint(ruleId, file, secret, key) {
  return `${ruleId}:${file}:${secretHash(secret, key)}`;
}

export {
  newFingerprintKey,
  secretHash,
  fingerprint
};
