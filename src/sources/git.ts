// Git sources: what is staged (the pre-commit hook), the commits of a range (CI, pre-push), every
// commit of the repository (the history audit) and the tree of a commit. Each reads git in bulk:
// one diff or one streaming log, and one `git cat-file --batch` for all blobs; never the working copy.
import type { CommitInfo, Fragment, Origin, Skipped } from '../types.js';
import { isBinary } from '../text/decode.js';
import { WHOLE_FILE_CONTEXT, isBlob, parseStagedPatches } from './staged-patch.js';
import { MAX_BLOB, TaskReader, readTasks, type BlobTask, type Task } from './tasks.js';
import type { Source, SourceInfo } from './source.js';
import { GitError, UsageError } from '../errors.js';
import { Git, gitComplaint } from './git-client.js';
import { classifyPushed, objectTasks, type Classified } from './pushed-objects.js';
import { LOG_FORMAT, parseRaw, splitLog, type FilePatch, type LogCommit, type RawEntry } from './git-parse.js';

export { MAX_BLOB };

/** Options that make diff output independent of the user's git config (colour, external diff tools,
 * textconv filters, relative paths, submodule logs, signatures) and keep each hunk to added lines. */
const DIFF_OPTS = [
  '-z',
  '--raw',
  '-p',
  '-U0',
  '--inter-hunk-context=0',
  '--no-abbrev',
  '-M',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--submodule=short',
];

/** The staged diff with every file whole as context: the hook reads the index with this one process. */
const STAGED_DIFF_OPTS = DIFF_OPTS.map((o) => (o === '-U0' ? `-U${WHOLE_FILE_CONTEXT}` : o));

const LOG_COMMON = ['--root', '--diff-merges=first-parent', '--no-show-signature', '--encoding=UTF-8', LOG_FORMAT];

/**
 * What each commit changed, without patches: git reads no blob for it (a tenth of `git log -p`'s
 * time on a history of added files). Same pairing options as DIFF_OPTS, so the files are the same.
 */
const RAW_LOG_OPTS = ['log', ...DIFF_OPTS.filter((o) => o !== '-p' && !o.startsWith('-U') && !o.startsWith('--inter-hunk')), ...LOG_COMMON];

/**
 * The patches of the files a commit modified, renamed or retyped (an added file counts whole and
 * needs none): only these pairs are diffed, so git reads the blobs of edits, not of every new file.
 */
const PATCH_LOG_OPTS = ['log', ...DIFF_OPTS, '--diff-filter=MRTC', ...LOG_COMMON];

const ZERO = /^0+$/;


/** Regular files only: submodules (160000) have no blob here and symlinks (120000) hold a path. */
function isScannable(e: RawEntry): boolean {
  if (e.status === 'D' || e.status === 'U' || e.status === 'X') return false;
  if (ZERO.test(e.dstSha)) return false;
  return e.dstMode.startsWith('100');
}

function commitInfo(c: LogCommit): CommitInfo {
  const info: CommitInfo = { sha: c.sha, author: c.author, date: c.date };
  if (c.email) info.email = c.email;
  return info;
}

/** The task that reads a changed file's new blob (with the lines its diff added, when it has some). */
function blobTask(e: RawEntry, patch: FilePatch | undefined, origin: Origin, commit?: CommitInfo): BlobTask {
  const t: BlobTask = { kind: 'blob', path: e.path, blob: e.dstSha, origin };
  // git printed no text diff for a file that is text to us (a `-diff` or `binary` attribute): every
  // line counts, so an attribute cannot hide a secret. A new file is added whole: every line counts,
  // which is what no hunks means (and spares building a set of every line number of every file).
  if (patch && !patch.binary && e.status !== 'A') t.hunks = patch.hunks;
  if (commit) t.commit = commit;
  return t;
}

// ------------------------------------------------------------------ staged

/**
 * What `git commit` would record: the staged blobs of added, copied, modified, renamed and
 * type-changed files, with the lines the staged diff adds. A partially staged file is judged by
 * its staged content. One git process in all (see STAGED_DIFF_OPTS); cat-file only for a file the
 * diff cannot give whole.
 */
