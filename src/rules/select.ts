// Manifest rules as data: a rule's `select:` says which objects (`kinds`, `when`), which values
// (`fields`, `except`) and which class of value (`value`, asked of the one classifier) it reports.
// compileSelector turns it into the same Check a rule written in code is (src/rules/checks/).
// The language is documented in CONTRIBUTING.md ("How to add a rule") and docs/rules.md.
import { get, str, type YNode } from '../yaml/documents.js';
import { resourceOf, type Check, type Hit, type ObjectContext } from './checks/context.js';
import { matchField, parseFieldPath, pathMatches, type FieldPath } from './select-path.js';
import { VALUE_CLASSES } from './value-classes.js';

const SELECT_KEYS = new Set(['when', 'fields', 'except', 'value', 'as', 'key', 'nameFrom']);
const FIELD_KEYS = new Set(['path', 'judgedAs']);

type Bad = (field: string, msg: string) => void;
type Condition = (node: YNode | undefined) => boolean;

interface Field {
  path: FieldPath;
  /** The name the classifier judges the value under instead of its own (`value` of an exec plugin's env: a token). */
  judgedAs?: string;
}

/** Compiles `select:`; returns undefined when it is not valid (each problem names its field). */
export function compileSelector(raw: unknown, bad: Bad): Check | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    bad('select', 'must be a mapping');
    return undefined;
  }
  const s = raw as Record<string, unknown>;
  let ok = true;
  const fail: Bad = (f, m) => {
    ok = false;
    bad(f, m);
  };
  for (const k of Object.keys(s)) if (!SELECT_KEYS.has(k)) fail(`select.${k}`, 'unknown field');
  const when = conditionsOf(s.when, fail);
  if (s.fields === undefined) {
    // No value is the secret: the object itself is the finding (a deprecated API, say).
    if (when.length === 0) fail('select.fields', "required unless 'select.when' names what makes the object a finding");
    for (const f of ['except', 'value', 'as', 'key', 'nameFrom']) if (s[f] !== undefined) fail(`select.${f}`, "only a selector with 'fields' uses it");
    return ok ? objectCheck(when) : undefined;
  }
  const fields = fieldsOf(s.fields, fail);
  const except = pathsOf(s.except, 'select.except', fail);
  const value = s.value;
  if (typeof value !== 'string' || !Object.hasOwn(VALUE_CLASSES, value)) {
    fail('select.value', `required, one of: ${Object.keys(VALUE_CLASSES).join(', ')}`);
  }
  if (s.as !== undefined && s.as !== 'setting' && s.as !== 'secret') fail('select.as', 'must be setting or secret');
  if (s.nameFrom !== undefined && (typeof s.nameFrom !== 'string' || s.nameFrom === '')) fail('select.nameFrom', 'must be a field name');
  const captures = new Set(fields.flatMap((f) => f.path.captures));
  const key = s.key ?? 'name';
  if (typeof key !== 'string' || (key !== 'name' && key !== 'path' && !captures.has(key))) {
    fail('select.key', `must be name, path or a segment captured in every field (${[...captures].join(', ') || 'none'})`);
  } else if (key !== 'name' && key !== 'path' && !fields.every((f) => f.path.captures.includes(key))) {
    fail('select.key', `'${key}' is not captured in every field`);
  }
  if (!ok) return undefined;
  return valueCheck({
    when,
    fields,
    except,
    test: VALUE_CLASSES[value as string]!.test,
    as: (s.as as 'setting' | 'secret' | undefined) ?? 'setting',
    key: key as string,
    nameFrom: s.nameFrom as string | undefined,
  });
}

interface ValueSelector {
  when: [FieldPath, Condition][];
  fields: Field[];
  except: FieldPath[];
  test: (typeof VALUE_CLASSES)[string]['test'];
  as: 'setting' | 'secret';
  key: string;
  nameFrom?: string;
}

function holds(obj: ObjectContext, when: [FieldPath, Condition][]): boolean {
  return when.every(([p, cond]) => cond(matchField(obj.node, p)[0]?.node));
}

function objectCheck(when: [FieldPath, Condition][]): Check {
  return (obj) => {
    if (!holds(obj, when)) return [];
    const at = matchField(obj.node, when[0]![0])[0]?.node ?? obj.node;
    return [{ at, secret: '', resource: resourceOf(obj) }];
  };
}

