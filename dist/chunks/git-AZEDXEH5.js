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
} from "./chunk-RSOZAHTR.js";
import {
  MAX_BLOB
} from "./chunk-QNOJSHHP.js";
import "./chunk-2G5XW5IB.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
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
