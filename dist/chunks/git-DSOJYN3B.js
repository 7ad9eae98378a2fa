import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-356C2OEB.js";
import {
  MAX_BLOB
} from "./chunk-A4FRXS5S.js";
import "./chunk-ZAIKPEDH.js";
import "./chunk-MGIRCZJC.js";
import "./chunk-OVSMDJO3.js";
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
