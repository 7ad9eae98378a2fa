import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-ROFKIJ2F.js";
import {
  BASELINE_FILE
} from "./chunk-DYW5OPLG.js";
import "./chunk-3DO5MTDU.js";
import "./chunk-MTNGXEFZ.js";
import "./chunk-MDAFBFVD.js";
import "./chunk-4SSLDWVM.js";
import "./chunk-NTX2A7EV.js";
import "./chunk-4ENYKQUU.js";
import "./chunk-YIX3TN3Q.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
