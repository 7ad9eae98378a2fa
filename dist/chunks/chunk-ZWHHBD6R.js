import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-FOVCF3DM.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-G37Z7UID.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-UB6J3BFP.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-6P3MRUB6.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-PON7K5Z6.js")).loadBuiltinRules();
      return (await import("./sarif-3MTUMIHD.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-IHZXTF5L.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
