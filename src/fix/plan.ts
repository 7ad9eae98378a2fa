// Planning a fix: the new text of one file, computed in memory before anything is written. The
// findings say where each plaintext Secret is (their offsets and document, from the engine); the
// rewriter says what replaces it; only that document's range changes, every other byte stays.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FixError } from '../errors.js';
import type { Finding } from '../types.js';
import { get, parseManifest, type ManifestDoc, type YNode } from '../yaml/documents.js';
import { toJson, toYaml } from '../yaml/emit.js';
import { mask, maskIn } from '../report/mask.js';
import { applyFixes, replaceDocument, type TextFix } from './apply.js';
import { kustomizationNamespace } from './namespace.js';
import type { Rewriter } from './rewriter.js';
import { toSecretModel } from './secret-model.js';

export interface FilePlan {
  file: string;
  abs: string;
  original: Buffer;
  bom: string;
  text: string;
  next: string;
  secrets: number;
  /** The original with the rewritten Secrets' values masked, for the dry-run diff. */
  shown: string;
}

export interface PlanContext {
  /** Repository root (or cwd outside git); files are relative to it. */
  root: string;
  rewriter: Rewriter;
  /** --namespace: for Secrets without one (before the nearest kustomization.yaml). */
  namespace?: string;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isSecret(v: unknown): v is Obj {
  return isObj(v) && v.kind === 'Secret' && (v.apiVersion === undefined || v.apiVersion === 'v1');
}

/** The file's own line break, so a rewritten document matches its neighbours (CRLF, a lone CR). */
function lineBreak(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return /\r(?!\n)/.test(text) ? '\r' : '\n';
}

/** The document a finding belongs to, as the engine reported it (same text, same split). */
function documentOf(docs: ManifestDoc[], f: Finding, file: string): ManifestDoc {
  const at = f.document;
  const doc = at ? docs.find((d) => d.index === at.index && d.start === at.start && d.end === at.end) : undefined;
  if (!doc) throw new FixError(`${file}:${f.line}: no YAML document at the finding; fix it by hand`);
  return doc;
}

/** Computes the new text of one file from its findings (`fixable`: those this fix repairs). */
export async function planFile(ctx: PlanContext, file: string, fixable: Finding[], all: Finding[]): Promise<FilePlan> {
  const abs = path.join(ctx.root, file);
  let original: Buffer;
  try {
    original = readFileSync(abs);
  } catch (e) {
    throw new FixError(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let text = original.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(original)) throw new FixError(`${file}: not valid UTF-8, so it cannot be rewritten safely; fix it by hand`);
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  text = text.slice(bom.length);
  const json = /\.json$/i.test(file);
  const eol = lineBreak(text);
  const docs = parseManifest(text, file);
  const rewriteCtx = { file, root: ctx.root, namespaceFallback: ctx.namespace ?? kustomizationNamespace(ctx.root, path.dirname(abs)) };

  const targets = new Map<ManifestDoc, Finding[]>();
  for (const f of fixable) {
    const doc = documentOf(docs, f, file);
    targets.set(doc, [...(targets.get(doc) ?? []), f]);
  }

  const fixes: TextFix[] = [];
  const masks: TextFix[] = [];
  let secrets = 0;
  for (const [doc, found] of targets) {
    if (doc.error) throw new FixError(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); fix it by hand`);
    const value = doc.value;
    let objects: unknown[];
    if (isSecret(value)) {
      objects = await rewrite(ctx.rewriter, value, rewriteCtx);
      secrets++;
      secretValueRanges(doc.root, masks);
    } else if (isObj(value) && value.kind === 'List' && Array.isArray(value.items)) {
      const names = new Set(found.map((f) => f.resource?.name).filter((n): n is string => !!n));
      const items: unknown[] = [];
      const itemNodes = get(doc.root, 'items');
      for (const [i, item] of value.items.entries()) {
        const name = isSecret(item) && isObj(item.metadata) ? item.metadata.name : undefined;
        if (isSecret(item) && (names.size === 0 || (typeof name === 'string' && names.has(name)))) {
          items.push(...(await rewrite(ctx.rewriter, item, rewriteCtx)));
          secrets++;
          secretValueRanges(itemNodes?.type === 'seq' ? itemNodes.items[i] : undefined, masks);
        } else {
          items.push(item);
        }
      }
      objects = [{ ...value, items }];
    } else {
      const k = isObj(value) && typeof value.kind === 'string' ? value.kind : 'not a Kubernetes object';
      throw new FixError(`${file}:${found[0]!.line}: the finding is in a document that is not a Secret (${k}); fix it by hand`);
    }
    fixes.push(replaceDocument(text, doc, serialise(objects, json, eol), eol));
  }
  const shown = maskIn(applyFixes(text, masks), all.map((f) => f.secret));
  return { file, abs, original, bom, text, next: applyFixes(text, fixes), secrets, shown };
}

async function rewrite(rewriter: Rewriter, obj: Obj, ctx: { file: string; root: string; namespaceFallback?: string }): Promise<unknown[]> {
  let model;
  try {
    model = toSecretModel(obj);
  } catch (e) {
    if (e instanceof FixError) throw new FixError(`${ctx.file}: ${e.message}`);
    throw e;
  }
  return rewriter.rewrite(model, ctx);
}

/** Offsets of every value under data/stringData and of any *last-applied-configuration annotation of a Secret node. */
function secretValueRanges(node: YNode | undefined, out: TextFix[]): void {
  for (const k of ['data', 'stringData']) {
    const m = get(node, k);
    if (m?.type === 'map') for (const p of m.pairs) if (p.value.type === 'scalar') out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
  }
  const ann = get(node, 'metadata', 'annotations');
  if (ann?.type === 'map') {
    for (const p of ann.pairs) {
      if (p.key.type === 'scalar' && /last-applied-configuration$/.test(p.key.value) && p.value.type === 'scalar') {
        out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
      }
    }
  }
}

function serialise(objects: unknown[], json: boolean, eol: string): string {
  if (objects.length === 0) return '';
  let body: string;
  if (json) body = toJson(objects.length === 1 ? objects[0] : { apiVersion: 'v1', kind: 'List', items: objects });
  else body = objects.map((x) => toYaml(x)).join('---\n');
  return eol === '\n' ? body : body.replace(/\n/g, eol);
}
