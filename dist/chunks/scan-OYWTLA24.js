import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-XYSZKSC7.js";
import "./chunk-YWISBWTN.js";
import "./chunk-SCNYEPBS.js";
import "./chunk-VNQBORQV.js";
import "./chunk-A4RQK7JE.js";
import "./chunk-L4445QIT.js";
import "./chunk-TFG56A5U.js";
import "./chunk-WX45H7BJ.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
