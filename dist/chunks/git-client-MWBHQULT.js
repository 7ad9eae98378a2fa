import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
} from "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  CatFileBatch,
  Git,
  gitComplaint,
  openRepository,
  repositoryRoot
};
