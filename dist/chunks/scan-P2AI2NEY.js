import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-X7WF3UAI.js";
import {
  BASELINE_FILE
} from "./chunk-ZUKH47BM.js";
import "./chunk-4YNQBXUP.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-VHKAVN6B.js";
import "./chunk-UVLYG4SE.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
