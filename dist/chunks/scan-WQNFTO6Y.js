import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-PLX57JNM.js";
import "./chunk-UN5ROLWB.js";
import "./chunk-LDDSVQX6.js";
import "./chunk-4SSLDWVM.js";
import "./chunk-E2MOHJ5S.js";
import "./chunk-4ENYKQUU.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
