import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-LFYERLDA.js";
import "./chunk-WSDOMHOG.js";
import "./chunk-3BVTYZQB.js";
import "./chunk-RAXBFTVX.js";
import "./chunk-ST7CT5ZP.js";
import "./chunk-2G5XW5IB.js";
import "./chunk-Y7T6AIF6.js";
import "./chunk-ZB55MJ7K.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  MergeTarget
};
