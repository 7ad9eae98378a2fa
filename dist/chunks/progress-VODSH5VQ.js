import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/progress.ts
init_define_SEALGATE_EMBEDDED_RULES();
var INTERVAL_MS = 100;
var ERASE = "\r\x1B[2K";
function mb(bytes) {
  return `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
function auditProgressLine(write, now = () => performance.now()) {
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - last < INTERVAL_MS && p.commits !== p.total) return;
      last = t;
      const secs = Math.max((t - start) / 1e3, 1e-3);
      const total = p.total ? `/${p.total.toLocaleString("en-US")}` : "";
      const rate = Math.round(p.commits / secs).toLocaleString("en-US");
      write(`${ERASE}sealgate audit: ${p.commits.toLocaleString("en-US")}${total} commits \xB7 ${mb(p.bytes)} \xB7 ${p.findings} finding${p.findings === 1 ? "" : "s"} so far \xB7 ${rate} commits/s`);
      drawn = true;
    },
    done() {
      if (drawn) write(ERASE);
    }
  };
}
export {
  auditProgressLine
};
