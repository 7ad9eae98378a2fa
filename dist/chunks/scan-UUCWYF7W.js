import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-XB55PF7Y.js";
import {
  BASELINE_FILE
} from "./chunk-SMG24TCG.js";
import "./chunk-V5BE3RDX.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-J7DKF4LT.js";
import "./chunk-QT3VY33Y.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
