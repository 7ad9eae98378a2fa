import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/audit/sarif.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LEVEL = { error: "error", warning: "warning", note: "note" };
function renderAuditSarif(r, descriptions = /* @__PURE__ */ new Map()) {
  const ids = [...new Set(r.entries.map((e) => e.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const text = descriptions.get(id) ?? r.entries.find((e) => e.ruleId === id).message;
    return {
      id,
      shortDescription: { text },
      help: { text: `${text}. Move the value out of Git (sealgate fix) and rotate it: a committed value stays in history.` },
      properties: { tags: ["security", "secret"] }
    };
  });
  const results = r.entries.map((e) => {
    const where = e.status === "live" ? e.refs?.length ? `live (still in ${e.refs.join(", ")})` : "live" : "in history only: rotate it";
    const intro = e.introduced ? `; introduced in ${e.introduced.sha.slice(0, 12)} (${e.introduced.date.slice(0, 10)})` : "";
    return {
      ruleId: e.ruleId,
      ruleIndex: index.get(e.ruleId),
      level: LEVEL[e.severity],
      message: { text: `${e.message} (${where}${intro})${e.fixCommand ? `. Fix: ${e.fixCommand}` : ""}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(e.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) }
          }
        }
      ],
      partialFingerprints: { "sealgate/v1": e.fingerprint },
      properties: {
        status: e.status,
        secret: e.secret,
        occurrences: e.occurrences,
        ...e.otherFiles.length ? { otherFiles: e.otherFiles } : {},
        ...e.resource ? { resource: e.resource } : {},
        ...e.introduced ? { introduced: e.introduced } : {},
        ...e.removed ? { removed: e.removed } : {}
      }
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "sealgate", version: r.tool.version, semanticVersion: r.tool.version, informationUri: "https://github.com/sealgate/sealgate", rules }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root" } } },
        results,
        // SARIF's own place for "the run did not see everything": not successful, with one notification per problem.
        invocations: [
          {
            executionSuccessful: !r.incomplete?.length,
            ...r.incomplete?.length ? { toolExecutionNotifications: r.incomplete.map((text) => ({ level: "error", message: { text } })) } : {}
          }
        ],
        columnKind: "utf16CodeUnits",
        properties: { repository: r.repository, ...r.head ? { head: r.head } : {}, history: r.history, commitsScanned: r.commitsScanned, summary: r.summary, incomplete: !!r.incomplete?.length }
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
export {
  renderAuditSarif
};
