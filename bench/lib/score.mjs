// Recall and false positives from ../shared/bench/score.mjs, fed a tool's report on stdin.
import { spawnSync } from 'node:child_process';
import { SCORE } from './corpora.mjs';

/**
 * { recall: found/planted, planted, found, decoys, decoysFlagged, other, findings } or undefined.
 * False positives = decoys flagged + findings that touch neither a planted secret nor a decoy.
 */
export function scoreReport(corpus, output, format, { history = false } = {}) {
  const args = [SCORE, '--truth', corpus.truthFile, '--root', corpus.dir, '--format', format, '--json'];
  if (history) args.push('--history');
  const r = spawnSync(process.execPath, args, { input: output, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n')[0] };
  const s = JSON.parse(r.stdout);
  return {
    planted: s.planted,
    found: s.found,
    recall: s.planted ? s.found / s.planted : 0,
    decoys: s.decoys,
    decoysFlagged: s.decoysFlagged,
    other: s.other,
    falsePositives: s.decoysFlagged + s.other,
    findings: s.findings,
    ...(history ? { hist: s.hist, histFound: s.histFound, head: s.head, headFound: s.headFound } : {}),
  };
}

/** What sealgate says it scanned (its JSON summary), to catch a run that silently saw nothing. */
export function scannedBy(stdout) {
  try {
    const s = JSON.parse(stdout.toString('utf8')).summary;
    return { files: s.files, bytes: s.bytes, skipped: s.skipped?.length ?? 0 };
  } catch {
    return undefined;
  }
}
