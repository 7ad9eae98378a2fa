// Where a Secret without metadata.namespace will land: the `namespace:` of the nearest kustomization.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../yaml/documents.js';

/** `namespace:` of the nearest kustomization file from `dir` up to the root. */
export function kustomizationNamespace(root: string, dir: string): string | undefined {
  let d = path.resolve(dir);
  const top = path.resolve(root);
  for (;;) {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
      const f = path.join(d, name);
      if (!existsSync(f) || !statSync(f).isFile()) continue;
      const [doc] = parseManifest(readFileSync(f, 'utf8'), f);
      const value = doc?.value;
      const ns = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).namespace : undefined;
      return typeof ns === 'string' && ns ? ns : undefined;
    }
    if (d === top || !d.startsWith(top + path.sep)) return undefined;
    d = path.dirname(d);
  }
}
