import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-RBUCVSGT.js";
import {
  BASELINE_FILE
} from "./chunk-G326YYKM.js";
import "./chunk-XHKY7C2M.js";
import "./chunk-AT4KDXXF.js";
import "./chunk-YDQQVHJ2.js";
import "./chunk-6FLMEPAQ.js";
import "./chunk-GBKVWQLL.js";
import "./chunk-UOFVBJHM.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
