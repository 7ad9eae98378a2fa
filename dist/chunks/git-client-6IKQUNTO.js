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
} from "./chunk-SI4NJ7I6.js";
import "./chunk-ZWAUEOGO.js";
import "./chunk-536VXJNP.js";
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
