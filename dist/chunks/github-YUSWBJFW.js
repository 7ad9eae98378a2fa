import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  credentialNote
} from "./chunk-C3KP5UI5.js";
import "./chunk-4XUYWVBN.js";
import {
  workflowCommand
} from "./chunk-YVVHTWQJ.js";
import "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

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
