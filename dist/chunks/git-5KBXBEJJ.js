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
} from "./chunk-AGYQ4DFO.js";
import {
  repoRoot
} from "./chunk-WOTVGV4M.js";
import "./chunk-SCNYEPBS.js";
import "./chunk-UMCZU75E.js";
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
