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
} from "./chunk-JRRBDQ4A.js";
import "./chunk-QVQSHX7M.js";
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
