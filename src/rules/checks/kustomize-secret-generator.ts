// kustomize-secret-generator: a secretGenerator's literals, and the committed files its `files:` and
// `envs:` point at. Code, not a selector: literals are `key=value` strings, and the files are read.
import { classifyValue } from '../classify.js';
import { get, str, type Check, type Hit } from './context.js';

function dirOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : file.slice(0, i + 1);
}

function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export const kustomizeSecretGenerator: Check = (obj) => {
  // Any file shaped like a kustomization counts (kustomization-prod.yaml, components), not only the canonical name.
  if (obj.kind !== undefined && obj.kind !== 'Kustomization' && obj.kind !== 'Component') return [];
  const gens = get(obj.node, 'secretGenerator');
  if (gens?.type !== 'seq') return [];
  const hits: Hit[] = [];
  for (const g of gens.items) {
    const name = str(get(g, 'name'));
    const namespace = str(get(g, 'namespace'));
    const literals = get(g, 'literals');
    if (literals?.type === 'seq') {
      for (const l of literals.items) {
        if (l.type !== 'scalar') continue;
        const eq = l.value.indexOf('=');
        if (eq < 0) continue;
        const k = l.value.slice(0, eq).trim();
        const v = l.value.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/, '$2');
        if (!classifyValue(v, { key: k, where: 'secret' }).credential) continue;
        hits.push({ at: l, secret: v, resource: { kind: 'secretGenerator', name, namespace, key: k }, data: { key: k } });
      }
    }
    // files: and envs: point at committed files holding the values
    for (const field of ['files', 'envs', 'env']) {
      const list = get(g, field);
      const items = list?.type === 'seq' ? list.items : list?.type === 'scalar' ? [list] : [];
      for (const item of items) {
        if (item.type !== 'scalar') continue;
        const rel = item.value.includes('=') ? item.value.slice(item.value.indexOf('=') + 1) : item.value;
        const target = normalise(dirOf(obj.file) + rel.trim());
        const content = obj.readFile?.(target);
        if (content === undefined || content.trim() === '') continue;
        if (/^sops:|"sops":|ENC\[AES256_GCM/m.test(content)) continue; // ksops-encrypted
        hits.push({ at: item, secret: content.slice(0, 64), resource: { kind: 'secretGenerator', name, namespace, key: rel.trim() }, data: { key: rel.trim(), file: target } });
      }
    }
  }
  return hits;
};
