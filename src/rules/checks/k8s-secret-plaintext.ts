// k8s-secret-plaintext: a Secret's data/stringData values. Code, not a selector: the verdict is on the
// whole Secret (one holding only configuration is a single warning), `data` is judged decoded, and
// kubesec, SOPS and sealed-secrets key backups are left to their own rules.
import { decodeBase64, isKubesecEncrypted, printableText } from '../values.js';
import { classifyValue } from '../classify.js';
import { secretValueVerdict } from '../secret-value.js';
import { hasSopsBlock, isSealedKeyBackup } from './shapes.js';
import { get, resourceOf, scalarPairs, str, type Check, type Hit } from './context.js';

/** The decoded text of a `data` value, or the value itself for stringData. */
function plainOf(section: 'data' | 'stringData', raw: string): { text?: string; binary: boolean } {
  if (section === 'stringData') return { text: raw, binary: false };
  const bytes = decodeBase64(raw);
  if (!bytes) return { text: raw, binary: false }; // invalid base64 is still reported (the API server would reject it)
  const text = printableText(bytes);
  return { text, binary: text === undefined };
}

/** Kinds of verdict that still make a Secret hold something (reported as a warning when nothing else). */
const CONFIGURATION = new Set(['literal', 'setting']);

export const k8sSecretPlaintext: Check = (obj) => {
  if (obj.kind !== 'Secret') return [];
  if (str(get(obj.node, '$patch')) === 'delete') return [];
  if (hasSopsBlock(obj) || isSealedKeyBackup(obj)) return []; // reported by their own rules
  const kubesec = obj.kubesecTrailer;
  const hits: Hit[] = [];
  let configuration: Hit | undefined;
  const siblings = (['data', 'stringData'] as const).flatMap((s) => [...scalarPairs(get(obj.node, s))].map((p) => p.key.value));
  for (const section of ['data', 'stringData'] as const) {
    for (const { key, value } of scalarPairs(get(obj.node, section))) {
      const raw = value.value;
      if (kubesec && isKubesecEncrypted(raw)) continue;
      const outer = classifyValue(raw, { where: 'content' });
      if (!['literal', 'public', 'setting'].includes(outer.kind)) continue; // empty, reference, placeholder, ciphertext
      const plain = plainOf(section, raw);
      const v = secretValueVerdict(key.value, plain.text, siblings);
      const hit: Hit = { at: value, key, secret: raw, resource: resourceOf(obj, key.value), data: { section } };
      if (v.credential) hits.push(hit);
      else if (CONFIGURATION.has(v.kind)) configuration ??= { ...hit, severity: 'warning' };
    }
  }
  // A Secret holding only configuration (no credential, no key material) is still worth a look, but
  // it does not block: sealing it is a choice, not a leak.
  if (hits.length === 0 && configuration) return [configuration];
  return hits;
};
