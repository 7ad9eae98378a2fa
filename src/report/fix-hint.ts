// The exact command that repairs a finding, shown by every human-facing reporter.
import type { Finding } from '../types.js';

function quote(p: string): string {
  return /^[\w./@-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

export function fixCommands(f: Pick<Finding, 'fix' | 'file'>): string[] {
  const out: string[] = [];
  if (f.fix?.includes('seal')) out.push(`sealgate fix ${quote(f.file)} --seal --cert <controller-cert.pem>`);
  if (f.fix?.includes('external')) out.push(`sealgate fix ${quote(f.file)} --external --store <secret-store>`);
  return out;
}
