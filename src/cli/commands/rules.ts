// `sealgate rules`: what the scanner looks for, grouped by the provider that issues each credential.
import type { CommandContext } from '../context.js';
import { parseOptions, str, bool, oneOf } from '../args.js';
import { loadConfig, effectiveRules } from '../../config/load.js';
import { repositoryRoot } from '../../sources/git-client.js';
import type { Rule } from '../../rules/types.js';

/** The heading of rules that belong to no provider (manifest checks, generic patterns). */
export const GENERAL = 'Kubernetes manifests and generic patterns';

/** Rules by provider: the general group first, then providers in alphabetical order. */
export function groupByProvider(rules: readonly Rule[]): [string, Rule[]][] {
  const groups = new Map<string, Rule[]>();
  for (const r of rules) {
    const key = r.provider ?? GENERAL;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cmp = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  return [...groups.entries()].sort(([a], [b]) => (a === GENERAL ? -1 : b === GENERAL ? 1 : cmp(a, b)));
}

export default async function rulesCommand(args: string[], ctx: CommandContext): Promise<number> {
  const p = parseOptions(args, { format: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'rules');
  if (bool(p, 'help')) {
    ctx.out(
      'Usage: sealgate rules [--format text|json] [--config FILE]\n\n' +
        'List the rules (built-in and custom, with config overrides) grouped by provider, with id, severity and\n' +
        'the credential each one recognises. JSON also gives keywords, the checksum validator and the rotation link.\n',
    );
    return 0;
  }
  const format = oneOf(str(p, 'format'), ['text', 'json'] as const, 'format') ?? 'text';
  const root = (await repositoryRoot(ctx.cwd, ctx.env)) ?? ctx.cwd;
  const rules = effectiveRules(await loadConfig(root, str(p, 'config'), ctx.cwd));
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      description: r.description,
      kind: r.check ? 'manifest' : 'content',
      keywords: r.keywords,
      ...(r.provider ? { provider: r.provider, credential: r.credential, rotate: r.rotate } : {}),
      ...(r.validate ? { validate: r.validate } : {}),
      ...(r.fix ? { fix: r.fix } : {}),
    }));
    ctx.out(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  const groups = groupByProvider(rules);
  for (const [provider, list] of groups) {
    ctx.out(`${provider} (${list.length})\n`);
    for (const r of list) ctx.out(`  ${r.id.padEnd(w)}  ${r.severity.padEnd(7)}  ${r.credential ?? r.description}\n`);
  }
  const providers = groups.filter(([g]) => g !== GENERAL).length;
  ctx.out(`\n${rules.length} rules; ${providers} providers. 'sealgate rules --format json' adds keywords and rotation links.\n`);
  return 0;
}
