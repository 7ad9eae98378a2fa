// The esbuild options for dist/, shared by scripts/build.mjs and the test that checks dist/ is fresh.
// The built-in rules are embedded (parsed, examples stripped) so the CLI reads no rule file at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

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
    define: { SEALGATE_EMBEDDED_RULES: JSON.stringify(embeddedRules(root)), SEALGATE_BUNDLED: 'true' },
    // CJS dependencies bundled into ESM need a require() of Node's built-ins.
    banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}
