import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-GSFX5UBV.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-WX45H7BJ.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-EHX22BTC.js")).formatText(safe, { fixDefaults: opts.fixDefaults, quiet: opts.quiet, paint: opts.paint });
    case "json":
      return (await import("./json-DJVNJTKN.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-GV27X5XQ.js")).loadBuiltinRules();
      return (await import("./sarif-B7K2WJUD.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-GZCP55DR.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
