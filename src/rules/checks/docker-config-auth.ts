// docker-config-auth: registry credentials in a Docker config (config.json, .dockerconfigjson files).
// Code, not a selector: `auth` counts only when it decodes to user:password, and the registry it
// belongs to names the finding.
import { decodeBase64, printableText } from '../values.js';
import { classifyValue } from '../classify.js';
import { get, leaves, type Check, type Hit } from './context.js';

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
