// Where to revoke or rotate a recognised credential: the `rotate` link of the built-in rule that names
// it, looked up by the credential name a finding carries (reports need no rule objects for it).
import { loadBuiltinRules } from './load.js';

let links: Map<string, string> | undefined;

export function rotationLink(credential: string | undefined): string | undefined {
  if (!credential) return undefined;
  if (!links) {
    links = new Map();
    for (const r of loadBuiltinRules()) if (r.credential && r.rotate && !links.has(r.credential)) links.set(r.credential, r.rotate);
  }
  return links.get(credential);
}
