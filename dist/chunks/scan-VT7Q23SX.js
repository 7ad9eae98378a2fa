import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  scan
} from "./chunk-TPWKOEAK.js";
import "./chunk-FQYKQHOQ.js";
import "./chunk-7YBUS7LQ.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-U3GWJUSD.js";
import "./chunk-LHVWEGQO.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
