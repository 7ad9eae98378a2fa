// The HTML audit page: numbers and structure read back from the DOM of a real headless Chromium,
// no console errors and no requests, JavaScript off, hostile file names, 5,000 secrets.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectAudit } from '../src/audit/collect.js';
import { esc } from '../src/audit/html-escape.js';
import { byFolder, byRule, monthOf, safeShare, timeline, topBars, topFolder } from '../src/audit/html-stats.js';
import { renderAuditHtml } from '../src/audit/html.js';
import type { AuditEntry, AuditReport } from '../src/report/audit-model.js';
import type { SafeObject } from '../src/types.js';
import { HAS_CHROMIUM, NO_CHROMIUM_MESSAGE, launchChromium, openHtml, screenshotDir, type OpenedPage } from './helpers/chromium.js';
import { fakePassword, makeRepo, plaintextSecret, sealedSecret, type TestRepo } from './helpers/git-repo.js';

// ---------- synthetic reports ----------

function sha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function entry(over: Partial<AuditEntry>): AuditEntry {
  return {
    ruleId: 'k8s-secret-plaintext',
    severity: 'error',
    message: 'Secret with plaintext data',
    file: 'apps/api/secret.yaml',
    line: 7,
    column: 3,
    secret: 'pa****rd',
    fingerprint: sha(JSON.stringify(over)),
    status: 'live',
    occurrences: 1,
    otherFiles: [],
    ...over,
  };
}

function reportOf(entries: AuditEntry[], safe: SafeObject[] = []): AuditReport {
  const live = entries.filter((e) => e.status === 'live').length;
  return {
    version: 1,
    tool: { name: 'sealgate', version: '0.1.0' },
    repository: 'example/platform',
    generatedAt: '2024-04-02T10:00:00Z',
    head: sha('head'),
    history: true,
    commitsScanned: 321,
    bytesScanned: 5_432_100,
    entries,
    safe,
    summary: {
      distinct: entries.length,
      live,
      historyOnly: entries.length - live,
      safe: safe.length,
      blocking: entries.filter((e) => e.severity === 'error').length,
    },
    skipped: [],
  };
}

const alice = (date: string, seed = date) => ({ sha: sha(seed), author: 'Alice Example', email: 'alice@example.com', date });

/** Five secrets in three folders over five months; three safe objects. */
function smallReport(): AuditReport {
  return reportOf(
    [
      entry({ resource: { kind: 'Secret', namespace: 'prod', name: 'api-creds', key: 'password' }, introduced: alice('2024-01-15T09:00:00+01:00'), fixCommand: 'sealgate fix --seal apps/api/secret.yaml', fix: ['seal', 'external'] }),
      entry({ line: 8, secret: 'to****en', resource: { kind: 'Secret', namespace: 'prod', name: 'api-creds', key: 'token' }, introduced: alice('2024-01-15T09:00:00+01:00'), fixCommand: 'sealgate fix --seal apps/api/secret.yaml', fix: ['seal', 'external'] }),
      entry({ ruleId: 'github-pat', severity: 'warning', message: 'GitHub personal access token', file: 'ci/deploy.sh', line: 3, secret: 'ghp_****abcd', status: 'history', introduced: alice('2023-11-02T12:00:00Z'), removed: alice('2024-02-20T12:00:00Z') }),
      entry({ ruleId: 'aws-access-key', message: 'AWS access key id', file: 'config.env', line: 1, secret: 'AKIA****WXYZ', status: 'history', occurrences: 14, otherFiles: ['backup/config.env'], introduced: alice('2023-11-20T12:00:00Z'), removed: alice('2024-03-01T12:00:00Z') }),
      entry({ ruleId: 'generic-password', severity: 'note', message: 'Password in a values file', file: 'apps/web/values.yaml', line: 12, secret: 'hu****er', introduced: alice('2024-03-10T12:00:00Z'), fixCommand: 'sealgate fix --external apps/web/values.yaml' }),
    ],
    [
      { file: 'apps/db/sealed.yaml', kind: 'SealedSecret', name: 'db', namespace: 'prod' },
      { file: 'apps/db/sealed2.yaml', kind: 'SealedSecret', name: 'db2', namespace: 'prod' },
      { file: 'apps/web/external.yaml', kind: 'ExternalSecret', name: 'web', namespace: 'web' },
    ],
  );
}

