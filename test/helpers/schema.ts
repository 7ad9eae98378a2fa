// Schema validation against the real CRDs and the SARIF schema in ../shared/schemas.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import { load } from 'js-yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.SEALGATE_SHARED ?? path.resolve(here, '../../../shared');
export const SCHEMAS = path.join(SHARED, 'schemas');

type Validator = (value: unknown) => string[];

function errorsOf(fn: { errors?: unknown[] | null }): string[] {
  return (fn.errors ?? []).map((e) => JSON.stringify(e));
}

const crdCache = new Map<string, Validator>();

/**
 * A validator for one version of a CRD (file name in shared/schemas). Unknown fields are refused,
 * as the API server does with structural schemas.
 */
export function crdValidator(file: string, version: string): Validator {
  const key = `${file}@${version}`;
  const hit = crdCache.get(key);
  if (hit) return hit;
  const crd = load(readFileSync(path.join(SCHEMAS, file), 'utf8')) as any;
  const v = crd.spec.versions.find((x: any) => x.name === version);
  if (!v) throw new Error(`${file} has no version ${version}`);
  const schema = closeObjects(structuredClone(v.schema.openAPIV3Schema));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const fn = ajv.compile(schema);
  const validator: Validator = (value) => (fn(value) ? [] : errorsOf(fn));
  crdCache.set(key, validator);
  return validator;
}

/** Structural schemas prune unknown fields; we refuse them instead, so a typo in what we emit fails the test. */
function closeObjects(s: any): any {
  if (!s || typeof s !== 'object') return s;
  if (s.type === 'object' && s.properties && s.additionalProperties === undefined && !s['x-kubernetes-preserve-unknown-fields']) {
    s.additionalProperties = false;
  }
  // metadata is validated by the API server, not the CRD schema
  if (s.properties?.metadata && s.properties.metadata.type === 'object' && !s.properties.metadata.properties) {
    s.properties.metadata = { type: 'object' };
  }
  for (const k of Object.keys(s)) {
    const v = s[k];
    if (k === 'properties' || k === 'patternProperties') for (const p of Object.keys(v)) v[p] = closeObjects(v[p]);
    else if (Array.isArray(v)) s[k] = v.map(closeObjects);
    else if (typeof v === 'object') s[k] = closeObjects(v);
  }
  return s;
}

let sarif: Validator | undefined;
/** SARIF 2.1.0 (draft-04 schema). */
export function validateSarif(doc: unknown): string[] {
  if (!sarif) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, 'sarif-schema-2.1.0.json'), 'utf8'));
    // ajv-draft-04 is CommonJS with only a default export.
    type Ctor = new (opts: Record<string, unknown>) => { compile(s: unknown): ((v: unknown) => boolean) & { errors?: unknown[] | null } };
    const m = AjvDraft04Module as unknown as Ctor & { default?: Ctor };
    const AjvDraft04 = m.default ?? m;
    const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false });
    const fn = ajv.compile(schema);
    sarif = (v) => (fn(v) ? [] : errorsOf(fn));
  }
  return sarif(doc);
}
