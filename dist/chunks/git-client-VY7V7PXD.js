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
} from "./chunk-KU6LUW4T.js";
import "./chunk-F6B4M5F3.js";
import "./chunk-G37Z7UID.js";
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
