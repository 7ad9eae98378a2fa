import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-7L3SCB4F.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-5QN4WZPK.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-HMV2X5QF.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-7KFEXUNY.js")).formatJson(safe);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-EJMIGJNZ.js")).loadBuiltinRules();
      return (await import("./sarif-BSGFTKC2.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-BXUIVAJS.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
