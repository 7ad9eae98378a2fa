import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  copiesReminder,
  humanAge,
  humanSize,
  listCopies,
  parseAge,
  pruneBackups,
  removeCopy,
  sealgateDir
} from "./chunk-BEHXJOUY.js";
import "./chunk-YIX3TN3Q.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  copiesReminder,
  humanAge,
  humanSize,
  listCopies,
  parseAge,
  pruneBackups,
  removeCopy,
  sealgateDir
};
