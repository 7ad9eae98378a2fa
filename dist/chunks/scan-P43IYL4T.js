import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-6JUYLW7A.js";
import {
  BASELINE_FILE
} from "./chunk-BOVNQ4ZF.js";
import "./chunk-YQE24GG6.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-3GFS6M2K.js";
import "./chunk-LORHZAEG.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
