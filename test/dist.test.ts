// dist/ is checked in (the Action runs dist/action.js as is): rebuilding it from the sources with the
// options of scripts/build.mjs must give the same bytes, or the checked-in bundle is stale.
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, tempDir } from './helpers/action-env.js';

const DIST = path.join(REPO_ROOT, 'dist');

/**
 * The options object passed to build() in scripts/build.mjs. The script builds when imported (and
 * empties dist/ first), so its source is read instead: the object literal after `build(`.
 */
export function buildOptions(): BuildOptions {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'scripts/build.mjs'), 'utf8');
  const at = text.indexOf('build({');
  if (at < 0) throw new Error('scripts/build.mjs: no build({...}) call found');
  const start = at + 'build('.length;
  const end = matchBrace(text, start);
  return new Function(`return (${text.slice(start, end + 1)});`)() as BuildOptions;
}

/** Index of the brace closing the one at `open`, skipping strings, templates and comments. */
function matchBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i]!;
    if (c === '/' && s[i + 1] === '/') i = s.indexOf('\n', i);
    else if (c === '/' && s[i + 1] === '*') i = s.indexOf('*/', i) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error('scripts/build.mjs: unbalanced build options');
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
  test('the options come from scripts/build.mjs and build the Action for Node 20', () => {
    const o = buildOptions();
    expect(o.entryPoints).toMatchObject({ action: 'src/action.ts' });
    expect(o.target).toBe('node20');
    expect(o.platform).toBe('node');
  });

  test('rebuilding gives dist/ byte for byte (run `npm run build` and commit dist/ when this fails)', async () => {
    const out = tempDir();
    await build({ ...buildOptions(), outdir: out, absWorkingDir: REPO_ROOT, logLevel: 'silent' });
    const fresh = files(out);
    expect(fresh).toContain('action.js');
    expect(files(DIST), 'dist/ holds other files than a fresh build: run npm run build').toEqual(fresh);
    const stale = fresh.filter((f) => !fs.readFileSync(path.join(DIST, f)).equals(fs.readFileSync(path.join(out, f))));
    expect(stale, 'dist/ is out of date with the sources: run npm run build and commit dist/').toEqual([]);
  });
});
