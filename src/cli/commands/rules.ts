// `sealgate rules`: what the scanner looks for.
import type { CommandContext } from '../context.js';
import { parseOptions, str, bool, oneOf } from '../args.js';
import { loadConfig, effectiveRules } from '../../config/load.js';
import { repositoryRoot } from '../../sources/git-client.js';

export default async function rulesCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, { format: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'rules');
  if (bool(p, 'help')) {
    ctx.out('Usage: sealgate rules [--format text|json] [--config FILE]\n\nList the rules (built-in and custom, with config overrides) with id, severity and description.\n');
    return 0;
  }
  const format = oneOf(str(p, 'format'), ['text', 'json'] as const, 'format') ?? 'text';
  const root = (await repositoryRoot(ctx.cwd, ctx.env)) ?? ctx.cwd;
  const rules = effectiveRules(await loadConfig(root, str(p, 'config'), ctx.cwd));
  if (format === 'json') {
    const list = rules.map((r) => ({ id: r.id, severity: r.severity, description: r.description, kind: r.check ? 'manifest' : 'content', keywords: r.keywords, ...(r.fix ? { fix: r.fix } : {}) }));
    ctx.out(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) ctx.out(`${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.description}\n`);
  return 0;
}
