// Bundles the CLI and the Action into dist/ (checked in: the Action runs it as is, and the CLI
// starts faster from one file). Heavy modules (node-forge, @actions/core, formatters) are split
// into chunks that load only when used, so the pre-commit path stays small.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { bin: 'src/bin.ts', action: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CJS dependencies bundled into ESM need a require() of Node's built-ins.
  banner: { js: "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
