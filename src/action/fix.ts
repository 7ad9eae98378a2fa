// What to do about each row, as the exact commands a developer runs: `sealgate fix` for plaintext
// Secrets still in the tree, rotation for values that only an intermediate commit carries.
import type { Row } from './findings.js';
import { quote } from '../report/fix-hint.js';

export { quote };

export interface FixSettings {
  seal?: { cert?: string; scope?: string };
  external?: { store?: string; storeKind?: string };
}

export interface FixPlan {
  /** Shell commands, one per line, for the live fixable files. */
  commands: string[];
  /** Files whose live findings no `sealgate fix` repairs (tokens in config files, ...). */
  manual: string[];
  /** Short shas of commits whose values must be rotated. */
  rotate: string[];
}

export function planFixes(rows: Row[], settings: FixSettings): FixPlan {
  const seal = new Set<string>();
  const external = new Set<string>();
  const manual = new Set<string>();
  const rotate = new Set<string>();
  for (const r of rows) {
    if (r.status === 'rotate') {
      rotate.add(r.introduced?.sha.slice(0, 7) ?? r.at.file);
      continue;
    }
    const kinds = r.finding.fix ?? [];
    if (kinds.includes('seal') && (!kinds.includes('external') || !settings.external?.store || settings.seal?.cert)) seal.add(r.at.file);
    else if (kinds.includes('external')) external.add(r.at.file);
    else manual.add(r.at.file);
  }
  const commands: string[] = [];
  if (seal.size > 0) {
    const cert = settings.seal?.cert;
    if (!cert) commands.push('kubeseal --fetch-cert > pub-cert.pem');
    const scope = settings.seal?.scope ? ` --scope ${quote(settings.seal.scope)}` : '';
    commands.push(`sealgate fix ${[...seal].map(quote).join(' ')} --seal --cert ${quote(cert ?? 'pub-cert.pem')}${scope}`);
  }
  if (external.size > 0) {
    const store = settings.external?.store ?? 'STORE_NAME';
    const kind = settings.external?.storeKind ? ` --store-kind ${quote(settings.external.storeKind)}` : '';
    commands.push(`sealgate fix ${[...external].map(quote).join(' ')} --external --store ${quote(store)}${kind}`);
  }
  return { commands, manual: [...manual], rotate: [...rotate] };
}

/** The fix command for one row, for its annotation; undefined when no `sealgate fix` applies. */
export function fixCommandFor(row: Row, settings: FixSettings): string | undefined {
  if (row.status !== 'live') return undefined;
  const plan = planFixes([row], settings);
  return plan.commands.filter((c) => c.startsWith('sealgate ')).join(' && ') || undefined;
}

