// Which findings are still in the head tree: the files that had findings, read as of the head commit
// (not the working tree: a pull_request checkout holds the merge commit) and scanned whole.
import { scan } from '../scan.js';
import type { Source, SourceInfo } from '../sources/source.js';
import type { Finding, Fragment, Skipped } from '../types.js';
import type { Git } from '../sources/git-client.js';

class BlobSource implements Source {
  readonly info: SourceInfo = {};
  constructor(
    private readonly git: Git,
    private readonly rev: string,
    private readonly files: string[],
  ) {}

  async *items(): AsyncIterable<Fragment | Skipped> {
    for (const file of this.files) {
      let bytes: Buffer | undefined;
      try {
        bytes = await this.git.blobAt(this.rev, file);
      } catch (e) {
        yield { file, reason: (e as Error).message, unscannable: true, commit: this.rev };
        continue;
      }
      if (bytes) yield { path: file, bytes, origin: 'tree' };
    }
  }
}

export interface HeadScan {
  findings: Finding[];
  skipped: Skipped[];
}

export async function scanAtHead(
  git: Git,
  head: string,
  files: string[],
  opts: { configPath?: string; baselinePath?: string },
): Promise<HeadScan> {
  if (files.length === 0) return { findings: [], skipped: [] };
  const r = await scan({ cwd: git.root, root: git.root, env: git.env, source: new BlobSource(git, head, files), configPath: opts.configPath, baselinePath: opts.baselinePath });
  return { findings: r.findings, skipped: r.summary.skipped };
}
