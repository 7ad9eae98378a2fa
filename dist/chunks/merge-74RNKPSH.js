import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-ZXCWEMXT.js";
import "./chunk-3PW3G6XY.js";
import "./chunk-GYP3CLQF.js";
import "./chunk-TJZIAZZL.js";
import "./chunk-77BNJ7BV.js";
import "./chunk-R7KVV44W.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  MergeTarget
};
