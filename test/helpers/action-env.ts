// Runs the bundled Action (dist/action.js) the way the GitHub runner does: a child process with INPUT_*
// variables, an event payload file, a workspace that is a real git clone of a real "origin", and the
// GITHUB_STEP_SUMMARY / GITHUB_OUTPUT files it writes to. Nothing of @actions/core is mocked.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The checked-in bundle; SEALGATE_ACTION_JS points elsewhere while developing (never in CI). */
export const ACTION_JS = process.env.SEALGATE_ACTION_JS ?? path.join(REPO_ROOT, 'dist', 'action.js');

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sg-'));
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/**
 * A developer repository ("work") whose branches are pushed to a bare "origin", the way GitHub holds
 * them. Commits get increasing dates so "earliest commit" is well defined.
 */
export class Origin {
  readonly dir = tempDir();
  readonly work = path.join(this.dir, 'work');
  readonly bare = path.join(this.dir, 'origin.git');
  private tick = 0;

  constructor(defaultBranch = 'main') {
    fs.mkdirSync(this.work);
    git(this.work, ['init', '-q', '-b', defaultBranch]);
    git(this.work, ['config', 'user.email', 'dev@example.com']);
    git(this.work, ['config', 'user.name', 'Dev']);
    git(this.work, ['config', 'commit.gpgsign', 'false']);
    git(this.dir, ['init', '-q', '--bare', '-b', defaultBranch, this.bare]);
    git(this.work, ['remote', 'add', 'origin', this.bare]);
  }

  get url(): string {
    return `file://${this.bare}`;
  }

  /** Writes (or with null deletes) files and commits them; returns the new sha. */
  commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(this.work, rel);
      if (text === null) {
        fs.rmSync(abs, { force: true });
      } else {
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, text);
      }
    }
    git(this.work, ['add', '-A']);
    const date = new Date(Date.UTC(2024, 0, 1) + ++this.tick * 60_000).toISOString();
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.work,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.sha('HEAD');
  }

  /** `n` small commits on top of the current branch in one git fast-import (long histories, fast). */
  commitMany(n: number, label: string): string {
    const branch = git(this.work, ['symbolic-ref', 'HEAD']);
    const parent = this.sha('HEAD');
    let stream = '';
    for (let i = 1; i <= n; i++) {
      const msg = `${label} ${i}`;
      const body = `${label} ${i}\n`;
      stream += `commit ${branch}\ncommitter Dev <dev@example.com> ${1_704_067_200 + ++this.tick * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`;
      if (i === 1) stream += `from ${parent}\n`;
      stream += `M 100644 inline ${label}/log.txt\ndata ${Buffer.byteLength(body)}\n${body}\n`;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: this.work, input: stream });
    git(this.work, ['reset', '-q', '--hard', branch]);
    return this.sha('HEAD');
  }

  sha(rev: string): string {
    return git(this.work, ['rev-parse', rev]);
  }

  checkout(branch: string, create = false, from?: string): void {
    git(this.work, ['checkout', '-q', ...(create ? ['-b', branch] : [branch]), ...(from ? [from] : [])]);
  }

  push(...branches: string[]): void {
    git(this.work, ['push', '-q', 'origin', ...branches.map((b) => `+${b}:refs/heads/${b}`)]);
  }

  /** What actions/checkout leaves: a clone of origin (whole history, or `depth` commits of `branch`). */
  clone(opts: { depth?: number; branch?: string } = {}): string {
    const dest = path.join(tempDir(), 'checkout');
    const args = ['clone', '-q', '--no-tags'];
    if (opts.depth) args.push(`--depth=${opts.depth}`);
    if (opts.branch) args.push('--branch', opts.branch);
    git(this.dir, [...args, this.url, dest]);
    return dest;
  }
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  sarifPath: string;
  sarif?: string;
  /** stdout without the runner's ::add-mask:: commands (which the runner consumes and never prints). */
  printed: string;
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Defaults to the bundle in dist/. */
  actionJs?: string;
}

