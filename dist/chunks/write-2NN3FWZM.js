import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
} from "./chunk-423JCNXH.js";
import "./chunk-HT6PPKQC.js";
import "./chunk-H5LKJQU6.js";
import "./chunk-QVQSHX7M.js";
export {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
};
