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
} from "./chunk-3L3C5NK2.js";
import {
  repoRoot
} from "./chunk-HCPYWIQP.js";
import "./chunk-SCNYEPBS.js";
import "./chunk-TFG56A5U.js";
import "./chunk-WX45H7BJ.js";
export {
  MAX_BLOB,
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  repoRoot,
  stagedSource
};
