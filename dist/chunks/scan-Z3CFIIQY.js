import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-XWDJE52J.js";
import {
  BASELINE_FILE
} from "./chunk-N7WGW2FI.js";
import "./chunk-AK36LXSB.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-CN7NJ3BQ.js";
import "./chunk-LHVWEGQO.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
