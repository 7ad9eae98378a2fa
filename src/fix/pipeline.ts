// The fix pipeline both fixes share. The scanner decides what is a plaintext Secret (findings whose
// `fix` names this fix); the rewriter decides what replaces it; this file does everything else:
// find each finding's document, replace only that document's range (every other byte, comment and
// line ending stays), check the result in memory with the scanner, back up, write atomically,
// re-stage with --staged, and rescan what was written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { shellWord } from '../report/command.js';
import { FixError, GitError } from '../errors.js';
import type { Finding, FixKind, Fragment, Skipped } from '../types.js';
import { scan } from '../scan.js';
import type { Source } from '../sources/source.js';
import { gitComplaint, type Env, type Git } from '../sources/git-client.js';
import { get, parseManifest, type ManifestDoc, type YNode } from '../yaml/documents.js';
import { toJson, toYaml } from '../yaml/emit.js';
import { mask } from '../report/mask.js';
import { applyFixes, replaceDocument, type TextFix } from './apply.js';
import { unifiedDiff } from './diff.js';
import type { Rewriter } from './rewriter.js';
import { toSecretModel } from './secret-model.js';
import { writeAtomic, type BackupSession } from './write.js';

export interface FixRunOptions {
  /** Where the command runs; PATHs are relative to it. */
  cwd: string;
  /** Repository root (or cwd outside git). */
  root: string;
  /** The repository at root, or undefined outside git. */
  git?: Git;
  /** The environment git runs with. */
  env: Env;
  paths: string[];
  rewriter: Rewriter;
  backups: BackupSession;
  configPath?: string;
  /** --namespace: for Secrets without one (before the nearest kustomization.yaml). */
  namespace?: string;
  dryRun?: boolean;
  stdout?: boolean;
  staged?: boolean;
  /** Keep the newest N backups of each file under .git/sealgate/backups (undefined: keep all). */
  keepBackups?: number;
  out(text: string): void;
  err(text: string): void;
}

type Obj = Record<string, unknown>;

interface FilePlan {
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

const WHAT: Record<FixKind, string> = { seal: 'sealed into SealedSecrets', external: 'rewritten into ExternalSecrets' };

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isSecret(v: unknown): v is Obj {
  return isObj(v) && v.kind === 'Secret' && (v.apiVersion === undefined || v.apiVersion === 'v1');
}

/** Runs the fix; returns the exit code (0 fixed or nothing to fix, 1 other blocking findings remain). */
export async function runFix(o: FixRunOptions): Promise<number> {
  const kind = o.rewriter.kind;
  // scan() takes a root only for a repository (it then lists files with git).
  const scanRoot = o.git ? o.root : undefined;
  const env = o.env;
  let source: Source | undefined;
  let scanPaths = o.paths;
  if (o.staged) {
    if (!o.git) throw new GitError('--staged needs a git repository');
    const staged = await stagedFiles(o.git, o.paths.map((p) => path.resolve(o.cwd, p)));
    if (staged.length === 0) {
      o.err('sealgate fix: nothing staged to fix\n');
      return 0;
    }
    source = indexSource(o.git, staged);
    scanPaths = [];
  }
  const result = await scan({ cwd: o.cwd, paths: scanPaths, source, root: scanRoot, configPath: o.configPath, env });
  for (const s of result.summary.skipped) if (s.unscannable) o.err(`sealgate fix: skipped ${s.file}: ${s.reason}\n`);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!f.fix?.includes(kind)) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  if (byFile.size === 0) {
    o.err(`sealgate fix: no plaintext Secret to fix${o.staged ? ' in the index' : ''} (${result.summary.files} files scanned)\n`);
    return 0;
  }
  const files = [...byFile.keys()].sort();
  if (o.staged) await requireIndexMatchesTree(o.git!, files);

  // Plan every file before writing any, so a refusal anywhere leaves every file as it was.
  const plans: FilePlan[] = [];
  for (const file of files) plans.push(await planFile(o, file, byFile.get(file)!, result.findings.filter((f) => f.file === file)));