export function stagedSource(git: Git, opts: { paths?: string[] } = {}): Source {
  const info: SourceInfo = {};
  // `paths`: repository-relative files or folders to limit it to (`fix --staged PATH...`).
  const specs = opts.paths?.length ? ['--', ...opts.paths] : [];
  // Started now, not when the items are asked for: git reads the index while this process loads
  // the config and compiles the rules (a hook's start-up), instead of after it. Its failure waits
  // for items() to be reported (handled here so it is never "unhandled" meanwhile).
  const diff = git.out(['diff', '--cached', ...STAGED_DIFF_OPTS, '--diff-filter=ACMRT', ...specs], 'git diff --cached');
  diff.catch(() => {});
  return {
    info,
    // No tasks(): a commit's staged files are few, and they come with the diff itself.
    async *items() {
      const out = await diff;
      const { entries, pos } = parseRaw(out, 0);
      const sections = alignSections(entries, parseStagedPatches(out, out[pos] === 0 ? pos + 1 : pos));
      // cat-file starts only for a file the diff did not give whole (binary attribute, pure rename, empty).
      const reader = new TaskReader(git, Infinity);
      try {
        const waiting: (Fragment | Skipped | Promise<Fragment | Skipped>)[] = [];
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i]!;
          if (!isScannable(e)) continue;
          const s = sections[i];
          if (s?.content && isBlob(s.content, e.dstSha)) waiting.push(stagedFragment(e, s.content, s.added));
          else waiting.push(reader.read(blobTask(e, s && { hunks: s.added.flatMap((n) => [n, 1]), binary: s.binary }, 'staged')));
        }
        for (const w of waiting) yield await w;
      } finally {
        reader.close();
      }
    },
  };
}

/** A staged file whose bytes came with the diff; an added file counts whole. */
function stagedFragment(e: RawEntry, bytes: Buffer, added: number[]): Fragment | Skipped {
  if (isBinary(bytes)) return { file: e.path, reason: 'binary file' };
  const f: Fragment = { path: e.path, bytes, origin: 'staged' };
  if (e.status !== 'A') f.changedLines = new Set(added);
  return f;
}

/** The patch section of each raw record (a type change prints two sections: the second is the new file). */
function alignSections<T>(entries: RawEntry[], sections: T[]): (T | undefined)[] {
  let k = 0;
  return entries.map((e) => {
    if (e.status === 'T') k++;
    return sections[k++];
  });
}

// ------------------------------------------------------------------ commits (range, pre-push, history)

export interface CommitMeta {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  date: string;
  /** Paths this commit changed (first-parent diff) and their new blob, or undefined when deleted. */
  changes: { path: string; oldPath?: string; blob?: string }[];
}

interface LogSourceOptions {
  origin: Origin;
  revs: string[];
  extra?: string[];
  /** Commits that must not appear (a shallow clone's cut): seeing one is a GitError. */
  forbidden?: Set<string>;
  forbiddenMessage?: (sha: string) => string;
  onCommit?: (c: CommitMeta) => void;
  prepare?: () => Promise<{ revs: string[] } | undefined>;
  /** Go on without patches when git cannot read an object (recorded in info.unreadable). */
  tolerateUnreadable?: boolean;
}

/**
 * One streaming `git log -p` over the revisions: a task for every changed file's new blob, read by
 * whoever runs the task (one cat-file per reader).
 */
function logTasks(git: Git, info: SourceInfo, opts: LogSourceOptions): AsyncIterable<Task | Skipped> {
  return {
    async *[Symbol.asyncIterator]() {
      let revs = opts.revs;
      if (opts.prepare) {
        const p = await opts.prepare();
        if (!p) return;
        revs = p.revs;
      }
      info.commits = 0;
      // Every revision here is a resolved object id or a pseudo-option we chose (--all, --not, --remotes).
      const tail = [...(opts.extra ?? []), ...revs, '--'];
      const seen = new Set<string>();
      // `edits`: the patches of the commit's edited files by path; undefined = every line counts.
      const tasksOf = function* (c: LogCommit, edits: Map<string, FilePatch | undefined> | undefined): Generator<Task> {
        if (opts.forbidden?.has(c.sha)) throw new GitError(opts.forbiddenMessage?.(c.sha) ?? `commit ${c.sha} is not complete`);
        info.commits!++;
        const commit = commitInfo(c);
        if (opts.onCommit) {
          opts.onCommit({
            sha: c.sha,
            parents: c.parents,
            author: c.author,
            email: c.email,
            date: c.date,
            changes: c.entries.map((e) => ({
              path: e.path,
              ...(e.oldPath !== undefined && e.status === 'R' ? { oldPath: e.oldPath } : {}),
              ...(e.status === 'D' || ZERO.test(e.dstSha) ? {} : { blob: e.dstSha }),
            })),
          });
        }
        for (const e of c.entries) {
          if (!isScannable(e)) continue;
          // An added file counts whole; an edit counts its patch's lines (no patch: every line counts).
          yield blobTask(e, e.status === 'A' ? undefined : edits?.get(e.path), opts.origin, commit);
        }
      };
      const patches = new PatchStream(git, tail);
      try {
        for await (const c of splitLog(git.stream([...RAW_LOG_OPTS, ...tail], 'git log'))) {
          // Patches first: a commit whose patch git cannot read is left to the degraded read below.
          const edits = c.entries.some((e) => isScannable(e) && e.status !== 'A') ? await patches.of(c.sha) : undefined;
          seen.add(c.sha);
          yield* tasksOf(c, edits);
        }
        return;
      } catch (e) {
        // An object git cannot read (a missing or corrupt blob or tree) stops `git log -p` for good.
        // When the caller accepts an incomplete read (the audit), the rest is read commit by commit.
        if (!opts.tolerateUnreadable || !(e instanceof GitError) || !UNREADABLE.test(e.message)) throw e;
        (info.unreadable ??= []).push(`git log stopped: ${e.message.replace(/^git log(?: -p)? failed: /, '')}; the rest of the history was read commit by commit`);
      } finally {
        await patches.close();
      }
      yield* degradedLog(git, info, revs, opts, seen, (c) => tasksOf(c, undefined));
    },
  };
}

