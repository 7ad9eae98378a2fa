import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-XWQZVA2M.js";
import "./chunk-GBKUBS6V.js";
import "./chunk-CPB5RSHV.js";
import "./chunk-QH2JUO3Q.js";
import "./chunk-EJQNWAYC.js";
import "./chunk-BO7AILJZ.js";
import "./chunk-JXFMMOAO.js";
import "./chunk-EH2FTIQO.js";
import "./chunk-6MY3DKHQ.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
