import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-RRK77C3I.js";
import {
  BASELINE_FILE
} from "./chunk-DQ6HTKAL.js";
import "./chunk-36MEVLTV.js";
import "./chunk-AT4KDXXF.js";
import "./chunk-YDQQVHJ2.js";
import "./chunk-Q6S2CAHR.js";
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
