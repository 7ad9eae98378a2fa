// The esbuild options for dist/, shared by scripts/build.mjs and the test that checks dist/ is fresh.
// The built-in rules are embedded (parsed, examples stripped) so the CLI reads no rule file at start-up,
// and the audit page's browser script is compiled and embedded as text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { buildSync } from 'esbuild';

export function embeddedRules(root = process.cwd()) {
  const dir = path.join(root, 'rules');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const { examples: _examples, ...spec } = load(readFileSync(path.join(dir, f), 'utf8'));
      return { file: `rules/${f}`, spec };
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
