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

/** One command per kind of fix for the whole run, naming every file that needs it (printed once). */
export function fixCommandsForRun(findings: Pick<Finding, 'fix' | 'file'>[], defaults: FixDefaults = {}): string[] {
  const files = { seal: new Set<string>(), external: new Set<string>() };
  for (const f of findings) {
    if (f.fix?.includes('seal')) files.seal.add(f.file);
    if (f.fix?.includes('external')) files.external.add(f.file);
  }
  const out: string[] = [];
  const list = (s: Set<string>) => [...s].map(quote).join(' ');
  if (files.seal.size) out.push(`sealgate fix ${list(files.seal)} --seal --cert ${defaults.cert ? quote(defaults.cert) : '<controller-cert.pem>'}`);
  if (files.external.size) out.push(`sealgate fix ${list(files.external)} --external --store ${defaults.store ? quote(defaults.store) : '<secret-store>'}`);
  return out;
}
