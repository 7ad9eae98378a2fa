import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/engine/fingerprint.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { createHash } from "node:crypto";
function secretHash(secret) {
  return createHash("sha256").update("sealgate:v1:").update(secret).digest("hex").slice(0, 16);
}
function fingerprint(ruleId, file, secret) {
  return `${ruleId}:${file}:${secretHash(secret)}`;
}

// src/sources/source.ts
init_define_SEALGATE_EMBEDDED_RULES();
function isSkipped(x) {
  return x.reason !== void 0 && x.bytes === void 0;
}

export {
  secretHash,
  fingerprint,
  isSkipped
};
