import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  baselineKey,
  fingerprintKey
} from "./chunk-IQ63MX42.js";
import "./chunk-TSTRDWJQ.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  baselineKey,
  fingerprintKey
};
