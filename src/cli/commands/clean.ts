// `sealgate clean`: lists and removes the plaintext copies sealgate keeps under <git dir>/sealgate
// (backups of fixed files, values files of the ExternalSecret fix).
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { bool, parseOptions, str } from '../args.js';
import { UsageError } from '../../errors.js';
import { openRepository } from '../../sources/git-client.js';
import { humanAge, humanSize, listCopies, parseAge, removeCopy, sealgateDir } from '../../fix/plaintext-copies.js';
import { logLine } from '../../report/escape.js';

export const CLEAN_HELP = `Usage: sealgate clean [--older-than AGE | --all] [--dry-run]

List what sealgate keeps under .git/sealgate that holds plaintext values: the backups 'sealgate fix'
makes of every file it rewrites (backups/<time>/<path>) and the values files of the ExternalSecret
fix (external/values-*.json), with their age and size. Nothing leaves the repository's git folder
(they are never committed), but they are plaintext on disk: remove them once the values are sealed
or uploaded to your secret store.

Options:
  --older-than AGE   remove the copies older than AGE (30m, 12h, 7d, 2w)
  --all              remove every copy
  --dry-run          say what would be removed, remove nothing
  -h, --help         show this help

'sealgate fix' keeps the newest 5 backups of each file (set backups.keep in .sealgate.yaml).

Examples:
  sealgate clean                     list them
  sealgate clean --older-than 7d
  sealgate clean --all
`;

const OPTIONS = {
  'older-than': { type: 'string' },
  all: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export default async function cleanCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, OPTIONS, 'clean');
  if (bool(p, 'help')) {
    ctx.out(CLEAN_HELP);
    return 0;
  }
  if (p.positionals.length) throw new UsageError(`clean: unexpected argument '${p.positionals[0]}'. Run 'sealgate clean --help'.`);
  const olderText = str(p, 'older-than');
  const all = bool(p, 'all');
  if (olderText !== undefined && all) throw new UsageError('clean: --older-than and --all cannot be combined');
  const olderThan = olderText === undefined ? undefined : parseAge(olderText);
  if (olderText !== undefined && olderThan === undefined) throw new UsageError(`clean: --older-than takes an age such as 30m, 12h, 7d or 2w (got '${olderText}')`);
  const git = await openRepository(ctx.cwd, ctx.env);
  if (!git) throw new UsageError(`clean: ${ctx.cwd} is not inside a git repository`);
  const dir = await sealgateDir(git);
  const copies = dir ? listCopies(dir) : [];
  const now = Date.now();
  const rel = (f: string) => path.relative(ctx.cwd, f) || f;
  const removing = all ? copies : olderThan !== undefined ? copies.filter((c) => now - c.mtime.getTime() > olderThan) : [];
  const quiet = bool(p, 'quiet');
  if (copies.length === 0) {
    if (!quiet) ctx.out('sealgate clean: no plaintext copies under .git/sealgate\n');
    return 0;
  }
  if (!all && olderThan === undefined) {
    const w = Math.max(...copies.map((c) => c.kind.length));
    for (const c of copies) {
      const what = c.kind === 'backup' ? `${c.files} file${c.files === 1 ? '' : 's'}` : 'values file';
      ctx.out(`${c.kind.padEnd(w)}  ${humanAge(now - c.mtime.getTime()).padStart(4)}  ${humanSize(c.bytes).padStart(8)}  ${logLine(rel(c.path))}  (${what})\n`);
    }
    const bytes = copies.reduce((a, c) => a + c.bytes, 0);
    if (!quiet) ctx.out(`${copies.length} item${copies.length === 1 ? '' : 's'}, ${humanSize(bytes)} of plaintext copies; remove them with 'sealgate clean --all' or 'sealgate clean --older-than 7d'\n`);
    return 0;
  }
  const dryRun = bool(p, 'dry-run');
  for (const c of removing) {
    if (!dryRun) removeCopy(c);
    if (!quiet) ctx.out(`${dryRun ? 'would remove' : 'removed'}  ${logLine(rel(c.path))}\n`);
  }
  const kept = copies.length - removing.length;
  if (!quiet) ctx.out(`sealgate clean: ${dryRun ? 'would remove' : 'removed'} ${removing.length} item${removing.length === 1 ? '' : 's'}${kept ? `, kept ${kept}` : ''}${dryRun ? ' (dry run: nothing removed)' : ''}\n`);
  return 0;
}
