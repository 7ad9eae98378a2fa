import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-63O5UPRJ.js";
import {
  BASELINE_FILE
} from "./chunk-YRX6U3CM.js";
import "./chunk-SAWZDIAW.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-TLPKTTKF.js";
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