  // The result must be clean of what this fix handles before anything is written or printed.
  const after = await scan({ cwd: o.cwd, root: scanRoot, configPath: o.configPath, source: memorySource(plans), env });
  const stillFixable = after.findings.filter((f) => f.fix?.includes(kind));
  if (stillFixable.length) {
    throw new FixError(`${stillFixable[0]!.file}:${stillFixable[0]!.line}: the rewritten file would still hold a plaintext Secret (${stillFixable[0]!.ruleId}); nothing was written`);
  }
  const remaining = after.findings;
  const secretsSeen = result.findings.map((f) => f.secret);

  // Side outputs (values file, merge target) before any manifest loses its values.
  const notes = (await o.rewriter.finish?.()) ?? [];

  if (o.rewriter.keepsSources) {
    // --merge-into: the target was updated (or, dry run, would be); the fixed files stay as they are.
    for (const n of notes) o.err(`${n}\n`);
    if (!o.dryRun) await remindCopies(o);
    for (const p of plans) {
      const gone = p.next.trim() === '' || /^(?:\s*---\s*)*$/.test(p.next);
      o.err(
        `${p.file}: left as it is; remove its Secret${p.secrets === 1 ? '' : 's'} before committing (the values are in the merge target)${gone ? `: git rm -- ${shellWord(p.file)}` : ''}\n`,
      );
    }
    return 0;
  }
  if (o.dryRun) {
    for (const p of plans) o.out(unifiedDiff(p.file, p.shown, maskText(p.next, secretsSeen)));
    for (const n of notes) o.err(`${n}\n`);
    o.err(`sealgate fix: dry run: ${count(plans)} in ${plans.length} file(s) would be ${WHAT[kind]}; nothing was written\n`);
    reportRemaining(o, remaining, true);
    return 0;
  }
  if (o.stdout) {
    if (remaining.length) {
      throw new FixError(`${remaining[0]!.file}:${remaining[0]!.line}: the result still holds a secret this fix cannot repair (${remaining[0]!.ruleId}); --stdout would print it`);
    }
    for (const p of plans) {
      if (plans.length > 1) o.out(`# sealgate: ${p.file}\n`);
      o.out(p.bom + p.next);
    }
    for (const n of notes) o.err(`${n}\n`);
    return 0;
  }

  for (const p of plans) {
    const backup = await o.backups.save(p.file, p.original);
    writeAtomic(p.abs, p.bom + p.next, { expect: p.original });
    if (o.staged) await gitAdd(o.git!, p.file);
    o.err(`${p.file}: ${count([p])} ${WHAT[kind]}${o.staged ? ' and re-staged' : ''} (backup ${path.relative(o.cwd, backup) || backup})\n`);
  }
  for (const n of notes) o.err(`${n}\n`);

  // What is on disk now is what counts.
  const check = await scan({ cwd: o.cwd, root: scanRoot, configPath: o.configPath, paths: plans.map((p) => p.abs), env });
  const broken = check.findings.filter((f) => f.fix?.includes(kind));
  if (broken.length) {
    throw new FixError(`${broken[0]!.file}:${broken[0]!.line}: still holds a plaintext Secret after the fix (${broken[0]!.ruleId}); the original is in the backup`);
  }
  await remindRotation(o, plans);
  await remindCopies(o);
  return reportRemaining(o, check.findings, false);
}

function count(plans: FilePlan[]): string {
  const n = plans.reduce((a, p) => a + p.secrets, 0);
  return `${n} Secret${n === 1 ? '' : 's'}`;
}

