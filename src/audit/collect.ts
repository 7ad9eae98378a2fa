// The audit: what is live (the working tree and, with history, HEAD's tree) and what is only in past
// commits, one entry per distinct secret however many commits and files carried it. History findings
// need rotating even when HEAD is clean: anyone with a clone can read them.
import { fixCommand, preferredFix } from '../report/command.js';
import path from 'node:path';
import type { Env, Git } from '../sources/git-client.js';
import type { CommitInfo, Finding, FixKind, SafeObject, ScanResult, Severity, Skipped } from '../types.js';
import type { AuditEntry, AuditReport } from '../report/audit-model.js';
import type { Config } from '../config/load.js';
import { isSkipped, type Source } from '../sources/source.js';
import { mask } from '../report/mask.js';
import { secretHash } from '../engine/fingerprint.js';
import { VERSION } from '../version.js';
import { GitError } from '../errors.js';

export interface CollectOptions {
  history: boolean;
  showSecrets?: boolean;
  configPath?: string;
  /** for-each-ref patterns of the refs whose tips count as live (default refs/heads and refs/tags). */
  refs?: string[];
  /** Progress while the history is read (commits done and total, bytes, findings so far). */
  progress?: (p: AuditProgress) => void;
  /** Repository-relative files or folders to limit the audit to (default: everything). */
  paths?: string[];
  /** The environment git runs with (default: this process's). */
  env?: Env;
}

