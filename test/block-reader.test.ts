// The fast block reader (src/yaml/block-reader.ts) against js-yaml's event path: wherever the fast
// reader gives a tree, js-yaml must accept the document and give the same tree (values, offsets,
// styles); everything else must be left to js-yaml. Checked on hand-written shapes, on every YAML
// file in this repository, and on random documents built from the shapes real manifests use,
// mutated the ways hand-edited YAML goes wrong.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eventTree, parseManifest, type YNode } from '../src/yaml/documents.js';
import { readBlockTree } from '../src/yaml/block-reader.js';
import { readDocuments } from '../src/engine/read-documents.js';

/** js-yaml's tree, or the error it throws. */
function viaEvents(body: string, base: number): YNode | undefined | Error {
  try {
    return eventTree(body, base);
  } catch (e) {
    return e as Error;
  }
}

/** The property every document must have: the fast tree, when there is one, is js-yaml's. */
function agrees(body: string, base = 0): boolean {
  const fast = readBlockTree(body, base);
  if (fast === undefined) return true;
  const events = viaEvents(body, base);
  expect(events).not.toBeInstanceOf(Error);
  expect(fast).toStrictEqual(events);
  return true;
}

const READ_FAST: [string, string][] = [
  ['a Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web # the name\n  labels:\n    app.kubernetes.io/name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          args: ["--port", 8080, \'--v\']\n          resources: {}\n          env:\n          - name: DB_PASSWORD\n            value: "s3cr3t"\n'],
  ['Helm values with commented-out blocks', 'auth:\n  rootPassword: ""\n  # existingSecret: name\n  username:\n\n  database: my_database\nresources: {}\n  # limits:\n  #   cpu: 100m\nnodeSelector: {}\ntolerations: []\n'],
  ['block scalars, every chomping', 'a: |\n  one\n  two\n\nb: |-\n  x\nc: |+\n  y\n\n\nd: >\n  folded\n  text\n\n   more\ne: >- # comment\n    deep\nf: |\n'],
  ['block scalars in sequences and leading blank lines', '- |\n  item\n-   >\n\n    after a blank line\n- key: |\n    in a compact mapping\n  next: 1\n'],
  ['multi-line plain and quoted scalars', "description: A long text\n  that goes on\n\n  after a blank line\nquoted: 'it''s\n  folded'\ndouble: \"tab\\there\n   and a new line\\n\"\nplain: x # comment\n  # a deeper comment\nnext: y\n"],
  ['quoted keys, empty values, a compact sequence', '"helm.sh/hook": pre-install\n\'it\'\'s\': 1\nempty:\nlist:\n- a\n-\n- b: c\n  d:\nlast:\n'],
  ['flow mappings of scalars', 'limits: {cpu: 100m, memory: "128Mi", }\nselector: { app: web }\n'],
  ['an indented root', '  a: 1\n  b:\n    - x\n'],
  ['deep nesting', Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' leaf\n'],
];

const LEFT_TO_JS_YAML: [string, string][] = [
  ['anchors and aliases', 'a: &x 1\nb: *x\n'],
  ['tags', 'a: !!binary aGk=\n'],
  ['tabs', 'a:\n\tb: 1\n'],
  ['CRLF', 'a: 1\r\nb: 2\r\n'],
  ['a byte order mark', '\uFEFFa: 1\n'],
  ['nested flow collections', 'a: [[1, 2], {b: c}]\n'],
  ['a flow collection over lines', 'args: [\n  "a",\n  "b"\n]\n'],
  ['a flow pair in a sequence', 'a: [b: c]\n'],
  ['hex escapes', 'a: "\\x41"\n'],
  ['an explicit key', '? a\n: b\n'],
  ['an indentation indicator', 'a: |2\n   x\n'],
  ['a comment glued to a block header', 'a: |#c\n  x\n'],
  ['a space before the colon', 'a : 1\n'],
  ['a mapping value on a continuation line', 'a: b\n  c: d\n'],
  ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
  ['a key without a value indicator', 'a: 1\nb\n'],
  ['a scalar document', 'just text\n'],
  ['a quoted scalar indented too little', 'a:\n  b: "x\n y"\n'],
  ['nesting near the depth limit', Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' leaf\n'],
  ['astral characters', 'a: "\u{1F600}"\n'],
  ['a NUL byte', 'a: "\u0000"\n'],
];

