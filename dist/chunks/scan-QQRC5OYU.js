import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-NBZ3B2PL.js";
import "./chunk-6VETGMY6.js";
import "./chunk-6X5MNGCJ.js";
import "./chunk-VZR5GZSH.js";
import "./chunk-RS6LSXDS.js";
import "./chunk-7UYRQC4N.js";
import "./chunk-T6YPKY73.js";
import "./chunk-MBOB3RE6.js";
import "./chunk-5QN4WZPK.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
