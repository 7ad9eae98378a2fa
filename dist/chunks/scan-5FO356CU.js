import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-ICT46GM2.js";
import "./chunk-YF4FKMYG.js";
import "./chunk-7YBUS7LQ.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-DVYFGKDL.js";
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
