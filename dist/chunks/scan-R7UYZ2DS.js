import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-MWO3NQOL.js";
import {
  BASELINE_FILE
} from "./chunk-7PCMP5HK.js";
import "./chunk-6VQZZNMP.js";
import "./chunk-AT4KDXXF.js";
import "./chunk-YDQQVHJ2.js";
import "./chunk-RD5BC4IF.js";
import "./chunk-O7K3RHWY.js";
import "./chunk-UOFVBJHM.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
export {
  BASELINE_FILE,
  scan
};
