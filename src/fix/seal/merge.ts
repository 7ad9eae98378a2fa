// --merge-into FILE, like `kubeseal --merge-into`: the Secret's values are sealed for the existing
// SealedSecret's own name, namespace and scope (the only label its controller will accept), then
// added to or replaced in its encryptedData; the Secret's template labels and annotations are merged
// into the target's template, creating the maps when missing (kubeseal would hit a nil map there).
// The target file is written with the same backup and atomic rename as every fixed file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FixError, UsageError } from '../../errors.js';
import { parseManifest, type ManifestDoc } from '../../yaml/documents.js';
import { toJson, toYaml } from '../../yaml/emit.js';
import { applyFixes, replaceDocument } from '../apply.js';
import type { SecretModel } from '../secret-model.js';
import { writeAtomic, type BackupSession } from '../write.js';
import type { SealingCert } from './certificate.js';
import type { Scope } from './crypto.js';
import { CLUSTER_WIDE, encryptEntries, NAMESPACE_WIDE, scopeFromAnnotations } from './sealed-secret.js';
import { LAST_APPLIED_ANNOTATIONS } from '../../constants.js';


type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function sorted(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export class MergeTarget {
  readonly rel: string;
  private readonly text: string;
  private readonly doc: ManifestDoc;
  private readonly obj: Obj;
  private readonly eol: string;
  private readonly json: boolean;
  private readonly merged: string[] = [];

  /** Reads and checks the target now, so a bad target fails before anything is sealed. */
  constructor(
    readonly file: string,
    root: string,
    private readonly cert: SealingCert,
    private readonly scopeFlag?: Scope,
  ) {
    this.rel = path.relative(root, file).split(path.sep).join('/') || file;
    try {
      this.text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`--merge-into ${this.rel}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    this.json = /\.json$/i.test(file);
    this.eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    const docs = parseManifest(this.text, file);
    const bad = docs.find((d) => d.error);
    if (bad) throw new FixError(`--merge-into ${this.rel}: not valid YAML: ${bad.error}`);
    const sealed = docs.filter((d) => isObj(d.value) && d.value.kind === 'SealedSecret');
    if (sealed.length !== 1) {
      throw new FixError(`--merge-into ${this.rel}: expected exactly one SealedSecret in the file, found ${sealed.length}`);
    }
    const doc = sealed[0]!;
    this.doc = doc;
    // A deep, ordinary copy: the parsed value may share aliased nodes and has null prototypes.
    this.obj = JSON.parse(JSON.stringify(doc.value)) as Obj;
    const meta = this.obj.metadata;
    if (!isObj(meta) || typeof meta.name !== 'string' || !meta.name) throw new FixError(`--merge-into ${this.rel}: the SealedSecret has no metadata.name`);
    const spec = isObj(this.obj.spec) ? this.obj.spec : (this.obj.spec = {});
    if (spec.data !== undefined) throw new FixError(`--merge-into ${this.rel}: the SealedSecret uses the deprecated spec.data format; re-seal it first`);
    if (spec.encryptedData !== undefined && !isObj(spec.encryptedData)) throw new FixError(`--merge-into ${this.rel}: spec.encryptedData is not a map`);
    const scope = this.scope;
    if (scopeFlag && scopeFlag !== 'strict' && scopeFlag !== scope) {
      throw new UsageError(`--scope ${scopeFlag} does not match ${this.rel}, which is sealed ${scope}; its values must share one scope`);
    }
    if (scope !== 'cluster-wide' && typeof meta.namespace !== 'string') {
      throw new FixError(`--merge-into ${this.rel}: the ${scope} SealedSecret has no metadata.namespace`);
    }
  }

  private get meta(): Obj {
    return this.obj.metadata as Obj;
  }

  /** The controller reads the scope from the SealedSecret's own annotations. */
  get scope(): Scope {
    return scopeFromAnnotations(isObj(this.meta.annotations) ? this.meta.annotations : undefined);
  }

  /** Seals `secret`'s entries for the target and merges them in (memory only). */
  add(secret: SecretModel, opts: { allowEmpty?: boolean } = {}): void {
    if (secret.entries.size === 0 && !opts.allowEmpty) throw new FixError(`Secret '${secret.name}' has no data or stringData; there is nothing to merge`);
    const target = { name: this.meta.name as string, namespace: this.meta.namespace as string | undefined, scope: this.scope };
    const encrypted = encryptEntries(secret, target, this.cert);
    const spec = this.obj.spec as Obj;
    spec.encryptedData = sorted({ ...((spec.encryptedData as Obj | undefined) ?? {}), ...encrypted });
    const template = isObj(spec.template) ? spec.template : (spec.template = {});
    const tmeta = isObj(template.metadata) ? template.metadata : (template.metadata = {});
    const annotations = { ...secret.annotations };
    // The target's scope stays the target's; last-applied would leak the plaintext.
    for (const a of [NAMESPACE_WIDE, CLUSTER_WIDE, ...LAST_APPLIED_ANNOTATIONS]) delete annotations[a];
    if (Object.keys(secret.labels).length) tmeta.labels = sorted({ ...(isObj(tmeta.labels) ? tmeta.labels : {}), ...secret.labels });
    if (Object.keys(annotations).length) tmeta.annotations = sorted({ ...(isObj(tmeta.annotations) ? tmeta.annotations : {}), ...annotations });
    this.merged.push(...Object.keys(encrypted));
  }

  /** The target file after the merges. */
  render(): string {
    const body = (this.json ? toJson(this.obj) : toYaml(this.obj)).replace(/\n/g, this.eol);
    return applyFixes(this.text, [replaceDocument(this.text, this.doc, body, this.eol)]);
  }

  /** Writes the target (backup first) unless dry-run; returns lines to print. */
  async finish(opts: { dryRun?: boolean; backups?: BackupSession }): Promise<string[]> {
    if (this.merged.length === 0) return [];
    const next = this.render();
    const keys = [...new Set(this.merged)].sort().join(', ');
    // No diff here: the target's other documents are not scanned, so their context lines could hold anything.
    if (opts.dryRun) return [`${this.rel}: would merge sealed keys ${keys} (dry run: not written)`];
    // Without a backup session (sealgate seal outside git, like kubeseal) the target is only replaced atomically.
    const backup = opts.backups ? await opts.backups.save(this.rel, this.text) : undefined;
    writeAtomic(this.file, next);
    return [`${this.rel}: merged sealed keys ${keys}${backup ? ` (backup ${backup})` : ''}`];
  }
}
