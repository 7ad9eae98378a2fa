// The esbuild options for dist/, shared by scripts/build.mjs and the test that checks dist/ is fresh.
// The built-in rules are embedded (parsed, examples stripped) so the CLI reads no rule file at start-up,
// and the audit page's browser script is compiled and embedded as text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { buildSync } from 'esbuild';

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

export function embeddedRules(root = process.cwd()) {
  return ruleFilesOf(path.join(root, 'rules')).map((file) => {
    const { examples: _examples, ...spec } = load(readFileSync(file, 'utf8'));
    return { file: path.relative(root, file).split(path.sep).join('/'), spec };
  });
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

export function buildOptions(root = process.cwd()) {
  return {
    entryPoints: { bin: 'src/bin.ts', action: 'src/action.ts', worker: 'src/parallel/worker.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    define: {
      SEALGATE_EMBEDDED_RULES: JSON.stringify(embeddedRules(root)),
      SEALGATE_AUDIT_SCRIPT: JSON.stringify(auditPageScript(root)),
      SEALGATE_BUNDLED: 'true',
    },
    // CJS dependencies bundled into ESM need a require() of Node's built-ins.
    banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}
