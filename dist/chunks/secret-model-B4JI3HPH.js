import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  toSecretModel
} from "./chunk-75EQSKYK.js";
import "./chunk-RK3PLVD2.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  toSecretModel
};
