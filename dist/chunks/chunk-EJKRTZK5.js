import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-QJH3HHMV.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-QVQSHX7M.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-H2YNZ4VI.js")).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case "json":
      return (await import("./json-LMNA7ZMD.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-Z4HL2FZI.js")).loadBuiltinRules();
      return (await import("./sarif-KL4Q7HFL.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-SHUDIGTF.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
