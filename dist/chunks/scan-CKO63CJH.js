import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-VD3QSR2L.js";
import "./chunk-F5AKT5FB.js";
import "./chunk-WHXK7ZDR.js";
import "./chunk-YDQQVHJ2.js";
import "./chunk-S3OW7W4U.js";
import "./chunk-P3ZBGJBP.js";
import "./chunk-UOFVBJHM.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
