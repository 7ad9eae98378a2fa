import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-U5O4VQ4O.js";
import "./chunk-QHVNSA7R.js";
import "./chunk-Z355UGOB.js";
import "./chunk-SHNBRJR5.js";
import "./chunk-S3RRJEYS.js";
import "./chunk-LORHZAEG.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  MergeTarget
};
