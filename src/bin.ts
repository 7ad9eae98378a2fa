#!/usr/bin/env node
// The sealgate command. The CLI itself is one CommonJS bundle (dist/cli.cjs, from src/cli/main.ts)
// that this launcher compiles through V8's code cache (src/launcher/code-cache.ts): a pre-commit
// hook then starts from stored bytecode instead of parsing and compiling the CLI on every commit.
// Built twice: dist/bin.js (an ES module, `node dist/bin.js`) and dist/bin.cjs, the package's `bin`:
// a CommonJS entry spares every hook Node's ES module loader (about 7 ms of start-up).
import { fileURLToPath } from 'node:url';
import { loadBundle } from './launcher/code-cache.js';

let bundle: ReturnType<typeof loadBundle>;
try {
  bundle = loadBundle(fileURLToPath(new URL('./cli.cjs', import.meta.url)));
} catch (e) {
  // Fail closed: a CLI that cannot start is exit 2, never a silent pass.
  process.stderr.write(`sealgate: internal error: cannot load the CLI bundle (${(e as Error).message})\n`);
  process.exit(2);
}
// No top-level await: the same source is also built as CommonJS (dist/bin.cjs, the package's `bin`).
void (bundle.exports.main as () => Promise<void>)().then(async () => {
  // The cache is written once, after the first run: run a hook's code first (src/cli/warm-up.ts), so
  // it holds the scanning code whatever that run was (`--version`, `init`). Later runs only read it.
  if (bundle.cache !== 'miss' && bundle.cache !== 'rejected') return;
  await (bundle.exports.warmUp as () => Promise<void>)();
  bundle.save();
});
