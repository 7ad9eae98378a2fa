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
} from "./chunk-WOTVGV4M.js";
import "./chunk-UMCZU75E.js";
import "./chunk-WX45H7BJ.js";
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
