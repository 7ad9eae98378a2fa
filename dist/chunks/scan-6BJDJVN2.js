import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-JL3YV2PB.js";
import {
  BASELINE_FILE
} from "./chunk-QM2YX5HX.js";
import "./chunk-3GY3HP3E.js";
import "./chunk-MTNGXEFZ.js";
import "./chunk-MDAFBFVD.js";
import "./chunk-4SSLDWVM.js";
import "./chunk-E2MOHJ5S.js";
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
