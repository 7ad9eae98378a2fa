import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
} from "./chunk-ST7CT5ZP.js";
import "./chunk-2G5XW5IB.js";
import "./chunk-VFXUDUTR.js";
import "./chunk-G5GWPPM7.js";
export {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
};
