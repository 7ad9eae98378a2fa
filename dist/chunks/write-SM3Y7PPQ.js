import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
} from "./chunk-36SBUPDZ.js";
import "./chunk-YIX3TN3Q.js";
import "./chunk-5OWCKPOT.js";
import "./chunk-MS6ISIA5.js";
export {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
};
