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

// src/report/sarif.ts
import { createHash } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", note: "note" };
function placeHash(i) {
  const where = i.properties.resource ?? { line: i.region.startLine };
  return createHash("sha256").update(`${i.ruleId}\0${i.file}\0${JSON.stringify(where)}`).digest("hex").slice(0, 16);
}
function writeSarif(items, run) {
  const version = run.version ?? VERSION;
  const used = [...new Set(items.map((i) => i.ruleId))];
  if (run.sortRules) used.sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const driverRules = used.map((id) => {
    const r = run.rule(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.description },
      defaultConfiguration: { level: LEVEL[r.severity ?? "error"] },
      help: { text: `${r.description}. Move the value out of Git (sealgate fix) and rotate it if it was ever committed: a committed value stays in history.${r.helpUri ? ` How to rotate it: ${r.helpUri}` : ""}` },
      ...r.helpUri ? { helpUri: r.helpUri } : {},
      properties: { tags: ["security", "secret"] }
    };
  });
  const results = items.map((i) => ({
    ruleId: i.ruleId,
    ruleIndex: index.get(i.ruleId),
    level: LEVEL[i.severity],
    message: { text: i.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(i.file), uriBaseId: "%SRCROOT%" }, region: i.region } }],
    partialFingerprints: { "sealgate/v2": placeHash(i) },
    properties: i.properties
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "sealgate", version, semanticVersion: version, informationUri: "https://github.com/sealgate/sealgate", rules: driverRules } },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root" } } },
        results,
        // SARIF's own place for "the run did not see everything": not successful, one notification per problem.
        ...run.incomplete?.length ? {
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: run.incomplete.map((text) => ({ level: "error", message: { text } }))
            }
          ]
        } : {},
        columnKind: "utf16CodeUnits",
        ...run.properties ? { properties: run.properties } : {}
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function formatSarif(result, rules, defaults = {}) {
  const known = new Map(rules.map((r) => [r.id, r]));
  const items = result.findings.map((f) => {
    const fixes = fixCommands(f, defaults);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: `${f.message}${fixes.length ? ` Fix: ${fixes.join(" or ")}` : ""}`,
      file: f.file,
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      fingerprint: f.fingerprint,
      properties: {
        secret: f.secret,
        ...f.resource ? { resource: f.resource } : {},
        ...f.credential ? { credential: f.credential } : {},
        ...rotationLink(f.credential) ? { rotate: rotationLink(f.credential) } : {},
        ...f.decoded ? { decoded: f.decoded } : {},
        ...f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}
      }
    };
  });
  return writeSarif(items, { rule: (id) => ({ description: known.get(id)?.description ?? id, severity: known.get(id)?.severity, helpUri: known.get(id)?.rotate }) });
}
function formatAuditSarif(r, descriptions = /* @__PURE__ */ new Map()) {
  const items = r.entries.map((e) => {
    const where = e.status === "live" ? e.refs?.length ? `live; still in ${e.refs.join(", ")}` : "live" : "in history only: rotate it";
    const intro = e.introduced ? `; introduced in ${e.introduced.sha.slice(0, 12)} (${e.introduced.date.slice(0, 10)})` : "";
    return {
      ruleId: e.ruleId,
      severity: e.severity,
      message: `${e.message} (${where}${intro})${e.fixCommand ? `. Fix: ${e.fixCommand}` : ""}`,
      file: e.file,
      region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) },
      fingerprint: e.fingerprint,
      properties: {
        status: e.status,
        ...e.refs?.length ? { refs: e.refs } : {},
        secret: e.secret,
        occurrences: e.occurrences,
        ...e.otherFiles.length ? { otherFiles: e.otherFiles } : {},
        ...e.resource ? { resource: e.resource } : {},
        ...e.credential ? { credential: e.credential } : {},
        ...rotationLink(e.credential) ? { rotate: rotationLink(e.credential) } : {},
        ...e.introduced ? { introduced: e.introduced } : {},
        ...e.removed ? { removed: e.removed } : {}
      }
    };
  });
  const description = (id) => descriptions.get(id) ?? r.entries.find((e) => e.ruleId === id).message;
  const properties = { repository: r.repository, ...r.head ? { head: r.head } : {}, history: r.history, commitsScanned: r.commitsScanned, summary: r.summary, incomplete: !!r.incomplete?.length };
  return writeSarif(items, { rule: (id) => ({ description: description(id) }), sortRules: true, properties, version: r.tool.version, ...r.incomplete?.length ? { incomplete: r.incomplete } : {} });
}
export {
  formatAuditSarif,
  formatSarif
};
