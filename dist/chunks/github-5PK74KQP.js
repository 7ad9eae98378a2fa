import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  credentialNote
} from "./chunk-UX5U2O3O.js";
import {
  workflowCommand
} from "./chunk-ZXJKQEBH.js";
import "./chunk-ISWGB44K.js";
import "./chunk-6SIH3I3O.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-CMAC4B3C.js";

// src/report/github.ts
init_define_SEALGATE_EMBEDDED_RULES();
function formatGithub(result) {
  return result.findings.map((f) => {
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    const props = { file: f.file, line: f.line, endLine: f.endLine, col: f.column, endColumn: f.endColumn, title: f.ruleId };
    return `${workflowCommand(level, props, `${f.message}${credentialNote(f)} (secret: ${f.secret})`)}
`;
  }).join("");
}
export {
  formatGithub
};
