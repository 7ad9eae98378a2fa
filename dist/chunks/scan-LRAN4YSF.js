import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-ZE2ZPGC6.js";
import {
  BASELINE_FILE
} from "./chunk-A2DUUALO.js";
import "./chunk-RECEB532.js";
import "./chunk-FILK3PMJ.js";
import "./chunk-KMPZJYTS.js";
import "./chunk-2G5XW5IB.js";
import "./chunk-LNF4DCQ7.js";
import "./chunk-OB22XSNL.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  BASELINE_FILE,
  scan
};
