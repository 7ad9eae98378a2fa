import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-OMKMDCAA.js";
import {
  BASELINE_FILE
} from "./chunk-6QLJQUYH.js";
import "./chunk-JOOCBLLA.js";
import "./chunk-ZPWT2UUM.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-R7KVV44W.js";
import "./chunk-GUMGDSN7.js";
import "./chunk-VTSVCMTC.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BASELINE_FILE,
  scan
};
