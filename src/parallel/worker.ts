// The scan worker thread of the Action's bundle (dist/worker.js, an ES module); the CLI's workers
// start from src/worker-launcher.ts instead. Both run runScanWorker.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerData } from './pool.js';
import { runScanWorker } from './scan-worker.js';

await runScanWorker(parentPort!, workerData as WorkerData);