export interface AuditProgress {
  commits: number;
  /** Commits reachable from all refs (known before the history is read). */
  total: number;
  bytes: number;
  findings: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

interface Occurrence {
  finding: Finding;
  live: boolean;
  /** Branches and tags whose tip holds it (history audits). */
  refs?: string[];
  /** Found at a branch or tag tip in a file that differs from HEAD's (not fixable in this checkout). */
  offHead?: boolean;
}

/** Author and date of each commit, one git log for all. */
async function commitInfos(git: import('../sources/git-client.js').Git, shas: string[]): Promise<Map<string, CommitInfo>> {
  const out = new Map<string, CommitInfo>();
  if (shas.length === 0) return out;
  const text = (await git.out(['log', '--no-walk=unsorted', '--format=%H%x00%an%x00%ae%x00%aI', '--end-of-options', ...shas], 'git log')).toString('utf8');
  for (const line of text.split('\n')) {
    const [sha = '', author = '', email = '', date = ''] = line.split('\0');
    if (sha) out.set(sha, { sha, author, ...(email ? { email } : {}), date });
  }
  return out;
}

export async function collectAudit(root: string, opts: CollectOptions): Promise<AuditReport> {
  const { scan } = await import('../scan.js');
  const sources = await import('../sources/git.js');
  const client = await import('../sources/git-client.js');
  const repo = (await client.repositoryRoot(root, opts.env)) !== undefined ? new client.Git(root, opts.env) : undefined;
  const inGit = repo !== undefined;
  if (opts.history && !inGit) throw new GitError(`audit --history: ${root} is not a git repository`);
  const keep = pathFilter(opts.paths);

  // `root` tells scan the repository; outside git it must find out for itself (no git ls-files then).
  const base = { cwd: root, env: opts.env, ...(inGit ? { root } : {}), ...(opts.configPath ? { configPath: opts.configPath } : {}) };
  const results: ScanResult[] = [];
  /** Safe objects count where they are now, not in past commits. */
  const safeNow: SafeObject[] = [];
  const occurrences: Occurrence[] = [];
  let config: Config | undefined;

  let head: string | undefined;
  if (repo) head = await repo.resolveCommit('HEAD');

  // Live: the working tree, as `scan` sees it. With history, HEAD's tree is read from git below, so
  // from the working copy only the files that differ from HEAD (edited or new) are read again.
  const wanted = opts.paths?.length ? opts.paths.map((p) => path.join(root, p)) : [root];
  const changed = opts.history && head && repo ? await changedSinceHead(repo, keep) : undefined;
  const treePaths = changed ? changed.map((p) => path.join(root, p)) : wanted;
  if (treePaths.length > 0) {
    const tree = await scan({ ...base, paths: treePaths });
    config = tree.config;
    results.push(tree);
    safeNow.push(...tree.safe);
    for (const f of tree.findings) occurrences.push({ finding: f, live: true });
  }

  let commitsScanned = 0;
  const graph = new (await import('./removed.js')).CommitGraph();
  if (opts.history && repo) {
    // Live too: what HEAD holds, even where the working copy has changed since (a commit is public).
    const atHead = await scan({ ...base, source: filtered(sources.commitTreeSource(repo), keep) });
    config ??= atHead.config;
    results.push(atHead);
    safeNow.push(...atHead.safe);
    // Live on any branch or tag tip too: a secret on an unmerged branch is not "history only".
    const refs = await import('./refs.js');
    const tips = await refs.refTips(repo, opts.refs);
    const diffs = await refs.diffTips(repo, head, tips);
    const tipInfo = await commitInfos(repo, [...new Set(tips.map((t) => t.commit))]);
    const blobAt = new Map<string, string>();
    for (const d of diffs) for (const f of d.files) blobAt.set(`${d.tip.commit}\0${f.path}`, f.blob);
    const atTips = await scan({ ...base, source: filtered(sources.blobsSource(repo, refs.filesToScan(diffs, (sha) => tipInfo.get(sha)!)), keep) });
    results.push(atTips);
    const refsOf = refs.refsOfFindings(diffs, atHead.findings, atTips.findings, (f) => (f.commit ? blobAt.get(`${f.commit.sha}\0${f.file}`) : undefined));
    for (const f of atHead.findings) occurrences.push({ finding: f, live: true, refs: refsOf.get(f) ?? [] });
    for (const f of atTips.findings) {
      // The tip is where it is present, not where it came in: no commit on the occurrence.
      const { commit: _tip, ...finding } = f;
      occurrences.push({ finding, live: true, refs: refsOf.get(f) ?? [], offHead: true });
    }
    const progress: AuditProgress = { commits: 0, total: 0, bytes: 0, findings: occurrences.length };
    if (opts.progress) progress.total = Number(await repo.text(['rev-list', '--all', '--count'], { allowFail: true })) || 0;
    const onCommit = (c: import('../sources/git.js').CommitMeta) => {
      graph.add(c);
      progress.commits++;
      opts.progress?.(progress);
    };
    const onFragment = (bytes: number, findings: number) => {
      progress.bytes += bytes;
      progress.findings += findings;
    };
    const history = await scan({ ...base, source: filtered(sources.historySource(repo, { onCommit }), keep), ...(opts.progress ? { onFragment } : {}) });
    results.push(history);
    commitsScanned = history.summary.commits ?? graph.size;
    for (const f of history.findings) occurrences.push({ finding: f, live: false });
  }

  const entries = await group(repo, occurrences, graph, head, config, opts.showSecrets === true);
  const incomplete = await incompleteReasons(repo, opts.history, results);
  const safe = dedupeSafe(safeNow);
  const skipped = dedupeSkipped(results.flatMap((r) => r.summary.skipped));
  const live = entries.filter((e) => e.status === 'live').length;
  return {
    version: 1,
    tool: { name: 'sealgate', version: VERSION },
    repository: path.basename(root),
    generatedAt: new Date().toISOString(),
    ...(head ? { head } : {}),
    history: opts.history,
    commitsScanned,
    bytesScanned: results.reduce((t, r) => t + r.summary.bytes, 0),
    entries,
    safe,
    summary: {
      distinct: entries.length,
      live,
      historyOnly: entries.length - live,
      safe: safe.length,
      blocking: entries.filter((e) => e.severity === 'error').length,
    },
    skipped,
    ...(incomplete.length ? { incomplete } : {}),
  };
}

/** What could not be read: objects git could not read, missing blobs, a shallow clone's cut. */
async function incompleteReasons(git: import('../sources/git-client.js').Git | undefined, history: boolean, results: ScanResult[]): Promise<string[]> {
  const out: string[] = [];
  for (const r of results) out.push(...(r.summary.unreadable ?? []));
  const missing = new Set<string>();
  for (const r of results) for (const s of r.summary.skipped) if (/is missing from the repository/.test(s.reason)) missing.add(`${s.file}${s.commit ? ` @ ${s.commit.slice(0, 12)}` : ''}: ${s.reason}`);
  out.push(...[...missing].sort());
  if (history && git) {
    if (await git.isShallow()) {
      out.push('the clone is shallow: commits before its cut were not read (git fetch --unshallow, or actions/checkout with fetch-depth: 0)');
    }
  }
  return out;
}

/** Above this many edited files, reading the whole working tree is simpler than listing them. */
const MAX_CHANGED = 1000;

/** Files of the working tree that differ from HEAD (edited, staged or untracked), or undefined to read all. */
async function changedSinceHead(repo: Git, keep: ((file: string) => boolean) | undefined): Promise<string[] | undefined> {
  const edited = await repo.run(['diff', 'HEAD', '--name-only', '-z', '--no-renames', '--no-relative', '--no-ext-diff', '--diff-filter=d']);
  const untracked = await repo.run(['ls-files', '--others', '--exclude-standard', '-z']);
  if (edited.code !== 0 || untracked.code !== 0) return undefined;
  const files = [...new Set([...edited.stdout.toString('utf8').split('\0'), ...untracked.stdout.toString('utf8').split('\0')])].filter(
    (f) => f !== '' && (!keep || keep(f)),
  );
  return files.length > MAX_CHANGED ? undefined : files;
}

function pathFilter(paths: string[] | undefined): ((file: string) => boolean) | undefined {
  const prefixes = (paths ?? []).map((p) => p.split(path.sep).join('/').replace(/\/+$/, '')).filter((p) => p !== '' && p !== '.');
  if (prefixes.length === 0) return undefined;
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`));
}

function filtered(source: Source, keep: ((file: string) => boolean) | undefined): Source {
  if (!keep) return source;
  return {
    info: source.info,
    async *items() {
      for await (const x of source.items()) if (keep(isSkipped(x) ? x.file : x.path)) yield x;
    },
  };
}

/** Oldest first: earlier author date, then later in the --topo-order stream (an ancestor). */
function older(a: CommitInfo, b: CommitInfo, order: (sha: string) => number | undefined): boolean {
  const ta = Date.parse(a.date);
  const tb = Date.parse(b.date);
  if (ta !== tb && Number.isFinite(ta) && Number.isFinite(tb)) return ta < tb;
  return (order(a.sha) ?? 0) > (order(b.sha) ?? 0);
}

/** The command that repairs a live plaintext Secret, with the configured certificate or store. */
export function fixCommandFor(file: string, fix: FixKind[] | undefined, config: Config | undefined): string | undefined {
  const target = { cert: config?.seal?.cert, store: config?.external?.store };
  // One command per entry: sealing unless only a store is configured.
  const kind = preferredFix(fix, target);
  return kind ? fixCommand(kind, [file], target) : undefined;
}

async function group(
  repo: Git | undefined,
  occurrences: Occurrence[],
  graph: import('./removed.js').CommitGraph,
  head: string | undefined,
  config: Config | undefined,
  showSecrets: boolean,
): Promise<AuditEntry[]> {
  // One entry per distinct secret value: the same token in a Secret and in a .env file is one thing to rotate.
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = secretHash(o.finding.secret);
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  const order = (sha: string) => graph.order(sha);
  const entries: AuditEntry[] = [];
  const raw: string[] = [];
  for (const g of groups.values()) {
    let introduced: Finding | undefined;
    for (const o of g) {
      const c = o.finding.commit;
      if (c && (!introduced || older(c, introduced.commit!, order))) introduced = o.finding;
    }
    // The place to show: a live one in this checkout (where the fix applies), else on a branch or tag
    // tip, else where it came in.
    const here = g.filter((o) => o.live && !o.offHead).map((o) => o.finding);
    const liveOnes = here.length ? here : g.filter((o) => o.live).map((o) => o.finding);
    const rep = liveOnes.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line)[0] ?? introduced ?? g[0]!.finding;
    const severity = g.reduce<Severity>((s, o) => (SEVERITY_RANK[o.finding.severity] > SEVERITY_RANK[s] ? o.finding.severity : s), 'note');
    const places = new Set(g.map((o) => `${o.live ? 'live' : o.finding.commit?.sha ?? ''}\0${o.finding.file}`));
    const files = [...new Set(g.map((o) => o.finding.file))].filter((f) => f !== rep.file).sort();
    const status = liveOnes.length > 0 ? 'live' : 'history';
    const entry: AuditEntry = {
      ruleId: rep.ruleId,
      severity,
      message: rep.message,
      file: rep.file,
      line: rep.line,
      column: rep.column,
      ...(rep.resource ? { resource: rep.resource } : {}),
      ...(rep.credential ? { credential: rep.credential } : {}),
      secret: showSecrets ? rep.secret : mask(rep.secret),
      fingerprint: rep.fingerprint,
      status,
      ...(introduced?.commit ? { introduced: introduced.commit } : {}),
      occurrences: places.size,
      otherFiles: files,
      ...(rep.fix ? { fix: rep.fix } : {}),
    };
    const refNames = [...new Set(g.flatMap((o) => o.refs ?? []))].sort(byRefName);
    if (refNames.length) entry.refs = refNames;
    if (status === 'live' && here.length) {
      const cmd = fixCommandFor(rep.file, rep.fix, config);
      if (cmd) entry.fixCommand = cmd;
    }
    entries.push(entry);
    raw.push(rep.secret);
  }

  // "Removed in" for history-only entries, from where each was introduced.
  const queries = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.status === 'history' && e.introduced)
    // A history-only entry shows the place it was introduced, so file and commit go together.
    .map(({ e, i }) => ({ i, q: { commit: e.introduced!.sha, file: e.file, secret: raw[i]! } }));
  if (queries.length > 0 && repo) {
    const { findRemovals } = await import('./removed.js');
    const removed = await findRemovals(repo, graph, head, queries.map((x) => x.q));
    queries.forEach(({ i }, k) => {
      const sha = removed[k];
      const c = sha ? graph.get(sha) : undefined;
      if (c) entries[i]!.removed = { sha: c.sha, author: c.author, ...(c.email ? { email: c.email } : {}), date: c.date };
    });
  }
  return entries.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'live' ? -1 : 1) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}

/** Branches first, then tags, each alphabetically. */
function byRefName(a: string, b: string): number {
  const ta = a.endsWith(' (tag)') ? 1 : 0;
  const tb = b.endsWith(' (tag)') ? 1 : 0;
  return ta - tb || a.localeCompare(b);
}

function dedupeSafe(list: SafeObject[]): SafeObject[] {
  const seen = new Map<string, SafeObject>();
  for (const s of list) seen.set(`${s.file}\0${s.kind}\0${s.namespace ?? ''}\0${s.name ?? ''}`, s);
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function dedupeSkipped(list: Skipped[]): { file: string; reason: string }[] {
  const seen = new Map<string, { file: string; reason: string }>();
  for (const s of list) {
    const key = `${s.file}\0${s.reason}`;
    if (!seen.has(key)) seen.set(key, { file: s.file, reason: s.reason });
  }
  return [...seen.values()];
}
