import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-FOQSNOS6.js";
import {
  BASELINE_FILE
} from "./chunk-CTSNLJK5.js";
import "./chunk-7NO5A2W6.js";
import "./chunk-JOOCBLLA.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-IQ63MX42.js";
import "./chunk-TSTRDWJQ.js";
import "./chunk-R7KVV44W.js";
import "./chunk-GUMGDSN7.js";
import "./chunk-VTSVCMTC.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BASELINE_FILE,
  scan
};
