import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  baselineKey,
  fingerprintKey
} from "./chunk-SMWLNUAC.js";
import "./chunk-RXC3OCKF.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  baselineKey,
  fingerprintKey
};
