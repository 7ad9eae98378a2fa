// last-applied-secret: kubectl's last-applied-configuration annotation copies a whole Secret into
// metadata. Code, not a selector: the annotation is JSON inside a string, judged as the Secret it holds.
import { decodeBase64, printableText } from '../values.js';
import { classifyValue } from '../classify.js';
import { embeddedCredential, isStructured } from '../embedded.js';
import { get, resourceOf, str, type Check } from './context.js';
import { LAST_APPLIED } from '../../constants.js';

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
