import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  bool,
  oneOf,
  parseOptions,
  str
} from "./chunk-LPEM2JOY.js";
import "./chunk-ZVNJG5DQ.js";
import {
  effectiveRules,
  loadConfig
} from "./chunk-Z6LMIWVM.js";
import {
  repositoryRoot
} from "./chunk-R7KVV44W.js";
import "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/commands/rules.ts
init_define_SEALGATE_EMBEDDED_RULES();
var GENERAL = "Kubernetes manifests and generic patterns";
function groupByProvider(rules) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const key = r.provider ?? GENERAL;
    groups.set(key, [...groups.get(key) ?? [], r]);
  }
  const cmp = (a, b) => a.localeCompare(b, "en", { sensitivity: "base" });
  return [...groups.entries()].sort(([a], [b]) => a === GENERAL ? -1 : b === GENERAL ? 1 : cmp(a, b));
}
async function rulesCommand(args, ctx) {
  const p = parseOptions(args, { format: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "rules");
  if (bool(p, "help")) {
    ctx.out(
      "Usage: sealgate rules [--format text|json] [--config FILE]\n\nList the rules (built-in and custom, with config overrides) grouped by provider, with id, severity and\nthe credential each one recognises. JSON also gives keywords, the checksum validator and the rotation link.\n"
    );
    return 0;
  }
  const format = oneOf(str(p, "format"), ["text", "json"], "format") ?? "text";
  const root = await repositoryRoot(ctx.cwd, ctx.env) ?? ctx.cwd;
  const rules = effectiveRules(await loadConfig(root, str(p, "config"), ctx.cwd));
  if (format === "json") {
    const list = rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      description: r.description,
      kind: r.check ? "manifest" : "content",
      keywords: r.keywords,
      ...r.provider ? { provider: r.provider, credential: r.credential, rotate: r.rotate } : {},
      ...r.validate ? { validate: r.validate } : {},
      ...r.fix ? { fix: r.fix } : {}
    }));
    ctx.out(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  const groups = groupByProvider(rules);
  for (const [provider, list] of groups) {
    ctx.out(`${provider} (${list.length})
`);
    for (const r of list) ctx.out(`  ${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.credential ?? r.description}
`);
  }
  const providers = groups.filter(([g]) => g !== GENERAL).length;
  ctx.out(`
${rules.length} rules; ${providers} providers. 'sealgate rules --format json' adds keywords and rotation links.
`);
  return 0;
}
export {
  GENERAL,
  rulesCommand as default,
  groupByProvider
};
