import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-DKCBH2HQ.js";
import "./chunk-HUBWXDYE.js";
import "./chunk-SCNYEPBS.js";
import "./chunk-VNQBORQV.js";
import "./chunk-ZJHHYQB4.js";
import "./chunk-L4445QIT.js";
import "./chunk-UMCZU75E.js";
import "./chunk-WX45H7BJ.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
