// The plaintext leaves the manifest, so it must land somewhere the user controls: the values file.
// One JSON record (mode 0600) grouped by backend name, plus, next to it, one file per backend name
// holding exactly the document to upload (`vault kv put PATH @file`, `--secret-string file://`,
// `--data-file`, `--file`), so the printed commands reference files and never contain a value.
// Each Secret's values are on disk before its manifest is rewritten: a crash later loses nothing.
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { FixError } from '../../errors.js';
import type { StoredValue } from './external-secret.js';
import { gitDirOf, ignoredPaths, locate, type Location } from './git-paths.js';
import type { Env } from '../../sources/git-client.js';
import { PROVIDER_LABEL, type Provider, type RemoteName } from './providers.js';

export const VALUES_FORMAT = 'sealgate-external-values';

/** A problem with where the values go (not with one Secret): its message names that path. */
export class ValuesPathError extends FixError {}

export interface ValuesEntry {
  /** The ExternalSecret's remoteRef.key. */
  key: string;
  /** `file: Secret/namespace/name` of every Secret whose values are here. */
  from: string[];
  /** Properties whose value is the base64 of binary bytes (decodingStrategy: Base64). */
  base64?: string[];
  /** Exactly what the backend stores at this name. */
  data: Record<string, string>;
}

export interface ValuesDoc {
  format: typeof VALUES_FORMAT;
  version: 1;
  provider: Provider;
  /** Keyed by backend name. */
  secrets: Record<string, ValuesEntry>;
}

export interface ValuesFileOptions {
  root: string;
  env?: Env;
  provider: Provider;
  /** Absolute, or relative to root. Default: a new file under <git dir>/sealgate/external/. */
  path?: string;
  dryRun?: boolean;
  now?: () => Date;
}

/** Size limits of one secret value per backend, in bytes (Vault has no fixed one). */
const SIZE_LIMIT: Partial<Record<Provider, number>> = { aws: 65536, gcp: 65536, azure: 25 * 1024 };

