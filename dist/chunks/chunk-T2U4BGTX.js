import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-BDCGX4Q6.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-G5GWPPM7.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-HPIIQSY2.js")).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case "json":
      return (await import("./json-3A3UDKLT.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-LPE5JG2F.js")).loadBuiltinRules();
      return (await import("./sarif-7GTXTNO5.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-FYSMTUF4.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
