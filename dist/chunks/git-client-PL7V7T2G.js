import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
} from "./chunk-T6YPKY73.js";
import "./chunk-MBOB3RE6.js";
import "./chunk-5QN4WZPK.js";
export {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
};
