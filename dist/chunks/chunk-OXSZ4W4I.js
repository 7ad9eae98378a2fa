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
      return (await import("./text-OPEX6TX4.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-NMG4KQAV.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-EJMIGJNZ.js")).loadBuiltinRules();
      return (await import("./sarif-U5BXAT3H.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-H7QEUA2T.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
