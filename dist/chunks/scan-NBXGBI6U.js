import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-OKKMC7WE.js";
import {
  BASELINE_FILE
} from "./chunk-ZWAFWBEC.js";
import "./chunk-ISCQF5Q2.js";
import "./chunk-AT4KDXXF.js";
import "./chunk-YDQQVHJ2.js";
import "./chunk-WUGHOGTQ.js";
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