/** Commits per `git log --no-walk` in the degraded read (a command line stays far below ARG_MAX). */
const DEGRADED_BATCH = 500;

/**
 * The history without patches (git then reads no blob itself; each missing one becomes a skipped
 * file), in batches of listed commits: when git cannot read a commit's trees, that commit is recorded
 * as unreadable and the batch goes on after it. `rev-list` reads only commit objects.
 */
async function* degradedLog(
  git: Git,
  info: SourceInfo,
  revs: string[],
  opts: LogSourceOptions,
  seen: Set<string>,
  tasksOf: (c: LogCommit) => Generator<Task>,
): AsyncGenerator<Task> {
  const listed = (await git.out(['rev-list', ...(opts.extra ?? []), ...revs, '--'], 'git rev-list')).toString('utf8').split('\n').filter(Boolean);
  let pending = listed.filter((sha) => !seen.has(sha));
  const noPatch = RAW_LOG_OPTS;
  while (pending.length > 0) {
    const batch = pending.slice(0, DEGRADED_BATCH);
    try {
      for await (const c of splitLog(git.stream([...noPatch, '--no-walk=unsorted', ...batch, '--'], 'git log'))) {
        if (seen.has(c.sha)) continue;
        seen.add(c.sha);
        yield* tasksOf(c);
      }
      pending = pending.slice(batch.length);
    } catch (e) {
      if (!(e instanceof GitError) || !UNREADABLE.test(e.message)) throw e;
      // git prints commits in the order given: the first one not read is the one it could not read.
      const bad = batch.findIndex((sha) => !seen.has(sha));
      if (bad < 0) throw e;
      seen.add(batch[bad]!);
      (info.unreadable ??= []).push(`commit ${batch[bad]!.slice(0, 12)}: its files could not be read (${e.message.replace(/^git log failed: /, '')})`);
      pending = pending.slice(bad + 1);
    }
  }
}

/**
 * The second log (PATCH_LOG_OPTS), started when the first commit with an edit needs it and read in
 * step with the first: it lists a subset of the same commits in the same order.
 */
class PatchStream {
  private it: AsyncIterator<LogCommit> | undefined;
  private next: LogCommit | undefined;

  constructor(
    private readonly git: Git,
    private readonly tail: string[],
  ) {}

  /** The patches of commit `sha` by new path. */
  async of(sha: string): Promise<Map<string, FilePatch | undefined>> {
    this.it ??= splitLog(this.git.stream([...PATCH_LOG_OPTS, ...this.tail], 'git log -p'))[Symbol.asyncIterator]();
    for (;;) {
      if (!this.next) {
        const r = await this.it.next();
        if (r.done) throw new GitError(`git log -p ended before commit ${sha} (the repository changed during the scan?)`);
        this.next = r.value;
      }
      const c = this.next;
      this.next = undefined;
      // Commits whose edits are all unscannable (submodules, symbolic links) are listed here only.
      if (c.sha !== sha) continue;
      const byPath = new Map<string, FilePatch | undefined>();
      c.entries.forEach((e, i) => byPath.set(e.path, c.patches[i]));
      return byPath;
    }
  }

  async close(): Promise<void> {
    await this.it?.return?.(undefined);
  }
}

/** A source over a log: its tasks, and the same tasks read here in order. */
function logSource(git: Git, info: SourceInfo, opts: LogSourceOptions): Source {
  return {
    info,
    tasks: () => logTasks(git, info, opts),
    items: () => readTasks(logTasks(git, info, opts), new TaskReader(git, Infinity)),
  };
}

