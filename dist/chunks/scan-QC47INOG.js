import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-W4GHOVTE.js";
import "./chunk-NNLAGBIN.js";
import "./chunk-V6PE3PBQ.js";
import "./chunk-WKS2OMDN.js";
import "./chunk-IDUCXI4Y.js";
import "./chunk-CSXCTWWS.js";
import "./chunk-JDXGGNI4.js";
import "./chunk-EA35BGWX.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
