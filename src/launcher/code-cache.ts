// Start-up at Node's floor: Node 20 keeps no compiled code between runs (module.enableCompileCache
// came in Node 22), so a pre-commit hook would parse and compile the CLI on every commit. The CLI is
// one CommonJS bundle (dist/cli.cjs) compiled here with vm.Script and V8's code cache: the first run
// stores the bytecode of everything it ran, later runs start from it.
//
// The cache is only ever a speed-up: a missing, stale, corrupt, foreign or unwritable cache means
// compiling as usual. It lives in a private folder (created 0700, used only when it is a real folder
// owned by this user and writable by nobody else: another user's bytecode would be their code
// running as us). The file name carries a hash of the bundle, Node's version and the platform, so
// an updated bundle never meets an old cache; the file carries a SHA-256 of its bytes, so a torn or
// damaged file is never handed to V8. It also carries a hash of the bundle's path: an update in
// place replaces that install's cache, while two installs (two repositories pinning two versions)
// keep one each instead of evicting each other on every commit.
import vm from 'node:vm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { isAscii } from 'node:buffer';

const MAGIC = Buffer.from('sealgate-v8-code-cache-1\n');
const DIGEST = 32;

export type CacheState = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** hit: compiled from the cache; miss: none was usable; rejected: V8 refused it; off: no cache folder. */
  cache: CacheState;
  /** Stores the code cache when there was none (call after the program ran: it then covers more). */
  save(): void;
}

type Env = Record<string, string | undefined>;

/** The cache folder, or undefined when caching is off or no safe folder is available. */
export function cacheDirectory(env: Env): string | undefined {
  const setting = env.SEALGATE_CODE_CACHE;
  if (setting === '0' || setting === 'off' || setting === 'false') return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = env.SEALGATE_CACHE_DIR || path.join(os.tmpdir(), `sealgate-code-cache-${uid ?? os.userInfo().username}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return undefined; // a symbolic link or a file: not ours to trust
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function sha256(...parts: (string | Buffer)[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}

/** The cached bytes, or undefined when the file is missing, short, foreign or damaged. */
export function readCacheFile(file: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length <= MAGIC.length + DIGEST || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = data.subarray(MAGIC.length + DIGEST);
  if (!sha256(payload).equals(data.subarray(MAGIC.length, MAGIC.length + DIGEST))) return undefined;
  return payload;
}

/** Writes atomically (a private temporary file, then rename); failures only cost the speed-up. */
export function writeCacheFile(file: string, payload: Buffer): void {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, sha256(payload), payload]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

/** A cache no run has written for this long belongs to an install that is gone or unused. */
const STALE_MS = 30 * 24 * 3600 * 1000;

/**
 * Removes the caches of earlier bundles at the same path, and any of ours not written for 30 days
 * (best effort). Other installs' current caches stay.
 */
function removeOthers(dir: string, prefix: string, keep: string): void {
  try {
    const now = Date.now();
    for (const f of fs.readdirSync(dir)) {
      if (f === keep || !f.startsWith('sealgate-') || !f.endsWith('.v8cache')) continue;
      const file = path.join(dir, f);
      if (f.startsWith(prefix) || now - fs.statSync(file).mtimeMs > STALE_MS) fs.unlinkSync(file);
    }
  } catch {
    // another run may be cleaning up at the same time
  }
}

/** Loads a CommonJS bundle (no require of other bundled files) through the code cache. */
export function loadBundle(file: string, env: Env = process.env): LoadedBundle {
  // Hashed as read, and decoded as Latin-1 when it is ASCII (the build keeps it so): hashing the
  // decoded string re-encoded 1 MB to UTF-8 first, and a UTF-8 decode takes a few times longer.
  const bytes = fs.readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const dir = cacheDirectory(env);
  const prefix = `sealgate-${sha256(path.resolve(file)).toString('hex').slice(0, 12)}-`;
  const name = dir ? `${prefix}${sha256(bytes, '\0', process.version, '\0', process.arch, '\0', process.platform).toString('hex').slice(0, 32)}.v8cache` : '';
  const cacheFile = dir ? path.join(dir, name) : '';
  const cachedData = dir ? readCacheFile(cacheFile) : undefined;
  // No import() may stay in the bundle: a script compiled from cached data has no dynamic-import
  // callback on Node 20 ("A dynamic import callback was not specified"); import built-ins statically.
  // The CommonJS wrapper on the first line, so the bundle's own line numbers stay as they are.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CacheState = !dir ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: unknown, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cache,
    save() {
      if (cache !== 'miss' && cache !== 'rejected') return;
      writeCacheFile(cacheFile, script.createCachedData());
      removeOthers(dir!, prefix, name);
    },
  };
}