export class ValuesFile {
  private ready?: Promise<void>;
  private file = '';
  private sidecar = '';
  /** Where the upload files go: git dir, outside git, or a work tree (then each file must be ignored). */
  private sidecarLocation?: Location;
  private doc!: ValuesDoc;
  private readonly touched = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: ValuesFileOptions) {}

  /** Resolves and checks the path once, before the first Secret is rewritten. */
  prepare(): Promise<void> {
    this.ready ??= this.resolve();
    return this.ready;
  }

  private async resolve(): Promise<void> {
    const { root, provider } = this.opts;
    this.doc = { format: VALUES_FORMAT, version: 1, provider, secrets: {} };
    if (this.opts.path !== undefined) {
      const file = path.resolve(root, this.opts.path);
      if (existsSync(file) && statSync(file).isDirectory()) throw new ValuesPathError(`--values-out ${file} is a directory; name a file`);
      await refuseCommittable(file, '--values-out', this.opts.env);
      if (existsSync(file)) this.doc = await loadExisting(file, provider);
      this.file = file;
    } else {
      const gitDir = await gitDirOf(root, this.opts.env);
      if (!gitDir) {
        throw new ValuesPathError(`${root} is not a git repository, so there is no .git/sealgate/ for the values; pass --values-out FILE outside the work tree`);
      }
      this.file = uniqueFile(path.join(gitDir, 'sealgate', 'external'), (this.opts.now ?? (() => new Date()))());
    }
    this.sidecar = this.file.replace(/\.json$/i, '') + '.d';
    this.sidecarLocation = await locate(path.join(this.sidecar, 'x.json'), this.opts.env);
  }

  /** Path of the main values file (after the first add). */
  get filePath(): string {
    return this.file;
  }

  /** The upload document of one backend name. */
  uploadFile(name: string): string {
    return path.join(this.sidecar, ...name.split('/')) + '.json';
  }

  /**
   * Records one Secret's values under its backend name and writes them (unless dry-run).
   * Throws FixError, changing nothing, when another Secret already put a different value there.
   */
  add(remote: RemoteName, values: StoredValue[], from: string): Promise<void> {
    // One at a time: concurrent rewrites must not each write a file that lacks the other's values.
    const run = this.queue.then(() => this.addNow(remote, values, from));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async addNow(remote: RemoteName, values: StoredValue[], from: string): Promise<void> {
    await this.prepare();
    const old = this.doc.secrets[remote.name];
    const entry: ValuesEntry = old
      ? { key: old.key, from: [...old.from], base64: [...(old.base64 ?? [])], data: { ...old.data } }
      : { key: remote.key, from: [], base64: [], data: {} };
    if (entry.key !== remote.key) {
      throw new FixError(`${from}: backend name '${remote.name}' is recorded with remote key '${entry.key}', not '${remote.key}'`);
    }
    for (const v of values) {
      const had = entry.data[v.property];
      const hadBase64 = entry.base64!.includes(v.property);
      if (had !== undefined && (had !== v.text || hadBase64 !== v.base64)) {
        throw new FixError(
          `${from}: key '${v.property}' maps to '${remote.key}', which already holds a different value from ${entry.from.join(', ')}; ` +
            'give the Secrets distinct remote keys with --key-template',
        );
      }
      entry.data[v.property] = v.text;
      if (v.base64 && !hadBase64) entry.base64!.push(v.property);
    }
    entry.data = Object.fromEntries(Object.entries(entry.data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    entry.base64!.sort();
    if (entry.base64!.length === 0) delete entry.base64;
    if (!entry.from.includes(from)) entry.from.push(from);

    const upload = this.uploadFile(remote.name);
    await this.refuseCommittableUpload(upload);
    const next: ValuesDoc = { ...this.doc, secrets: { ...this.doc.secrets, [remote.name]: entry } };
    if (!this.opts.dryRun) {
      await writePrivate(upload, JSON.stringify(entry.data, null, 2) + '\n');
      await writePrivate(this.file, JSON.stringify(next, null, 2) + '\n');
    }
    this.doc = next;
    this.touched.add(remote.name);
  }

  private async refuseCommittableUpload(file: string): Promise<void> {
    const loc = this.sidecarLocation;
    if (loc?.kind !== 'work-tree') return;
    // loc.rel is `<sidecar>/x.json` relative to the work tree top.
    const rel = path.posix.join(path.posix.dirname(loc.rel), path.relative(this.sidecar, file).split(path.sep).join('/'));
    const ignored = await ignoredPaths(loc.top, [rel], this.opts.env);
    if (!ignored.has(rel)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, 'the upload file'));
  }

  /** The lines to print: where the values are and the exact upload commands (file references only). */
  finish(): string[] {
    if (this.touched.size === 0) return [];
    const names = [...this.touched].sort();
    const { provider } = this.opts;
    const verb = this.opts.dryRun ? 'would write' : 'wrote';
    const lines = [
      `sealgate ${verb} the values of ${names.length} ${PROVIDER_LABEL[provider]} secret${names.length === 1 ? '' : 's'} to ${this.file} (mode 0600).`,
      `Upload them before applying the ExternalSecrets, then delete ${this.file} and ${this.sidecar}:`,
      ...hint(provider),
    ];
    for (const name of names) lines.push('  ' + uploadCommand(provider, name, this.uploadFile(name)));
    for (const name of names) {
      const size = Buffer.byteLength(JSON.stringify(this.doc.secrets[name].data, null, 2) + '\n');
      const limit = SIZE_LIMIT[provider];
      if (limit !== undefined && size > limit) {
        lines.push(`warning: ${name} is ${size} bytes, over the ${limit}-byte limit of ${PROVIDER_LABEL[provider]}; split the Secret`);
      }
    }
    return lines;
  }
}

function hint(provider: Provider): string[] {
  switch (provider) {
    case 'vault':
      return ["  # VAULT_KV_MOUNT: the store's spec.provider.vault.path (default 'secret'); use 'vault kv patch' for a path that already exists"];
    case 'aws':
      return ['  # use put-secret-value --secret-id NAME instead for a secret that already exists'];
    case 'gcp':
      return ['  # use gcloud secrets versions add NAME --data-file=FILE for a secret that already exists'];
    case 'azure':
      return ["  # AZURE_KEYVAULT: the vault name of the store's spec.provider.azurekv.vaultUrl"];
  }
}

export function uploadCommand(provider: Provider, name: string, file: string): string {
  switch (provider) {
    case 'vault':
      return `vault kv put ${sh('${VAULT_KV_MOUNT:-secret}/' + name, true)} ${sh('@' + file)}`;
    case 'aws':
      return `aws secretsmanager create-secret --name ${sh(name)} --secret-string ${sh('file://' + file)}`;
    case 'gcp':
      return `gcloud secrets create ${sh(name)} --replication-policy=automatic --data-file=${sh(file)}`;
    case 'azure':
      return `az keyvault secret set --vault-name "$AZURE_KEYVAULT" --name ${sh(name)} --file ${sh(file)} --encoding utf-8`;
  }
}

/** POSIX shell quoting; `expand` keeps `${...}` working by using double quotes. */
function sh(word: string, expand = false): string {
  if (expand) return `"${word.replace(/["\\`]/g, '\\$&')}"`;
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function notIgnoredMessage(file: string, top: string, what: string): string {
  return `refusing to write plaintext values to ${file}: ${what} is inside the git work tree ${top} and git does not ignore it ` +
    '(a `git add .` would commit it); add it to .gitignore or choose a path outside the work tree (default: .git/sealgate/)';
}

/** Refuses a path that a `git add .` in any repository could pick up. */
async function refuseCommittable(file: string, what: string, env: Env | undefined): Promise<void> {
  const loc = await locate(file, env);
  if (loc.kind !== 'work-tree') return;
  const ignored = await ignoredPaths(loc.top, [loc.rel], env);
  if (!ignored.has(loc.rel)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, what));
}

async function loadExisting(file: string, provider: Provider): Promise<ValuesDoc> {
  let doc: Partial<ValuesDoc>;
  try {
    doc = JSON.parse(await readFile(file, 'utf8')) as Partial<ValuesDoc>;
  } catch {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc?.format !== VALUES_FORMAT || doc.version !== 1 || typeof doc.secrets !== 'object' || doc.secrets === null) {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc.provider !== provider) {
    throw new ValuesPathError(`--values-out ${file} holds ${doc.provider} values, not ${provider}; use another file`);
  }
  return doc as ValuesDoc;
}

/** A fresh file per run, so a second run never overwrites values the user has not uploaded yet. */
function uniqueFile(dir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let candidate = path.join(dir, `values-${stamp}.json`);
  for (let i = 2; existsSync(candidate) || existsSync(candidate.replace(/\.json$/, '.d')); i++) {
    candidate = path.join(dir, `values-${stamp}-${i}.json`);
  }
  return candidate;
}

/** Atomic write readable by the owner only (umask cannot widen an explicit chmod). */
export async function writePrivate(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    await fh.chmod(0o600);
    await fh.writeFile(content, 'utf8');
    await fh.sync();
  } catch (e) {
    await fh.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