/** git's complaints about an object it cannot read (missing, corrupt, or cut off by a shallow clone). */
const UNREADABLE = /unable to read|missing (?:blob|tree|object)|bad object|corrupt|does not match/i;

function short(sha: string): string {
  return sha.slice(0, 12);
}

const SHALLOW_HINT = 'the clone is shallow: fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)';

async function resolveCommit(git: Git, rev: string, range: string, shallow: () => Promise<boolean>): Promise<string> {
  if (rev.startsWith('-')) throw new UsageError(`--range ${range}: '${rev}' is not a revision`);
  const sha = await git.resolveCommit(rev);
  if (!sha) {
    const hint = (await shallow()) ? `; ${SHALLOW_HINT}` : '';
    throw new GitError(`--range ${range}: unknown revision '${rev}' (not a commit in this repository${hint})`);
  }
  return sha;
}

/** BASE..HEAD, BASE...HEAD (both: from the merge base) or a lone BASE (meaning BASE..HEAD). */
export function parseRange(range: string): { base: string; head: string } {
  const m = /^(.*?)\.\.\.?(.*)$/.exec(range);
  const base = (m ? m[1] : range) || 'HEAD';
  const head = (m ? m[2] : 'HEAD') || 'HEAD';
  if (!range.trim() || /\s/.test(base + head)) throw new UsageError(`--range takes BASE..HEAD (got '${range}')`);
  return { base, head };
}

/**
 * Every commit of BASE..HEAD scanned on its own: a secret added by one commit and removed by a later
 * one is still reported (it is in history and must be rotated). Merge commits are diffed against
 * their first parent, the root commit against the empty tree; when BASE is not an ancestor of HEAD
 * the scan starts at their merge base (what `git log BASE..HEAD` selects).
 */
