// GitHub's limits (issue 14, problem 5): 10 annotations of each level per step and 1 MiB of job
// summary. The bundled Action on a pull request with many findings annotates the first 10, says how
// many were left out, and keeps the full list in the SARIF; the summary stays under 1 MiB.
import { describe, expect, test } from 'vitest';
import { Origin, checkoutRef, fakePassword, pullRequestPayload, pushMergeRef, runAction } from './helpers/action-env.js';
import { renderSummary, SUMMARY_LIMIT } from '../src/action/summary.js';
import { summary } from '../src/action/core.js';
import type { Row } from '../src/action/findings.js';

describe('annotations and the job summary stay within what GitHub keeps', () => {
  test('25 findings: 10 error annotations, the rest counted, all 25 in the SARIF', async () => {
    const o = new Origin();
    const base = o.commit({ 'README.md': 'x\n' }, 'base');
    o.checkout('feature', true);
    const keys = Array.from({ length: 25 }, (_, i) => `  key${i}: ${fakePassword()}`);
    const head = o.commit({ 'k8s/big.yaml': ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: big', '  namespace: prod', 'stringData:', ...keys, ''].join('\n') }, 'big');
    o.push('main', 'feature');
    pushMergeRef(o, base, head);
    const ws = checkoutRef(o, 'refs/pull/7/merge');
    const r = await runAction({ workspace: ws, eventName: 'pull_request', payload: pullRequestPayload({ base, head }) });
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error title=k8s-secret-plaintext'));
    expect(annotations).toHaveLength(10);
    expect(r.printed).toContain('sealgate: 15 more annotations left out (GitHub keeps 10 of each level per step)');
    expect(r.summary).toContain('15 findings or skipped files got no annotation');
    expect(JSON.parse(r.sarif!).runs[0].results).toHaveLength(25);
    expect([...r.summary.matchAll(/<tr>/g)]).toHaveLength(26);
  });

  test('thousands of rows: the summary is cut below 1 MiB and says how many rows were left out', () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
      finding: {
        ruleId: 'k8s-secret-plaintext', severity: 'error', message: 'm', file: `k8s/${'long-folder-name/'.repeat(20)}s${i}.yaml`,
        line: 8, column: 3, endLine: 8, endColumn: 9, secret: 'x', fingerprint: `fp${i}`, fix: ['seal'],
        resource: { kind: 'Secret', name: `db${i}`, namespace: 'prod', key: 'password' }, offset: { start: 0, end: 1 },
      },
      status: 'live',
      at: { file: `k8s/${'long-folder-name/'.repeat(20)}s${i}.yaml`, line: 8, column: 3, endLine: 8, endColumn: 9, sha: 'e'.repeat(40) },
    }));
    summary.emptyBuffer();
    renderSummary({ rows, scope: 's', files: 5000, skipped: [], showFix: true, fix: { commands: [], manual: [], rotate: [] }, links: { server: 'https://github.com', repository: 'a/b' }, rotateWhere: 'x' });
    const html = summary.stringify();
    summary.emptyBuffer();
    expect(Buffer.byteLength(html)).toBeLessThan(SUMMARY_LIMIT);
    const shown = [...html.matchAll(/<tr>/g)].length - 1;
    expect(shown).toBeGreaterThan(0);
    expect(html).toContain(`${5000 - shown} more findings are not listed here; the SARIF report lists every one.`);
  });
});
