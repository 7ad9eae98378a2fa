import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-N7T4UENE.js";
import {
  BASELINE_FILE
} from "./chunk-LXIFU3RY.js";
import "./chunk-VLJGKK5S.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-WJYM6Y42.js";
import "./chunk-G4SMYN4E.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
