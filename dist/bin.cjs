#!/usr/bin/env node
const __sgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/bin.ts
var import_node_url = require("node:url");

// src/launcher/code-cache.ts
var import_node_vm = __toESM(require("node:vm"), 1);
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_crypto = require("node:crypto");
var import_node_module = require("node:module");
var import_node_buffer = require("node:buffer");
var MAGIC = Buffer.from("sealgate-v8-code-cache-1\n");
var DIGEST = 32;
function cacheDirectory(env) {
  const setting = env.SEALGATE_CODE_CACHE;
  if (setting === "0" || setting === "off" || setting === "false") return void 0;
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const dir = env.SEALGATE_CACHE_DIR || import_node_path.default.join(import_node_os.default.tmpdir(), `sealgate-code-cache-${uid ?? import_node_os.default.userInfo().username}`);
  try {
    import_node_fs.default.mkdirSync(dir, { recursive: true, mode: 448 });
    const st = import_node_fs.default.lstatSync(dir);
    if (!st.isDirectory()) return void 0;
    if (uid !== void 0 && (st.uid !== uid || (st.mode & 18) !== 0)) return void 0;
    return dir;
  } catch {
    return void 0;
  }
}
function sha256(...parts) {
  const h = (0, import_node_crypto.createHash)("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}
function readCacheFile(file) {
  let data;
  try {
    data = import_node_fs.default.readFileSync(file);
  } catch {
    return void 0;
  }
  if (data.length <= MAGIC.length + DIGEST || !data.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
  const payload = data.subarray(MAGIC.length + DIGEST);
  if (!sha256(payload).equals(data.subarray(MAGIC.length, MAGIC.length + DIGEST))) return void 0;
  return payload;
}
function writeCacheFile(file, payload) {
  const tmp = `${file}.${process.pid}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`;
  try {
    import_node_fs.default.writeFileSync(tmp, Buffer.concat([MAGIC, sha256(payload), payload]), { mode: 384, flag: "wx" });
    import_node_fs.default.renameSync(tmp, file);
  } catch {
    try {
      import_node_fs.default.unlinkSync(tmp);
    } catch {
    }
  }
}
var STALE_MS = 30 * 24 * 3600 * 1e3;
function removeOthers(dir, prefix, keep) {
  try {
    const now = Date.now();
    for (const f of import_node_fs.default.readdirSync(dir)) {
      if (f === keep || !f.startsWith("sealgate-") || !f.endsWith(".v8cache")) continue;
      const file = import_node_path.default.join(dir, f);
      if (f.startsWith(prefix) || now - import_node_fs.default.statSync(file).mtimeMs > STALE_MS) import_node_fs.default.unlinkSync(file);
    }
  } catch {
  }
}
function loadBundle(file, env = process.env) {
  const bytes = import_node_fs.default.readFileSync(file);
  const source = (0, import_node_buffer.isAscii)(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const dir = cacheDirectory(env);
  const prefix = `sealgate-${sha256(import_node_path.default.resolve(file)).toString("hex").slice(0, 12)}-`;
  const name = dir ? `${prefix}${sha256(bytes, "\0", process.version, "\0", process.arch, "\0", process.platform).toString("hex").slice(0, 32)}.v8cache` : "";
  const cacheFile = dir ? import_node_path.default.join(dir, name) : "";
  const cachedData = dir ? readCacheFile(cacheFile) : void 0;
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  const cache = !dir ? "off" : !cachedData ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  const module2 = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, import_node_path.default.dirname(file));
  return {
    exports: module2.exports,
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
  bundle = loadBundle((0, import_node_url.fileURLToPath)(new URL("./cli.cjs", __sgImportMetaUrl)));
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
