import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-GXJIPHY7.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EA35BGWX.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-T53SSYGL.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-B2AHOBFW.js")).formatJson(safe);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-CRKZV73I.js")).loadBuiltinRules();
      return (await import("./sarif-CZF3BF5H.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-CQEC73TE.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
