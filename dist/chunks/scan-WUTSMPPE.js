import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-EV4CTLDJ.js";
import {
  BASELINE_FILE
} from "./chunk-KG5IT2U3.js";
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
