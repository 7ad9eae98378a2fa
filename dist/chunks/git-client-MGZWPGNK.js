import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
} from "./chunk-UOFVBJHM.js";
import "./chunk-SVCVUEAJ.js";
import "./chunk-AA47UEKT.js";
export {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
};
