// Adversarial inputs of about 1 MB per rule, each built to stress that rule's pattern or check:
// content rules get near misses of their own regex (a matching string minus its last character,
// repeated with and without line breaks), one match prefix followed by a long run of the pattern's
// own character class with no terminator, a flood of the rule's keywords on one line, and its own
// invalid example repeated (many true findings). Manifest rules get their invalid example repeated
// as documents, widened to thousands of entries, one value of 1 MB, and a 1 MB keyword comment.
import { dump, load } from 'js-yaml';
import { sampleFor } from './regex-sample.mjs';

function fill(unit, size, sep = '') {
  if (!unit) unit = 'x';
  const n = Math.max(1, Math.ceil(size / (unit.length + sep.length)));
  return Array(n).fill(unit).join(sep);
}

function defaultPath(rule) {
  const ex = rule.examples?.invalid?.find((e) => e.path) ?? rule.examples?.valid?.find((e) => e.path);
  if (ex) return ex.path;
  return rule.pattern ? 'src/config.txt' : 'deploy/manifest.yaml'; // manifest rules: select or check
}

/** [{ variant, path, text }] for one rule spec (as in rules/*.yaml). */
export function adversarialInputs(spec, size) {
  return spec.pattern ? contentInputs(spec, size) : manifestInputs(spec, size);
}

function contentInputs(spec, size) {
  const file = spec.paths?.length ? defaultPath(spec) : 'src/config.txt';
  const re = new RegExp(spec.pattern, (spec.flags ?? '').replace('g', ''));
  const gen = sampleFor(spec.pattern);
  // A real match is the best seed; the invalid examples hold one when the generator's does not match.
  let sample = re.test(gen.sample) ? gen.sample : undefined;
  for (const ex of spec.examples?.invalid ?? []) {
    if (sample) break;
    const m = re.exec(ex.code);
    if (m) sample = m[0];
  }
  sample ??= gen.sample;
  const miss = sample.slice(0, -1);
  const keywords = spec.keywords?.length ? spec.keywords : [gen.prefix || sample.slice(0, 8)];
  const out = [
    { variant: 'near-miss, one line', path: file, text: fill(miss, size) + '\n' },
    { variant: 'near-miss, many lines', path: file, text: fill(miss, size, '\n') + '\n' },
    { variant: 'prefix + 1 MB class run', path: file, text: gen.prefix + gen.runChar.repeat(size) + '\n' },
    { variant: 'keyword flood', path: file, text: fill(keywords.join(' '), size, ' ') + '\n' },
    // An identifier or token that never ends: what lookbehinds and bounded runs are there for.
    { variant: 'keyword + 1 MB run', path: file, text: `${keywords[0]}${'a'.repeat(size)}\n` },
  ];
  const ex = spec.examples?.invalid?.[0];
  if (ex) out.push({ variant: 'invalid example repeated', path: ex.path ?? file, text: fill(ex.code, size, '\n') });
  return out;
}

function manifestInputs(spec, size) {
  const ex = spec.examples?.invalid?.[0];
  const file = ex?.path ?? defaultPath(spec);
  const json = /\.json$/i.test(file);
  const keywords = spec.keywords?.length ? spec.keywords : ['kind'];
  const out = [];
  const flood = fill(keywords.join(' '), size, ' ');
  if (!ex) return [{ variant: 'keyword flood', path: file, text: `# ${flood}\n` }];
  const emit = (v) => (json ? JSON.stringify(v) + '\n' : dump(v, { lineWidth: -1, noRefs: true }));
  let value;
  try {
    value = load(ex.code);
  } catch {
    value = undefined;
  }
  out.push({
    variant: 'invalid example repeated',
    path: file,
    text: json ? `[${fill(ex.code.trim(), size, ',\n')}]\n` : fill(ex.code, size, '---\n'),
  });
  if (!json) out.push({ variant: 'keyword flood', path: file, text: `${ex.code}# ${flood}\n` });
  if (value && typeof value === 'object') {
    if (json && !Array.isArray(value)) out.push({ variant: 'keyword flood', path: file, text: emit({ ...value, 'sg-bench-flood': flood }) });
    const leaf = lastLeaf(value);
    if (leaf) {
      out.push({ variant: 'widened to 1 MB of entries', path: file, text: emit(widen(value, leaf, size, false)) });
      out.push({ variant: 'widened parent', path: file, text: emit(widen(value, leaf, size, true)) });
      const long = structuredClone(value);
      const at = walk(long, leaf.path.slice(0, -1));
      at[leaf.path.at(-1)] = fill(String(leaf.value).replace(/[^A-Za-z0-9+/]/g, '') || 'QUJD', size).slice(0, size);
      out.push({ variant: 'one 1 MB value', path: file, text: emit(long) });
    }
  }
  return out;
}

function walk(v, path) {
  return path.reduce((o, k) => o[k], v);
}

/** The last scalar in document order (usually the secret of an invalid example), with its path. */
function lastLeaf(v, path = []) {
  if (v === null || typeof v !== 'object') return { path, value: v };
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  for (let k = keys.length - 1; k >= 0; k--) {
    const r = lastLeaf(v[keys[k]], [...path, keys[k]]);
    if (r && r.path.length) return r;
  }
  return undefined;
}

/**
 * Copies entries of the collection that holds the leaf (the nearest list above it, else its map;
 * with `parent`, the map above that) until the document is about `size` bytes.
 */
function widen(value, leaf, size, parent) {
  const v = structuredClone(value);
  let depth = leaf.path.length - 1;
  for (let d = leaf.path.length - 1; d >= 0; d--) {
    if (Array.isArray(walk(v, leaf.path.slice(0, d)))) { depth = d; break; }
  }
  if (parent && depth > 0) depth--;
  const container = walk(v, leaf.path.slice(0, depth));
  const key = leaf.path[depth];
  const entry = container[key];
  const unit = JSON.stringify(entry).length + String(key).length + 8;
  const n = Math.max(1, Math.ceil(size / unit));
  for (let i = 1; i <= n; i++) {
    if (Array.isArray(container)) container.push(structuredClone(entry));
    else container[`${key}-${i}`] = structuredClone(entry);
  }
  return v;
}
