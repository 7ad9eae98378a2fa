// Normalises a parsed `kind: Secret` object into what both fixes need: names, metadata and the
// decoded bytes of every value (data decoded from base64, stringData as UTF-8, stringData wins).
import { FixError } from '../errors.js';
import { LAST_APPLIED_ANNOTATIONS } from '../constants.js';

export interface SecretModel {
  name: string;
  namespace?: string;
  type?: string;
  immutable?: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Other metadata worth carrying (finalizers); server-set fields are already dropped. */
  finalizers?: string[];
  /** Sorted by key. */
  entries: Map<string, Buffer>;
  /** The object as parsed, for anything else a fix wants to look at. */
  raw: Record<string, unknown>;
}

const STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function stringMap(value: unknown, where: string): Record<string, string> {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out: Record<string, string> = Object.create(null); // a key may be "__proto__" (valid in a Secret)
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = v == null ? '' : String(v);
  return out;
}

/**
 * data/stringData values must be strings: the API server refuses `port: 5432`, and guessing how the
 * user meant it (5432? "5432"? 5432.0?) would seal a value they never wrote. null counts as empty.
 */
function valuesMap(value: unknown, where: string): Record<string, string> {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out: Record<string, string> = Object.create(null); // a key may be "__proto__" (valid in a Secret)
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v == null) out[k] = '';
    else if (typeof v === 'string') out[k] = v;
    else throw new FixError(`${where}.${k} is a ${typeof v}, not a string: quote it in the manifest (the API server refuses it as it is)`);
  }
  return out;
}

/** Throws FixError when the object cannot be read as a Secret (the message names the field). */
export function toSecretModel(obj: Record<string, unknown>): SecretModel {
  const meta = (obj.metadata ?? {}) as Record<string, unknown>;
  const name = meta.name;
  if (typeof name !== 'string' || name === '') throw new FixError('the Secret has no metadata.name');
  const annotations = stringMap(meta.annotations, 'metadata.annotations');
  for (const a of LAST_APPLIED_ANNOTATIONS) delete annotations[a];
  const entries = new Map<string, Buffer>();
  const data = valuesMap(obj.data, 'data');
  for (const [k, v] of Object.entries(data)) {
    const compact = v.replace(/[\r\n]/g, '');
    if (!STRICT_BASE64.test(compact) || compact.length % 4 !== 0) {
      throw new FixError(`data.${k} is not valid base64, so the API server would reject it; fix the value first`);
    }
    entries.set(k, Buffer.from(compact, 'base64'));
  }
  for (const [k, v] of Object.entries(valuesMap(obj.stringData, 'stringData'))) entries.set(k, Buffer.from(v, 'utf8'));
  const sorted = new Map([...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    name,
    namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined,
    type: typeof obj.type === 'string' && obj.type !== '' ? obj.type : undefined,
    immutable: typeof obj.immutable === 'boolean' ? obj.immutable : undefined,
    labels: stringMap(meta.labels, 'metadata.labels'),
    annotations,
    finalizers: Array.isArray(meta.finalizers) ? meta.finalizers.map(String) : undefined,
    entries: sorted,
    raw: obj,
  };
}
