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
} from "./chunk-AY27MOXX.js";
import "./chunk-3GFIKQQT.js";
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
