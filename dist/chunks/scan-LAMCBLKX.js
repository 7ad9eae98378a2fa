import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  scan
} from "./chunk-YWIXG5IS.js";
import {
  BASELINE_FILE
} from "./chunk-AOL7VOYO.js";
import "./chunk-K5GVN7NQ.js";
import "./chunk-KMPZJYTS.js";
import "./chunk-QNOJSHHP.js";
import "./chunk-2G5XW5IB.js";
import "./chunk-BUIGTLOB.js";
import "./chunk-Y7T6AIF6.js";
import "./chunk-ZB55MJ7K.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  BASELINE_FILE,
  scan
};
