import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-JZNQJTFK.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-6MY3DKHQ.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-VL4CAC5S.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-4KQXVXUW.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-L7IBJ53G.js")).loadBuiltinRules();
      return (await import("./sarif-XDQV4HZR.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-JI6X2BTY.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
