// Credentials outside Secrets: workload env values, ConfigMaps, Helm values files, and the
// last-applied-configuration annotation that copies a whole Secret into metadata.
import { decodeBase64, printableText } from '../values.js';
import { classifyValue, isCredentialUrl, isSensitiveKey } from '../classify.js';
import { embeddedCredential, isStructured } from '../embedded.js';
import { get, resourceOf, scalarPairs, str, type Check, type Hit } from './context.js';
import type { YNode, YScalar } from '../../yaml/documents.js';
import { LAST_APPLIED } from '../../constants.js';

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

/** A literal credential under a name: the value itself (weak ones too), or a URL that is a credential. */
function credentialIn(name: string, value: YScalar, siblings?: string[]): boolean {
  return classifyValue(value.value, { key: name, where: 'setting', siblings }).credential;
}

export const workloadEnvCredential: Check = (obj) => {
  if (!obj.kind || obj.kind === 'Secret' || obj.kind === 'ConfigMap') return [];
  const hits: Hit[] = [];
  for (const list of containerLists(obj.node)) {
    if (list.type !== 'seq') continue;
    for (const c of list.items) {
      const env = get(c, 'env');
      if (env?.type !== 'seq') continue;
      const names = env.items.map((e) => str(get(e, 'name')) ?? '');
      for (const e of env.items) {
        const name = str(get(e, 'name'));
        const value = get(e, 'value');
        if (!name || value?.type !== 'scalar') continue;
        if (credentialIn(name, value, names)) {
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
  if (isCredentialUrl(text)) return true;
  const m = /^([^\s:]{1,64}):([^\s]{6,})$/.exec(text);
  return !!m && classifyValue(m[2]!, { key: 'password', where: 'setting' }).credential;
}

export const configMapCredential: Check = (obj) => {
  if (obj.kind !== 'ConfigMap') return [];
  const hits: Hit[] = [];
  for (const section of ['data', 'binaryData']) {
    for (const { key, value } of scalarPairs(get(obj.node, section))) {
      const name = key.value;
      // Embedded files (a config.yaml in a ConfigMap): a credential assignment or URL inside them counts.
      const found = isStructured(value.value)
        ? embeddedCredential(value.value) !== undefined
        : credentialIn(name, value) || ((isSensitiveKey(name) || /auth|cred/i.test(name)) && decodedCredential(value.value));
      if (found) hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, name), data: { key: name } });
    }
  }
  return hits;
};

/** values*.yaml of Helm charts: literal credentials under credential names (weak ones too). */
export const helmValuesCredential: Check = (obj) => {
  if (obj.kind || obj.apiVersion) return []; // a manifest, not a values file
  const hits: Hit[] = [];
  const walk = (node: YNode | undefined, path: string[], depth: number): void => {
    if (!node || depth > 64) return;
    if (node.type === 'seq') {
      node.items.forEach((item, i) => walk(item, [...path, String(i)], depth + 1));
      return;
    }
    if (node.type !== 'map') return;
    const siblings = node.pairs.map((p) => (p.key.type === 'scalar' ? p.key.value : ''));
    for (const p of node.pairs) {
      if (p.key.type !== 'scalar') continue;
      const at = [...path, p.key.value];
      if (p.value.type !== 'scalar') {
        walk(p.value, at, depth + 1);
        continue;
      }
      if (p.value.block || !helmValueIsCredential(at, p.value.value, siblings)) continue;
      hits.push({ at: p.value, key: p.key, secret: p.value.value, resource: { kind: 'values', key: at.join('.') }, data: { key: at.join('.') } });
    }
  };
  walk(obj.node, [], 0);
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
        if (typeof v !== 'string') continue;
        const text = section === 'data' ? printableText(decodeBase64(v) ?? Buffer.alloc(0)) : v;
        if (text === undefined || classifyValue(text, { key: k, where: 'secret' }).credential || isStructured(text) && embeddedCredential(text)) keys.push(k);
      }
    }
  }
  if (keys.length === 0) return [];
  const key = (ann?.type === 'map' ? ann.pairs.find((p) => str(p.key) === LAST_APPLIED)?.key : undefined);
  return [{ at: node, key, secret: node.value, resource: resourceOf(obj, keys.join(',')), data: { keys: keys.join(', ') } }];
};

/**
 * Parents whose keys are names, not values: `secretKeys.adminPasswordKey`, `existingSecret.passwordKey`,
 * and the Kubernetes fields where `key` is a label or taint key (`matchExpressions`, `tolerations`).
 */
const KEY_NAME_PARENT =
  /^(?:secretKeys|existingSecret\w*|secretKeyRef|configMapKeyRef|secretRef|valueFrom|keyRefs?|matchExpressions|tolerations|nodeSelectorTerms|labelSelector|topologySpreadConstraints|affinity|podAffinity|podAntiAffinity|nodeAffinity|matchFields)$/i;

function helmValueIsCredential(path: string[], value: string, siblings: string[]): boolean {
  const name = path[path.length - 1] ?? '';
  if (path.slice(0, -1).some((p) => KEY_NAME_PARENT.test(p))) return false;
  return classifyValue(value, { key: name, where: 'setting', siblings }).credential;
}
