import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-7OPS4BBY.js";
import {
  BASELINE_FILE
} from "./chunk-BMXHGVCT.js";
import "./chunk-STJNHOVG.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-QN35SYH2.js";
import "./chunk-GFK6IXQP.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BASELINE_FILE,
  scan
};
