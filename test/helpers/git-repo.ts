// Real git repositories in temp folders for the git source, hook and audit tests, and fake secrets
// built at test time (never committed as literals: this repository must pass its own scan).
import { generate } from './token-gen.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { simpleGit, type SimpleGit } from 'simple-git';
import type { Fragment, Skipped } from '../../src/types.js';
import type { Source } from '../../src/sources/source.js';

export interface TestRepo {
  dir: string;
  git: SimpleGit;
  write(file: string, content: string | Buffer): void;
  read(file: string): string;
  rm(file: string): void;
  /** Stages everything and commits; returns the new commit's id. */
  commitAll(message: string): Promise<string>;
  head(): Promise<string>;
}

/** Environment for git child processes in tests: no user or system config, fixed identity. */
export function testGitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('GIT_')) env[k] = v;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    ...extra,
  };
}

export function tempDir(prefix = 'sg-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export async function makeRepo(opts: { dir?: string; branch?: string } = {}): Promise<TestRepo> {
  const dir = opts.dir ?? tempDir();
  const git = simpleGit({ baseDir: dir });
  await git.init(['--initial-branch', opts.branch ?? 'main']);
  await git.addConfig('user.name', 'Test Author');
  await git.addConfig('user.email', 'author@example.com');
  await git.addConfig('commit.gpgsign', 'false');
  await git.addConfig('core.autocrlf', 'false');
  const repo: TestRepo = {
    dir,
    git,
    write(file, content) {
      const p = path.join(dir, file);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
    },
    read(file) {
      return fs.readFileSync(path.join(dir, file), 'utf8');
    },
    rm(file) {
      fs.rmSync(path.join(dir, file), { force: true });
    },
    async commitAll(message) {
      await git.raw(['add', '-A']);
      await git.raw(['commit', '-q', '--allow-empty', '--no-verify', '-m', message]);
      return repo.head();
    },
    async head() {
      return (await git.revparse(['HEAD'])).trim();
    },
  };
  return repo;
}

/** Drains a source. */
export async function collect(source: Source): Promise<(Fragment | Skipped)[]> {
  const out: (Fragment | Skipped)[] = [];
  for await (const x of source.items()) out.push(x);
  return out;
}

export function fragments(items: (Fragment | Skipped)[]): Fragment[] {
  return items.filter((x): x is Fragment => (x as Fragment).bytes !== undefined);
}

export function skipped(items: (Fragment | Skipped)[]): Skipped[] {
  return items.filter((x): x is Skipped => (x as Fragment).bytes === undefined);
}

/** A random password-like value, different on every run. */
export function fakePassword(): string {
  // Not `x` for both `+` and `/`: that made x three times as common as any other character, so now
  // and then a password held a run of six (`...Vxxxxxx99...`, seen once in 1.8 million), which the
  // classifier rightly reads as a mask, and a test of 15,000 passwords failed.
  return 'Pw' + randomBytes(18).toString('base64').replace(/\+/g, 'k').replace(/\//g, 'Q').replace(/=/g, '');
}

/** A GitHub token (ghp_ + 30 characters + CRC32 tail), built at test time. */
export function fakeGithubToken(): string {
  return generate('github-pat');
}

/** A plaintext Kubernetes Secret (the thing sealgate blocks). */
export function plaintextSecret(name: string, password: string, extra = ''): string {
  return [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${name}`,
    '  namespace: default',
    'type: Opaque',
    'stringData:',
    '  username: admin',
    `  password: ${password}`,
    extra,
  ]
    .filter((l) => l !== '')
    .join('\n') + '\n';
}

/** A SealedSecret with random ciphertext (what sealgate lets through). */
export function sealedSecret(name: string): string {
  const cipher = randomBytes(300).toString('base64');
  return [
    'apiVersion: bitnami.com/v1alpha1',
    'kind: SealedSecret',
    'metadata:',
    `  name: ${name}`,
    '  namespace: default',
    'spec:',
    '  encryptedData:',
    `    password: ${cipher}`,
    '  template:',
    '    metadata:',
    `      name: ${name}`,
    '      namespace: default',
  ].join('\n') + '\n';
}

export function lines(...l: string[]): string {
  return l.join('\n') + '\n';
}
