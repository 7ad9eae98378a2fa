import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  credentialNote
} from "./chunk-B334YYHD.js";
import {
  workflowCommand
} from "./chunk-SYI4JVGK.js";
import "./chunk-6GN5VCVB.js";
import "./chunk-U7QNFYXR.js";
import "./chunk-3KSM5TLY.js";

// src/report/github.ts
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
