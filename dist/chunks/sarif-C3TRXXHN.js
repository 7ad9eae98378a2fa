import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-FBRV6FG4.js";
import {
  fixCommands
} from "./chunk-OPZFYLKB.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/report/sarif.ts
init_define_SEALGATE_EMBEDDED_RULES();
var LEVEL = { error: "error", warning: "warning", note: "note" };
function formatSarif(result, rules, defaults = {}) {
  const used = [...new Set(result.findings.map((f) => f.ruleId))];
  const known = new Map(rules.map((r) => [r.id, r]));
  const driverRules = used.map((id) => {
    const r = known.get(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
      shortDescription: { text: r?.description ?? id },
      fullDescription: { text: r?.description ?? id },
      defaultConfiguration: { level: LEVEL[r?.severity ?? "error"] },
      help: { text: `${r?.description ?? id}. Move the value out of Git (sealgate fix) and rotate it if it was ever committed.` },
      properties: { tags: ["security", "secret"] }
    };
  });
  const index = new Map(used.map((id, i) => [id, i]));
  const results = result.findings.map((f) => {
    const fixes = fixCommands(f, defaults);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${fixes.length ? ` Fix: ${fixes.join(" or ")}` : ""}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          }
        }
      ],
      partialFingerprints: { "sealgate/v1": f.fingerprint },
      properties: {
        secret: f.secret,
        ...f.resource ? { resource: f.resource } : {},
        ...f.credential ? { credential: f.credential } : {},
        ...f.decoded ? { decoded: f.decoded } : {},
        ...f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}
      }
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "sealgate", version: VERSION, semanticVersion: VERSION, informationUri: "https://github.com/sealgate/sealgate", rules: driverRules } },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root" } } },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
export {
  formatSarif
};
