import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  commitTreeSource,
  historySource,
  parsePrePush,
  parseRange,
  prePushSource,
  rangeSource,
  stagedSource
} from "./chunk-DT5GE7AZ.js";
import {
  MAX_BLOB
} from "./chunk-MTNGXEFZ.js";
import "./chunk-MDAFBFVD.js";
import {
  repoRoot
} from "./chunk-YIX3TN3Q.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
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
