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
} from "./chunk-W6YMRUMO.js";
import "./chunk-EFRCBL4A.js";
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
