// What a pre-push hook is asked to let through is not always a commit: `git push origin <blob>:refs/tags/x`
// or a tag pointing at a tree sends that object's content to the remote, and `git log` silently lists
// nothing for it. Every pushed object is classified here (tags peeled): commits go to the log scan,
// trees are walked and blobs read; an object git cannot show, or of any other type, fails the push.
import type { Skipped } from '../types.js';
import { isTask, type Task } from './tasks.js';
import { GitError } from '../errors.js';
import { commitTreeSource } from './git.js';
import type { Git } from './git-client.js';

export interface PushedObject {
  /** The ref it is pushed to, to name findings in a tree or blob. */
  remoteRef: string;
  sha: string;
}

export interface Classified {
  commits: string[];
  trees: PushedObject[];
  blobs: PushedObject[];
}

/** Splits pushed objects by what they are once tags are peeled; throws GitError on anything else. */
export async function classifyPushed(git: Git, pushed: PushedObject[]): Promise<Classified> {
  const out: Classified = { commits: [], trees: [], blobs: [] };
  if (pushed.length === 0) return out;
  // `<sha>^{}` peels tags (repeatedly) down to the object they point at; a non-tag stays itself.
  const r = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], pushed.map((p) => `${p.sha}^{}`).join('\n') + '\n');
  if (r.code !== 0) throw new GitError(`--pre-push: git cat-file --batch-check failed: ${r.stderr.trim().split('\n')[0]}`);
  const lines = r.stdout.toString('utf8').split('\n');
  pushed.forEach((p, i) => {
    const m = /^([0-9a-f]{40,64}) (commit|tree|blob)$/.exec(lines[i] ?? '');
    if (!m) {
      throw new GitError(`--pre-push: cannot tell what ${p.sha.slice(0, 12)} pushed to ${p.remoteRef} is (${(lines[i] ?? '').trim() || 'no answer'}); refusing the push`);
    }
    const object = { remoteRef: p.remoteRef, sha: m[1]! };
    if (m[2] === 'commit') out.commits.push(object.sha);
    else if (m[2] === 'tree') out.trees.push(object);
    else out.blobs.push(object);
  });
  return out;
}

/**
 * The content of pushed trees (every file, named `<ref>:<path>`) and blobs (named `<ref>.yaml`, so
 * the manifest checks apply as well as the content rules: a blob has no file name of its own), as
 * tasks read like every other blob.
 */
export async function* objectTasks(git: Git, c: Classified): AsyncGenerator<Task | Skipped> {
  for (const t of c.trees) {
    for await (const task of commitTreeSource(git, t.sha).tasks!()) {
      if (isTask(task) && task.kind === 'blob') yield { ...task, path: `${t.remoteRef}:${task.path}`, origin: 'range' };
      else if (isTask(task)) yield { ...task, path: `${t.remoteRef}:${task.path}` };
      else yield { ...task, file: `${t.remoteRef}:${task.file}` };
    }
  }
  for (const b of c.blobs) yield { kind: 'blob', path: `${b.remoteRef}.yaml`, blob: b.sha, origin: 'range' };
}
