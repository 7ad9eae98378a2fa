import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/sources/stdin.ts
init_define_SEALGATE_EMBEDDED_RULES();
var STDIN_NAME = "stdin.yaml";
function stdinSource(bytes) {
  return {
    info: {},
    async *items() {
      yield { path: STDIN_NAME, bytes, origin: "stdin" };
    }
  };
}
export {
  STDIN_NAME,
  stdinSource
};
