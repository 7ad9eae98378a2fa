import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-UMZYIJK4.js";
import "./chunk-5XNEIITD.js";
import "./chunk-MDLL4PMG.js";
import "./chunk-6S4ILP4I.js";
import "./chunk-4ROY4D2B.js";
import "./chunk-YH5FZBW4.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
