import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-RI7A2H2O.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-536VXJNP.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-Y5Z2Q6PA.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-4YKK5MAU.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-3KIGWVPE.js")).loadBuiltinRules();
      return (await import("./sarif-S3XEBVTA.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-CAFBC523.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
