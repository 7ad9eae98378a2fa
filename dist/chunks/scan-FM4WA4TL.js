import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-2WVD3P45.js";
import "./chunk-DXSVWZAA.js";
import "./chunk-7YBUS7LQ.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-WJDHKLSZ.js";
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
