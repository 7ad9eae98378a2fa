import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  MergeTarget
} from "./chunk-U7O4MFIL.js";
import "./chunk-XYRUR7XW.js";
import "./chunk-45GPETIJ.js";
import "./chunk-MALIZ232.js";
import "./chunk-36SBUPDZ.js";
import "./chunk-YIX3TN3Q.js";
import "./chunk-4ENYKQUU.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  MergeTarget
};
