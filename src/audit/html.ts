// The self-contained HTML audit page: headline numbers, inline SVG charts and the full table.
// It fetches nothing (a CSP forbids every request and allows only this page's own style and
// script by hash), escapes every string it prints, and works without JavaScript.
import { createHash } from 'node:crypto';
import { barChart, progressBar, timelineChart } from './html-charts.js';
import { esc, num } from './html-escape.js';
import { byFolder, byRule, safeShare, timeline, topBars } from './html-stats.js';
import { STYLE } from './html-style.js';
import { findingsTable } from './html-table.js';
import type { AuditEntry, AuditReport } from '../report/audit-model.js';

/** The browser script, src/audit/page/script.ts compiled by the build (and by vitest.config.ts for tests). */
declare const SEALGATE_AUDIT_SCRIPT: string;
const SCRIPT = SEALGATE_AUDIT_SCRIPT;

/** Bars per chart before the rest are summed into one "N others" bar. */
const CHART_BARS = 15;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${sha256(STYLE)}'`,
  `script-src 'sha256-${sha256(SCRIPT)}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function bytes(n: number): string {
  if (n < 1024) return `${num(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

function plural(n: number, one: string, many: string): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

function header(r: AuditReport): string {
  const scope = r.history
    ? `full history: ${plural(r.commitsScanned, 'commit', 'commits')} scanned`
    : 'working tree only (add <code>--history</code> to include past commits)';
  return (
    `<header><h1>Secret audit of <code>${esc(r.repository)}</code></h1>` +
    `<p class="meta">${r.head ? `HEAD <code>${esc(r.head.slice(0, 12))}</code> · ` : ''}${scope}, ${bytes(r.bytesScanned)} read · ` +
    `generated <time datetime="${esc(r.generatedAt)}">${esc(r.generatedAt)}</time> by ${esc(r.tool.name)} ${esc(r.tool.version)}</p></header>`
  );
}

function card(metric: string, n: number, title: string, detail: string): string {
  return `<div class="card m-${metric}" data-metric="${metric}"><span class="n">${num(n)}</span><span class="t">${esc(title)}</span><span class="d">${detail}</span></div>`;
}

function safeKinds(r: AuditReport): string {
  const kinds = new Map<string, number>();
  for (const s of r.safe) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  if (kinds.size === 0) return 'SealedSecrets, ExternalSecrets, SOPS and the like: none yet';
  return [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${esc(k)} ${num(n)}`).join(', ');
}

function headline(r: AuditReport): string {
  const s = r.summary;
  const places = r.entries.reduce((t, e) => t + e.occurrences, 0);
  const share = safeShare(s);
  const pct = Math.floor(share * 100);
  const verdict =
    s.live === 0
      ? `<strong>No plaintext secret at HEAD.</strong>`
      : `<strong>${pct}% safe</strong>: ${plural(s.safe, 'object keeps its values safe', 'objects keep their values safe')}, ${plural(s.live, 'plaintext secret is', 'plaintext secrets are')} still live at HEAD.`;
  const label = `${pct}% of secret-carrying objects at HEAD are safe (${num(s.safe)} safe, ${num(s.live)} plaintext)`;
  const blocking = s.blocking
    ? `<p class="muted small" data-metric="blocking">${plural(s.blocking, 'finding has', 'findings have')} severity error and would block a commit.</p>`
    : '';
  return (
    `<section id="headline" aria-label="Headline numbers"><div class="cards">` +
    card('distinct', s.distinct, 'distinct secrets', `grouped by value; seen in ${plural(places, 'place', 'places')} across commits and files`) +
    card('live', s.live, 'live at HEAD', 'plaintext in the current tree: fix these now') +
    card('history', s.historyOnly, 'in history only', 'no longer in the tree but readable in git history: rotate') +
    card('safe', s.safe, 'already safe', safeKinds(r)) +
    `</div><div class="progress-block" data-share="${share.toFixed(4)}"><p>${verdict} Progress toward zero plaintext:</p>${progressBar(share, label)}${blocking}</div></section>`
  );
}

function charts(entries: readonly AuditEntry[]): string {
  const legend = `<p class="legend"><span class="key k-live"></span>live at HEAD <span class="key k-history"></span>history only</p>`;
  return (
    `<section id="charts"><h2>Where the secrets are</h2><div class="charts">` +
    barChart('chart-rules', 'Secrets by rule', topBars(byRule(entries), CHART_BARS), legend) +
    barChart('chart-folders', 'Secrets by top-level folder', topBars(byFolder(entries), CHART_BARS), legend) +
    timelineChart(timeline(entries)) +
    `</div></section>`
  );
}

function fixAll(entries: readonly AuditEntry[]): string {
  const commands = [...new Set(entries.filter((e) => e.status === 'live' && e.fixCommand).map((e) => e.fixCommand!))].sort();
  const history = entries.filter((e) => e.status === 'history').length;
  if (commands.length === 0 && history === 0) return '';
  let html = `<section id="todo"><h2>What to do</h2><div class="panel">`;
  if (commands.length) {
    html +=
      `<p>Repair the live plaintext Secrets (run from the repository root; each file is backed up under <code>.git/sealgate/backups/</code>):</p>` +
      `<pre class="cmds" id="fix-commands">${commands.map(esc).join('\n')}</pre><button type="button" class="copy" aria-label="Copy all fix commands">Copy</button>`;
  }
  if (history) {
    html += `<p>${plural(history, 'secret is', 'secrets are')} gone from the tree but still readable by anyone with a clone: revoke and rotate ${history === 1 ? 'it' : 'them'} at the issuer. Rewriting history does not help copies already made.</p>`;
  }
  return html + `</div></section>`;
}

function option(value: string, label: string): string {
  return `<option value="${esc(value)}">${esc(label)}</option>`;
}

function tableSection(entries: readonly AuditEntry[]): string {
  const rules = byRule(entries).map((b) => b.label).sort();
  const folders = byFolder(entries).map((b) => b.label).sort();
  const controls =
    `<div class="controls" id="controls" hidden>` +
    `<label>Search<input type="search" id="q" placeholder="file, resource, author, commit…" autocomplete="off"></label>` +
    `<label>Status<select id="f-status">${option('', 'all')}${option('live', 'live at HEAD')}${option('history', 'history only')}</select></label>` +
    `<label>Severity<select id="f-severity">${option('', 'all')}${option('error', 'error')}${option('warning', 'warning')}${option('note', 'note')}</select></label>` +
    `<label>Rule<select id="f-rule">${option('', 'all')}${rules.map((x) => option(x, x)).join('')}</select></label>` +
    `<label>Folder<select id="f-folder">${option('', 'all')}${folders.map((x) => option(x, x)).join('')}</select></label>` +
    `<label>Rows per page<select id="f-size">${option('100', '100')}${option('250', '250')}${option('1000', '1,000')}${option('0', 'all')}</select></label>` +
    `</div>`;
  return (
    `<section id="table-section"><h2>Every secret</h2>${controls}` +
    `<p class="count" id="count" aria-live="polite">${plural(entries.length, 'secret', 'secrets')}, all shown.</p>` +
    `<div class="tablewrap">${findingsTable(entries)}</div>` +
    `<nav class="pager" id="pager" aria-label="Table pages" hidden><button type="button" id="prev">‹ Previous</button><span id="pageinfo"></span><button type="button" id="next">Next ›</button></nav>` +
    `</section>`
  );
}

function safeSection(r: AuditReport): string {
  if (r.safe.length === 0) return '';
  const items = r.safe
    .map((s) => {
      const where = [s.namespace, s.name].filter(Boolean).join('/');
      return `<li><strong>${esc(s.kind)}</strong>${where ? ` ${esc(where)}` : ''} in <code>${esc(s.file)}</code></li>`;
    })
    .join('');
  return `<section id="safe"><h2>Already safe</h2><details class="panel"><summary>${plural(r.safe.length, 'object keeps', 'objects keep')} values out of plaintext (${safeKinds(r)})</summary><ul class="plain">${items}</ul></details></section>`;
}

function skippedSection(r: AuditReport): string {
  if (r.skipped.length === 0) return '';
  const items = r.skipped.map((s) => `<li><code>${esc(s.file)}</code>: ${esc(s.reason)}</li>`).join('');
  return `<section id="skipped"><h2>Not scanned</h2><details class="panel" open><summary>${plural(r.skipped.length, 'file was', 'files were')} skipped; secrets in ${r.skipped.length === 1 ? 'it' : 'them'} would not be counted above</summary><ul class="plain">${items}</ul></details></section>`;
}

function incompleteSection(r: AuditReport): string {
  if (!r.incomplete?.length) return '';
  const items = r.incomplete.map((s) => `<li>${esc(s)}</li>`).join('');
  return `<section id="incomplete" role="alert"><h2>Incomplete audit</h2><p>${plural(r.incomplete.length, 'part', 'parts')} of the repository could not be read; secrets there are not counted below. Everything else is reported.</p><ul class="plain">${items}</ul></section>`;
}

export function renderAuditHtml(report: AuditReport): string {
  const title = `Secret audit: ${report.repository}`;
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    // Our own constant: keywords and base64 hashes, nothing to escape.
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">\n` +
    `<title>${esc(title)}</title>\n<style>${STYLE}</style>\n<script>${SCRIPT}</script>\n</head>\n<body>\n<main>\n` +
    header(report) +
    incompleteSection(report) +
    headline(report) +
    charts(report.entries) +
    fixAll(report.entries) +
    tableSection(report.entries) +
    safeSection(report) +
    skippedSection(report) +
    `<footer>Secret values are masked unless the audit ran with <code>--show-secrets</code>. Generated by ${esc(report.tool.name)} ${esc(report.tool.version)}; this page loads nothing from the network.</footer>\n` +
    `</main>\n</body>\n</html>\n`
  );
}
