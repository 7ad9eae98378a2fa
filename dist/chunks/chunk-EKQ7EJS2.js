import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-QENPQ3CD.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-5FICAQIM.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-GXVZPQVF.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-7CGF6SW5.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-YY5WYMAX.js")).loadBuiltinRules();
      return (await import("./sarif-3ISHLGIY.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-42FOK4ND.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
