#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-LOWPDE6Y.js";
import {
  logLines,
  neutralizeCommands
} from "./chunks/chunk-YVVHTWQJ.js";
import {
  REPORT_BUG_HINT,
  SealgateError,
  describeError
} from "./chunks/chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunks/chunk-EFRCBL4A.js";

// src/bin.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/cli/run.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/cli/commands/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var COMMANDS = {
  scan: { summary: "scan files, the index (--staged) or commits (--range) for secrets", load: () => import("./chunks/scan-AEP66POM.js") },
  audit: { summary: "audit a repository, its history included (--history), as text, JSON, SARIF or HTML", load: () => import("./chunks/audit-NSJZORLB.js") },
  fix: { summary: "rewrite plaintext Secrets into SealedSecrets (--seal) or ExternalSecrets (--external)", load: () => import("./chunks/fix-737NPQBL.js") },
  seal: { summary: "seal one value from stdin, like kubeseal --raw", load: () => import("./chunks/seal-CYGHM2GB.js") },
  baseline: { summary: "write the fingerprints of today's findings to a baseline file", load: () => import("./chunks/baseline-4Q635XPR.js") },
  rules: { summary: "list the rules with id, severity and description", load: () => import("./chunks/rules-QCXBKMAZ.js") },
  init: { summary: "install the git hooks (husky, core.hooksPath)", load: () => import("./chunks/init-DEBDWL2Z.js") }
};

// src/cli/run.ts
function mainHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `sealgate ${VERSION}: keep plaintext Kubernetes Secrets and credentials out of Git, and repair them.

Usage: sealgate <command> [options]

Commands:
${lines.join("\n")}

Examples:
  sealgate scan                      scan the working tree
  sealgate scan --staged             what a pre-commit hook runs
  sealgate scan --range main..HEAD   every commit of a branch
  sealgate fix k8s/secret.yaml --seal --cert pub-cert.pem
  sealgate audit --history --html report.html

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, configuration or internal error.
Run 'sealgate <command> --help' for a command's options.
`;
}
async function run(argv, io = {}) {
  let stdout = "";
  let stderr = "";
  const ctx = {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    out: (t) => void (stdout += t),
    // Nothing sealgate writes to stderr is a workflow command, and the runner reads stderr too: a
    // line starting with `::` there can only be quoted input (commands escape their own input as well).
    err: (t) => void (stderr += neutralizeCommands(t)),
    readStdin: async () => typeof io.stdin === "function" ? io.stdin() : io.stdin ?? ""
  };
  const [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
      ctx.out(mainHelp());
      return { exitCode: name === void 0 ? 2 : 0, stdout, stderr };
    }
    if (name === "--version" || name === "-v") {
      ctx.out(`${VERSION}
`);
      return { exitCode: 0, stdout, stderr };
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : void 0;
    if (!entry) {
      ctx.err(`sealgate: unknown command '${name}'. Run 'sealgate --help' for the list.
`);
      return { exitCode: 2, stdout, stderr };
    }
    const command = (await entry.load()).default;
    const exitCode = await command(rest, ctx);
    return { exitCode, stdout, stderr };
  } catch (e) {
    if (e instanceof SealgateError) {
      ctx.err(`${logLines(`sealgate: ${e.message}`)}
`);
    } else {
      ctx.err(`sealgate: internal error: ${describeError(e)}
${REPORT_BUG_HINT}
`);
    }
    return { exitCode: 2, stdout, stderr };
  }
}

// src/bin.ts
async function readStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
process.on("unhandledRejection", (e) => {
  process.stderr.write(`sealgate: internal error: ${e?.message ?? e}
`);
  process.exit(2);
});
var result = await run(process.argv.slice(2), { stdin: readStdin });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
