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
      return (await import("./text-OJC7I5AA.js")).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case "json":
      return (await import("./json-33TTJX7H.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-OP4BIF5D.js")).loadBuiltinRules();
      return (await import("./sarif-3XX6REXG.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-YUSWBJFW.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
