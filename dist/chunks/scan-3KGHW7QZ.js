import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-436XUER4.js";
import {
  BASELINE_FILE
} from "./chunk-CE273ZWQ.js";
import "./chunk-MX5YZJLD.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-QM6KENSX.js";
import "./chunk-LORHZAEG.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
