import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
} from "./chunk-NYEOBNCT.js";
import "./chunk-CC2JF64I.js";
import "./chunk-TUIKVVGA.js";
export {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
};
