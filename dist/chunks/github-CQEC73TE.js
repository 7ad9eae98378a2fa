import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EA35BGWX.js";

// src/report/github.ts
init_define_SEALGATE_EMBEDDED_RULES();
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProp = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function formatGithub(result) {
  return result.findings.map((f) => {
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    const props = [
      `file=${escapeProp(f.file)}`,
      `line=${f.line}`,
      `endLine=${f.endLine}`,
      `col=${f.column}`,
      `endColumn=${f.endColumn}`,
      `title=${escapeProp(f.ruleId)}`
    ].join(",");
    return `::${level} ${props}::${escapeData(`${f.message} (secret: ${f.secret})`)}
`;
  }).join("");
}
export {
  formatGithub
};
