import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  scan
} from "./chunk-5IAY2MIK.js";
import "./chunk-5RSSLPCP.js";
import "./chunk-MDLL4PMG.js";
import "./chunk-6S4ILP4I.js";
import "./chunk-3ZZNB75L.js";
import "./chunk-HHCW5UG2.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
export {
  BASELINE_FILE,
  scan
};