/** Findings the fix cannot repair (another rule, another document): named, masked, exit 1 if blocking. */
function reportRemaining(o: FixRunOptions, remaining: Finding[], dryRun: boolean): number {
  if (remaining.length === 0) return 0;
  o.err(`sealgate fix: ${dryRun ? 'after the fix, ' : ''}${remaining.length} finding(s) remain that this fix does not repair; see 'sealgate scan':\n`);
  for (const f of remaining) o.err(`  ${f.file}:${f.line} ${f.ruleId} ${mask(f.secret)}\n`);
  return !dryRun && remaining.some((f) => f.severity === 'error') ? 1 : 0;
}

/** Prunes old backups and says, in one line, where the plaintext copies are and how to remove them. */
async function remindCopies(o: FixRunOptions): Promise<void> {
  if (!o.git) return;
  const { sealgateDir, pruneBackups, copiesReminder } = await import('./plaintext-copies.js');
  const dir = await sealgateDir(o.git);
  if (!dir) return;
  if (o.keepBackups !== undefined) pruneBackups(dir, o.keepBackups);
  const line = copiesReminder(dir, o.cwd);
  if (line) o.err(`${line}\n`);
}

async function remindRotation(o: FixRunOptions, plans: FilePlan[]): Promise<void> {
  const committed: string[] = [];
  if (o.git) {
    for (const p of plans) {
      const r = await o.git.run(['log', '-1', '--format=%H', '--', p.file]);
      if (r.code === 0 && r.stdout.length > 0) committed.push(p.file);
    }
  }
  if (committed.length) {
    o.err(`Rotate these values: the plaintext is still in Git history (${committed.join(', ')}), and a fix does not remove it from there or from any clone.\n`);
  } else {
    o.err('If these values were ever committed, pushed or shared, rotate them: a fix does not remove them from Git history.\n');
  }
}

