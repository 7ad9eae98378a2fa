import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  toSecretModel
} from "./chunk-VK3P2TT2.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  toSecretModel
};
