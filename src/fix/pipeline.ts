// The fix pipeline both fixes share, in three steps: plan (plan.ts: each file's new text from the
// findings' offsets and documents; the rewriter decides what replaces a Secret), verify (verify.ts:
// the scanner judges the result in memory before anything is written, and on disk after), write
// (write.ts: backup, atomic rename; staged.ts re-stages with --staged). This file runs them in order.
import path from 'node:path';
import { shellWord } from '../report/command.js';
import { FixError, GitError } from '../errors.js';
import type { Finding, FixKind } from '../types.js';
import { scan } from '../scan.js';
import type { Env, Git } from '../sources/git-client.js';
import { stagedSource } from '../sources/git.js';
import { maskIn } from '../report/mask.js';
import { unifiedDiff } from './diff.js';
import { planFile, type FilePlan } from './plan.js';
import type { Rewriter } from './rewriter.js';
import { committedFiles, requireIndexMatchesTree, restage } from './staged.js';
import { checkPlanned, checkWritten, reportRemaining, type ScanBase } from './verify.js';
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

const WHAT: Record<FixKind, string> = { seal: 'sealed into SealedSecrets', external: 'rewritten into ExternalSecrets' };

/** Runs the fix; returns the exit code (0 fixed or nothing to fix, 1 other blocking findings remain). */
export async function runFix(o: FixRunOptions): Promise<number> {
  const kind = o.rewriter.kind;
  // scan() takes a root only for a repository (it then lists files with git).
  const base: ScanBase = { cwd: o.cwd, root: o.git ? o.root : undefined, configPath: o.configPath, env: o.env };
  const found = await findFixable(o, base);
  if (!found) return 0;
  const { byFile, all } = found;
  const files = [...byFile.keys()].sort();
  if (o.staged) await requireIndexMatchesTree(o.git!, files);

  // Plan every file before writing any, so a refusal anywhere leaves every file as it was.
  const plans: FilePlan[] = [];
  const ctx = { root: o.root, rewriter: o.rewriter, namespace: o.namespace };
  for (const file of files) plans.push(await planFile(ctx, file, byFile.get(file)!, all.filter((f) => f.file === file)));
  const remaining = await checkPlanned(base, plans, kind);

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
    const secretsSeen = all.map((f) => f.secret);
    for (const p of plans) o.out(unifiedDiff(p.file, p.shown, maskIn(p.next, secretsSeen)));
    for (const n of notes) o.err(`${n}\n`);
    o.err(`sealgate fix: dry run: ${count(plans)} in ${plans.length} file(s) would be ${WHAT[kind]}; nothing was written\n`);
    return reportRemaining(o.err, remaining, true);
  }
  if (o.stdout) {
    if (remaining.length) {
      const f = remaining[0]!;
      throw new FixError(`${f.file}:${f.line}: the result still holds a secret this fix cannot repair (${f.ruleId}); --stdout would print it`);
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
    if (o.staged) await restage(o.git!, p.file);
    o.err(`${p.file}: ${count([p])} ${WHAT[kind]}${o.staged ? ' and re-staged' : ''} (backup ${path.relative(o.cwd, backup) || backup})\n`);
  }
  for (const n of notes) o.err(`${n}\n`);

  const left = await checkWritten(base, plans, kind);
  await remindRotation(o, plans);
  await remindCopies(o);
  return reportRemaining(o.err, left, false);
}

/** The findings this fix repairs, by file, from the working tree or (--staged) the index. */
async function findFixable(o: FixRunOptions, base: ScanBase): Promise<{ byFile: Map<string, Finding[]>; all: Finding[] } | undefined> {
  const kind = o.rewriter.kind;
  let result;
  if (o.staged) {
    if (!o.git) throw new GitError('--staged needs a git repository');
    const git = o.git;
    const specs = o.paths.map((p) => path.relative(git.root, path.resolve(o.cwd, p)).split(path.sep).join('/') || '.');
    // The staged blobs, whole: every Secret of a staged file is fixed, not only the changed lines.
    result = await scan({ ...base, source: stagedSource(git, { paths: specs }), wholeFiles: true });
    if (result.summary.files === 0 && result.summary.skipped.length === 0) {
      o.err('sealgate fix: nothing staged to fix\n');
      return undefined;
    }
  } else {
    result = await scan({ ...base, paths: o.paths });
  }
  for (const s of result.summary.skipped) if (s.unscannable) o.err(`sealgate fix: skipped ${s.file}: ${s.reason}\n`);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!f.fix?.includes(kind)) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  if (byFile.size === 0) {
    o.err(`sealgate fix: no plaintext Secret to fix${o.staged ? ' in the index' : ''} (${result.summary.files} files scanned)\n`);
    return undefined;
  }
  return { byFile, all: result.findings };
}

function count(plans: FilePlan[]): string {
  const n = plans.reduce((a, p) => a + p.secrets, 0);
  return `${n} Secret${n === 1 ? '' : 's'}`;
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
  const committed = o.git ? await committedFiles(o.git, plans.map((p) => p.file)) : [];
  if (committed.length) {
    o.err(`Rotate these values: the plaintext is still in Git history (${committed.join(', ')}), and a fix does not remove it from there or from any clone.\n`);
  } else {
    o.err('If these values were ever committed, pushed or shared, rotate them: a fix does not remove them from Git history.\n');
  }
}
