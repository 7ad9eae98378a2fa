import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-CMAC4B3C.js";

// src/version.ts
init_define_SEALGATE_EMBEDDED_RULES();
var VERSION = "0.1.0";

export {
  VERSION
};
