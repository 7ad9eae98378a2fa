// Checks on Secrets and their encrypted cousins: plaintext data/stringData, the sealed-secrets master
// key, SOPS files with values left in clear, SealedSecret templates with literals.
import { classifyValue, decodeBase64, isKubesecEncrypted, isSopsEncrypted, printableText } from '../values.js';
import { get, leaves, resourceOf, scalarPairs, str, type Check, type Hit, type ObjectContext } from './context.js';
import type { YNode } from '../../yaml/documents.js';

const SEALED_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

function hasSopsBlock(obj: ObjectContext): boolean {
  const sops = get(obj.node, 'sops');
  return sops?.type === 'map' && !!get(sops, 'mac') && !!get(sops, 'version');
}


function isSealedKeyBackup(obj: ObjectContext): boolean {
  const labels = get(obj.node, 'metadata', 'labels');
  return !!get(labels, SEALED_KEY_LABEL) && !!get(obj.node, 'data', 'tls.key');
}

/** The decoded text of a `data` value, or the value itself for stringData. */
function plainOf(section: 'data' | 'stringData', raw: string): { text?: string; binary: boolean } {
  if (section === 'stringData') return { text: raw, binary: false };
  const bytes = decodeBase64(raw);
  if (!bytes) return { text: raw, binary: false }; // invalid base64 is still reported (the API server would reject it)
  const text = printableText(bytes);
  return { text, binary: text === undefined };
}

/** Public-only material in a Secret (ca.crt alone, tls.crt) is not a secret. */
const PUBLIC_KEYS = /^(?:ca\.crt|tls\.crt|ca-bundle\.crt|ca\.pem|cert\.pem|namespace|token-id|username|user|usage-bootstrap-\w+|auth-extra-groups|expiration|description)$/;

export const k8sSecretPlaintext: Check = (obj) => {
  if (obj.kind !== 'Secret') return [];
  if (str(get(obj.node, '$patch')) === 'delete') return [];
  if (hasSopsBlock(obj) || isSealedKeyBackup(obj)) return []; // reported by their own rules
  const kubesec = obj.kubesecTrailer;
  const hits: Hit[] = [];
  for (const section of ['data', 'stringData'] as const) {
    for (const { key, value } of scalarPairs(get(obj.node, section))) {
      const raw = value.value;
      if (classifyValue(raw) !== 'literal') continue;
      if (kubesec && isKubesecEncrypted(raw)) continue;
      const plain = plainOf(section, raw);
      if (plain.text !== undefined && classifyValue(plain.text) !== 'literal') continue; // base64 of a placeholder
      // Usernames and public certificates alone are not secrets (they still block when the type says so).
      if (PUBLIC_KEYS.test(key.value) && !/password|token-secret/.test(key.value)) {
        if (plain.text === undefined || classifyValue(plain.text) === 'public' || key.value === 'username' || key.value === 'user' || key.value === 'namespace' || key.value === 'token-id') continue;
      }
      hits.push({ at: value, key, secret: raw, resource: resourceOf(obj, key.value), data: { section } });
    }
  }
  return hits;
};

export const sealedSecretsMasterKey: Check = (obj) => {
  if (obj.kind !== 'Secret' || !isSealedKeyBackup(obj)) return [];
  const v = get(obj.node, 'data', 'tls.key');
  const key = (get(obj.node, 'data') as { pairs?: { key: YNode; value: YNode }[] } | undefined)?.pairs?.find((p) => str(p.key) === 'tls.key')?.key;
  if (v?.type !== 'scalar' || classifyValue(v.value) !== 'literal') return [];
  return [{ at: v, key, secret: v.value, resource: resourceOf(obj, 'tls.key') }];
};

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
    if (isSopsEncrypted(value.value) || classifyValue(value.value) !== 'literal') continue;
    if (!value.plain && value.value === '') continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path.join('.')), data: { field: path.join('.') } });
  }
  return hits;
};

/** `spec.template.data` of a SealedSecret is rendered as is: only {{ }} references belong there. */
export const sealedSecretTemplateLiteral: Check = (obj) => {
  if (obj.kind !== 'SealedSecret') return [];
  const hits: Hit[] = [];
  for (const { key, value } of scalarPairs(get(obj.node, 'spec', 'template', 'data'))) {
    const text = value.value.replace(/\{\{.*?\}\}/gs, '');
    if (classifyValue(value.value) === 'reference' && !/[:=]\s*[^\s{]{6,}/.test(text)) continue;
    if (classifyValue(text) !== 'literal' || text.trim().length < 4) continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, key.value) });
  }
  return hits;
};
