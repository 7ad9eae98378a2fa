import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-L5FSN7SU.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-L6KW3SBS.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-OSV4TH4A.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-E3CHVSZX.js")).loadBuiltinRules();
      return (await import("./sarif-JUL7EKZZ.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-4W6YD3NM.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
