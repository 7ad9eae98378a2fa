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
      return (await import("./text-R2C5DJSJ.js")).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case "json":
      return (await import("./json-ZAJULEEQ.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-VCUTTKRI.js")).loadBuiltinRules();
      return (await import("./sarif-HHO3OMCX.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-4W6YD3NM.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
