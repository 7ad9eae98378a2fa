import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-MIMWYFE4.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-VR3UQF7M.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-T4H6N62P.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-RWHZ3ASM.js")).loadBuiltinRules();
      return (await import("./sarif-Q4WXJMBI.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-P2N7OD5O.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
