// Credentials outside Secrets: workload env values, ConfigMaps, Helm values files, and the
// last-applied-configuration annotation that copies a whole Secret into metadata.
import { classifyValue, decodeBase64, isSensitiveKey, looksLikeCredential, printableText } from '../values.js';
import { get, leaves, resourceOf, scalarPairs, str, type Check, type Hit } from './context.js';
import type { YNode, YScalar } from '../../yaml/documents.js';
import { LAST_APPLIED } from '../../constants.js';

const URL_USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/]+)@/i;

/** Walks containers wherever a pod template sits (Pod, Deployment, CronJob, Argo Rollouts, ...). */
function* containerLists(node: YNode | undefined, depth = 0): Generator<YNode> {
  if (!node || depth > 12) return;
  if (node.type === 'seq') {
    for (const i of node.items) yield* containerLists(i, depth + 1);
    return;
  }
  if (node.type !== 'map') return;
  for (const p of node.pairs) {
    const k = str(p.key);
    if ((k === 'containers' || k === 'initContainers' || k === 'ephemeralContainers') && p.value.type === 'seq') yield p.value;
    else yield* containerLists(p.value, depth + 1);
  }
}

/** A literal credential under a credential-looking name: the value, or a URL's password. */
function credentialIn(name: string, value: YScalar): boolean {
  const v = value.value;
  if (URL_USERINFO.test(v) && classifyValue(URL_USERINFO.exec(v)![1]!) === 'literal') return true;
  return isSensitiveKey(name) && looksLikeCredential(v);
}

export const workloadEnvCredential: Check = (obj) => {
  if (!obj.kind || obj.kind === 'Secret' || obj.kind === 'ConfigMap') return [];
  const hits: Hit[] = [];
  for (const list of containerLists(obj.node)) {
    if (list.type !== 'seq') continue;
    for (const c of list.items) {
      const env = get(c, 'env');
      if (env?.type !== 'seq') continue;
      for (const e of env.items) {
        const name = str(get(e, 'name'));
        const value = get(e, 'value');
        if (!name || value?.type !== 'scalar') continue;
        if (credentialIn(name, value)) {
          hits.push({ at: value, secret: value.value, resource: { ...resourceOf(obj, name), key: name }, data: { key: name } });
        }
      }
    }
  }
  return hits;
};

/** Base64 of "user:password" or of a URL with userinfo, as planted in ConfigMaps. */
function decodedCredential(v: string): boolean {
  const bytes = v.length >= 12 ? decodeBase64(v) : undefined;
  const text = bytes && printableText(bytes);
  if (!text) return false;
  return URL_USERINFO.test(text) || /^[^\s:]{1,64}:[^\s]{6,}$/.test(text);
}

export const configMapCredential: Check = (obj) => {
  if (obj.kind !== 'ConfigMap') return [];
  const hits: Hit[] = [];
  for (const section of ['data', 'binaryData']) {
    for (const { key, value } of scalarPairs(get(obj.node, section))) {
      const name = key.value;
      if (value.block && !URL_USERINFO.test(value.value)) continue; // embedded files: the content rules look inside
      if (credentialIn(name, value) || (isSensitiveKey(name) || /auth/i.test(name)) && decodedCredential(value.value) || decodedCredential(value.value) && /auth|cred|pass|secret|token/i.test(name)) {
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, name), data: { key: name } });
      } else if (URL_USERINFO.test(value.value)) {
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, name), data: { key: name } });
      }
    }
  }
  return hits;
};

/** values*.yaml of Helm charts: credential-named keys with literal values. */
export const helmValuesCredential: Check = (obj) => {
  if (obj.kind || obj.apiVersion) return []; // a manifest, not a values file
  const hits: Hit[] = [];
  for (const { path, value, key } of leaves(obj.node)) {
    const name = path[path.length - 1] ?? '';
    if (/^\d+$/.test(name)) continue;
    if (isSensitiveKey(name) && looksLikeCredential(value.value) && !value.block) {
      hits.push({ at: value, key, secret: value.value, resource: { kind: 'values', key: path.join('.') }, data: { key: path.join('.') } });
    }
  }
  return hits;
};

export const lastAppliedSecret: Check = (obj) => {
  const ann = get(obj.node, 'metadata', 'annotations');
  const node = get(ann, LAST_APPLIED);
  if (node?.type !== 'scalar') return [];
  let embedded: Record<string, unknown>;
  try {
    embedded = JSON.parse(node.value) as Record<string, unknown>;
  } catch {
    return [];
  }
  if (embedded?.kind !== 'Secret') return [];
  const keys: string[] = [];
  for (const section of ['data', 'stringData']) {
    const m = embedded[section];
    if (m && typeof m === 'object') {
      for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
        if (typeof v === 'string' && classifyValue(v) === 'literal') keys.push(k);
      }
    }
  }
  if (keys.length === 0) return [];
  const key = (ann?.type === 'map' ? ann.pairs.find((p) => str(p.key) === LAST_APPLIED)?.key : undefined);
  return [{ at: node, key, secret: node.value, resource: resourceOf(obj, keys.join(',')), data: { keys: keys.join(', ') } }];
};
