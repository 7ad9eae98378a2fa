// Which findings are still in the head tree: the files that had findings, read as of the head commit
// (not the working tree: a pull_request checkout holds the merge commit) and scanned whole.
import { scan } from '../scan.js';
import type { Source, SourceInfo } from '../sources/source.js';
import type { Finding, Fragment, Skipped } from '../types.js';
import { showBlob } from './git.js';

class BlobSource implements Source {
  readonly info: SourceInfo = {};
  constructor(
    private readonly root: string,
    private readonly rev: string,
    private readonly files: string[],
  ) {}

  async *items(): AsyncIterable<Fragment | Skipped> {
    for (const file of this.files) {
      let bytes: Buffer | undefined;
      try {
        bytes = await showBlob(this.root, this.rev, file);
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
  root: string,
  head: string,
  files: string[],
  opts: { configPath?: string; baselinePath?: string },
): Promise<HeadScan> {
  if (files.length === 0) return { findings: [], skipped: [] };
  const r = await scan({ cwd: root, root, source: new BlobSource(root, head, files), configPath: opts.configPath, baselinePath: opts.baselinePath });
  return { findings: r.findings, skipped: r.summary.skipped };
}
