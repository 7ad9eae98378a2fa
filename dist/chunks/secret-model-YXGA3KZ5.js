import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  toSecretModel
} from "./chunk-D4DVXHJE.js";
import "./chunk-ZB55MJ7K.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  toSecretModel
};
