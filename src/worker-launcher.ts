// The CLI's scan worker thread (dist/scan-worker.cjs): loads the CLI bundle through the same V8 code
// cache as the command itself (src/launcher/code-cache.ts), so a worker starts from the bytecode the
// main thread stored instead of compiling the scanning code again, then runs runScanWorker. Only the
// main thread writes the cache.
import { parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { loadBundle } from './launcher/code-cache.js';

const port = parentPort!;
try {
  const bundle = loadBundle(fileURLToPath(new URL('./cli.cjs', import.meta.url)));
  void (bundle.exports.runScanWorker as (p: MessagePort, s: unknown) => Promise<void>)(port, workerData);
} catch (e) {
  port.postMessage({ type: 'error', message: `cannot load the CLI bundle (${(e as Error).message})` });
}
