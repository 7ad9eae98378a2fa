import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-PEIIIHEI.js";
import {
  BASELINE_FILE
} from "./chunk-VFYZDEPZ.js";
import "./chunk-Z6LMIWVM.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-R7KVV44W.js";
import "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BASELINE_FILE,
  scan
};
