import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  bool,
  oneOf,
  parseOptions,
  str
} from "./chunk-5AYMG2U3.js";
import {
  effectiveRules,
  loadConfig
} from "./chunk-QDZGHJKY.js";
import {
  repositoryRoot
} from "./chunk-CZB3GGNI.js";
import "./chunk-YXU37RL3.js";
import "./chunk-65SPQPG6.js";
import "./chunk-XCRX7MVC.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-3GFIKQQT.js";

// src/cli/commands/rules.ts
init_define_SEALGATE_EMBEDDED_RULES();
async function rulesCommand(args, ctx) {
  const p = parseOptions(args, { format: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "rules");
  if (bool(p, "help")) {
    ctx.out("Usage: sealgate rules [--format text|json] [--config FILE]\n\nList the rules (built-in and custom, with config overrides) with id, severity and description.\n");
    return 0;
  }
  const format = oneOf(str(p, "format"), ["text", "json"], "format") ?? "text";
  const root = await repositoryRoot(ctx.cwd, ctx.env) ?? ctx.cwd;
  const rules = effectiveRules(await loadConfig(root, str(p, "config"), ctx.cwd));
  if (format === "json") {
    const list = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description, kind: r.check ? "manifest" : "content", keywords: r.keywords, ...r.fix ? { fix: r.fix } : {} }));
    ctx.out(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) ctx.out(`${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.description}
`);
  return 0;
}
export {
  rulesCommand as default
};
