// Builds the benchmark corpora with ../shared/bench/make-corpus.mjs (deterministic) under
// bench/.corpora/ and reuses them when their ground truth and HEAD are still there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { sh } from './proc.mjs';

export const SHARED = process.env.SEALGATE_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
export const MAKE_CORPUS = path.join(SHARED, 'bench/make-corpus.mjs');
export const SCORE = path.join(SHARED, 'bench/score.mjs');
export const CORPORA_DIR = path.resolve(import.meta.dirname, '../.corpora');

/** name -> make-corpus arguments. */
export const CORPORA = {
  c2k: { files: 2000, commits: 1, git: true },
  c20k: { files: 20000, commits: 1, git: true },
  'c20k-h2k': { files: 20000, commits: 2000, git: true },
  c100k: { files: 100000, commits: 1, git: false },
  // --quick: a small repository with history, so every section runs in seconds.
  'c2k-h200': { files: 2000, commits: 200, git: true },
};

export function corpusPath(name) {
  return path.join(CORPORA_DIR, name);
}

function usable(name) {
  const spec = CORPORA[name];
  const dir = corpusPath(name);
  const truthFile = `${dir}.truth.json`;
  if (!existsSync(dir) || !existsSync(truthFile)) return false;
  let truth;
  try {
    truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  } catch {
    return false;
  }
  if (truth.fileCount !== spec.files || (spec.git && truth.commits !== spec.commits)) return false;
  if (!spec.git) return true;
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' });
  return head.status === 0 && head.stdout.trim() === truth.head;
}

/** Ensures the corpus exists and its tree is clean (an interrupted hook run may have left files staged). */
export function ensureCorpus(name, log) {
  const spec = CORPORA[name];
  const dir = corpusPath(name);
  if (!usable(name)) {
    log(`building corpus ${name} (${spec.files} files, ${spec.commits} commits${spec.git ? '' : ', no git'})...`);
    const args = [MAKE_CORPUS, dir, '--files', String(spec.files), '--force', '--quiet'];
    if (spec.commits > 1) args.push('--commits', String(spec.commits));
    if (!spec.git) args.push('--no-git');
    sh(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } else if (spec.git) {
    // Leftovers from an interrupted hook measurement: unstage and delete them, nothing else.
    const status = sh('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir });
    if (status.trim()) {
      log(`cleaning leftovers in ${name}`);
      sh('git', ['reset', '-q'], { cwd: dir });
      sh('git', ['checkout', '-q', '--', '.'], { cwd: dir });
      sh('git', ['clean', '-q', '-fd'], { cwd: dir });
    }
  }
  const truth = JSON.parse(readFileSync(`${dir}.truth.json`, 'utf8'));
  return { name, dir, truthFile: `${dir}.truth.json`, truth, ...spec };
}
