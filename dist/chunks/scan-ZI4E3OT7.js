import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-BKGRZ4I3.js";
import "./chunk-ZZBXE7GM.js";
import "./chunk-SCNYEPBS.js";
import "./chunk-VNQBORQV.js";
import "./chunk-VFUM34MY.js";
import "./chunk-L4445QIT.js";
import "./chunk-UMCZU75E.js";
import "./chunk-WX45H7BJ.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
