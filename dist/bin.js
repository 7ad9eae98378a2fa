#!/usr/bin/env node
import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-LOWPDE6Y.js";
import {
  closest
} from "./chunks/chunk-ZVNJG5DQ.js";
import {
  logLine,
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
  scan: { summary: "scan files, the index (--staged) or commits (--range) for secrets", load: () => import("./chunks/scan-YO3PJOTZ.js") },
  audit: { summary: "audit a repository, its history included (--history), as text, JSON, SARIF or HTML", load: () => import("./chunks/audit-QXJBO5EN.js") },
  fix: { summary: "rewrite plaintext Secrets into SealedSecrets (--seal) or ExternalSecrets (--external)", load: () => import("./chunks/fix-VWROIVVP.js") },
  seal: { summary: "seal Secrets from stdin into SealedSecrets, like kubeseal (--fetch-cert, --validate, --re-encrypt, --raw)", load: () => import("./chunks/seal-LU6XKR5C.js") },
  baseline: { summary: "write the fingerprints of today's findings to a baseline file", load: () => import("./chunks/baseline-YCPOHJKC.js") },
  rules: { summary: "list the rules with id, severity and description", load: () => import("./chunks/rules-FKNUKWYC.js") },
  clean: { summary: "list and remove the plaintext copies fixes keep under .git/sealgate (backups, values files)", load: () => import("./chunks/clean-DIIBYBGP.js") },
  init: { summary: "install the git hooks (husky, core.hooksPath)", load: () => import("./chunks/init-XOKTL6BJ.js") }
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

Options for every command:
  -q, --quiet                        findings and errors only (no summary, hints or progress)
  --no-color                         no colour (also NO_COLOR=1, or when output is not a terminal)

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, configuration or internal error.
Run 'sealgate help <command>' (or 'sealgate <command> --help') for a command's options,
'sealgate version' for the version.
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
    readStdin: async () => typeof io.stdin === "function" ? io.stdin() : io.stdin ?? "",
    // In memory, no stdin given behaves like an interactive terminal (nothing is piped in).
    tty: { stdin: io.stdin === void 0, stdout: false, stderr: false, ...io.tty },
    ...io.live ? { live: io.live } : {}
  };
  const [name, ...rest] = argv;
  try {
    const helpOnly = name === "help" && (rest.length === 0 || rest[0] === "help" || rest[0] === "version");
    if (name === void 0 || name === "--help" || name === "-h" || helpOnly) {
      ctx.out(mainHelp());
      return { exitCode: name === void 0 ? 2 : 0, stdout, stderr };
    }
    if (name === "--version" || name === "-v" || name === "version") {
      ctx.out(`${VERSION}
`);
      return { exitCode: 0, stdout, stderr };
    }
    const [commandName, commandArgs] = name === "help" ? [rest[0], ["--help"]] : [name, rest];
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, commandName) ? COMMANDS[commandName] : void 0;
    if (!entry) {
      const near = closest(commandName, [...Object.keys(COMMANDS), "help", "version"]);
      const hint = near ? ` Did you mean '${near}'?` : "";
      ctx.err(`${logLine(`sealgate: unknown command '${commandName}'.${hint} Run 'sealgate --help' for the list.`)}
`);
      return { exitCode: 2, stdout, stderr };
    }
    const command = (await entry.load()).default;
    const exitCode = await command(commandArgs, ctx);
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
var isTTY = (s) => s.isTTY === true;
var result = await run(process.argv.slice(2), {
  stdin: readStdin,
  tty: { stdin: isTTY(process.stdin), stdout: isTTY(process.stdout), stderr: isTTY(process.stderr) },
  ...isTTY(process.stderr) ? { live: (text) => void process.stderr.write(text) } : {}
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