/** Computes the new text of one file. */
async function planFile(o: FixRunOptions, file: string, fixable: Finding[], all: Finding[]): Promise<FilePlan> {
  const abs = path.join(o.root, file);
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
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const docs = parseManifest(text, file);
  const lineStarts = lineOffsets(text);
  const namespaceFallback = o.namespace ?? kustomizationNamespace(o.root, path.dirname(abs));
  const ctx = { file, root: o.root, namespaceFallback };

  // Findings -> documents (by the finding's first line).
  const targets = new Map<ManifestDoc, Finding[]>();
  for (const f of fixable) {
    const off = (lineStarts[f.line - 1] ?? 0) + Math.max(0, f.column - 1);
    const doc = docs.find((d) => off >= d.start && off < d.end) ?? docs.find((d) => off >= d.start && off <= d.end);
    if (!doc) throw new FixError(`${file}:${f.line}: no YAML document at the finding's line; fix it by hand`);
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
      objects = await rewrite(o.rewriter, value, ctx, file);
      secrets++;
      secretValueRanges(doc.root, masks);
    } else if (isObj(value) && value.kind === 'List' && Array.isArray(value.items)) {
      const names = new Set(found.map((f) => f.resource?.name).filter((n): n is string => !!n));
      const items: unknown[] = [];
      const itemNodes = get(doc.root, 'items');
      for (const [i, item] of value.items.entries()) {
        const name = isSecret(item) && isObj(item.metadata) ? item.metadata.name : undefined;
        if (isSecret(item) && (names.size === 0 || (typeof name === 'string' && names.has(name)))) {
          items.push(...(await rewrite(o.rewriter, item, ctx, file)));
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
  const shown = maskText(applyFixes(text, masks), all.map((f) => f.secret));
  return { file, abs, original, bom, text, next: applyFixes(text, fixes), secrets, shown };
}

async function rewrite(rewriter: Rewriter, obj: Obj, ctx: { file: string; root: string; namespaceFallback?: string }, file: string): Promise<unknown[]> {
  let model;
  try {
    model = toSecretModel(obj);
  } catch (e) {
    if (e instanceof FixError) throw new FixError(`${file}: ${e.message}`);
    throw e;
  }
  return rewriter.rewrite(model, ctx);
}

/** Offsets of every value under data/stringData and of last-applied annotations of a Secret node. */
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

/** Replaces every occurrence of each finding's secret (longest first) by its mask. */
function maskText(text: string, secrets: string[]): string {
  let out = text;
  const parts = [...new Set(secrets)].filter((p) => p.trim().length >= 4).sort((a, b) => b.length - a.length);
  for (const p of parts) out = out.split(p).join(mask(p));
  return out;
}

function serialise(objects: unknown[], json: boolean, eol: string): string {
  if (objects.length === 0) return '';
  let body: string;
  if (json) body = toJson(objects.length === 1 ? objects[0] : { apiVersion: 'v1', kind: 'List', items: objects });
  else body = objects.map((x) => toYaml(x)).join('---\n');
  return eol === '\n' ? body : body.replace(/\n/g, eol);
}

function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** `namespace:` of the nearest kustomization file from `dir` up to the root. */
export function kustomizationNamespace(root: string, dir: string): string | undefined {
  let d = path.resolve(dir);
  const top = path.resolve(root);
  for (;;) {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
      const f = path.join(d, name);
      if (!existsSync(f) || !statSync(f).isFile()) continue;
      const [doc] = parseManifest(readFileSync(f, 'utf8'), f);
      const ns = isObj(doc?.value) ? doc.value.namespace : undefined;
      return typeof ns === 'string' && ns ? ns : undefined;
    }
    if (d === top || !d.startsWith(top + path.sep)) return undefined;
    d = path.dirname(d);
  }
}

/** The rewritten files as a scan source, so the scanner judges the result before it is written. */
function memorySource(plans: FilePlan[]): Source {
  return {
    info: {},
    async *items(): AsyncIterable<Fragment | Skipped> {
      for (const p of plans) yield { path: p.file, bytes: Buffer.from(p.bom + p.next, 'utf8'), origin: 'tree' };
    },
  };
}

/** Staged (added, copied, modified, renamed) files under the given paths, repository-relative. */
async function stagedFiles(git: Git, absPaths: string[]): Promise<string[]> {
  const specs = absPaths.map((p) => path.relative(git.root, p).split(path.sep).join('/') || '.');
  const r = await git.run(['-c', 'core.quotepath=off', 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--', ...specs]);
  if (r.code !== 0) throw new GitError(`git diff --cached failed: ${gitComplaint(r.stderr)}`);
  return r.stdout.toString('utf8').split('\0').filter(Boolean);
}

/** The staged blobs, as the commit would record them. */
function indexSource(git: Git, files: string[]): Source {
  return {
    info: {},
    async *items(): AsyncIterable<Fragment | Skipped> {
      for (const file of files) {
        const r = await git.run(['cat-file', 'blob', `:${file}`]);
        if (r.code !== 0) yield { file, reason: `cannot read the staged version (${gitComplaint(r.stderr)})`, unscannable: true };
        else yield { path: file, bytes: r.stdout, origin: 'staged' };
      }
    },
  };
}

/** --staged fixes the work tree and re-stages it, which is only honest when both hold the same file. */
async function requireIndexMatchesTree(git: Git, files: string[]): Promise<void> {
  const differ: string[] = [];
  for (const file of files) {
    const r = await git.run(['diff', '--no-ext-diff', '--quiet', '--', file]);
    if (r.code === 1) differ.push(file);
    else if (r.code !== 0) throw new GitError(`git diff failed for ${file}: ${gitComplaint(r.stderr)}`);
  }
  if (differ.length) {
    throw new FixError(
      `${differ.join(', ')}: the staged version differs from the working tree, so fixing and re-staging would commit unstaged edits; ` +
        `stage or discard those edits first ('git add ${differ[0]}' or 'git restore ${differ[0]}'), then run the fix again`,
    );
  }
}

async function gitAdd(git: Git, file: string): Promise<void> {
  const r = await git.run(['add', '--', file]);
  if (r.code !== 0) throw new GitError(`git add ${file} failed: ${gitComplaint(r.stderr)}; the file is fixed but not staged`);
}
