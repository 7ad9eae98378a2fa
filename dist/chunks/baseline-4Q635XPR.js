import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  bool,
  parseOptions,
  str
} from "./chunk-GPUJ2KYQ.js";
import {
  scan
} from "./chunk-FOQSNOS6.js";
import {
  BASELINE_FILE,
  baselineJson
} from "./chunk-CTSNLJK5.js";
import "./chunk-7NO5A2W6.js";
import "./chunk-JOOCBLLA.js";
import "./chunk-ZD45ZS5W.js";
import "./chunk-IQ63MX42.js";
import "./chunk-TSTRDWJQ.js";
import "./chunk-R7KVV44W.js";
import "./chunk-GUMGDSN7.js";
import "./chunk-VTSVCMTC.js";
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
so only new secrets block. A fingerprint is the rule, the file and a keyed hash of the secret (the
key is stored in the baseline, never in a report): no values, no line numbers, so the baseline
survives edits and merges. Secrets in a baseline still need rotating.
`;
async function baselineCommand(args, ctx) {
  const p = parseOptions(args, { output: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "baseline");
  if (bool(p, "help")) {
    ctx.out(HELP);
    return 0;
  }
  const { repositoryRoot } = await import("./git-client-IARXRSBQ.js");
  const { baselineKey, fingerprintKey } = await import("./fingerprint-key-LXWWPP4L.js");
  const repo = await repositoryRoot(ctx.cwd, ctx.env);
  const top = repo ?? ctx.cwd;
  const target = path.resolve(ctx.cwd, str(p, "output") ?? path.join(top, BASELINE_FILE));
  const key = baselineKey(target).key ?? (await fingerprintKey(top, void 0, repo !== void 0, ctx.env)).key;
  const result = await scan({ cwd: ctx.cwd, paths: p.positionals, configPath: str(p, "config"), fingerprintKey: key, ignoreBaseline: true });
  const out = str(p, "output") ? target : path.join(result.root, BASELINE_FILE);
  writeFileSync(out, baselineJson(result.findings, result.fingerprintKey));
  ctx.out(`sealgate: wrote ${result.findings.length} fingerprint(s) to ${path.relative(ctx.cwd, out) || out}
`);
  return 0;
}
export {
  baselineCommand as default
};