function valueCheck(sel: ValueSelector): Check {
  return (obj) => {
    if (!holds(obj, sel.when)) return [];
    const hits: Hit[] = [];
    // The names of a list's items, read once per list: per item it was quadratic in the list's length.
    const namesOf = new Map<YNode, string[]>();
    for (const field of sel.fields) {
      for (const m of matchField(obj.node, field.path)) {
        if (m.node.type !== 'scalar' || sel.except.some((e) => pathMatches(e, m.path))) continue;
        let name = m.path[m.path.length - 1]!;
        let siblings: string[] | undefined;
        if (sel.nameFrom !== undefined) {
          // A list of {name, value} items (container env): the item's name names the value.
          const item = m.holders[m.holders.length - 1];
          const list = m.holders[m.holders.length - 2];
          const own = str(get(item, sel.nameFrom));
          if (!own) continue;
          name = own;
          if (list?.type === 'seq') {
            siblings = namesOf.get(list);
            if (!siblings) namesOf.set(list, (siblings = list.items.map((i) => str(get(i, sel.nameFrom!)) ?? '')));
          }
        }
        if (!sel.test({ value: m.node.value, name: field.judgedAs ?? name, as: sel.as, siblings })) continue;
        const rel = m.path.slice(field.path.prefix).join('.');
        const key = sel.key === 'name' ? name : sel.key === 'path' ? rel : m.captures[sel.key]!;
        hits.push({
          at: m.node,
          key: sel.nameFrom === undefined ? m.key : undefined,
          secret: m.node.value,
          resource: resourceOf(obj, key),
          data: { key, field: rel, ...m.captures },
        });
      }
    }
    return hits.sort((a, b) => a.at.start - b.at.start);
  };
}

function pathOf(v: unknown, where: string, bad: Bad): FieldPath | undefined {
  if (typeof v !== 'string') {
    bad(where, 'must be a field path (a string)');
    return undefined;
  }
  const p = parseFieldPath(v);
  if (typeof p === 'string') {
    bad(where, p);
    return undefined;
  }
  return p;
}

function pathsOf(v: unknown, where: string, bad: Bad): FieldPath[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    bad(where, 'must be a list of field paths');
    return [];
  }
  return v.flatMap((x, i) => pathOf(x, `${where}[${i}]`, bad) ?? []);
}

function fieldsOf(v: unknown, bad: Bad): Field[] {
  if (!Array.isArray(v) || v.length === 0) {
    bad('select.fields', 'must be a non-empty list of field paths');
    return [];
  }
  const out: Field[] = [];
  v.forEach((x, i) => {
    const where = `select.fields[${i}]`;
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!FIELD_KEYS.has(k)) bad(`${where}.${k}`, 'unknown field');
      if (o.judgedAs !== undefined && (typeof o.judgedAs !== 'string' || o.judgedAs === '')) bad(`${where}.judgedAs`, 'must be a non-empty string');
      const path = pathOf(o.path, `${where}.path`, bad);
      if (path) out.push({ path, judgedAs: o.judgedAs as string | undefined });
      return;
    }
    const path = pathOf(x, where, bad);
    if (path) out.push({ path });
  });
  return out;
}

/** `when`: field path -> true (present), false (absent), a value, a list of values, or {not: values}. */
function conditionsOf(v: unknown, bad: Bad): [FieldPath, Condition][] {
  if (v === undefined) return [];
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    bad('select.when', 'must be a mapping of field path to condition');
    return [];
  }
  const out: [FieldPath, Condition][] = [];
  for (const [k, c] of Object.entries(v as Record<string, unknown>)) {
    const where = `select.when.${k}`;
    const path = pathOf(k, where, bad);
    if (!path) continue;
    if (path.prefix !== path.segments.length) {
      bad(where, 'a condition names one field: no *, ** or |');
      continue;
    }
    const cond = conditionOf(c, (m) => bad(where, m));
    if (cond) out.push([path, cond]);
  }
  return out;
}

function valuesOf(c: unknown): string[] | undefined {
  if (typeof c === 'string') return [c];
  if (Array.isArray(c) && c.length > 0 && c.every((x) => typeof x === 'string')) return c as string[];
  return undefined;
}

function conditionOf(c: unknown, bad: (msg: string) => void): Condition | undefined {
  if (c === true) return (n) => n !== undefined;
  if (c === false) return (n) => n === undefined;
  const values = valuesOf(c);
  if (values) return (n) => str(n) !== undefined && values.includes(str(n)!);
  if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 1) {
    const not = valuesOf((c as Record<string, unknown>).not);
    // `kind: {not: [Secret]}`: a kind, and not that one
    if (not) return (n) => str(n) !== undefined && !not.includes(str(n)!);
  }
  bad('must be true, false, a value, a list of values or {not: value(s)}');
  return undefined;
}
