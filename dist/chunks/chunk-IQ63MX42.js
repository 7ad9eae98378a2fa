import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  newFingerprintKey
} from "./chunk-TSTRDWJQ.js";
import {
  Git
} from "./chunk-R7KVV44W.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/engine/fingerprint-key.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var KEY = /^[0-9a-f]{32,128}$/;
function baselineKey(file) {
  if (!existsSync(file)) return { exists: false };
  try {
    const raw = JSON.parse(readFileSync(file, "utf8"));
    return { exists: true, key: typeof raw.key === "string" && KEY.test(raw.key) ? raw.key : void 0 };
  } catch {
    return { exists: true };
  }
}
async function fingerprintKey(root, baselineFile, inGit, env) {
  if (baselineFile) {
    const b = baselineKey(baselineFile);
    if (b.exists) {
      if (b.key) return { key: b.key };
      return { note: `${path.relative(root, baselineFile) || baselineFile}: the baseline has no key, so fingerprints are unkeyed hashes a guesser can test; run 'sealgate baseline' to rewrite it with one` };
    }
  }
  if (!inGit) return { key: newFingerprintKey() };
  const gitDir = await new Git(root, env).gitDir();
  if (!gitDir) return { key: newFingerprintKey() };
  const file = path.join(gitDir, "sealgate", "fingerprint-key");
  try {
    const k = readFileSync(file, "utf8").trim();
    if (KEY.test(k)) return { key: k };
  } catch {
  }
  const key = newFingerprintKey();
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 448 });
    writeFileSync(file, `${key}
`, { mode: 384, flag: "wx" });
    return { key };
  } catch {
    try {
      const k = readFileSync(file, "utf8").trim();
      if (KEY.test(k)) return { key: k };
    } catch {
    }
    return { key };
  }
}

export {
  baselineKey,
  fingerprintKey
};
