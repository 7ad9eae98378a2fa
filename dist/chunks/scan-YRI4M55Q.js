import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-ZOSV4JBV.js";
import {
  BASELINE_FILE
} from "./chunk-R7F2I7SV.js";
import "./chunk-IIXECNC4.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-NT4563F6.js";
import "./chunk-G4SMYN4E.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