/** INPUT_<NAME>: uppercased, spaces to '_', hyphens kept (actions/toolkit getInput). */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const actionJs = o.actionJs ?? ACTION_JS;
  if (!fs.existsSync(actionJs)) throw new Error(`${actionJs} does not exist: run npm run build (dist/ is checked in)`);
  const tmp = tempDir();
  const eventPath = path.join(tmp, 'event.json');
  if (o.payload !== undefined) fs.writeFileSync(eventPath, JSON.stringify(o.payload));
  const summaryFile = path.join(tmp, 'step-summary.md');
  const outputFile = path.join(tmp, 'output.txt');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(outputFile, '');
  // Start from a clean environment: the developer's or CI's own GITHUB_* variables must not leak in.
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SystemRoot']) if (process.env[k]) env[k] = process.env[k]!;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/infra',
    RUNNER_TEMP: tmp,
  });
  if (o.payload !== undefined) env.GITHUB_EVENT_PATH = eventPath;
  // The defaults action.yml declares, as the runner passes them.
  const inputs = { path: '.', mode: 'auto', 'sarif-file': 'sealgate.sarif', 'fail-on-findings': 'true', 'show-fix': 'true', ...o.inputs };
  for (const [k, v] of Object.entries(inputs)) env[inputVar(k)] = v;
  Object.assign(env, o.env);

  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [actionJs], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? -1, stdout: out, stderr: err }));
  });
  const outputs = parseOutputs(fs.readFileSync(outputFile, 'utf8'));
  const sarifPath = path.resolve(o.workspace, inputs['sarif-file']);
  return {
    code,
    stdout,
    stderr,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    outputs,
    sarifPath,
    sarif: fs.existsSync(sarifPath) ? fs.readFileSync(sarifPath, 'utf8') : undefined,
    printed: stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (actions/toolkit file commands). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== m[2]) value.push(lines[j++]!);
    out[m[1]!] = value.join('\n');
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------- fake secrets, built at test time

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomAlnum(n: number): string {
  const bytes = randomBytes(n);
  return [...bytes].map((b) => ALNUM[b % ALNUM.length]).join('');
}

/** A password-like value no stopword or placeholder rule would ignore. */
export function fakePassword(): string {
  return 'Pw' + randomAlnum(22) + '9z';
}

/** A plaintext Secret manifest with the value in stringData. */
export function secretManifest(name: string, namespace: string, key: string, value: string): string {
  return ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`, `  namespace: ${namespace}`, 'type: Opaque', 'stringData:', `  ${key}: ${value}`, ''].join('\n');
}

/** A plaintext Secret manifest with the value base64-encoded in data. */
export function secretDataManifest(name: string, namespace: string, key: string, value: string): string {
  const b64 = Buffer.from(value, 'utf8').toString('base64');
  return ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`, `  namespace: ${namespace}`, 'type: Opaque', 'data:', `  ${key}: ${b64}`, ''].join('\n');
}

export const DEPLOYMENT = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 2', ''].join('\n');

/** A pull_request payload as GitHub sends it (the fields sealgate reads, and a few around them). */
export function pullRequestPayload(o: { base: string; head: string; number?: number; commits?: number; action?: string; baseRef?: string; headRef?: string }): unknown {
  return {
    action: o.action ?? 'synchronize',
    number: o.number ?? 7,
    pull_request: {
      number: o.number ?? 7,
      state: 'open',
      commits: o.commits,
      base: { ref: o.baseRef ?? 'main', sha: o.base, repo: { full_name: 'acme/infra' } },
      head: { ref: o.headRef ?? 'feature', sha: o.head, repo: { full_name: 'acme/infra' } },
    },
    repository: { full_name: 'acme/infra', default_branch: 'main' },
  };
}

export function pushPayload(o: { before: string; after: string; ref: string; created?: boolean; deleted?: boolean; forced?: boolean }): unknown {
  return {
    ref: o.ref,
    before: o.before,
    after: o.after,
    created: o.created ?? /^0+$/.test(o.before),
    deleted: o.deleted ?? /^0+$/.test(o.after),
    forced: o.forced ?? false,
    repository: { full_name: 'acme/infra', default_branch: 'main' },
    commits: [],
  };
}

export const ZERO_SHA = '0'.repeat(40);

/**
 * What actions/checkout does for a pull_request: fetch the merge ref `depth` commits deep (1 by
 * default) into a fresh repository and check it out detached.
 */
export function checkoutRef(origin: Origin, ref: string, depth = 1): string {
  const dest = path.join(tempDir(), 'checkout');
  fs.mkdirSync(dest);
  git(dest, ['init', '-q']);
  git(dest, ['remote', 'add', 'origin', origin.url]);
  const local = ref.replace(/^refs\/(heads\/)?/, 'refs/remotes/origin/');
  git(dest, ['fetch', '-q', '--no-tags', ...(depth > 0 ? [`--depth=${depth}`] : []), 'origin', `+${ref}:${local}`]);
  git(dest, ['checkout', '-q', '--detach', local]);
  return dest;
}

/** Creates GitHub's refs/pull/N/merge on origin: head merged into base, as a test merge commit. */
export function pushMergeRef(origin: Origin, base: string, head: string, number = 7): string {
  const current = git(origin.work, ['rev-parse', '--abbrev-ref', 'HEAD']);
  git(origin.work, ['checkout', '-q', '--detach', base]);
  execFileSync('git', ['merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${head} into ${base}`, head], { cwd: origin.work });
  const merge = git(origin.work, ['rev-parse', 'HEAD']);
  git(origin.work, ['push', '-q', 'origin', `+${merge}:refs/pull/${number}/merge`, `+${head}:refs/pull/${number}/head`]);
  git(origin.work, ['checkout', '-q', current]);
  return merge;
}
