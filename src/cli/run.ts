// The CLI as a function: run(argv) -> {exitCode, stdout, stderr}. Never exits the process, so tests and
// other programs embed it. Exit codes: 0 clean, 1 blocking findings, 2 usage/config/git/internal error.
import { SealgateError, REPORT_BUG_HINT, describeError } from '../errors.js';

export { describeError };
import { COMMANDS } from './commands/index.js';
import type { CommandContext } from './context.js';
import { VERSION } from '../version.js';
import { closest } from './suggest.js';
import { logLine, logLines, neutralizeCommands } from '../report/escape.js';

export interface RunIO {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string | (() => Promise<string>);
  /** Which streams are terminals (default: stdout and stderr are not; stdin is when no stdin is given). */
  tty?: Partial<CommandContext['tty']>;
  /** Immediate stderr writes for progress lines (only given when stderr is a terminal). */
  live?: (text: string) => void;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `sealgate ${VERSION}: keep plaintext Kubernetes Secrets and credentials out of Git, and repair them.

Usage: sealgate <command> [options]

Commands:
${lines.join('\n')}

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

export async function run(argv: string[], io: RunIO = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const ctx: CommandContext = {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    out: (t) => void (stdout += t),
    // Nothing sealgate writes to stderr is a workflow command, and the runner reads stderr too: a
    // line starting with `::` there can only be quoted input (commands escape their own input as well).
    err: (t) => void (stderr += neutralizeCommands(t)),
    readStdin: async () => (typeof io.stdin === 'function' ? io.stdin() : (io.stdin ?? '')),
    // In memory, no stdin given behaves like an interactive terminal (nothing is piped in).
    tty: { stdin: io.stdin === undefined, stdout: false, stderr: false, ...io.tty },
    ...(io.live ? { live: io.live } : {}),
  };
  const [name, ...rest] = argv;
  try {
    const helpOnly = name === 'help' && (rest.length === 0 || rest[0] === 'help' || rest[0] === 'version');
    if (name === undefined || name === '--help' || name === '-h' || helpOnly) {
      ctx.out(mainHelp());
      return { exitCode: name === undefined ? 2 : 0, stdout, stderr };
    }
    if (name === '--version' || name === '-v' || name === 'version') {
      ctx.out(`${VERSION}\n`);
      return { exitCode: 0, stdout, stderr };
    }
    // `sealgate help scan` is `sealgate scan --help`.
    const [commandName, commandArgs] = name === 'help' ? [rest[0]!, ['--help']] : [name, rest];
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, commandName) ? COMMANDS[commandName] : undefined;
    if (!entry) {
      const near = closest(commandName, [...Object.keys(COMMANDS), 'help', 'version']);
      const hint = near ? ` Did you mean '${near}'?` : '';
      ctx.err(`${logLine(`sealgate: unknown command '${commandName}'.${hint} Run 'sealgate --help' for the list.`)}\n`);
      return { exitCode: 2, stdout, stderr };
    }
    const command = (await entry.load()).default;
    const exitCode = await command(commandArgs, ctx);
    return { exitCode, stdout, stderr };
  } catch (e) {
    if (e instanceof SealgateError) {
      ctx.err(`${logLines(`sealgate: ${e.message}`)}\n`);
    } else {
      // Unknown errors fail closed (exit 2). Only the message and stack frames are printed: error
      // messages from parsers can quote input, so they pass through the masking in describeError.
      ctx.err(`sealgate: internal error: ${describeError(e)}\n${REPORT_BUG_HINT}\n`);
    }
    return { exitCode: 2, stdout, stderr };
  }
}
