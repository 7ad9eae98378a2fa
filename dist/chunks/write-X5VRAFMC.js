import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
} from "./chunk-77BNJ7BV.js";
import "./chunk-R7KVV44W.js";
import "./chunk-YTBNLI2I.js";
import "./chunk-EFRCBL4A.js";
export {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
};
