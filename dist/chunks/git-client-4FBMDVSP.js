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
} from "./chunk-N4G4V5AH.js";
import "./chunk-DZ3BWL2L.js";
import "./chunk-ETYXZN45.js";
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
