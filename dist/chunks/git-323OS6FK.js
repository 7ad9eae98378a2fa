import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  blobsSource,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-BFV7J5SC.js";
import {
  MAX_BLOB
} from "./chunk-ZD45ZS5W.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  MAX_BLOB,
  blobsSource,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
};
