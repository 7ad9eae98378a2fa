import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  Git,
  TaskReader,
  engineFor,
  loadSetupConfig,
  scanBatch,
  scanItem
} from "./chunks/chunk-JHG2UVSF.js";
import "./chunks/chunk-U7QNFYXR.js";
import {
  TaskClaims
} from "./chunks/chunk-Z56EIAR2.js";
import "./chunks/chunk-3KSM5TLY.js";

// src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/parallel/scan-worker.ts
async function runScanWorker(port, data) {
  const { setup } = data;
  const claims = new TaskClaims(data.claims);
  const send = (m) => port.postMessage(m);
  try {
    const config = await loadSetupConfig(setup);
    const engine = engineFor(setup, config);
    const reader = new TaskReader(new Git(setup.root, setup.env), config.maxFileSize);
    const runBatch = async (id, first, tasks) => {
      const scan = (item) => scanItem(engine, item, config.maxFileSize, setup.wholeFiles);
      const outcomes = await scanBatch(reader, tasks, scan, (i) => claims.claimFront(first + i));
      send({ type: "done", id, outcomes });
    };
    port.on("message", (m) => {
      if (m.type === "close") {
        reader.close();
        port.close();
        return;
      }
      void runBatch(m.id, m.first, m.tasks).catch((e) => send({ type: "error", message: e?.message ?? String(e) }));
    });
  } catch (e) {
    send({ type: "error", message: e?.message ?? String(e) });
  }
}

// src/parallel/worker.ts
await runScanWorker(parentPort, workerData);
