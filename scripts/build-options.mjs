// The esbuild options for dist/, shared by scripts/build.mjs and the test that checks dist/ is fresh.
// The built-in rules are embedded (parsed, examples stripped) so the CLI reads no rule file at start-up,
// and the audit page's browser script is compiled and embedded as text.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** rules/**\/*.yaml (providers' rules sit in rules/providers/<family>/), sorted by path as the loader reads them. */
export function ruleFilesOf(dir) {
  const out = [];
  const walk = (d) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/**
 * The rules as a string literal of JSON, which load.ts parses: V8 reads JSON faster than it runs
 * the same data as an object literal, and every hook starts by loading all of them.
 */
function embeddedRulesLiteral(root) {
  return JSON.stringify(JSON.stringify(bundledRules(root)));
}

/** rules/ as the bundles embed them: each file's spec without its examples. */
export function embeddedRules(root = process.cwd()) {
  return ruleFilesOf(path.join(root, 'rules')).map((file) => {
    const { examples: _examples, ...spec } = load(readFileSync(file, 'utf8'));
    return { file: path.relative(root, file).split(path.sep).join('/'), spec };
  });
}

/**
 * The embedded rules with, for a content rule, the anchors the keyword walk looks for: derived here
 * by the product's own compileRule and walkAnchors, so a start need not read every pattern again.
 * A rule compileRule rejects fails the build: a start builds the embedded rules without checking them.
 */
export function bundledRules(root = process.cwd()) {
  const anchorsFor = anchorsFunction(root);
  return embeddedRules(root).map((e) => {
    const found = anchorsFor(e.spec, e.file);
    return { ...e, anchors: found?.words ?? null, ...(found?.skip ? { anchorSkip: found.skip } : {}) };
  });
}

/** `(spec, file) => {words, skip} | null`, from src/ bundled on the spot (the build runs before dist/ exists). */
function anchorsFunction(root) {
  const { outputFiles } = buildSync({
    stdin: {
      contents: `import { compileRule } from './src/rules/load.ts';
import { walkAnchors } from './src/engine/anchored.ts';
export function anchorsFor(spec, file) {
  const problems = [];
  const rule = compileRule(spec, file, problems, false);
  if (!rule) throw new Error(problems.join('\\n'));
  return (rule.regex && walkAnchors(rule.regex)) ?? null;
}`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    // load.ts finds rules/ from its own URL; compileRule never does, so any file URL serves.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.resolve(root, 'src/rules/load.ts')).href) },
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(path.resolve(root, 'package.json')));
  return module.exports.anchorsFor;
}

/** dist/rules.json: each embedded rule file with a hash of what the bundles embed of it. */
export const RULES_MANIFEST = 'rules.json';

function rulesManifest(root) {
  const out = {};
  for (const { file, spec } of embeddedRules(root)) out[file] = createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 16);
  return out;
}

/** Writes dist/rules.json beside the bundles (scripts/build.mjs, and the freshness test's own build). */
export function writeRulesManifest(outdir, root = process.cwd()) {
  writeFileSync(path.join(outdir, RULES_MANIFEST), JSON.stringify(rulesManifest(root), null, 2) + '\n');
}

/**
 * The rule files dist/ does not embed as they are now, each named: a rule file added, changed or
 * removed since the last `npm run build`. Empty when dist/ is fresh for rules/.
 */
export function staleRules(root = process.cwd(), distDir = path.join(root, 'dist')) {
  const file = path.join(distDir, RULES_MANIFEST);
  const built = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const now = rulesManifest(root);
  const problems = [];
  for (const [rule, hash] of Object.entries(now)) {
    if (!(rule in built)) problems.push(`${rule}: not in dist/ (run npm run build and commit dist/)`);
    else if (built[rule] !== hash) problems.push(`${rule}: changed since dist/ was built (run npm run build and commit dist/)`);
  }
  for (const rule of Object.keys(built)) if (!(rule in now)) problems.push(`${rule}: removed, but dist/ still embeds it (run npm run build and commit dist/)`);
  return problems;
}

/**
 * The audit page's browser script (src/audit/page/script.ts, type-checked with the DOM library by
 * tsconfig.page.json) as the one ES2017 IIFE that src/audit/html.ts inlines into the page.
 */
export function auditPageScript(root = process.cwd()) {
  const out = buildSync({
    absWorkingDir: root,
    entryPoints: ['src/audit/page/script.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2017',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/** ESM: the Action and the scan worker thread. */
export function buildOptions(root = process.cwd()) {
  return {
    entryPoints: { action: 'src/action.ts', worker: 'src/parallel/worker.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    define: {
      SEALGATE_EMBEDDED_RULES: embeddedRulesLiteral(root),
      SEALGATE_AUDIT_SCRIPT: JSON.stringify(auditPageScript(root)),
      SEALGATE_BUNDLED: 'true',
    },
    // CJS dependencies bundled into ESM need a require() of Node's built-ins.
    banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}

/**
 * The CLI as one CommonJS file, dist/cli.cjs: the launcher compiles it through V8's code cache
 * (src/launcher/code-cache.ts), which Node 20 offers for scripts only, not for ES modules. One file:
 * no chunks to resolve, and the cache covers everything a command ran.
 */
export function cliBuildOptions(root = process.cwd()) {
  return {
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    define: {
      SEALGATE_EMBEDDED_RULES: embeddedRulesLiteral(root),
      SEALGATE_BUNDLED: 'true',
      'import.meta.url': '__sgImportMetaUrl',
    },
    banner: { js: "const __sgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  };
}

/**
 * The `sealgate` command, dist/bin.js: a few lines that load dist/cli.cjs through the code cache.
 * A build of its own, without the embedded rules (esbuild would share them in a chunk it imports).
 */
export function launcherBuildOptions() {
  return {
    entryPoints: { bin: 'src/bin.ts' },
    outdir: 'dist',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/**
 * The same launcher as CommonJS, dist/bin.cjs: the package's `bin`, what hooks run. Node starts a
 * CommonJS entry without initialising its ES module loader, about 7 ms less per commit.
 */
export function launcherCjsBuildOptions() {
  return {
    ...launcherBuildOptions(),
    // And the CLI's scan worker thread, which loads the CLI bundle the same way.
    entryPoints: { bin: 'src/bin.ts', 'scan-worker': 'src/worker-launcher.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': '__sgImportMetaUrl' },
    banner: { js: "const __sgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
}

/** Every build that makes dist/ (scripts/build.mjs runs them all; dist.test.ts checks them all). */
export function allBuildOptions(root = process.cwd()) {
  return [buildOptions(root), cliBuildOptions(root), launcherBuildOptions(), launcherCjsBuildOptions()];
}
