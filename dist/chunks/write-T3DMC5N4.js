import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
} from "./chunk-S3RRJEYS.js";
import "./chunk-CZB3GGNI.js";
import "./chunk-XCRX7MVC.js";
import "./chunk-3GFIKQQT.js";
export {
  BackupSession,
  backupRunDir,
  gitBackupRoot,
  saveBackup,
  stamp,
  writeAtomic
};
