// The sealgate under test: dist/bin.js as `npm run build` makes it. While a command is still being
// written the build can fail; then the benchmark bundles src/ itself (same esbuild options, missing
// modules replaced by stubs that throw) into bench/results/build, and says so.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { firstLine } from './proc.mjs';
import { allBuildOptions } from '../../scripts/build-options.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST_BIN = path.join(ROOT, 'dist/bin.js');
const PRIVATE_OUT = path.join(ROOT, 'bench/results/build');

export async function ensureCli({ rebuild, log }) {
  if (!rebuild && existsSync(DIST_BIN)) return { bin: DIST_BIN, note: 'dist/bin.js (not rebuilt)' };
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status === 0 && existsSync(DIST_BIN)) return { bin: DIST_BIN, note: 'dist/bin.js from npm run build' };
  const why = firstLine((r.stderr || r.stdout).replace(/^.*\[ERROR\]\s*/s, ''));
  log(`npm run build failed (${why}); bundling src/ privately with stubs for missing modules`);
  const stubbed = new Set();
  // Every part of dist/: the launcher (bin.js) loads cli.cjs, large scans start worker.js.
  for (const options of allBuildOptions(ROOT)) {
    await build({ ...options, absWorkingDir: ROOT, outdir: PRIVATE_OUT, logLevel: 'silent', plugins: [stubMissing(stubbed)] });
  }
  return { bin: path.join(PRIVATE_OUT, 'bin.js'), note: `private bundle of src/ (stubbed: ${[...stubbed].join(', ') || 'none'})` };
}

function stubMissing(stubbed) {
  return {
    name: 'stub-missing',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const ts = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (!ts.startsWith(path.join(ROOT, 'src') + path.sep)) return undefined;
        if (existsSync(ts) || existsSync(path.resolve(args.resolveDir, args.path))) return undefined;
        stubbed.add(path.relative(ROOT, ts));
        return { path: ts, namespace: 'stub' };
      });
      b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
        contents: `export default async () => { throw new Error('not built yet: ${path.basename(args.path)}'); };`,
        loader: 'js',
      }));
    },
  };
}
