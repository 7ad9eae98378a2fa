import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-7DN5FQ4G.js";
import "./chunk-EFKPYHJK.js";
import "./chunk-AAC3ZDIJ.js";
import "./chunk-Q4OEHT3G.js";
import "./chunk-3Y4HFAAH.js";
import "./chunk-JSOISMC6.js";
import "./chunk-BNEE3ETU.js";
import "./chunk-5FICAQIM.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
