import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  engineFor,
  loadSetupConfig,
  scanItem
} from "./chunks/chunk-VFYZDEPZ.js";
import "./chunks/chunk-Z6LMIWVM.js";
import "./chunks/chunk-VCXNBE4A.js";
import {
  TaskReader,
  isTask
} from "./chunks/chunk-ZD45ZS5W.js";
import {
  Git
} from "./chunks/chunk-R7KVV44W.js";
import "./chunks/chunk-5ZWGGM7B.js";
import "./chunks/chunk-A2I6SM73.js";
import "./chunks/chunk-YI7WNR7U.js";
import "./chunks/chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunks/chunk-EFRCBL4A.js";

// src/parallel/worker.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
var setup = workerData;
var send = (m) => port.postMessage(m);
try {
  const config = await loadSetupConfig(setup);
  const engine = engineFor(setup, config);
  const reader = new TaskReader(new Git(setup.root, setup.env), config.maxFileSize);
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
