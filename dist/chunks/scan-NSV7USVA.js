import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-4BX5L43F.js";
import {
  BASELINE_FILE
} from "./chunk-RDDKUCAJ.js";
import "./chunk-OBKB3WBN.js";
import "./chunk-A4FRXS5S.js";
import "./chunk-U7UOAT7A.js";
import "./chunk-M2MYHOXM.js";
import "./chunk-GMJI64CR.js";
import "./chunk-ZAIKPEDH.js";
import "./chunk-MGIRCZJC.js";
import "./chunk-OVSMDJO3.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
