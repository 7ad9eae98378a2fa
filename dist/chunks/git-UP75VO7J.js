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
} from "./chunk-NWUIE5FU.js";
import {
  repoRoot
} from "./chunk-M5YS6DL4.js";
import "./chunk-AAC3ZDIJ.js";
import "./chunk-BNEE3ETU.js";
import "./chunk-5FICAQIM.js";
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
