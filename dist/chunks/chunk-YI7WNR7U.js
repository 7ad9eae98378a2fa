import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/constants.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
var LAST_APPLIED_ANNOTATIONS = [LAST_APPLIED, "kubecfg.ksonnet.io/last-applied-configuration"];

export {
  LAST_APPLIED,
  LAST_APPLIED_ANNOTATIONS
};
