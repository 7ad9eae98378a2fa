import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-36OMIELR.js";
import {
  BASELINE_FILE
} from "./chunk-E2AZKHN7.js";
import "./chunk-QDZGHJKY.js";
import "./chunk-TLPKTTKF.js";
import "./chunk-ZU3U2ABG.js";
import "./chunk-YXU37RL3.js";
import "./chunk-65SPQPG6.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BASELINE_FILE,
  scan
};
