#!/usr/bin/env node

// src/bin.ts
import { fileURLToPath } from "node:url";

// src/launcher/code-cache.ts
import vm from "node:vm";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { isAscii } from "node:buffer";
var MAGIC = Buffer.from("sealgate-v8-code-cache-1\n");
var DIGEST = 32;
function cacheDirectory(env) {
  const setting = env.SEALGATE_CODE_CACHE;
  if (setting === "0" || setting === "off" || setting === "false") return void 0;
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const dir = env.SEALGATE_CACHE_DIR || path.join(os.tmpdir(), `sealgate-code-cache-${uid ?? os.userInfo().username}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return void 0;
    if (uid !== void 0 && (st.uid !== uid || (st.mode & 18) !== 0)) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function sha256(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}
function readCacheFile(file) {
  let data;
  try {
    data = fs.readFileSync(file);
  } catch {
    return void 0;
  }
  if (data.length <= MAGIC.length + DIGEST || !data.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
  const payload = data.subarray(MAGIC.length + DIGEST);
  if (!sha256(payload).equals(data.subarray(MAGIC.length, MAGIC.length + DIGEST))) return void 0;
  return payload;
}
function writeCacheFile(file, payload) {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, sha256(payload), payload]), { mode: 384, flag: "wx" });
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function removeOthers(dir, prefix, keep) {
  try {
    const now = Date.now();
    for (const f of fs.readdirSync(dir)) {
      if (f === keep || !f.startsWith("sealgate-") || !f.endsWith(".v8cache")) continue;
      const file = path.join(dir, f);
      if (f.startsWith(prefix) || now - fs.statSync(file).mtimeMs > STALE_MS) fs.unlinkSync(file);
    }
  } catch {
  }
}
function loadBundle(file, env = process.env) {
  const bytes = fs.readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const dir = cacheDirectory(env);
  const prefix = `sealgate-${sha256(path.resolve(file)).toString("hex").slice(0, 12)}-`;
  const name = dir ? `${prefix}${sha256(bytes, "\0", process.version, "\0", process.arch, "\0", process.platform).toString("hex").slice(0, 32)}.v8cache` : "";
  const cacheFile = dir ? path.join(dir, name) : "";
  const cachedData = dir ? readCacheFile(cacheFile) : void 0;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const cache = !dir ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cache,
    save() {
      if (cache !== "miss" && cache !== "rejected") return;
      writeCacheFile(cacheFile, script.createCachedData());
      removeOthers(dir, prefix, name);
    }
  };
}

// src/bin.ts
var bundle;
try {
  bundle = loadBundle(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
} catch (e) {
  process.stderr.write(`sealgate: internal error: cannot load the CLI bundle (${e.message})
`);
  process.exit(2);
}
void bundle.exports.main().then(async () => {
  if (bundle.cache === "miss" || bundle.cache === "rejected") {
    await bundle.exports.warmUp();
    bundle.save();
  }
  exitWhenFlushed();
});
function exitWhenFlushed() {
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit();
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}
