import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-LBV4QQBF.js";
import "./chunk-RLNGFTZ7.js";
import "./chunk-Z7PAAT6J.js";
import "./chunk-DTLSYZFD.js";
import "./chunk-QMUSDT2R.js";
import "./chunk-G4SMYN4E.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  MergeTarget
};
