import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
} from "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
};
