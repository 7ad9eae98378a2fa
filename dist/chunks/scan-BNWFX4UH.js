import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-H5CJEQ72.js";
import {
  BASELINE_FILE
} from "./chunk-RAR3DLNW.js";
import "./chunk-JOOCBLLA.js";
import "./chunk-ZD45ZS5W.js";
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
