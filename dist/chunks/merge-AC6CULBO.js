import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-YGZHJBRX.js";
import "./chunk-RLNGFTZ7.js";
import "./chunk-A7U2KWB3.js";
import "./chunk-AFQ5MMVH.js";
import "./chunk-S3RRJEYS.js";
import "./chunk-G4SMYN4E.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  MergeTarget
};
