import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-FAPCIEBI.js";
import "./chunk-KZMCLJFA.js";
import "./chunk-4B2SKG4R.js";
import "./chunk-LIMRJTXG.js";
import "./chunk-3TNHMQJB.js";
import "./chunk-UJBXR7MI.js";
import "./chunk-F6B4M5F3.js";
import "./chunk-G37Z7UID.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
