import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_BLOB,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-VTRSL2Y7.js";
import "./chunk-CPB5RSHV.js";
import "./chunk-JXFMMOAO.js";
import "./chunk-EH2FTIQO.js";
import "./chunk-6MY3DKHQ.js";
export {
  MAX_BLOB,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
};
