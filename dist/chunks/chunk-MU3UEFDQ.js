import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-CBI3VHZW.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-AA47UEKT.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-KUBWEJTM.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-AUXGAXEH.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-PEQ35QH2.js")).loadBuiltinRules();
      return (await import("./sarif-T4MUP2H4.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-MKXLMW5V.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
