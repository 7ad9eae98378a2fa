// One progress line redrawn in place on a terminal's stderr (carriage return + erase line), at most
// ten times a second, erased when done. Nothing at all when stderr is not a terminal (CI logs, pipes)
// or with --quiet: the caller passes no writer then.
import type { AuditProgress } from '../audit/collect.js';

const INTERVAL_MS = 100;
const ERASE = '\r\u001b[2K';

export interface ProgressLine {
  update(p: AuditProgress): void;
  done(): void;
}

function mb(bytes: number): string {
  return `${(bytes / (1 << 20)).toFixed(1)} MB`;
}

export function auditProgressLine(write: (text: string) => void, now: () => number = () => performance.now()): ProgressLine {
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - last < INTERVAL_MS && p.commits !== p.total) return;
      last = t;
      const secs = Math.max((t - start) / 1000, 0.001);
      const total = p.total ? `/${p.total.toLocaleString('en-US')}` : '';
      const rate = Math.round(p.commits / secs).toLocaleString('en-US');
      write(`${ERASE}sealgate audit: ${p.commits.toLocaleString('en-US')}${total} commits · ${mb(p.bytes)} · ${p.findings} finding${p.findings === 1 ? '' : 's'} so far · ${rate} commits/s`);
      drawn = true;
    },
    done() {
      if (drawn) write(ERASE);
    },
  };
}
