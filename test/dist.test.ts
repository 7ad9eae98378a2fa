// dist/ is checked in (the Action runs dist/action.js as is): rebuilding it from the sources with the
// options of scripts/build.mjs must give the same bytes, or the checked-in bundle is stale.
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, tempDir } from './helpers/action-env.js';

type BuildScripts = {
  allBuildOptions(root: string): BuildOptions[];
  writeRulesManifest(outdir: string, root: string): void;
  staleRules(root: string, distDir?: string): string[];
};
const scripts = async () => (await import(path.join(REPO_ROOT, 'scripts/build-options.mjs'))) as BuildScripts;

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
    const mod = await scripts();
    for (const o of mod.allBuildOptions(REPO_ROOT)) await build({ ...o, outdir: out, absWorkingDir: REPO_ROOT, logLevel: 'silent' });
    mod.writeRulesManifest(out, REPO_ROOT);
    const fresh = files(out);
    expect(fresh).toContain('action.js');
    expect(fresh).toContain('cli.cjs');
    expect(files(DIST), 'dist/ holds other files than a fresh build: run npm run build').toEqual(fresh);
    const stale = fresh.filter((f) => !fs.readFileSync(path.join(DIST, f)).equals(fs.readFileSync(path.join(out, f))));
    expect(stale, 'dist/ is out of date with the sources: run npm run build and commit dist/').toEqual([]);
  });

  test('every rule file is embedded as it is now; one that is not is named (add a rule, run the tests: they say which)', async () => {
    expect((await scripts()).staleRules(REPO_ROOT)).toEqual([]);
  });
});

describe('the rules freshness check names the rule file', () => {
  /** A copy of the repository's rules/ and dist/rules.json, to add, change and remove rule files in. */
  function copy(): string {
    const root = tempDir();
    fs.cpSync(path.join(REPO_ROOT, 'rules'), path.join(root, 'rules'), { recursive: true });
    fs.mkdirSync(path.join(root, 'dist'));
    fs.copyFileSync(path.join(DIST, 'rules.json'), path.join(root, 'dist', 'rules.json'));
    return root;
  }

  test('a rule file added, changed or removed since the build', async () => {
    const { staleRules } = await scripts();
    const root = copy();
    expect(staleRules(root)).toEqual([]);
    const added = 'id: zz-temp-rule\ndescription: d\nseverity: error\nmessage: m\npattern: zz\nexamples: {valid: [{name: a, code: a}], invalid: [{name: b, code: zz}]}\n';
    fs.writeFileSync(path.join(root, 'rules', 'zz-temp-rule.yaml'), added);
    expect(staleRules(root)).toEqual(['rules/zz-temp-rule.yaml: not in dist/ (run npm run build and commit dist/)']);
    fs.appendFileSync(path.join(root, 'rules', 'eso-deprecated-api.yaml'), 'paths: ["**/*.yaml"]\n');
    fs.rmSync(path.join(root, 'rules', 'url-credential.yaml'));
    expect(staleRules(root)).toEqual([
      'rules/eso-deprecated-api.yaml: changed since dist/ was built (run npm run build and commit dist/)',
      'rules/zz-temp-rule.yaml: not in dist/ (run npm run build and commit dist/)',
      'rules/url-credential.yaml: removed, but dist/ still embeds it (run npm run build and commit dist/)',
    ]);
  });

  test('an edit to a rule\'s examples only is not staleness (the bundles leave examples out)', async () => {
    const { staleRules } = await scripts();
    const root = copy();
    const file = path.join(root, 'rules', 'eso-deprecated-api.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/name: (\S)/, 'name: renamed $1'));
    expect(staleRules(root)).toEqual([]);
  });
});
