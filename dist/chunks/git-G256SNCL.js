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
} from "./chunk-HEWRDSEC.js";
import {
  repoRoot
} from "./chunk-N4G4V5AH.js";
import "./chunk-S6XIQJAW.js";
import "./chunk-DZ3BWL2L.js";
import "./chunk-ETYXZN45.js";
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
