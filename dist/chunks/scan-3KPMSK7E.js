import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  countBySeverity,
  scan,
  unscannable
} from "./chunk-XXC5OS5A.js";
import {
  BASELINE_FILE
} from "./chunk-SOHQXOYP.js";
import "./chunk-PMD6LF2K.js";
import "./chunk-YVQ67UBS.js";
import "./chunk-6S4ILP4I.js";
import "./chunk-UMFIOVFB.js";
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
