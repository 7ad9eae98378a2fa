import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-VOBLBGZ7.js";
import "./chunk-ATRAELNV.js";
import "./chunk-LDDSVQX6.js";
import "./chunk-4SSLDWVM.js";
import "./chunk-P7CFEKFE.js";
import "./chunk-5DSCPQIU.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
