// dist/ is checked in (the Action runs dist/action.js as is): rebuilding it from the sources with the
// options of scripts/build.mjs must give the same bytes, or the checked-in bundle is stale.
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, tempDir } from './helpers/action-env.js';

const DIST = path.join(REPO_ROOT, 'dist');

/** The options scripts/build.mjs passes to build(), from the module both share. */
export async function buildOptions(): Promise<BuildOptions> {
  const mod = (await import(path.join(REPO_ROOT, 'scripts/build-options.mjs'))) as { buildOptions(root: string): BuildOptions };
  return mod.buildOptions(REPO_ROOT);
}

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

describe('dist/ is the build of the sources', () => {
  test('the options come from scripts/build.mjs and build the Action for Node 20', async () => {
    const o = await buildOptions();
    expect(o.entryPoints).toMatchObject({ action: 'src/action.ts' });
    expect(o.target).toBe('node20');
    expect(o.platform).toBe('node');
  });

  test('rebuilding gives dist/ byte for byte (run `npm run build` and commit dist/ when this fails)', async () => {
    const out = tempDir();
    const mod = (await import(path.join(REPO_ROOT, 'scripts/build-options.mjs'))) as { allBuildOptions(root: string): BuildOptions[] };
    for (const o of mod.allBuildOptions(REPO_ROOT)) await build({ ...o, outdir: out, absWorkingDir: REPO_ROOT, logLevel: 'silent' });
    const fresh = files(out);
    expect(fresh).toContain('action.js');
    expect(fresh).toContain('cli.cjs');
    expect(files(DIST), 'dist/ holds other files than a fresh build: run npm run build').toEqual(fresh);
    const stale = fresh.filter((f) => !fs.readFileSync(path.join(DIST, f)).equals(fs.readFileSync(path.join(out, f))));
    expect(stale, 'dist/ is out of date with the sources: run npm run build and commit dist/').toEqual([]);
  });
});
