// The CLI starts from V8's code cache (src/launcher/code-cache.ts). The cache may only ever make
// start-up faster: a stale, corrupt or foreign cache is ignored (and replaced), an unsafe folder is
// not used, and the program behaves the same with and without it. Real files, real V8, and the
// built CLI (dist/bin.js) in a child process.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDirectory, loadBundle, readCacheFile } from '../src/launcher/code-cache.js';
import { fakeGithubToken, fakePassword, makeRepo, plaintextSecret, tempDir, testGitEnv } from './helpers/git-repo.js';

const bin = path.resolve(__dirname, '..', 'dist', 'bin.js');

function bundle(dir: string, answer: number): string {
  const file = path.join(dir, 'b.cjs');
  // Same length for every answer: V8's own check of a cache against its source is little more than
  // the length, so only the file name's content hash keeps an old cache from a changed bundle.
  fs.writeFileSync(file, `exports.answer = function () { return ${String(answer).padStart(4, ' ')}; };\nexports.dir = __dirname;\n`);
  return file;
}

function cacheFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
}

describe('code cache', () => {
  it('is written after a first run and used by the next', () => {
    const dir = tempDir('sg-cc-');
    const env = { SEALGATE_CACHE_DIR: path.join(dir, 'cache') };
    const file = bundle(dir, 42);
    const first = loadBundle(file, env);
    expect(first.cache).toBe('miss');
    expect((first.exports.answer as () => number)()).toBe(42);
    expect(first.exports.dir).toBe(dir);
    first.save();
    const [name] = cacheFiles(env.SEALGATE_CACHE_DIR);
    expect(name).toMatch(/^sealgate-[0-9a-f]{12}-[0-9a-f]{32}\.v8cache$/);
    expect(fs.statSync(path.join(env.SEALGATE_CACHE_DIR, name!)).mode & 0o077).toBe(0);
    expect(fs.statSync(env.SEALGATE_CACHE_DIR).mode & 0o077).toBe(0);
    const second = loadBundle(file, env);
    expect(second.cache).toBe('hit');
    expect((second.exports.answer as () => number)()).toBe(42);
  });

  it('a bundle with non-ASCII text loads as UTF-8, cached or not; the built CLI is ASCII (read as Latin-1, hashed as read)', () => {
    const dir = tempDir('sg-cc-');
    const env = { SEALGATE_CACHE_DIR: path.join(dir, 'cache') };
    const file = path.join(dir, 'u.cjs');
    fs.writeFileSync(file, 'exports.text = "caf\u00e9 \u2026 \u00b5s";\nexports.re = /^\u2026+$/.test("\u2026\u2026");\n', 'utf8');
    const first = loadBundle(file, env);
    expect(first.exports.text).toBe('caf\u00e9 \u2026 \u00b5s');
    expect(first.exports.re).toBe(true);
    first.save();
    const second = loadBundle(file, env);
    expect(second.cache).toBe('hit');
    expect(second.exports.text).toBe('caf\u00e9 \u2026 \u00b5s');
    // The build escapes every non-ASCII character (esbuild leaves them in regex literals: write \uXXXX there).
    const built = fs.readFileSync(path.resolve(__dirname, '..', 'dist', 'cli.cjs'));
    const at = built.findIndex((b) => b > 0x7f);
    expect(at, at >= 0 ? `non-ASCII in dist/cli.cjs: ${built.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}` : '').toBe(-1);
  });

  it('a changed bundle ignores the stale cache, and its own replaces it', () => {
    const dir = tempDir('sg-cc-');
    const env = { SEALGATE_CACHE_DIR: path.join(dir, 'cache') };
    const file = bundle(dir, 1);
    loadBundle(file, env).save();
    const old = cacheFiles(env.SEALGATE_CACHE_DIR);
    bundle(dir, 2);
    const changed = loadBundle(file, env);
    expect(changed.cache).toBe('miss');
    expect((changed.exports.answer as () => number)()).toBe(2);
    changed.save();
    const now = cacheFiles(env.SEALGATE_CACHE_DIR);
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(old);
    expect(loadBundle(file, env).cache).toBe('hit');
  });

  it('two installs keep a cache each; only an old one of the same install, or one unused for 30 days, is removed', () => {
    const cache = path.join(tempDir('sg-cc-'), 'cache');
    const env = { SEALGATE_CACHE_DIR: cache };
    // Two repositories pinning two versions: the same bundle name in two folders.
    const a = bundle(tempDir('sg-cc-a-'), 1);
    const b = bundle(tempDir('sg-cc-b-'), 2);
    loadBundle(a, env).save();
    loadBundle(b, env).save();
    expect(cacheFiles(cache)).toHaveLength(2);
    // Each one's next run (a hook on the next commit) starts from its own cache.
    for (let i = 0; i < 2; i++) {
      expect(loadBundle(a, env).cache).toBe('hit');
      expect(loadBundle(b, env).cache).toBe('hit');
    }
    // A cache left by an install nobody ran for 31 days goes when another install writes its own;
    // a file that is not a sealgate cache of this format stays.
    const gone = path.join(cache, `sealgate-${'0'.repeat(12)}-${'1'.repeat(32)}.v8cache`);
    const foreign = path.join(cache, `cli.cjs-${'2'.repeat(32)}.v8cache`);
    for (const f of [gone, foreign]) {
      fs.writeFileSync(f, 'x', { mode: 0o600 });
      const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
      fs.utimesSync(f, old, old);
    }
    bundle(path.dirname(a), 3);
    loadBundle(a, env).save();
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.existsSync(foreign)).toBe(true);
    expect(cacheFiles(cache)).toHaveLength(3);
    expect(loadBundle(b, env).cache).toBe('hit');
  });

  it('a corrupt, truncated or foreign cache file is ignored and rewritten', () => {
    const dir = tempDir('sg-cc-');
    const env = { SEALGATE_CACHE_DIR: path.join(dir, 'cache') };
    const file = bundle(dir, 7);
    loadBundle(file, env).save();
    const cacheFile = path.join(env.SEALGATE_CACHE_DIR, cacheFiles(env.SEALGATE_CACHE_DIR)[0]!);
    const good = fs.readFileSync(cacheFile);
    const damaged = [
      Buffer.concat([good.subarray(0, good.length - 40), Buffer.alloc(40, 0x5a)]), // flipped bytes
      good.subarray(0, Math.floor(good.length / 2)), // torn write
      Buffer.from('not a cache at all'),
      Buffer.alloc(0),
    ];
    for (const bytes of damaged) {
      fs.writeFileSync(cacheFile, bytes);
      expect(readCacheFile(cacheFile)).toBeUndefined();
      const loaded = loadBundle(file, env);
      expect(loaded.cache).toBe('miss');
      expect((loaded.exports.answer as () => number)()).toBe(7);
      loaded.save();
      expect(readCacheFile(cacheFile)).toBeDefined();
      expect(loadBundle(file, env).cache).toBe('hit');
    }
  });

  it('uses no folder that another user could have written to, and can be switched off', () => {
    const dir = tempDir('sg-cc-');
    const open = path.join(dir, 'open');
    fs.mkdirSync(open, { mode: 0o777 });
    fs.chmodSync(open, 0o777);
    expect(cacheDirectory({ SEALGATE_CACHE_DIR: open })).toBeUndefined();
    const real = path.join(dir, 'real');
    fs.mkdirSync(real, { mode: 0o700 });
    fs.symlinkSync(real, path.join(dir, 'link'));
    expect(cacheDirectory({ SEALGATE_CACHE_DIR: path.join(dir, 'link') })).toBeUndefined();
    expect(cacheDirectory({ SEALGATE_CACHE_DIR: real })).toBe(real);
    expect(cacheDirectory({ SEALGATE_CACHE_DIR: real, SEALGATE_CODE_CACHE: '0' })).toBeUndefined();
    const file = bundle(dir, 3);
    const off = loadBundle(file, { SEALGATE_CACHE_DIR: real, SEALGATE_CODE_CACHE: 'off' });
    expect(off.cache).toBe('off');
    off.save();
    expect(cacheFiles(real)).toEqual([]);
    // The default folder is private to this user.
    const def = cacheDirectory({});
    expect(def).toBeDefined();
    expect(path.dirname(def!)).toBe(os.tmpdir());
    expect(fs.statSync(def!).mode & 0o022).toBe(0);
  });

  it('a first run of --version still leaves the scanning code in the cache (src/cli/warm-up.ts)', () => {
    // Only the bundle's top level, as a cache written before anything ran would hold.
    const bare = path.join(tempDir('sg-cc-'), 'cache');
    loadBundle(path.resolve(__dirname, '..', 'dist', 'cli.cjs'), { SEALGATE_CACHE_DIR: bare }).save();
    const cache = path.join(tempDir('sg-cc-'), 'cache');
    const r = spawnSync(process.execPath, [bin, '--version'], { env: { ...process.env, SEALGATE_CACHE_DIR: cache }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const size = (dir: string) => fs.statSync(path.join(dir, cacheFiles(dir)[0]!)).size;
    // The engine, the rules, YAML and the classifier ran before the cache was written.
    expect(size(cache)).toBeGreaterThan(2 * size(bare));
  });

  it("a first run of --version leaves a hook's code in the cache, as a first hook would", async () => {
    const repo = await makeRepo();
    repo.write('k8s/secret.yaml', plaintextSecret('db', fakePassword()));
    await repo.git.raw(['add', '-A']);
    const sizeAfter = (args: string[]) => {
      const cache = path.join(tempDir('sg-cc-'), 'cache');
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo.dir, env: { ...testGitEnv(), SEALGATE_CACHE_DIR: cache }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(args[0] === 'scan' ? 1 : 0);
      return fs.statSync(path.join(cache, cacheFiles(cache)[0]!)).size;
    };
    // Scanning in-memory samples alone left out the staged source, the scan's driver and the
    // report: about a tenth of what a hook runs, compiled again on every commit.
    expect(sizeAfter(['--version'])).toBeGreaterThan(0.95 * sizeAfter(['scan', '--staged']));
  });

  it("the warm-up's hook runs in a repository of its own: never in the caller's index, nothing left behind", async () => {
    const repo = await makeRepo();
    repo.write('app.yaml', 'kind: ConfigMap\n');
    await repo.git.raw(['add', '-A']);
    const staged = await repo.git.raw(['ls-files', '--stage']);
    const tmp = tempDir('sg-cc-tmp-');
    const cache = path.join(tempDir('sg-cc-'), 'cache');
    // As inside a pre-commit hook: git points its children at the repository's index.
    const env = { ...testGitEnv(), GIT_INDEX_FILE: path.join(repo.dir, '.git', 'index'), TMPDIR: tmp, SEALGATE_CACHE_DIR: cache };
    const r = spawnSync(process.execPath, [bin, '--version'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.stderr).toBe('');
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(await repo.git.raw(['ls-files', '--stage'])).toBe(staged);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('the CLI gives the same answers with no cache, a fresh cache and a corrupt one', () => {
    const cache = path.join(tempDir('sg-cc-'), 'cache');
    const env = { ...process.env, SEALGATE_CACHE_DIR: cache };
    const work = tempDir('sg-cc-scan-');
    fs.writeFileSync(path.join(work, 'config.py'), `TOKEN = "${fakeGithubToken()}"\n`);
    const runCli = () => spawnSync(process.execPath, [bin, 'scan', '.', '--format', 'json'], { cwd: work, env, encoding: 'utf8' });
    // Outside a git repository each run fingerprints with a key of its own: compare without them.
    const stable = (out: string) => {
      const r = JSON.parse(out) as { findings: { fingerprint?: string }[]; summary: object };
      return { ...r, findings: r.findings.map(({ fingerprint: _f, ...f }) => f), summary: { ...r.summary, durationMs: 0 } };
    };
    const first = runCli();
    expect(first.status).toBe(1);
    expect(JSON.parse(first.stdout).findings.length).toBeGreaterThan(0);
    const files = cacheFiles(cache);
    expect(files).toEqual([expect.stringMatching(/^sealgate-[0-9a-f]{12}-[0-9a-f]{32}\.v8cache$/)]);
    const second = runCli();
    expect(second.status).toBe(1);
    expect(stable(second.stdout)).toEqual(stable(first.stdout));
    const cacheFile = path.join(cache, files[0]!);
    const bytes = fs.readFileSync(cacheFile);
    bytes.fill(0x41, bytes.length - 1000);
    fs.writeFileSync(cacheFile, bytes);
    const third = runCli();
    expect(third.status).toBe(1);
    expect(third.stderr).toBe(first.stderr);
    expect(stable(third.stdout)).toEqual(stable(first.stdout));
    expect(readCacheFile(cacheFile)).toBeDefined();
  });
});
