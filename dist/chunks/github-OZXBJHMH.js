import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  credentialNote
} from "./chunk-Y6JBLTLN.js";
import {
  workflowCommand
} from "./chunk-ZXJKQEBH.js";
import "./chunk-INBEUFBM.js";
import "./chunk-3VBI235H.js";
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
