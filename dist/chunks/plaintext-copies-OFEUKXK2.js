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
} from "./chunk-Z4TFNITT.js";
import "./chunk-G5GWPPM7.js";
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
