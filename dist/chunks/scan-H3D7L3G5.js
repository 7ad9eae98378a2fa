import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-WMDVRHK5.js";
import {
  BASELINE_FILE
} from "./chunk-FTDCTM32.js";
import "./chunk-DYPWVLCI.js";
import "./chunk-QDZGHJKY.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-SMWLNUAC.js";
import "./chunk-RXC3OCKF.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-YXU37RL3.js";
import "./chunk-65SPQPG6.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
