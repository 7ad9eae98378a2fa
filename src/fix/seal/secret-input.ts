// Reads the objects kubeseal reads on stdin or from a file: YAML (one or many `---` documents) or
// JSON (one object, several concatenated, as `kubeseal` and `kubectl -o json` print them), with
// `kind: List` flattened into its items.
import { UsageError } from '../../errors.js';
import { parseManifest } from '../../yaml/documents.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Splits concatenated JSON values (`{…}{…}` or one per line), honouring strings and escapes. */
function splitJson(text: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) out.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/\s/.test(c)) return undefined;
  }
  return depth === 0 ? out : undefined;
}

/** Every object of the input (List items flattened); `what` names the input in messages. */
export function readObjects(text: string, what: string): Obj[] {
  const values: unknown[] = [];
  const trimmed = text.trimStart();
  const json = trimmed.startsWith('{') || trimmed.startsWith('[') ? splitJson(text) : undefined;
  if (json) {
    for (const [i, part] of json.entries()) {
      try {
        values.push(JSON.parse(part));
      } catch (e) {
        throw new UsageError(`${what}: JSON document ${i + 1} is not valid JSON (${(e as Error).message.split('\n')[0]})`);
      }
    }
  } else {
    for (const doc of parseManifest(text, `${what}.yaml`)) {
      if (doc.error) throw new UsageError(`${what}: document ${doc.index + 1} is not valid YAML: ${doc.error}`);
      if (doc.value !== null && doc.value !== undefined) values.push(doc.value);
    }
  }
  const objects: Obj[] = [];
  for (const v of values) {
    const items = Array.isArray(v) ? v : isObj(v) && v.kind === 'List' && Array.isArray(v.items) ? v.items : [v];
    for (const item of items) {
      if (!isObj(item)) throw new UsageError(`${what}: expected Kubernetes objects, found a ${Array.isArray(item) ? 'list' : typeof item}`);
      // A deep, ordinary copy: parsed values may have null prototypes and shared (aliased) nodes.
      objects.push(JSON.parse(JSON.stringify(item)) as Obj);
    }
  }
  if (objects.length === 0) throw new UsageError(`${what}: no object found (expected a Secret as YAML or JSON)`);
  return objects;
}
