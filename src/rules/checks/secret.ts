// Checks on Secrets and their encrypted cousins: plaintext data/stringData, the sealed-secrets master
// key, SOPS files with values left in clear, SealedSecret templates with literals.
import { decodeBase64, isKubesecEncrypted, isSopsEncrypted, printableText } from '../values.js';
import { classifyValue, keyRole, type Verdict } from '../classify.js';
import { embeddedCredential, isStructured } from '../embedded.js';
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

/**
 * What one value of a Secret is: a credential (blocks on its key's line), configuration (counts
 * towards "this Secret holds only configuration"), or nothing to report (placeholder, reference).
 */
export function secretValueVerdict(key: string, text: string | undefined, siblings?: readonly string[]): Verdict {
  if (text === undefined) {
    // Binary data (a keystore, a DER key) is a credential unless the key plainly names something else.
    return keyRole(key) === 'non-credential'
      ? { kind: 'setting', credential: false, reason: 'binary data under a non-secret name' }
      : { kind: 'literal', credential: true, reason: 'binary data' };
  }
  const value = text.trim();
  // base64 inside stringData (1Password credentials files): judge what it encodes
  const decoded = /^[A-Za-z0-9+/\r\n]{24,}={0,2}$/.test(value) ? printableText(decodeBase64(value) ?? Buffer.alloc(0)) : undefined;
  const inner = decoded && isStructured(decoded) ? decoded : value;
  if (isStructured(inner)) {
    // A file under the key (`config.yaml`, `credentials.json`): what it holds decides, not its name.
    const reason = embeddedCredential(inner);
    return reason
      ? { kind: 'literal', credential: true, reason }
      : { kind: 'setting', credential: false, reason: 'configuration without a credential' };
  }
  const v = classifyValue(value, { key, where: 'secret', siblings });
  if (v.credential) return v;
  // A neutral name over a value that is neither placeholder nor reference: a credential when it is
  // a URL or a string carrying one, configuration otherwise.
  if (v.kind === 'literal' && embeddedCredential(value)) return { ...v, credential: true };
  return v;
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

export const sealedSecretsMasterKey: Check = (obj) => {
  if (obj.kind !== 'Secret' || !isSealedKeyBackup(obj)) return [];
  const v = get(obj.node, 'data', 'tls.key');
  const key = (get(obj.node, 'data') as { pairs?: { key: YNode; value: YNode }[] } | undefined)?.pairs?.find((p) => str(p.key) === 'tls.key')?.key;
  // The label and the shape decide; only a value that is not there at all is skipped.
  if (v?.type !== 'scalar' || ['empty', 'reference', 'placeholder'].includes(classifyValue(v.value).kind)) return [];
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
    if (isSopsEncrypted(value.value) || classifyValue(value.value).kind !== 'literal') continue;
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
    if (!templateHoldsLiteral(key.value, value.value)) continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, key.value) });
  }
  return hits;
};

/**
 * A template value (SealedSecret/ExternalSecret `template.data`) is rendered as is: `{{ .password }}`
 * belongs there, a literal password (alone or around the references) does not.
 */
export function templateHoldsLiteral(key: string, value: string): boolean {
  const rest = value.replace(/\{\{.*?\}\}/gs, ' ').trim();
  if (!rest) return false;
  if (isStructured(rest) || /[:=]/.test(rest)) return embeddedCredential(value.replace(/\{\{.*?\}\}/gs, '{{ref}}')) !== undefined;
  return secretValueVerdict(key, rest).credential;
}
