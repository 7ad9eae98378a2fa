import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-YHBUWPLQ.js";
import {
  MAX_BLOB
} from "./chunk-YVQ67UBS.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
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
