import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  bool,
  parseOptions,
  str
} from "./chunk-LPEM2JOY.js";
import "./chunk-ZVNJG5DQ.js";
import {
  scan
} from "./chunk-PEIIIHEI.js";
import {
  BASELINE_FILE,
  baselineJson
} from "./chunk-VFYZDEPZ.js";
import "./chunk-Z6LMIWVM.js";
import "./chunk-VCXNBE4A.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-R7KVV44W.js";
import "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/commands/baseline.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { writeFileSync } from "node:fs";
import path from "node:path";
var HELP = `Usage: sealgate baseline [PATH...] [--output FILE] [--config FILE]

Write the fingerprints of today's findings to FILE (default ${BASELINE_FILE} at the repository root).
Later scans given '--baseline FILE' (or 'baseline: FILE' in .sealgate.yaml) ignore those findings,
so only new secrets block. A fingerprint is the rule, the file and a hash of the secret: no values,
no line numbers, so the baseline survives edits and merges. Secrets in a baseline still need rotating.
`;
async function baselineCommand(args, ctx) {
  const p = parseOptions(args, { output: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "baseline");
  if (bool(p, "help")) {
    ctx.out(HELP);
    return 0;
  }
  const result = await scan({ cwd: ctx.cwd, paths: p.positionals, configPath: str(p, "config") });
  const out = path.resolve(ctx.cwd, str(p, "output") ?? path.join(result.root, BASELINE_FILE));
  writeFileSync(out, baselineJson(result.findings));
  ctx.out(`sealgate: wrote ${result.findings.length} fingerprint(s) to ${path.relative(ctx.cwd, out) || out}
`);
  return 0;
}
export {
  baselineCommand as default
};
