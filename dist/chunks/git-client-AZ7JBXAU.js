import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  git,
  gitComplaint,
  gitRun,
  gitSetConfig,
  gitStream,
  gitText,
  repoRoot
} from "./chunk-JHL7JVC3.js";
import "./chunk-JDXGGNI4.js";
import "./chunk-EA35BGWX.js";
export {
  CatFileBatch,
  git,
  gitComplaint,
  gitRun,
  gitSetConfig,
  gitStream,
  gitText,
  repoRoot
};
