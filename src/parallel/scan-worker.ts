// The scan worker's work, callable from either bundle: the Action's ES module worker (worker.ts) and
// the CLI's, which loads the CLI bundle through the code cache first (src/worker-launcher.ts). The
// worker builds the same engine as the main thread, then takes batches of tasks, reads each input
// itself (tree files from disk, blobs through its own `git cat-file --batch`) and sends back only
// the outcomes. Inputs never cross threads, so nothing large is copied.
import type { MessagePort } from 'node:worker_threads';
import { TaskReader, type Task } from '../sources/tasks.js';
import { Git } from '../sources/git-client.js';
import type { Fragment, Skipped } from '../types.js';
import { engineFor, loadSetupConfig, scanBatch, scanItem } from './item.js';
import type { FromWorker, ToWorker, WorkerData } from './pool.js';
import { TaskClaims } from './claims.js';

export async function runScanWorker(port: MessagePort, data: WorkerData): Promise<void> {
  const { setup } = data;
  const claims = new TaskClaims(data.claims);
  const send = (m: FromWorker) => port.postMessage(m);
  try {
    const config = await loadSetupConfig(setup);
    const engine = engineFor(setup, config);
    const reader = new TaskReader(new Git(setup.root, setup.env), config.maxFileSize);
    // The outcomes of the batch's first tasks: the main thread scans the rest when it took them (claims.ts).
    const runBatch = async (id: number, first: number, tasks: (Task | Skipped)[]): Promise<void> => {
      const scan = (item: Fragment | Skipped) => scanItem(engine, item, config.maxFileSize, setup.wholeFiles);
      const outcomes = await scanBatch(reader, tasks, scan, (i) => claims.claimFront(first + i));
      send({ type: 'done', id, outcomes });
    };
    port.on('message', (m: ToWorker) => {
      if (m.type === 'close') {
        reader.close();
        port.close();
        return;
      }
      void runBatch(m.id, m.first, m.tasks).catch((e: unknown) => send({ type: 'error', message: (e as Error)?.message ?? String(e) }));
    });
  } catch (e) {
    send({ type: 'error', message: (e as Error)?.message ?? String(e) });
  }
}
