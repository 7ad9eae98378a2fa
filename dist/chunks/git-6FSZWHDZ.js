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
} from "./chunk-LMQTV43S.js";
import {
  repoRoot
} from "./chunk-KU6LUW4T.js";
import "./chunk-4B2SKG4R.js";
import "./chunk-F6B4M5F3.js";
import "./chunk-G37Z7UID.js";
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