const RULES = ['k8s-secret-plaintext', 'github-pat', 'aws-access-key', 'slack-webhook', 'generic-password', 'private-key', 'docker-config', 'kubeconfig-token', 'gcp-service-account', 'stripe-key', 'npm-token', 'azure-storage-key', 'jwt', 'twilio-key', 'sendgrid-key', 'gitlab-pat', 'openai-key', 'helm-values-password'];
const FOLDERS = ['apps', 'infra', 'charts', 'clusters', 'services', 'tools'];

/** `n` deterministic entries spread over rules, folders, months and both statuses. */
function bigReport(n: number): AuditReport {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const history = i % 3 === 0;
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2020 + (i % 4);
    entries.push(
      entry({
        ruleId: RULES[i % RULES.length]!,
        severity: (['error', 'warning', 'note'] as const)[i % 3]!,
        file: `${FOLDERS[i % FOLDERS.length]}/team-${i % 37}/manifest-${i}.yaml`,
        line: (i % 200) + 1,
        secret: `se****${String(i).padStart(4, '0')}`,
        fingerprint: sha(`big${i}`),
        status: history ? 'history' : 'live',
        resource: { kind: 'Secret', namespace: `ns-${i % 9}`, name: `app-${i}`, key: 'password' },
        introduced: alice(`${year}-${month}-0${(i % 9) + 1}T08:00:00Z`, `c${i}`),
        removed: history ? alice(`${year + 1}-${month}-15T08:00:00Z`, `r${i}`) : undefined,
        fixCommand: history ? undefined : `sealgate fix --seal ${FOLDERS[i % FOLDERS.length]}/team-${i % 37}/manifest-${i}.yaml`,
      }),
    );
  }
  return reportOf(entries, [{ file: 'apps/sealed.yaml', kind: 'SealedSecret', name: 'x', namespace: 'y' }]);
}

/** Strings a hostile commit could put into a file name, an author, a rule message or a command. */
const HOSTILE_FILE = 'apps/<script>window.__xss=1</script>"onmouseover="window.__xss=2".yaml';
function hostileReport(): AuditReport {
  return reportOf([
    entry({
      file: HOSTILE_FILE,
      message: '<img src=x onerror="window.__xss=3">',
      ruleId: "rule'\"><svg onload=window.__xss=4>",
      resource: { kind: '<b>Secret</b>', namespace: '"ns"', name: "</td></tr><tr><td>x", key: '&amp;key' },
      introduced: { sha: '<i>deadbeef</i>', author: '</code><script>window.__xss=5</script>', email: 'a@b"c', date: '2024-01-01T00:00:00Z' },
      secret: '</code><iframe src="https://example.com/"></iframe>',
      fixCommand: "sealgate fix --seal 'apps/<script>window.__xss=6</script>.yaml'",
      otherFiles: ['<style>body{display:none}</style>.yaml', 'bidi\u202Eevil.yaml', 'new\nline.yaml'],
    }),
  ]);
}

// ---------- the page as text ----------

describe('renderAuditHtml (as text)', () => {
  it('fetches nothing: a strict CSP, no external references, inline style and script allowed by their hashes', () => {
    const html = renderAuditHtml(smallReport());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/\b(src|href|action|srcset|poster|data)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/url\(|@import/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
  });

  it('escapes every untrusted string: one script element (its own), hostile markup only as text', () => {
    const html = renderAuditHtml(hostileReport());
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|svg onload|iframe|b>|i>)/);
    expect(html).not.toContain('window.__xss=1</script>');
    expect(html).toContain(esc(HOSTILE_FILE));
    // Bidi overrides and newlines in a path are shown, not obeyed.
    expect(html).not.toContain('\u202E');
    expect(html).toContain('bidi&lt;U+202E&gt;evil.yaml');
    expect(html).toContain('new\u240Aline.yaml');
  });

  it('esc covers the five HTML specials and controls', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(esc(undefined)).toBe('');
    expect(esc('a\u0000b\u001bc\u2066')).toBe('a\u2400b\u241Bc&lt;U+2066&gt;');
    expect(esc('tab\there')).toBe('tab here');
  });

  it('prints a complete table even for 5,000 secrets (no JavaScript needed to see them all)', () => {
    const html = renderAuditHtml(bigReport(5000));
    expect(html.match(/<tr data-status=/g)).toHaveLength(5000);
    expect(html).toContain('se****4999');
  });
});

