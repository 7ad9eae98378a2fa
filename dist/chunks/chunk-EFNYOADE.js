import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-ACAWVK57.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-ETYXZN45.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-OT7WJUDU.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-5FTW7F36.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-JTDMAHUU.js")).loadBuiltinRules();
      return (await import("./sarif-6SG6NUHP.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-KY5NQ7TR.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
