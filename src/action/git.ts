// The few git plumbing calls the Action makes before scanning (is the checkout shallow, is a commit
// here, fetch it). A direct child process: exit codes matter here (cat-file -e, merge-base), and the
// scan itself goes through src/sources/git.ts.
import { execFile } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function git(root: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd: root,
        maxBuffer: 256 * 1024 * 1024,
        // Never wait for a password prompt on a runner; messages in English so they can be matched.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 128) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Blob bytes of `path` at `rev`, or undefined when the file does not exist there. */
export function showBlob(root: string, rev: string, path: string): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['cat-file', 'blob', `${rev}:${path}`],
      { cwd: root, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const msg = String(stderr);
        if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(msg)) return resolve(undefined);
        reject(new Error(`git cat-file ${rev}:${path}: ${msg.trim().split('\n')[0]}`));
      },
    );
  });
}

/** First line of git's complaint, for error messages. */
export function firstLine(r: GitResult): string {
  return (r.stderr.trim() || r.stdout.trim()).split('\n')[0] ?? '';
}