describe('audit page aggregates', () => {
  const r = smallReport();

  it('counts by rule and top-level folder, biggest first, live and history apart', () => {
    expect(byRule(r.entries)).toEqual([
      { label: 'k8s-secret-plaintext', live: 2, history: 0 },
      { label: 'aws-access-key', live: 0, history: 1 },
      { label: 'generic-password', live: 1, history: 0 },
      { label: 'github-pat', live: 0, history: 1 },
    ]);
    expect(byFolder(r.entries)).toEqual([
      { label: 'apps/', live: 3, history: 0 },
      { label: '(root)', live: 0, history: 1 },
      { label: 'ci/', live: 0, history: 1 },
    ]);
    expect(topFolder('README.md')).toBe('(root)');
    expect(topFolder('a/b/c')).toBe('a/');
  });

  it('sums the smallest bars into one when there are too many', () => {
    const bars = byRule(bigReport(140).entries);
    const top = topBars(bars, 5);
    expect(top).toHaveLength(5);
    expect(top[4]!.rest).toBe(bars.length - 4);
    const sum = (xs: typeof bars) => xs.reduce((s, b) => s + b.live + b.history, 0);
    expect(sum(top)).toBe(140);
  });

  it('lays the timeline out month by month, gaps included, in the author\'s own month', () => {
    const t = timeline(r.entries);
    expect(t.undated).toBe(0);
    expect(t.months).toEqual([
      { month: '2023-11', introduced: 2, removed: 0 },
      { month: '2023-12', introduced: 0, removed: 0 },
      { month: '2024-01', introduced: 2, removed: 0 },
      { month: '2024-02', introduced: 0, removed: 1 },
      { month: '2024-03', introduced: 1, removed: 1 },
    ]);
    expect(monthOf('2024-12-31T23:30:00-05:00')).toBe('2024-12');
    expect(monthOf('yesterday')).toBeUndefined();
    expect(timeline([entry({})])).toEqual({ months: [], undated: 1 });
  });

  it('does not draw centuries of empty months for a bogus date', () => {
    const t = timeline([entry({ introduced: alice('1970-01-01T00:00:00Z') }), entry({ introduced: alice('2024-05-01T00:00:00Z') })]);
    expect(t.months.map((m) => m.month)).toEqual(['1970-01', '2024-05']);
  });

  it('measures progress toward zero plaintext', () => {
    expect(safeShare(r.summary)).toBeCloseTo(3 / 6);
    expect(safeShare({ distinct: 0, live: 0, historyOnly: 0, safe: 0, blocking: 0 })).toBe(1);
  });
});

// ---------- the page in a browser ----------

