// Cluster and tool configuration that embeds key material: kubeconfig, docker config, etcd
// EncryptionConfiguration, Kustomize secretGenerator, and ESO stores.
import { decodeBase64, printableText } from '../values.js';
import { classifyValue } from '../classify.js';
import { templateHoldsLiteral } from './secret.js';
import { get, leaves, resourceOf, scalarPairs, str, type Check, type Hit } from './context.js';

export const kubeconfigCredential: Check = (obj) => {
  if (obj.kind !== 'Config' || !get(obj.node, 'users')) return [];
  const hits: Hit[] = [];
  const SENSITIVE = /^(?:client-key-data|token|password|client-secret|refresh-token|id-token|access-token)$/;
  for (const { path, value, key } of leaves(get(obj.node, 'users'))) {
    const name = path[path.length - 1] ?? '';
    const inExecEnv = path.includes('exec') && path.includes('env') && name === 'value';
    if (!SENSITIVE.test(name) && !inExecEnv) continue;
    if (!classifyValue(value.value, { key: inExecEnv ? 'token' : name, where: 'secret' }).credential) continue;
    hits.push({ at: value, key, secret: value.value, resource: { kind: 'Config', key: name }, data: { key: name } });
  }
  return hits;
};

/** Docker config JSON (config.json, .dockerconfigjson files): auth, password, identity tokens. */
export const dockerConfigAuth: Check = (obj) => {
  const auths = get(obj.node, 'auths');
  if (obj.kind || auths?.type !== 'map') return [];
  const hits: Hit[] = [];
  for (const { path, value, key } of leaves(auths)) {
    const name = path[path.length - 1];
    if (name !== 'auth' && name !== 'password' && name !== 'identitytoken' && name !== 'registrytoken') continue;
    if (classifyValue(value.value, { key: name === 'auth' ? 'auth' : name, where: 'secret' }).kind !== 'literal') continue;
    if (name === 'auth') {
      const text = printableText(decodeBase64(value.value) ?? Buffer.alloc(0));
      if (!text || !/^[^:]*:.+/.test(text)) continue;
    }
    hits.push({ at: value, key, secret: value.value, resource: { kind: 'DockerConfig', name: path[0], key: name }, data: { key: name, registry: path[0] ?? '' } });
  }
  return hits;
};

export const etcdEncryptionKey: Check = (obj) => {
  if (obj.kind !== 'EncryptionConfiguration' && obj.kind !== 'EncryptionConfig') return [];
  const hits: Hit[] = [];
  for (const { path, value, key } of leaves(get(obj.node, 'resources'))) {
    if (path[path.length - 1] !== 'secret') continue;
    const provider = path.find((p) => /^(?:aescbc|aesgcm|secretbox)$/.test(p));
    if (!provider || !classifyValue(value.value, { key: 'secret', where: 'secret' }).credential) continue;
    hits.push({ at: value, key, secret: value.value, resource: { kind: obj.kind, key: provider }, data: { provider } });
  }
  return hits;
};

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

const ESO_KINDS = new Set(['ExternalSecret', 'ClusterExternalSecret', 'SecretStore', 'ClusterSecretStore', 'PushSecret']);

export const esoDeprecatedApi: Check = (obj) => {
  if (!obj.kind || !ESO_KINDS.has(obj.kind) || obj.apiVersion !== 'external-secrets.io/v1beta1') return [];
  const at = get(obj.node, 'apiVersion')!;
  return [{ at, secret: '', resource: resourceOf(obj) }];
};

/** A store whose auth embeds a literal credential instead of a secretRef: the classic bootstrap leak. */
export const secretStoreLiteralCredential: Check = (obj) => {
  if (obj.kind !== 'SecretStore' && obj.kind !== 'ClusterSecretStore') return [];
  const hits: Hit[] = [];
  const SENSITIVE = /^(?:token|password|secret|secretAccessKey|accessKeyID|accessKeyId|clientSecret|apiKey|privateKey|secretAccessKeyID|sessionToken|value)$/;
  for (const { path, value, key } of leaves(get(obj.node, 'spec', 'provider'))) {
    const name = path[path.length - 1] ?? '';
    if (!SENSITIVE.test(name)) continue;
    // The fake provider's data is what it serves in tests, not a credential of the store.
    if (name === 'value' || path.includes('fake')) continue;
    if (path.some((p) => /SecretRef$|secretRef$|Ref$/.test(p))) continue; // references, not values
    if (!classifyValue(value.value, { key: name, where: 'setting' }).credential) continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path.join('.')), data: { field: path.join('.') } });
  }
  // ExternalSecret/PushSecret templates hold free text too
  return hits;
};

export const externalSecretTemplateLiteral: Check = (obj) => {
  if (obj.kind !== 'ExternalSecret' && obj.kind !== 'PushSecret') return [];
  const hits: Hit[] = [];
  for (const { key, value } of scalarPairs(get(obj.node, 'spec', 'target', 'template', 'data') ?? get(obj.node, 'spec', 'template', 'data'))) {
    if (!templateHoldsLiteral(key.value, value.value)) continue;
    hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, key.value) });
  }
  return hits;
};
