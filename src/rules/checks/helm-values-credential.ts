// helm-values-credential: literal credentials in Helm values files (weak ones too). Code, not a
// selector: every key of a file of any shape counts, judged beside its sibling keys, except under
// parents whose keys are names (`existingSecret.passwordKey`, label selectors, tolerations).
import { classifyValue } from '../classify.js';
import type { Check, Hit } from './context.js';
import type { YNode } from '../../yaml/documents.js';

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
