import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
} from "./chunk-TS4PLDCM.js";
import "./chunk-3VTKNIEX.js";
import "./chunk-SF7HWJ6U.js";
import "./chunk-AUJ3Q4OK.js";
import "./chunk-TBEY6WSK.js";
import "./chunk-GGDXEOPR.js";
import "./chunk-ZWAUEOGO.js";
import "./chunk-536VXJNP.js";
export {
  BASELINE_FILE,
  countBySeverity,
  scan,
  unscannable
};
