// sops-unencrypted-value: a value SOPS should have encrypted but did not. Code, not a selector: which
// fields must be encrypted is read from the file's own SOPS metadata (encrypted_regex and the like).
import { isSopsEncrypted } from '../values.js';
import { classifyValue } from '../classify.js';
import { hasSopsBlock } from './shapes.js';
import { get, leaves, resourceOf, str, type Check, type Hit, type ObjectContext } from './context.js';

/** Selectors of a SOPS metadata block deciding which keys must be encrypted. */
function sopsMustEncrypt(obj: ObjectContext): (path: string[]) => boolean {
  const sops = get(obj.node, 'sops');
  const encRegex = str(get(sops, 'encrypted_regex'));
  const unencRegex = str(get(sops, 'unencrypted_regex'));
  const encSuffix = str(get(sops, 'encrypted_suffix'));
  const unencSuffix = str(get(sops, 'unencrypted_suffix')) ?? '_unencrypted';
  const safeRe = (s: string | undefined) => {
    try { return s ? new RegExp(s) : undefined; } catch { return undefined; }
  };
  const enc = safeRe(encRegex);
  const unenc = safeRe(unencRegex);
  return (path) => {
    if (path[0] === 'sops') return false;
    const secretSection = obj.kind === 'Secret' && (path[0] === 'data' || path[0] === 'stringData');
    if (secretSection) return true; // a plaintext leaf under data/stringData is a leak whatever the selectors say
    if (enc) return path.some((p) => enc.test(p));
    if (unenc) return !path.some((p) => unenc.test(p));
    if (encSuffix) return path.some((p) => p.endsWith(encSuffix));
    return !path.some((p) => p.endsWith(unencSuffix)) && !['apiVersion', 'kind', 'metadata'].includes(path[0] ?? '');
  };
}

export const sopsUnencryptedValue: Check = (obj) => {
  if (!hasSopsBlock(obj)) return [];
  const must = sopsMustEncrypt(obj);
  const hits: Hit[] = [];
  for (const { path, value, key } of leaves(obj.node)) {
    if (!must(path)) continue;
    if (isSopsEncrypted(value.value) || classifyValue(value.value).kind !== 'literal') continue;
    if (!value.plain && value.value === '') continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path.join('.')), data: { field: path.join('.') } });
  }
  return hits;
};
