// `sealgate baseline`: record today's findings so only new ones block (fingerprints only, sorted).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { parseOptions, str, bool } from '../args.js';
import { scan, BASELINE_FILE } from '../../scan.js';
import { baselineJson } from '../../engine/baseline.js';

const HELP = `Usage: sealgate baseline [PATH...] [--output FILE] [--config FILE]

Write the fingerprints of today's findings to FILE (default ${BASELINE_FILE} at the repository root).
Later scans given '--baseline FILE' (or 'baseline: FILE' in .sealgate.yaml) ignore those findings,
so only new secrets block. A fingerprint is the rule, the file and a keyed hash of the secret (the
key is stored in the baseline, never in a report): no values, no line numbers, so the baseline
survives edits and merges. Secrets in a baseline still need rotating.
`;

export default async function baselineCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, { output: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'baseline');
  if (bool(p, 'help')) {
    ctx.out(HELP);
    return 0;
  }
  // The key: the one the baseline being rewritten has, else the repository's local one (a baseline
  // written before keys existed gets a key now).
  const { repositoryRoot } = await import('../../sources/git-client.js');
  const { baselineKey, fingerprintKey } = await import('../../fingerprint-key.js');
  const repo = await repositoryRoot(ctx.cwd, ctx.env);
  const top = repo ?? ctx.cwd;
  const target = path.resolve(ctx.cwd, str(p, 'output') ?? path.join(top, BASELINE_FILE));
  const key = baselineKey(target).key ?? (await fingerprintKey(top, undefined, repo !== undefined, ctx.env)).key;
  const result = await scan({ cwd: ctx.cwd, paths: p.positionals, configPath: str(p, 'config'), fingerprintKey: key, ignoreBaseline: true });
  const out = str(p, 'output') ? target : path.join(result.root, BASELINE_FILE);
  writeFileSync(out, baselineJson(result.findings, result.fingerprintKey));
  ctx.out(`sealgate: wrote ${result.findings.length} fingerprint(s) to ${path.relative(ctx.cwd, out) || out}\n`);
  return 0;
}
