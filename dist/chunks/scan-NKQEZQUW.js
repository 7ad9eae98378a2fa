import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-BCD5M6HW.js";
import {
  BASELINE_FILE
} from "./chunk-CWUEEUD2.js";
import "./chunk-EIJGFFKW.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-HLUUNARG.js";
import "./chunk-KLWR4BAS.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
