import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-SXXPQT6Y.js";
import "./chunk-UNFJCD65.js";
import "./chunk-7DZ5RKT3.js";
import "./chunk-PR5JI7D4.js";
import "./chunk-423JCNXH.js";
import "./chunk-YH5FZBW4.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
export {
  MergeTarget
};