describe('the fast block reader', () => {
  it.each(READ_FAST)('reads %s itself, with the tree js-yaml builds', (_name, body) => {
    const tree = readBlockTree(body, 7);
    expect(tree).toBeDefined();
    expect(tree).toStrictEqual(eventTree(body, 7));
  });

  it.each(LEFT_TO_JS_YAML)('leaves %s to js-yaml', (_name, body) => {
    expect(readBlockTree(body, 0)).toBeUndefined();
    // And the documents still read (or fail) exactly as js-yaml has them.
    const [doc] = parseManifest(body, 'x.yaml');
    const events = viaEvents(body, 0);
    if (events instanceof Error) expect(doc!.error).toBeDefined();
    else expect(doc!.root).toStrictEqual(events);
  });

  it('agrees with js-yaml on every YAML document in this repository', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) {
          if (!name.startsWith('.') && name !== 'node_modules') walk(p);
        }
        else if (/\.(?:ya?ml|tpl)$/.test(name)) files.push(p);
      }
    };
    for (const dir of ['examples', 'rules', 'test', '.github', 'hooks']) walk(dir);
    let fast = 0;
    let docs = 0;
    for (const file of files) {
      for (const r of readDocuments(file, readFileSync(file, 'utf8'))) {
        const body = r.text.slice(r.doc.start, r.doc.end);
        docs++;
        if (readBlockTree(body, r.doc.start)) fast++;
        agrees(body, r.doc.start);
      }
    }
    expect(docs).toBeGreaterThan(200);
    // Most of them are plain block YAML: the fast path is the common path, not a corner case.
    expect(fast / docs).toBeGreaterThan(0.9);
  });

  it('agrees with js-yaml on random documents of manifest shapes, mutated', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        runs++;
        const body = randomDocument(seed);
        if (readBlockTree(body, 3)) accepted++;
        return agrees(body, 3);
      }),
      { numRuns: 4000 },
    );
    // Not a vacuous property: a good share of the random documents take the fast path.
    expect(accepted / runs).toBeGreaterThan(0.05);
  });
});

// --- random documents -------------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so fast-check's seed (and its shrinking) decides the document. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS = ['a', 'x y', '-x', 'a:b', 'a#b', '1', 'null', '~', '"q"', '"a b"', "'it''s'", "''", '""', '"a\\nb"', '"a\\\\b"', '"\\x41"', '"a # b"', "'a: b'", 'é ü', 'http://x/y', '[]', '{}', '[a, "b"]', '[a,b,]', '{a: b, "c": d}', '{ a: 1 }', '[ ]', 'a  ', 'a # c', '"x" # c', '&a x', '*a', '!t x', '[a: b]', '{a:b}', '? x', '- x', '|2'];
const KEYS = ['a', 'b', 'k', '"q k"', "'s'", "'it''s'", '"a\\"b"', 'x.y/z', 'a b', '-k', 'k ', 'a:b', 'a #b'];

function randomDocument(seed: number): string {
  const rnd = generator(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const sp = (n: number) => ' '.repeat(Math.max(0, n));
  const blockScalar = (ind: number): string[] => {
    const out = [pick(['|', '|-', '|+', '>', '>-', '>+', '| # c', '|-  ', '|#c', '|-+', '>1'])];
    const content = ind + pick([1, 2, 2, 4]);
    for (let i = Math.floor(rnd() * 4); i > 0; i--) {
      out.push(rnd() < 0.2 ? sp(Math.floor(rnd() * (content + 3))) : sp(content + (rnd() < 0.2 ? 2 : 0)) + pick(['line', 'two words', '# not a comment', 'a: b', '- x']));
    }
    return out;
  };
  const node = (ind: number, depth: number): string[] => {
    const t = rnd();
    if (depth > 3 || t < 0.3) {
      const r = rnd();
      if (r < 0.15) return blockScalar(ind);
      if (r < 0.25) return [pick(['"multi', "'multi", 'plain']), sp(Math.floor(rnd() * (ind + 4))) + pick(['line"', "line'", 'x', 'y"', '# c', 'k: v'])];
      return [pick(SCALARS)];
    }
    const seq = t < 0.6;
    const col = Math.max(0, ind + (seq && rnd() < 0.3 ? 0 : pick([1, 2, 2, 2, 4])));
    const out: string[] = [''];
    for (let i = 1 + Math.floor(rnd() * 3); i > 0; i--) {
      const head = seq ? '-' + pick([' ', ' ', '  ']) : `${pick(KEYS)}${i}: `;
      const sub = node(col + head.length, depth + 1);
      if (sub[0] === '') out.push(sp(col) + head.trimEnd() + (rnd() < 0.1 ? ' # c' : ''), ...sub.slice(1));
      else out.push(sp(col) + head + sub[0], ...sub.slice(1));
      if (rnd() < 0.1) out.push(sp(Math.floor(rnd() * 8)) + pick(['# c', '']));
    }
    return out;
  };
  const lines = node(pick([-2, -2, -1, 0]), 0).filter((l, i) => i > 0 || l !== '');
  if (lines.length === 0) lines.push('a: b');
  // Hand edits gone wrong: one line moved a column left or right.
  if (rnd() < 0.3) {
    const i = Math.floor(rnd() * lines.length);
    lines[i] = rnd() < 0.5 ? ' ' + lines[i] : lines[i]!.replace(/^ /, '');
  }
  return lines.join('\n') + pick(['\n', '', '\n\n', '\n   ']);
}
