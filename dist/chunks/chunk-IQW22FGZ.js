import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-RWGJ4AWS.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-MS6ISIA5.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-5QORAMQH.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-77DBXD3R.js")).formatJson(safe);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-35UYEV4Q.js")).loadBuiltinRules();
      return (await import("./sarif-RZP3YY3Y.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-EAM5N5SY.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