export function rangeSource(git: Git, range: string): Source {
  const info: SourceInfo = { range };
  let shallowKnown: boolean | undefined;
  const shallow = async () => (shallowKnown ??= await git.isShallow());
  const opts: LogSourceOptions = {
    origin: 'range',
    revs: [],
    prepare: async () => {
      const { base, head } = parseRange(range);
      const baseSha = await resolveCommit(git, base, range, shallow);
      const headSha = await resolveCommit(git, head, range, shallow);
      const mergeBase = await git.text(['merge-base', baseSha, headSha], { allowFail: true });
      if (!mergeBase && (await shallow())) {
        throw new GitError(`--range ${range}: no common history between ${short(baseSha)} and ${short(headSha)}; ${SHALLOW_HINT}`);
      }
      if (await shallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--range ${range}: history is cut at ${short(sha)} inside the range; ${SHALLOW_HINT}`;
      }
      const from = mergeBase && mergeBase !== baseSha ? ` from merge base ${short(mergeBase)}` : '';
      info.range = `${range} (${short(baseSha)}..${short(headSha)}${from})`;
      return { revs: [headSha, '--not', baseSha] };
    },
  };
  return logSource(git, info, opts);
}

/** A line git writes on a pre-push hook's stdin. */
export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

export function parsePrePush(stdinText: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  const lines = stdinText.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (parts.length !== 4 || !/^[0-9a-f]{40,64}$/.test(localSha!) || !/^[0-9a-f]{40,64}$/.test(remoteSha!)) {
      throw new UsageError(
        `--pre-push: line ${i + 1} of stdin is not '<local ref> <local sha> <remote ref> <remote sha>' (git passes these lines to a pre-push hook)`,
      );
    }
    updates.push({ localRef: localRef!, localSha: localSha!, remoteRef: remoteRef!, remoteSha: remoteSha! });
  });
  return updates;
}

/**
 * The commits a push would send: for each updated ref, the commits not on the remote yet (for a new
 * branch, not on any remote-tracking ref). Deletions send nothing. Commits pushed to several refs
 * are scanned once (one log over all refs).
 */
export function prePushSource(git: Git, stdinText: string): Source {
  const info: SourceInfo = {};
  let updates: PushUpdate[] = [];
  // Tags, trees and blobs can be pushed too (see pushed-objects.ts): classified once, up front.
  let classified: Promise<Classified> | undefined;
  const classify = () =>
    (classified ??= (async () => {
      updates = parsePrePush(stdinText).filter((u) => !ZERO.test(u.localSha));
      return classifyPushed(git, updates.map((u) => ({ remoteRef: u.remoteRef, sha: u.localSha })));
    })());
  const opts: LogSourceOptions = {
    origin: 'range',
    revs: [],
    prepare: async () => {
      const { commits } = await classify();
      info.range = updates.length === 0 ? 'nothing to push' : updates.map((u) => `${u.localRef} -> ${u.remoteRef}`).join(', ');
      if (commits.length === 0) {
        info.commits = 0;
        return undefined;
      }
      // Remote tips we do not have (someone else pushed since our last fetch) cannot be excluded by
      // id; --remotes still excludes everything we know to be on a remote.
      const known = updates.filter((u) => !ZERO.test(u.remoteSha)).map((u) => u.remoteSha);
      const check = known.length ? await git.run(['cat-file', '--batch-check'], known.map((s) => `${s}^{commit}`).join('\n') + '\n') : undefined;
      if (check && check.code !== 0) throw new GitError(`git cat-file --batch-check failed: ${gitComplaint(check.stderr)}`);
      const present = new Set(
        (check?.stdout.toString('utf8') ?? '')
          .split('\n')
          .map((l) => /^([0-9a-f]{40,64}) commit /.exec(l)?.[1])
          .filter((s): s is string => !!s),
      );
      const exclude = known.filter((s) => present.has(s));
      if (await git.isShallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--pre-push: history is cut at ${short(sha)} (shallow clone); fetch the full history (git fetch --unshallow)`;
      }
      return { revs: [...new Set(commits), '--not', ...exclude, '--remotes'] };
    },
  };
  const tasks = async function* (): AsyncGenerator<Task | Skipped> {
    yield* objectTasks(git, await classify());
    yield* logTasks(git, info, opts);
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}

/**
 * Every commit reachable from any ref, parents after children (--topo-order), each against its first
 * parent. `onCommit` sees every commit with the files it changed, for the audit's "removed in".
 */
export function historySource(git: Git, opts: { onCommit?: (c: CommitMeta) => void } = {}): Source {
  const info: SourceInfo = { range: 'all refs' };
  const logOpts: LogSourceOptions = {
    origin: 'history',
    revs: ['--all'],
    extra: ['--topo-order'],
    tolerateUnreadable: true,
    ...(opts.onCommit ? { onCommit: opts.onCommit } : {}),
    prepare: async () => {
      // An empty repository has no refs: nothing to scan rather than git's "bad default revision".
      const head = await git.text(['rev-parse', '--verify', '--quiet', 'HEAD'], { allowFail: true });
      const refs = head ? 'HEAD' : await git.text(['for-each-ref', '--count=1', '--format=%(refname)']);
      if (!refs) {
        info.commits = 0;
        return undefined;
      }
      return { revs: ['--all'] };
    },
  };
  return logSource(git, info, logOpts);
}

/**
 * The files of a commit's tree (HEAD by default): what "live" means for the audit. One ls-tree, one
 * cat-file for all blobs.
 */
export function commitTreeSource(git: Git, rev = 'HEAD'): Source {
  const info: SourceInfo = { range: rev };
  const tasks = async function* (): AsyncGenerator<Task> {
    const r = await git.run(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev]);
    if (r.code !== 0) {
      if (rev === 'HEAD' && /Not a valid object name|not a tree object|bad revision/i.test(r.stderr)) return; // no commit yet
      throw new GitError(`git ls-tree ${rev} failed: ${gitComplaint(r.stderr)}`);
    }
    const out = r.stdout;
    for (let pos = 0; pos < out.length; ) {
      const end = out.indexOf(0, pos);
      const rec = out.toString('utf8', pos, end < 0 ? out.length : end);
      pos = end < 0 ? out.length : end + 1;
      const tab = rec.indexOf('\t');
      const [mode = '', type = '', sha = ''] = rec.slice(0, tab).split(' ');
      if (type !== 'blob' || !mode.startsWith('100')) continue;
      yield { kind: 'blob', path: rec.slice(tab + 1), blob: sha, origin: 'tree' };
    }
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}

/** A file of some tree, by path and blob id (e.g. what a branch tip holds that HEAD does not). */
export interface TreeFile {
  path: string;
  blob: string;
  /** The tip the file was found at; findings carry it as their commit. */
  commit: CommitInfo;
}

/** The given blobs, whole (every line counts), as tasks of origin 'tree' attributed to their tip. */
export function blobsSource(git: Git, files: TreeFile[]): Source {
  const info: SourceInfo = { range: 'branch and tag tips' };
  const tasks = async function* (): AsyncGenerator<Task> {
    for (const f of files) yield { kind: 'blob', path: f.path, blob: f.blob, origin: 'tree', commit: f.commit };
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}
