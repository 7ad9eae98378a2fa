// Imports point down: the entry files -> cli and the Action -> fix and audit -> scan -> report -> engine, config and
// sources -> rules -> yaml, text and the shared constants -> types. A module may use anything below it and its own folder;
// an import that points up (or sideways into another folder of its layer) fails here, with the file
// and the import named. Type-only imports count too: they are dependencies of the design.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

/** Layers from the bottom; a path matches the first prefix that fits (files of src/ by name). */
const LAYERS: string[][] = [
  ['types.ts', 'errors.ts', 'version.ts', 'launcher/'],
  ['text/', 'yaml/', 'exit-code.ts', 'constants.ts'],
  ['rules/'],
  ['engine/', 'config/', 'sources/'],
  ['report/', 'parallel/', 'fingerprint-key.ts'],
  ['scan.ts'],
  ['fix/', 'audit/'],
  ['cli/', 'action/'],
  ['bin.ts', 'action.ts', 'worker-launcher.ts'],
];

function place(rel: string): { layer: number; group: string } {
  for (let layer = 0; layer < LAYERS.length; layer++) {
    for (const prefix of LAYERS[layer]!) if (rel === prefix || rel.startsWith(prefix)) return { layer, group: prefix };
  }
  throw new Error(`src/${rel} is in no layer: add its folder to LAYERS in test/layers.test.ts`);
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm;

/** The upward (or sideways) imports in one file's text. */
export function wrongImports(rel: string, text: string): string[] {
  const here = place(rel);
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!)).replace(/\.js$/, '.ts');
    const there = place(target);
    if (there.layer > here.layer || (there.layer === here.layer && there.group !== here.group)) out.push(`src/${rel} imports src/${target}`);
  }
  return out;
}

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return sources(abs);
    return e.name.endsWith('.ts') ? [path.relative(SRC, abs).split(path.sep).join('/')] : [];
  });
}

describe('imports point down', () => {
  it('no module of src/ imports one above it or beside it in another folder', () => {
    const wrong = sources().flatMap((rel) => wrongImports(rel, readFileSync(path.join(SRC, rel), 'utf8')));
    expect(wrong).toEqual([]);
  });

  it('the check sees static, type-only, re-exported and dynamic imports that point up', () => {
    expect(wrongImports('report/text.ts', "import { scan } from '../scan.js';")).toEqual(['src/report/text.ts imports src/scan.ts']);
    expect(wrongImports('fix/seal/rewriter.ts', "import type { X } from '../../cli/args.js';")).toHaveLength(1);
    expect(wrongImports('engine/engine.ts', "export { y } from '../sources/git.js';")).toHaveLength(1);
    expect(wrongImports('rules/load.ts', "const m = await import('../engine/engine.js');")).toHaveLength(1);
    expect(wrongImports('cli/commands/scan.ts', "import { scan } from '../../scan.js';\nimport { x } from '../args.js';")).toEqual([]);
  });
});
