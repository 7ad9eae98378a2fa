import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-XOU2WEJ2.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-TUIKVVGA.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-327QZMO4.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-FCDSGGNH.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-BZAJ7OJB.js")).loadBuiltinRules();
      return (await import("./sarif-5YDG4VSB.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-PZUEO3ZS.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
