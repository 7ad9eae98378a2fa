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
  if (bundle.cache === 'miss' || bundle.cache === 'rejected') {
    await (bundle.exports.warmUp as () => Promise<void>)();
    bundle.save();
  }
  exitWhenFlushed();
});

/**
 * Ends the process (with process.exitCode) once stdout and stderr are flushed, instead of letting
 * Node tear the runtime down when the event loop empties: nothing is left to do (the command has
 * written its report and set the exit code; git and the worker threads are done), and that teardown
 * (the heap, the compiler's and the collector's threads, every handle) took about 6 ms of every
 * hook on the bench machine.
 */
function exitWhenFlushed(): void {
  let open = 2;
  const flushed = (): void => {
    if (--open === 0) process.exit();
  };
  // An empty write's callback runs once everything written before it is flushed (pipes are
  // asynchronous on macOS), or with an error when the reader has gone (EPIPE): done either way.
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
