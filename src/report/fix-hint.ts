// The exact command that repairs a finding, shown by every human-facing reporter.
import type { Finding } from '../types.js';

/** POSIX single quotes when the word needs them. */
export function quote(word: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What .sealgate.yaml already says (seal.cert, external.store), so the command can be pasted as is. */
export interface FixDefaults {
  cert?: string;
  store?: string;
}

export function fixCommands(f: Pick<Finding, 'fix' | 'file'>, defaults: FixDefaults = {}): string[] {
  const out: string[] = [];
  if (f.fix?.includes('seal')) out.push(`sealgate fix ${quote(f.file)} --seal --cert ${defaults.cert ? quote(defaults.cert) : '<controller-cert.pem>'}`);
  if (f.fix?.includes('external')) out.push(`sealgate fix ${quote(f.file)} --external --store ${defaults.store ? quote(defaults.store) : '<secret-store>'}`);
  return out;
}
