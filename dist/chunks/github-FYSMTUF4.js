import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  credentialNote
} from "./chunk-44XXVIM2.js";
import "./chunk-VEK7V6T6.js";
import {
  workflowCommand
} from "./chunk-K3JJ3E4F.js";
import "./chunk-BUIGTLOB.js";
import "./chunk-Y7T6AIF6.js";
import "./chunk-ZB55MJ7K.js";
import "./chunk-VFXUDUTR.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-G5GWPPM7.js";

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