describe('the audit page in headless Chromium', () => {
  let browser: Browser;
  let shots: string;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    if (!HAS_CHROMIUM) {
      console.warn(NO_CHROMIUM_MESSAGE);
      return;
    }
    browser = await launchChromium();
    shots = screenshotDir();
    console.log(`audit page screenshots: ${shots}`);
  });
  afterAll(async () => {
    for (const o of opened) await o.context.close();
    await browser?.close();
  });

  async function open(html: string, opts: Parameters<typeof openHtml>[2] = {}): Promise<OpenedPage> {
    const o = await openHtml(browser, html, opts);
    // Keep a copy next to the screenshots for a person to open.
    writeFileSync(path.join(shots, `page-${opened.length + 1}.html`), html);
    opened.push(o);
    return o;
  }

  /** The page made no request but itself and logged no error. */
  function expectQuiet(o: OpenedPage): void {
    expect(o.problems).toEqual([]);
    expect(o.requests).toEqual([o.url]);
  }

  it('shows the headline numbers, charts, timeline and table of the report', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(smallReport()));
    const { page } = o;
    await page.screenshot({ path: path.join(shots, 'desktop.png'), fullPage: true });
    expectQuiet(o);

    const metric = (m: string) => page.locator(`[data-metric="${m}"] .n`).textContent();
    expect(await metric('distinct')).toBe('5');
    expect(await metric('live')).toBe('3');
    expect(await metric('history')).toBe('2');
    expect(await metric('safe')).toBe('3');
    expect(await page.locator('[data-metric="safe"] .d').textContent()).toBe('SealedSecret 2, ExternalSecret 1');
    expect(await page.locator('.progress-block').getAttribute('data-share')).toBe('0.5000');
    expect(await page.locator('.progress-block p').first().textContent()).toContain('50% safe');

    const bars = (chart: string) =>
      page.locator(`#${chart} .bar-row`).evaluateAll((els) =>
        els.map((el) => [el.getAttribute('data-label'), Number(el.getAttribute('data-live')), Number(el.getAttribute('data-history')), el.querySelector('.bar-n')!.textContent]),
      );
    expect(await bars('chart-rules')).toEqual([
      ['k8s-secret-plaintext', 2, 0, '2'],
      ['aws-access-key', 0, 1, '1'],
      ['generic-password', 1, 0, '1'],
      ['github-pat', 0, 1, '1'],
    ]);
    expect(await bars('chart-folders')).toEqual([
      ['apps/', 3, 0, '3'],
      ['(root)', 0, 1, '1'],
      ['ci/', 0, 1, '1'],
    ]);
    // The biggest bar spans the whole width; bars are drawn, not just numbers.
    const widths = await page.locator('#chart-rules svg.bar').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    const first = await page.locator('#chart-rules .bar-row').first().locator('rect.s-live').getAttribute('width');
    expect(first).toBe('1000');
    expect(widths.every((w) => w > 50)).toBe(true);

    const months = await page.locator('#chart-timeline g.month').evaluateAll((gs) =>
      gs.map((g) => `${g.getAttribute('data-month')} +${g.getAttribute('data-introduced')} -${g.getAttribute('data-removed')}`),
    );
    expect(months).toEqual(['2023-11 +2 -0', '2023-12 +0 -0', '2024-01 +2 -0', '2024-02 +0 -1', '2024-03 +1 -1']);
    expect(await page.locator('#chart-timeline rect.s-introduced').count()).toBe(3);
    expect(await page.locator('#chart-timeline rect.s-removed').count()).toBe(2);

    // The table: most urgent first (errors, live before history), every column filled.
    const rows = page.locator('#findings tbody tr');
    expect(await rows.count()).toBe(5);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells, (td) => td.textContent!.trim())));
    expect(cells.map((c) => c[2])).toEqual([
      'apps/api/secret.yaml:7',
      'apps/api/secret.yaml:8',
      'config.env:1+1 other filebackup/config.envseen in 14 places',
      'ci/deploy.sh:3',
      'apps/web/values.yaml:12',
    ]);
    expect(cells[0]).toEqual([
      'error',
      'k8s-secret-plaintextSecret with plaintext data',
      'apps/api/secret.yaml:7',
      'Secret prod/api-creds · password',
      'pa****rd',
      `${sha('2024-01-15T09:00:00+01:00').slice(0, 8)} Alice Example 2024-01-15`,
      'live',
      'sealgate fix --seal apps/api/secret.yaml' + 'Copy',
    ]);
    expect(cells[2]![6]).toBe(`history only: rotateremoved in ${sha('2024-03-01T12:00:00Z').slice(0, 8)} Alice Example 2024-03-01`);
    expect(cells[2]![7]).toContain('Rotate the value');

    // One fix command per live Secret file, ready to paste.
    expect(await page.locator('#fix-commands').textContent()).toBe('sealgate fix --external apps/web/values.yaml\nsealgate fix --seal apps/api/secret.yaml');
    expect(await page.locator('#safe li').count()).toBe(3);
    expect(await page.locator('#count').textContent()).toBe('Showing 1–5 of 5 secrets');
    expect(await page.locator('#pager').isHidden()).toBe(true);
  });

  it('sorts, filters, and filters from a chart bar', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(smallReport()));
    const { page } = o;
    const files = () => page.locator('#findings tbody tr td:nth-child(3) code.path').evaluateAll((els) => els.filter((e) => !e.closest('details')).map((e) => e.textContent));

    await page.locator('#findings th[data-key="introduced"] button').click();
    expect(await page.locator('#findings th[data-key="introduced"]').getAttribute('aria-sort')).toBe('ascending');
    expect(await files()).toEqual(['ci/deploy.sh', 'config.env', 'apps/api/secret.yaml', 'apps/api/secret.yaml', 'apps/web/values.yaml']);
    await page.locator('#findings th[data-key="introduced"] button').click();
    expect(await page.locator('#findings th[data-key="introduced"]').getAttribute('aria-sort')).toBe('descending');
    expect(await files()).toEqual(['apps/web/values.yaml', 'apps/api/secret.yaml', 'apps/api/secret.yaml', 'config.env', 'ci/deploy.sh']);

    await page.selectOption('#f-status', 'history');
    expect(await files()).toEqual(['config.env', 'ci/deploy.sh']);
    expect(await page.locator('#count').textContent()).toBe('Showing 1–2 of 2 matching secrets (5 in all)');
    await page.selectOption('#f-status', '');

    await page.fill('#q', 'prod token');
    expect(await page.locator('#findings tbody tr').count()).toBe(1);
    expect(await page.locator('#findings tbody tr .secret').textContent()).toBe('to****en');
    await page.fill('#q', 'no such thing');
    expect(await page.locator('#findings tbody tr').textContent()).toBe('No secrets match these filters.');
    await page.fill('#q', '');

    await page.locator('#chart-folders .bar-row[data-label="ci/"]').click();
    expect(await page.locator('#f-folder').inputValue()).toBe('ci/');
    expect(await files()).toEqual(['ci/deploy.sh']);
    await page.locator('#chart-rules .bar-row[data-label="github-pat"]').press('Enter');
    expect(await files()).toEqual(['ci/deploy.sh']);
    await page.locator('#chart-rules .bar-row[data-label="aws-access-key"]').click();
    expect(await files()).toEqual([]);
    await page.selectOption('#f-folder', '');
    expect(await files()).toEqual(['config.env']);
    expectQuiet(o);
  });

  it('works with JavaScript disabled: the complete table, no controls', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(bigReport(300)), { javaScriptEnabled: false });
    const { page } = o;
    await page.screenshot({ path: path.join(shots, 'no-js.png') });
    expectQuiet(o);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    const visible = await page.locator('#findings tbody tr').evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetHeight > 0).length);
    expect(visible).toBe(300);
    expect(await page.locator('#controls').isVisible()).toBe(false);
    expect(await page.locator('#pager').isVisible()).toBe(false);
    expect(await page.locator('button.copy').first().isVisible()).toBe(false);
    expect(await page.locator('#count').textContent()).toBe('300 secrets, all shown.');
    expect(await page.locator('#chart-rules .bar-row').count()).toBe(15);
  });

  it('renders hostile file names, authors and commands as text: no script of theirs runs', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(hostileReport()));
    const { page } = o;
    await page.locator('#findings .path').first().hover();
    expectQuiet(o);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, b, i, main svg[onload], style').count()).toBe(1); // the page's own <style>
    expect(await page.locator('#findings tbody tr').count()).toBe(1);
    expect(await page.locator('#findings .path').first().textContent()).toBe(HOSTILE_FILE);
    expect(await page.locator('#findings .rname').textContent()).toBe('"ns"/</td></tr><tr><td>x');
    expect(await page.locator('#findings .cmd').textContent()).toBe("sealgate fix --seal 'apps/<script>window.__xss=6</script>.yaml'");
    expect(await page.locator('#findings tbody tr').getAttribute('data-rule')).toBe("rule'\"><svg onload=window.__xss=4>");
    // Filtering by the hostile rule works on its real value.
    await page.selectOption('#f-rule', "rule'\"><svg onload=window.__xss=4>");
    expect(await page.locator('#findings tbody tr').count()).toBe(1);
    expect(await page.locator('#findings tbody tr.none').count()).toBe(0);
  });

  it('stays usable with 5,000 secrets: pages of 100, filters over all of them', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const r = bigReport(5000);
    const o = await open(renderAuditHtml(r));
    const { page } = o;
    await page.screenshot({ path: path.join(shots, 'big.png') });
    expectQuiet(o);
    const rows = page.locator('#findings tbody tr');
    expect(await rows.count()).toBe(100);
    expect(await page.locator('#count').textContent()).toBe('Showing 1–100 of 5,000 secrets');
    expect(await page.locator('#pageinfo').textContent()).toBe('Page 1 of 50');
    expect(await page.locator('[data-metric="distinct"] .n').textContent()).toBe('5,000');
    // Charts keep 14 bars and sum the rest.
    expect(await page.locator('#chart-rules .bar-row').count()).toBe(15);
    expect(await page.locator('#chart-rules .bar-row[data-rest]').getAttribute('data-label')).toBe('4 others');
    const total = await page.locator('#chart-rules .bar-row').evaluateAll((els) =>
      els.reduce((s, el) => s + Number(el.getAttribute('data-live')) + Number(el.getAttribute('data-history')), 0),
    );
    expect(total).toBe(5000);

    await page.locator('#next').click();
    expect(await page.locator('#count').textContent()).toBe('Showing 101–200 of 5,000 secrets');
    expect(await page.locator('#prev').isDisabled()).toBe(false);

    const live = r.entries.filter((e) => e.status === 'live').length;
    await page.selectOption('#f-status', 'live');
    expect(await page.locator('#count').textContent()).toBe(`Showing 1–100 of ${live.toLocaleString('en-US')} matching secrets (5,000 in all)`);
    expect(await rows.evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-status') === 'live'))).toBe(true);

    await page.fill('#q', 'manifest-4999.yaml');
    expect(await rows.count()).toBe(1);
    expect(await page.locator('#findings tbody .secret').textContent()).toBe('se****4999');
    await page.fill('#q', '');
    await page.selectOption('#f-status', '');

    // Newest introduced first, across all 5,000 and not just the page shown.
    await page.locator('#findings th[data-key="introduced"] button').click();
    await page.locator('#findings th[data-key="introduced"] button').click();
    const newest = r.entries.map((e) => Date.parse(e.introduced!.date)).sort((a, b) => b - a)[0]!;
    expect(await page.locator('#findings tbody tr').first().locator('time').first().getAttribute('datetime')).toBe(new Date(newest).toISOString().replace('.000Z', 'Z'));

    // Printing prints every row, then the page goes back to pages of 100.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await rows.count()).toBe(5000);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await rows.count()).toBe(100);

    await page.selectOption('#f-size', '0');
    expect(await rows.count()).toBe(5000);
    expect(await page.locator('#pager').isHidden()).toBe(true);
    expectQuiet(o);
  });

  it('shows all 5,000 rows without JavaScript', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(bigReport(5000)), { javaScriptEnabled: false });
    expectQuiet(o);
    expect(await o.page.locator('#findings tbody tr').count()).toBe(5000);
    expect(await o.page.locator('#findings tbody tr').last().isVisible()).toBe(true);
  });

  it('reads well in a narrow window: one card per secret, nothing wider than the screen', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    for (const js of [true, false]) {
      const o = await open(renderAuditHtml(smallReport()), { width: 380, height: 800, javaScriptEnabled: js });
      const { page } = o;
      await page.screenshot({ path: path.join(shots, `narrow${js ? '' : '-no-js'}.png`), fullPage: true });
      expectQuiet(o);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      expect(await page.locator('#findings tbody td').first().evaluate((td) => getComputedStyle(td).display)).toBe('block');
      const label = await page.locator('#findings tbody td').nth(2).evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).toBe('"File:line"');
      // The header becomes sort chips with JavaScript, and disappears without.
      expect(await page.locator('#findings thead').isVisible()).toBe(js);
    }
  });

  it('says so when there is nothing to show', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, NO_CHROMIUM_MESSAGE);
    const o = await open(renderAuditHtml(reportOf([])));
    const { page } = o;
    expectQuiet(o);
    expect(await page.locator('[data-metric="distinct"] .n').textContent()).toBe('0');
    expect(await page.locator('.progress-block p').textContent()).toContain('No plaintext secret at HEAD.');
    expect(await page.locator('#findings tbody tr').textContent()).toBe('No secrets found.');
    expect(await page.locator('#chart-timeline .empty').textContent()).toBe('No dated commits to chart.');
    expect(await page.locator('#todo').count()).toBe(0);
  });
});

