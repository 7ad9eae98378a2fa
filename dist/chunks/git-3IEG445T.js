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
} from "./chunk-6PJCXIGT.js";
import {
  repoRoot
} from "./chunk-JHL7JVC3.js";
import "./chunk-V6PE3PBQ.js";
import "./chunk-JDXGGNI4.js";
import "./chunk-EA35BGWX.js";
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
