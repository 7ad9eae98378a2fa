import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-CO4XLIBR.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-OVSMDJO3.js";

// src/report/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var FORMATS = ["text", "json", "sarif", "github"];
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await import("./text-SX5LECYC.js")).formatText(safe, opts.fixDefaults);
    case "json":
      return (await import("./json-2FHBDSIC.js")).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await import("./load-W5DXWH2M.js")).loadBuiltinRules();
      return (await import("./sarif-Y3QLATYR.js")).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await import("./github-TWONETIK.js")).formatGithub(safe);
  }
}

export {
  FORMATS,
  formatReport
};
