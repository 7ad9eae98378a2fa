// Range and history scans read what each commit changed from `git log --raw` and the added lines of
// edited files from a second log that diffs only modified, renamed and retyped files. The two are
// read in step: these commits make sure an edit still counts only its added lines, an added file
// counts whole, and commits that exist only in the second log (edits to symbolic links) or only in
// the first (additions) keep both in step.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { rangeSource } from '../src/sources/git.js';
import { Git } from '../src/sources/git-client.js';
import { collect, fakeGithubToken, fragments, makeRepo } from './helpers/git-repo.js';
import { scan } from '../src/scan.js';

describe('history: raw log and patch log in step', () => {
  it('edits count their added lines, additions count whole, symlink-only edits are skipped', async () => {
    const repo = await makeRepo();
    const old = fakeGithubToken();
    repo.write('app/config.py', `TOKEN = "${old}"\nDEBUG = False\n`);
    fs.symlinkSync('config.py', path.join(repo.dir, 'app', 'link'));
    const base = await repo.commitAll('base');

    // 1: only a symbolic link changes (in the patch log, not scannable in the raw log).
    fs.rmSync(path.join(repo.dir, 'app', 'link'));
    fs.symlinkSync('other.py', path.join(repo.dir, 'app', 'link'));
    const c1 = await repo.commitAll('retarget link');
    // 2: only an added file (in the raw log only).
    const added = fakeGithubToken();
    repo.write('app/new.py', `# new\nKEY = "${added}"\n`);
    const c2 = await repo.commitAll('add new.py');
    // 3: an edit adding a token below the old one.
    const edit = fakeGithubToken();
    repo.write('app/config.py', `TOKEN = "${old}"\nDEBUG = False\nSECOND = "${edit}"\n`);
    const c3 = await repo.commitAll('edit config');
    // 4: a rename with an edit: only the new line counts.
    const renamed = fakeGithubToken();
    repo.rm('app/config.py');
    repo.write('app/settings.py', `TOKEN = "${old}"\nDEBUG = False\nSECOND = "${edit}"\nTHIRD = "${renamed}"\n`);
    const c4 = await repo.commitAll('rename and edit');
    // 5: the symbolic link again, then a plain edit after it.
    fs.rmSync(path.join(repo.dir, 'app', 'link'));
    fs.symlinkSync('settings.py', path.join(repo.dir, 'app', 'link'));
    await repo.commitAll('retarget link again');
    repo.write('app/new.py', `# new\nKEY = "${added}"\nMORE = 1\n`);
    const c6 = await repo.commitAll('edit without a secret');

    const source = rangeSource(new Git(repo.dir), `${base}..HEAD`);
    const items = fragments(await collect(source));
    expect(source.info.commits).toBe(6);
    const lines = (f: { changedLines?: ReadonlySet<number> }) => (f.changedLines ? [...f.changedLines].sort((a, b) => a - b) : 'all');
    expect(items.map((f) => [f.commit!.sha, f.path, lines(f)])).toEqual([
      [c6, 'app/new.py', [3]],
      [c4, 'app/settings.py', [4]],
      [c3, 'app/config.py', [3]],
      [c2, 'app/new.py', 'all'],
    ]);
    expect(c1).toBeDefined();

    const result = await scan({ cwd: repo.dir, root: repo.dir, source: rangeSource(new Git(repo.dir), `${base}..HEAD`) });
    const found = result.findings.map((f) => [f.commit!.sha, f.file, f.line, f.secret]);
    expect(found).toEqual(
      expect.arrayContaining([
        [c2, 'app/new.py', 2, added],
        [c3, 'app/config.py', 3, edit],
        [c4, 'app/settings.py', 4, renamed],
      ]),
    );
    // The token that was there before the range is never reported, however often its file changes.
    expect(result.findings.filter((f) => f.secret === old)).toEqual([]);
    expect(result.findings).toHaveLength(3);
  });
});
