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
so only new secrets block. A fingerprint is the rule, the file and a hash of the secret: no values,
no line numbers, so the baseline survives edits and merges. Secrets in a baseline still need rotating.
`;

export default async function baselineCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, { output: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'baseline');
  if (bool(p, 'help')) {
    ctx.out(HELP);
    return 0;
  }
  const result = await scan({ cwd: ctx.cwd, paths: p.positionals, configPath: str(p, 'config') });
  const out = path.resolve(ctx.cwd, str(p, 'output') ?? path.join(result.root, BASELINE_FILE));
  writeFileSync(out, baselineJson(result.findings));
  ctx.out(`sealgate: wrote ${result.findings.length} fingerprint(s) to ${path.relative(ctx.cwd, out) || out}\n`);
  return 0;
}
