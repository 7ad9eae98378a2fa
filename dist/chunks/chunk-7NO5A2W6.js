import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/sources/source.ts
init_define_SEALGATE_EMBEDDED_RULES();
function isSkipped(x) {
  return x.reason !== void 0 && x.bytes === void 0;
}

export {
  isSkipped
};
