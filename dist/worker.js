import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  engineFor,
  loadSetupConfig,
  scanItem
} from "./chunks/chunk-DYW5OPLG.js";
import "./chunks/chunk-3DO5MTDU.js";
import {
  TaskReader,
  isTask
} from "./chunks/chunk-MTNGXEFZ.js";
import "./chunks/chunk-MDAFBFVD.js";
import "./chunks/chunk-4SSLDWVM.js";
import "./chunks/chunk-NTX2A7EV.js";
import "./chunks/chunk-4ENYKQUU.js";
import "./chunks/chunk-YIX3TN3Q.js";
import "./chunks/chunk-5OWCKPOT.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunks/chunk-MS6ISIA5.js";

// src/parallel/worker.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var setup = workerData;
var send = (m) => port.postMessage(m);
try {
  const config = await loadSetupConfig(setup);
  const engine = engineFor(setup, config);
  const reader = new TaskReader(setup.root, config.maxFileSize);
  port.on("message", (m) => {
    if (m.type === "close") {
      reader.close();
      port.close();
      return;
    }
    void runBatch(m.id, m.tasks).catch((e) => send({ type: "error", message: e?.message ?? String(e) }));
  });
  async function runBatch(id, tasks) {
    const reads = tasks.map((t) => isTask(t) ? reader.read(t) : t);
    const outcomes = [];
    for (const r of reads) outcomes.push(scanItem(engine, await r, config.maxFileSize, setup.wholeFiles));
    send({ type: "done", id, outcomes });
  }
} catch (e) {
  send({ type: "error", message: e?.message ?? String(e) });
}
