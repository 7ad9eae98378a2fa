// `sealgate audit`: the one-off audit of a repository, its history included with --history.
import { checkShowSecrets, takeShowSecretsForce } from '../show-secrets.js';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { parseOptions, str, bool, oneOf } from '../args.js';
import { UsageError } from '../../errors.js';
import type { AuditReport } from '../../report/audit-model.js';

export const AUDIT_HELP = `Usage: sealgate audit [PATH] [options]

Audit a repository (default: the current one) for plaintext Kubernetes Secrets and credentials.
Without --history: the working tree, like 'sealgate scan'. With --history: also HEAD and every
commit reachable from any branch or tag, so secrets that were committed and later removed show up
too. Each distinct secret is reported once, with where it was introduced (commit, author, date) and
whether it is still live (in the working tree, HEAD or any branch or tag tip, which the report
names) or only in history (then it must be rotated).

Options:
  --history                also scan every commit reachable from all refs; a secret still present at
                           any branch or tag tip counts as live, and the report names those refs
  --refs PATTERNS          with --history: the refs whose tips count as live, as for-each-ref
                           patterns, comma-separated (default refs/heads,refs/tags)
  --format text|json|sarif report format (default text); json is the audit data model
  --output FILE            write the report to FILE instead of stdout
  --html FILE              also write a self-contained HTML report to FILE
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  --show-secrets           print secrets unmasked (masked by default; refused when CI is
                           set unless written --show-secrets=force)
  -q, --quiet              no progress line (it is shown only when stderr is a terminal)
  -h, --help               show this help

Exit codes: 0 nothing blocking, 1 blocking secrets live or in history only (rotate them),
2 usage, configuration or git error, or an incomplete audit: when an object cannot be read (a
missing or corrupt blob, a shallow clone's cut) the audit goes on, reports everything else, lists
what it could not read, marks the report incomplete (text, JSON, SARIF, HTML) and exits 2.

Examples:
  sealgate audit --history
  sealgate audit --history --html audit.html
  sealgate audit k8s/ --format sarif --output audit.sarif
`;

const OPTIONS = {
  refs: { type: 'string' },
  history: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string' },
  html: { type: 'string' },
  config: { type: 'string' },
  'show-secrets': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['text', 'json', 'sarif'] as const;

export default async function auditCommand(argv: string[], ctx: CommandContext): Promise<number> {
  const { args, force } = takeShowSecretsForce(argv);
  const p = parseOptions(args, OPTIONS, 'audit');
  const showSecrets = checkShowSecrets(bool(p, 'show-secrets'), force, ctx.env, 'audit');
  if (bool(p, 'help')) {
    ctx.out(AUDIT_HELP);
    return 0;
  }
  const format = oneOf(str(p, 'format'), FORMATS, 'format') ?? 'text';
  if (p.positionals.length > 1) throw new UsageError(`audit: takes one PATH (got ${p.positionals.length}). Run 'sealgate audit --help'.`);
  const target = path.resolve(ctx.cwd, p.positionals[0] ?? '.');
  if (!existsSync(target)) throw new UsageError(`audit: ${p.positionals[0]}: no such file or folder`);
  const dir = statSync(target).isDirectory() ? target : path.dirname(target);

  const { repositoryRoot } = await import('../../sources/git-client.js');
  const repo = await repositoryRoot(dir, ctx.env);
  if (bool(p, 'history') && !repo) throw new UsageError(`audit: --history needs a git repository (${p.positionals[0] ?? '.'} is not in one)`);
  const root = repo ?? dir;
  const rel = path.relative(root, target).split(path.sep).join('/');
  const config = str(p, 'config');
  if (str(p, 'refs') !== undefined && !bool(p, 'history')) throw new UsageError('audit: --refs goes with --history');
  const { collectAudit } = await import('../../audit/collect.js');
  // A progress line on a terminal's stderr only (ctx.live exists only then), never with --quiet.
  const { auditProgressLine } = await import('../progress.js');
  const line = ctx.live && !bool(p, 'quiet') ? auditProgressLine(ctx.live) : undefined;
  const report = await collectAudit(root, {
    ...(line ? { progress: (x: Parameters<typeof line.update>[0]) => line.update(x) } : {}),
    history: bool(p, 'history'),
    ...(str(p, 'refs') !== undefined ? { refs: str(p, 'refs')!.split(',').map((r) => r.trim()).filter(Boolean) } : {}),
    env: ctx.env,
    showSecrets,
    ...(config ? { configPath: path.resolve(ctx.cwd, config) } : {}),
    ...(rel && rel !== '.' ? { paths: [rel] } : {}),
  }).finally(() => line?.done());

  const text = await render(report, format);
  const output = str(p, 'output');
  if (output) writeFileSync(path.resolve(ctx.cwd, output), text);
  else ctx.out(text);
  const html = str(p, 'html');
  if (html) {
    const { renderAuditHtml } = (await import('../../audit/html.js')) as { renderAuditHtml(r: AuditReport): string };
    writeFileSync(path.resolve(ctx.cwd, html), renderAuditHtml(report));
  }
  if (report.incomplete?.length) {
    // Everything readable is reported above; an audit that could not read everything never passes.
    ctx.err(`sealgate audit: incomplete: ${report.incomplete.length} part${report.incomplete.length === 1 ? '' : 's'} of the repository could not be read (listed in the report); exit 2\n`);
    return 2;
  }
  return report.summary.blocking > 0 ? 1 : 0;
}

async function render(report: AuditReport, format: (typeof FORMATS)[number]): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'sarif': {
      const { loadBuiltinRules } = await import('../../rules/load.js');
      const descriptions = new Map(loadBuiltinRules().map((r) => [r.id, r.description]));
      return (await import('../../report/sarif.js')).formatAuditSarif(report, descriptions);
    }
    case 'text':
      return (await import('../../audit/text.js')).renderAuditText(report);
  }
}
