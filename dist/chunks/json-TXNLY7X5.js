import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-KP4TSXS2.js";
import {
  fixCommands
} from "./chunk-F5PGSTEZ.js";
import {
  rotationLink
} from "./chunk-6GN5VCVB.js";
import "./chunk-U7QNFYXR.js";
import "./chunk-3KSM5TLY.js";

// src/report/json.ts
function formatJson(result, defaults = {}) {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...f.resource ? { resource: f.resource } : {},
    secret: f.secret,
    fingerprint: f.fingerprint,
    ...f.fix ? { fix: f.fix, fixCommands: fixCommands(f, defaults) } : {},
    ...f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {},
    offset: f.offset,
    ...f.document ? { document: f.document } : {},
    ...f.credential ? { credential: f.credential } : {},
    ...rotationLink(f.credential) ? { rotate: rotationLink(f.credential) } : {},
    ...f.decoded ? { decoded: f.decoded } : {}
  }));
  const s = result.summary;
  return JSON.stringify(
    {
      version: 1,
      tool: { name: "sealgate", version: VERSION },
      findings,
      summary: {
        files: s.files,
        bytes: s.bytes,
        skipped: s.skipped.map((x) => ({ file: x.file, reason: x.reason, ...x.commit ? { commit: x.commit } : {} })),
        findings: s.findings,
        ...s.hidden ? { hidden: s.hidden } : {},
        durationMs: s.durationMs,
        ...s.range !== void 0 ? { range: s.range, commits: s.commits } : {}
      }
    },
    null,
    2
  ) + "\n";
}
export {
  formatJson
};
