import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-GOLYPEFU.js";
import "./chunk-XTP45MXA.js";
import "./chunk-RL4X72MV.js";
import "./chunk-BFHMH7OJ.js";
import "./chunk-ELEYCJAO.js";
import "./chunk-6EAM4PJK.js";
import "./chunk-NYEOBNCT.js";
import "./chunk-CC2JF64I.js";
import "./chunk-TUIKVVGA.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
