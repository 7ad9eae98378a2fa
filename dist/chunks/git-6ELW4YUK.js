import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-4BT7BHPO.js";
import {
  MAX_BLOB
} from "./chunk-AT4KDXXF.js";
import "./chunk-UOFVBJHM.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
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
