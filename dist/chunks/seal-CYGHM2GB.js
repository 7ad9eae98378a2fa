import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  CLUSTER_WIDE,
  NAMESPACE_WIDE,
  describeCert,
  loadCertificate,
  resolveCertSpec
} from "./chunk-R64GNAAG.js";
import {
  SCOPES,
  scopeLabel,
  sealValue
} from "./chunk-R2T3AWPL.js";
import {
  bool,
  oneOf,
  parseOptions,
  str
} from "./chunk-GPUJ2KYQ.js";
import {
  loadConfig
} from "./chunk-JOOCBLLA.js";
import {
  repositoryRoot
} from "./chunk-R7KVV44W.js";
import "./chunk-GUMGDSN7.js";
import "./chunk-VTSVCMTC.js";
import {
  UsageError
} from "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/cli/commands/seal.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { readFileSync } from "node:fs";
import path from "node:path";
var SEAL_HELP = `Usage: sealgate seal --raw --cert CERT --name NAME --namespace NS [--scope SCOPE] < value

Seal one value for a SealedSecret's spec.encryptedData, offline, exactly like 'kubeseal --raw':
the value is read from stdin as is (use 'printf %s' or 'echo -n': a trailing newline is part of
the value) or from --from-file, and the base64 result is printed with no trailing newline.

Options:
  --raw                    required (the only mode; to seal whole Secrets use 'sealgate fix --seal')
  --cert CERT              the controller's certificate: a path, file:// or http(s):// URL
                           (default: seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT)
  --name NAME              the SealedSecret's name (needed for strict scope)
  --namespace NS           its namespace (needed unless --scope cluster-wide)
  --scope SCOPE            strict (default), namespace-wide or cluster-wide; for the latter two, add
                           the printed annotation to the SealedSecret's metadata
  --from-file FILE         read the value from FILE instead of stdin (binary safe)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

Example:
  printf %s "$DB_PASSWORD" | sealgate seal --raw --cert pub-cert.pem --name db --namespace shop
`;
var OPTIONS = {
  raw: { type: "boolean" },
  cert: { type: "string" },
  name: { type: "string" },
  namespace: { type: "string", short: "n" },
  scope: { type: "string" },
  "from-file": { type: "string" },
  config: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function sealCommand(args, ctx) {
  const p = parseOptions(args, OPTIONS, "seal");
  if (bool(p, "help")) {
    ctx.out(SEAL_HELP);
    return 0;
  }
  if (!bool(p, "raw")) throw new UsageError("seal: only --raw is supported (one value from stdin); to seal Secret manifests use 'sealgate fix --seal'");
  if (p.positionals.length) throw new UsageError(`seal: unexpected argument '${p.positionals[0]}'; the value comes from stdin or --from-file`);
  const root = await repositoryRoot(ctx.cwd, ctx.env) ?? path.resolve(ctx.cwd);
  const config = await loadConfig(root, str(p, "config"), ctx.cwd);
  const scope = oneOf(str(p, "scope") ?? config.seal?.scope, SCOPES, "scope") ?? "strict";
  const name = str(p, "name");
  const namespace = str(p, "namespace");
  if (scope !== "cluster-wide" && !namespace) throw new UsageError(`seal: --namespace is required for ${scope} scope`);
  if (scope === "strict" && !name) throw new UsageError("seal: --name is required for strict scope");
  const spec = resolveCertSpec({ flag: str(p, "cert"), configCert: config.seal?.cert, configFile: config.file, env: ctx.env, cwd: ctx.cwd });
  if (!spec) throw new UsageError("seal: --cert CERT is required (or seal.cert in .sealgate.yaml, or $SEALED_SECRETS_CERT)");
  const cert = await loadCertificate(spec.spec, spec.base);
  let value;
  const from = str(p, "from-file");
  if (from !== void 0) {
    try {
      value = readFileSync(path.resolve(ctx.cwd, from));
    } catch (e) {
      throw new UsageError(`seal: --from-file ${from}: cannot read it (${e.code ?? "error"})`);
    }
  } else {
    value = Buffer.from(await ctx.readStdin(), "utf8");
  }
  ctx.err(`${describeCert(cert)}
`);
  if (value.length === 0) ctx.err("sealgate seal: warning: the value is empty\n");
  if (scope !== "strict") ctx.err(`sealgate seal: add the annotation ${scope === "cluster-wide" ? CLUSTER_WIDE : NAMESPACE_WIDE}: "true" to the SealedSecret's metadata
`);
  ctx.out(sealValue(cert.publicKey, scopeLabel(scope, namespace, name), value));
  return 0;
}
export {
  SEAL_HELP,
  sealCommand as default
};
