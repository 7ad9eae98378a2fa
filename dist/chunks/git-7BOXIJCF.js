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
} from "./chunk-6UMH7AIS.js";
import {
  repoRoot
} from "./chunk-SI4NJ7I6.js";
import "./chunk-SF7HWJ6U.js";
import "./chunk-ZWAUEOGO.js";
import "./chunk-536VXJNP.js";
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
