// `sealgate scan`: the working tree, the index (--staged), a commit range (--range) or what a push
// sends (--pre-push). Prints the report and returns 0 (clean), 1 (blocking findings) or 2 (error).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { parseOptions, str, bool, oneOf, nonNegativeInt } from '../args.js';
import { UsageError } from '../../errors.js';
import { scan, type ScanOutcome } from '../../scan.js';
import { exitCode } from '../../exit-code.js';
import { FORMATS, formatReport } from '../../report/index.js';
import { logLine } from '../../report/escape.js';
import { checkShowSecrets, takeShowSecretsForce } from '../show-secrets.js';
import type { Source } from '../../sources/source.js';
import { repositoryRoot, Git } from '../../sources/git-client.js';
import { paint, useColor } from '../../report/color.js';

export const SCAN_HELP = `Usage: sealgate scan [PATH...] [options]

Scan files and folders of the working tree (default: .). In a git repository that means tracked
files and untracked files git does not ignore, plus any file named explicitly; elsewhere every
file, minus .git and node_modules. PATH '-' scans standard input (as stdin.yaml). A PATH that
does not exist, or a named file that cannot be scanned (over maxFileSize), is exit 2.

Modes (git):
  --staged                 scan what is staged in the index (what 'git commit' would record); this is
                           what the pre-commit hook runs
  --range BASE..HEAD       scan every commit of the range on its own (a secret added and later removed
                           is still reported: rotate it)
  --pre-push               read git's pre-push lines from stdin and scan the commits being pushed
  --whole-files            in these modes, also report untouched documents of touched files

Options:
  --format text|json|sarif|github   report format (default text)
  --output FILE            write the report to FILE instead of stdout
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  --baseline FILE          ignore findings whose fingerprints are in FILE
  --show-secrets           print secrets unmasked (masked by default; refused when CI is
                           set unless written --show-secrets=force)
  --max-warnings N         exit 1 also when warnings exceed N
  -q, --quiet              findings only (no summary, fix commands or explanation)
  --no-color               no colour (also NO_COLOR=1; off anyway when stdout is not a terminal)
  -h, --help               show this help

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, configuration or internal error.

Examples:
  sealgate scan k8s/                       scan one folder
  sealgate scan --staged                   pre-commit
  sealgate scan --range origin/main..HEAD --format sarif --output sealgate.sarif
`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'show-secrets': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  staged: { type: 'boolean' },
  range: { type: 'string' },
  'pre-push': { type: 'boolean' },
  'whole-files': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export default async function scanCommand(argv: string[], ctx: CommandContext): Promise<number> {
  const { args, force } = takeShowSecretsForce(argv);
  const p = parseOptions(args, OPTIONS, 'scan');
  const showSecrets = checkShowSecrets(bool(p, 'show-secrets'), force, ctx.env, 'scan');
  if (bool(p, 'help')) {
    ctx.out(SCAN_HELP);
    return 0;
  }
  const format = oneOf(str(p, 'format'), FORMATS, 'format') ?? 'text';
  const maxWarnings = nonNegativeInt(str(p, 'max-warnings'), 'max-warnings');
  const modes = [bool(p, 'staged'), str(p, 'range') !== undefined, bool(p, 'pre-push')].filter(Boolean).length;
  if (modes > 1) throw new UsageError('scan: --staged, --range and --pre-push cannot be combined');
  // git runs pre-push hooks with the remote's name and URL as arguments: accepted, not needed (stdin has the refs).
  const ignored = bool(p, 'pre-push') ? Math.min(2, p.positionals.length) : 0;
  if (modes === 1 && p.positionals.length > ignored) throw new UsageError('scan: PATH arguments cannot be combined with --staged, --range or --pre-push');

  const stdin = p.positionals.includes('-');
  if (stdin && (modes === 1 || p.positionals.length > 1)) throw new UsageError("scan: '-' (standard input) is scanned on its own");
  const source = stdin ? await stdinScan(ctx) : await gitSource(p.values, ctx);
  const result = await scan({
    cwd: ctx.cwd,
    paths: modes === 1 || stdin ? [] : p.positionals,
    source: source?.source,
    root: source?.root,
    configPath: str(p, 'config'),
    baselinePath: str(p, 'baseline'),
    wholeFiles: bool(p, 'whole-files'),
    env: ctx.env,
  });
  const fixDefaults = { cert: result.config.seal?.cert, store: result.config.external?.store };
  const output = str(p, 'output');
  const color = !output && useColor({ isTTY: ctx.tty.stdout, noColorFlag: bool(p, 'no-color'), env: ctx.env });
  const report = await formatReport(result, format, { showSecrets, fixDefaults, quiet: bool(p, 'quiet'), paint: paint(color) });
  if (output) writeFileSync(path.resolve(ctx.cwd, output), report);
  else ctx.out(report);
  for (const w of result.warnings) ctx.err(`${logLine(`sealgate: warning: ${w}`)}\n`);
  // Hooks, CI ranges and named files (the pre-commit framework's and lint-staged's mode) fail closed on
  // a file that could not be scanned (over maxFileSize, unreadable).
  return exitCodeFor(result, maxWarnings, source !== undefined || p.positionals.length > 0);
}

async function stdinScan(ctx: CommandContext): Promise<{ source: Source; root: string | undefined }> {
  const { stdinSource } = await import('../../sources/stdin.js');
  return { source: stdinSource(Buffer.from(await ctx.readStdin(), 'utf8')), root: await repositoryRoot(ctx.cwd, ctx.env) };
}

async function gitSource(values: Record<string, unknown>, ctx: CommandContext): Promise<{ source: Source; root: string } | undefined> {
  if (!values.staged && values.range === undefined && !values['pre-push']) return undefined;
  const root = await repositoryRoot(ctx.cwd, ctx.env);
  if (!root) throw new UsageError('scan: --staged, --range and --pre-push need a git repository');
  const repo = new Git(root, ctx.env);
  const sources = await import('../../sources/git.js');
  if (values.staged) return { source: sources.stagedSource(repo), root };
  if (values['pre-push']) return { source: sources.prePushSource(repo, await ctx.readStdin()), root };
  const range = String(values.range);
  if (!range.includes('..')) throw new UsageError(`scan: --range takes BASE..HEAD (got '${range}')`);
  return { source: sources.rangeSource(repo, range), root };
}

/** 1 for blocking findings (or too many warnings); hooks also block (2) on files that could not be scanned. */
export function exitCodeFor(result: ScanOutcome, maxWarnings: number | undefined, hookMode: boolean): number {
  return exitCode(result.findings, result.summary.skipped, { maxWarnings, failOnUnscannable: hookMode && result.config.failOnSkipped });
}
