import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  toSecretModel
} from "./chunk-4PNG5TF3.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  toSecretModel
};
