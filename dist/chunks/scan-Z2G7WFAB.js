import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-WGCVTFMW.js";
import "./chunk-2YL72E67.js";
import "./chunk-S6XIQJAW.js";
import "./chunk-HCSZZ3VA.js";
import "./chunk-6WQ6UGSZ.js";
import "./chunk-DHKJCUOE.js";
import "./chunk-DZ3BWL2L.js";
import "./chunk-ETYXZN45.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
