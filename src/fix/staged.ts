// What `fix --staged` asks of the index, through the one git client: the staged and working-tree
// versions must agree before fixing, the fixed file is re-staged, and history says what to rotate.
import { FixError, GitError } from '../errors.js';
import { gitComplaint, type Git } from '../sources/git-client.js';

/** --staged fixes the work tree and re-stages it, which is only honest when both hold the same file. */
export async function requireIndexMatchesTree(git: Git, files: string[]): Promise<void> {
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

export async function restage(git: Git, file: string): Promise<void> {
  const r = await git.run(['add', '--', file]);
  if (r.code !== 0) throw new GitError(`git add ${file} failed: ${gitComplaint(r.stderr)}; the file is fixed but not staged`);
}

/** The files some commit already holds (their old values are in history: rotate them). */
export async function committedFiles(git: Git, files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const r = await git.run(['log', '-1', '--format=%H', '--', file]);
    if (r.code === 0 && r.stdout.length > 0) out.push(file);
  }
  return out;
}
