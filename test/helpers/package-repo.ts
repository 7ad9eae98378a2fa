// The sealgate package as users get it from Git: the files a `repo:` of the pre-commit framework
// clones (package.json with its lock, the built dist/, rules/, hooks/, the hook manifest), copied from
// this checkout's working tree at test time into a fresh git repository with one commit on `main`.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir, testGitEnv } from './git-repo.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'dist', 'bin.js');

const PACKAGE_FILES = ['package.json', 'package-lock.json', 'dist', 'rules', 'hooks', '.pre-commit-hooks.yaml', 'README.md', 'action.yml'];

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** Builds dist/ when it is missing or older than src/ or rules/ (tests run the built CLI like users). */
export function ensureBuilt(): void {
  const stale = !fs.existsSync(BIN) || fs.statSync(BIN).mtimeMs < Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'rules')));
  if (stale) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** A git repository holding the package; returns its folder and the commit id of `main`. */
export function packageRepo(): { dir: string; commit: string } {
  const dir = tempDir('sg-pkg-');
  for (const f of PACKAGE_FILES) fs.cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  const env = testGitEnv();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '--initial-branch', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'sealgate package');
  return { dir, commit: git('rev-parse', 'HEAD') };
}
