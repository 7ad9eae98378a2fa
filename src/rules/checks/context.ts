// What a manifest check sees (one Kubernetes object with source positions) and what it returns.
import type { ResourceRef, Severity } from '../../types.js';
import { get, str, type YMap, type YNode, type YScalar } from '../../yaml/documents.js';

export interface ObjectContext {
  file: string;
  /** The object's node (a document root, or an item of a `kind: List`). */
  node: YMap;
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  /** The file ends with kubesec's trailer comments (`# kubesec:v:`, `# kubesec:mac:`); decided once per file. */
  kubesecTrailer: boolean;
  /** Reads another file of the same tree (kustomize `files:`/`envs:`); undefined when absent. */
  readFile?: (repoPath: string) => string | undefined;
}

export interface Hit {
  /** The node holding the secret (its range is the finding's range). */
  at: YNode;
  /** The key node: the finding's line is the key's line when given. */
  key?: YNode;
  secret: string;
  resource?: ResourceRef;
  /** Extra values for the rule's message template. */
  data?: Record<string, string>;
  severity?: Severity;
}

export type Check = (obj: ObjectContext) => Hit[];

export function resourceOf(obj: ObjectContext, key?: string): ResourceRef {
  return { kind: obj.kind ?? 'unknown', name: obj.name, namespace: obj.namespace, key };
}

/** Every scalar leaf under a node with its key path, for checks that look at whole subtrees. */
export function* leaves(node: YNode | undefined, path: string[] = [], keyNode?: YNode): Generator<{ path: string[]; value: YScalar; key?: YNode }> {
  if (!node) return;
  if (node.type === 'scalar') {
    yield { path, value: node, key: keyNode };
    return;
  }
  if (node.type === 'seq') {
    for (let i = 0; i < node.items.length; i++) yield* leaves(node.items[i], [...path, String(i)], keyNode);
    return;
  }
  for (const p of node.pairs) {
    if (p.key.type !== 'scalar') continue;
    yield* leaves(p.value, [...path, p.key.value], p.key);
  }
}

/** The pairs of a map node whose values are scalars. */
export function* scalarPairs(node: YNode | undefined): Generator<{ key: YScalar; value: YScalar }> {
  if (node?.type !== 'map') return;
  for (const p of node.pairs) if (p.key.type === 'scalar' && p.value.type === 'scalar') yield { key: p.key, value: p.value };
}

export { get, str };