// ---------- a real repository with history ----------

describe('the audit page of a real repository with history', () => {
  const HOSTILE = 'apps/"<img src=x onerror=window.__xss=7>".yaml';
  let repo: TestRepo;
  let removedValue: string;
  let liveValue: string;
  let hostileValue: string;
  const sha: Record<string, string> = {};
  let report: AuditReport;
  let html: string;
  let browser: Browser | undefined;

  async function commit(message: string, date: string): Promise<string> {
    await repo.git.raw(['add', '-A']);
    await repo.git.raw(['commit', '-q', '--no-verify', '-m', message, '--date', date]);
    return repo.head();
  }

  beforeAll(async () => {
    repo = await makeRepo();
    removedValue = fakePassword();
    liveValue = fakePassword();
    hostileValue = fakePassword();
    repo.write('README.md', '# platform\n');
    sha.init = await commit('init', '2023-04-01T10:00:00+00:00');
    repo.write('apps/old/secret.yaml', plaintextSecret('old', removedValue));
    sha.added = await commit('add a Secret', '2023-05-10T10:00:00+00:00');
    repo.rm('apps/old/secret.yaml');
    sha.removed = await commit('remove it again', '2023-07-10T10:00:00+00:00');
    repo.write('apps/api/secret.yaml', plaintextSecret('api', liveValue));
    repo.write('apps/db/sealed.yaml', sealedSecret('db'));
    repo.write(HOSTILE, plaintextSecret('hostile', hostileValue));
    sha.live = await commit('<script>window.__xss=8</script> add api', '2023-09-10T10:00:00+00:00');
    report = await collectAudit(repo.dir, { history: true });
    html = renderAuditHtml(report);
    if (HAS_CHROMIUM) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('carries no planted plaintext anywhere in the page, not even in part or base64-encoded', () => {
    expect(report.summary).toEqual({ distinct: 3, live: 2, historyOnly: 1, safe: 1, blocking: 3 });
    for (const value of [removedValue, liveValue, hostileValue]) {
      expect(html).not.toContain(value);
      expect(html).not.toContain(Buffer.from(value).toString('base64').replace(/=+$/, ''));
      // No eight characters in a row: a masked value shows at most four.
      for (let i = 0; i + 8 <= value.length; i++) expect(html).not.toContain(value.slice(i, i + 8));
    }
  });

  it('shows its numbers, timeline and rows in the browser', async (ctx) => {
    ctx.skip(!browser, NO_CHROMIUM_MESSAGE);
    const o = await openHtml(browser!, html);
    const { page } = o;
    try {
      const shot = path.join(screenshotDir(), 'real-repo.png');
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`audit page of a real repository: ${shot}`);
      expect(o.problems).toEqual([]);
      expect(o.requests).toEqual([o.url]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

      const metric = (m: string) => page.locator(`[data-metric="${m}"] .n`).textContent();
      expect(await metric('distinct')).toBe('3');
      expect(await metric('live')).toBe('2');
      expect(await metric('history')).toBe('1');
      expect(await metric('safe')).toBe('1');
      expect(await page.locator('[data-metric="safe"] .d').textContent()).toBe('SealedSecret 1');
      expect(await page.locator('header .meta').textContent()).toContain('4 commits scanned');

      const months = await page.locator('#chart-timeline g.month').evaluateAll((gs) =>
        gs.filter((g) => g.getAttribute('data-introduced') !== '0' || g.getAttribute('data-removed') !== '0').map((g) => `${g.getAttribute('data-month')} +${g.getAttribute('data-introduced')} -${g.getAttribute('data-removed')}`),
      );
      expect(months).toEqual(['2023-05 +1 -0', '2023-07 +0 -1', '2023-09 +2 -0']);

      const rows = await page.locator('#findings tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          status: tr.getAttribute('data-status'),
          file: tr.querySelector('.path')!.textContent,
          shas: Array.from(tr.querySelectorAll('.sha'), (c) => c.getAttribute('title')),
          cmd: tr.querySelector('.cmd')?.textContent ?? null,
          resource: (tr as HTMLTableRowElement).cells[3]!.textContent,
        })),
      );
      const byFile = Object.fromEntries(rows.map((r) => [r.file, r]));
      expect(Object.keys(byFile).sort()).toEqual(['apps/api/secret.yaml', 'apps/old/secret.yaml', HOSTILE].sort());
      expect(byFile['apps/old/secret.yaml']).toMatchObject({ status: 'history', shas: [sha.added, sha.removed], cmd: null, resource: 'Secret default/old · password' });
      expect(byFile['apps/api/secret.yaml']).toMatchObject({ status: 'live', shas: [sha.live] });
      expect(byFile['apps/api/secret.yaml']!.cmd).toBe(report.entries.find((e) => e.file === 'apps/api/secret.yaml')!.fixCommand);
      expect(byFile['apps/api/secret.yaml']!.cmd).toMatch(/^sealgate fix --seal .* -- apps\/api\/secret\.yaml$/);
      expect(byFile[HOSTILE]!.cmd).toBe(report.entries.find((e) => e.file === HOSTILE)!.fixCommand);
      expect(await page.locator('#fix-commands').textContent()).toContain(byFile[HOSTILE]!.cmd);
      expect(await page.locator('#safe li').textContent()).toBe('SealedSecret default/db in apps/db/sealed.yaml');
    } finally {
      await o.context.close();
    }
  });
});
