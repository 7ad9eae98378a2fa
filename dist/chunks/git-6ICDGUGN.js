import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MAX_BLOB,
  blobsSource,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-UR2ST2NS.js";
import "./chunk-MDLL4PMG.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
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
