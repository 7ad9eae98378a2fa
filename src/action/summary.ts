// The job summary: one table of findings (file:line linked to the commit, rule, resource, commit,
// still at head or rotate) and the exact commands that fix them. Never a secret, not even masked:
// the annotations and the SARIF carry the masked value where it helps.
import type { ResourceRef, Skipped } from '../types.js';
import { summary } from './core.js';
import { htmlText, markdownCode, markdownText } from '../report/escape.js';
import type { Row } from './findings.js';
import { isBlocking } from './findings.js';
import type { FixPlan } from './fix.js';

export interface Links {
  server?: string;
  repository?: string;
}

export interface SummaryData {
  rows: Row[];
  /** What was scanned, e.g. "pull_request #12: 1a2b3c4..5d6e7f8". */
  scope: string;
  commits?: number;
  files: number;
  skipped: Skipped[];
  showFix: boolean;
  fix: FixPlan;
  links: Links;
  /** "an intermediate commit" in range scans, "history" in audits. */
  rotateWhere: string;
  /** Which configuration the run obeyed (see trusted.ts). */
  config?: string;
  /** sealgate's own files the pull request changes (they take effect after merge). */
  changedByProposal?: string[];
  /** Findings and skipped files that got no annotation (GitHub's per-step limit). */
  leftOutAnnotations?: number;
}

/** GitHub keeps 1 MiB of summary per step; the table is cut to fit well below it. */
export const SUMMARY_LIMIT = 1024 * 1024;
const FIRST_ROWS = 500;

export const STATUS_LIVE = 'still present at head';
export function statusRotate(where: string): string {
  return `rotate: only in ${where}`;
}

/**
 * Appends the summary to core.summary's buffer; the caller writes it (GITHUB_STEP_SUMMARY). At most
 * FIRST_ROWS table rows, fewer if the summary would pass 1 MiB; the summary says how many were left
 * out (the SARIF holds them all).
 */
export function renderSummary(d: SummaryData): void {
  const before = summary.stringify();
  for (let rows = FIRST_ROWS; ; rows = Math.floor(rows / 2)) {
    renderWith(d, rows);
    if (Buffer.byteLength(summary.stringify()) < SUMMARY_LIMIT * 0.9 || rows === 0) return;
    summary.emptyBuffer().addRaw(before);
  }
}

function renderWith(d: SummaryData, maxRows: number): void {
  const blocking = d.rows.filter(isBlocking).length;
  const other = d.rows.length - blocking;
  const title =
    d.rows.length === 0
      ? 'sealgate: no plaintext secrets found'
      : `sealgate: ${plural(blocking, 'blocking finding')}${other ? `, ${plural(other, 'warning')}` : ''}`;
  summary.addHeading(esc(title), 2);
  const commits = d.commits !== undefined ? `${plural(d.commits, 'commit')}, ` : '';
  summary.addRaw(`<p>Scanned ${esc(d.scope)}: ${commits}${plural(d.files, 'file')}.</p>`, true);
  if (d.config) summary.addRaw(`<p>Configuration: ${esc(d.config)}.</p>`, true);
  if (d.changedByProposal?.length) {
    summary.addRaw(
      `<p>This pull request changes ${d.changedByProposal.map(markdownCode).join(', ')}: the change takes effect once it is merged (pull requests are checked with the base commit's configuration).</p>`,
      true,
    );
  }

  if (d.rows.length > 0) {
    const header = ['File', 'Rule', 'Resource', 'Commit', 'Status'].map((data) => ({ data, header: true }));
    summary.addTable([header, ...d.rows.slice(0, maxRows).map((r) => row(r, d))]);
    if (d.rows.length > maxRows) {
      summary.addRaw(`<p>${d.rows.length - maxRows} more findings are not listed here; the SARIF report lists every one.</p>`, true);
    }
  }
  if (d.leftOutAnnotations) {
    summary.addRaw(`<p>GitHub keeps 10 annotations of each level per step: ${d.leftOutAnnotations} ${d.leftOutAnnotations === 1 ? 'finding or skipped file' : 'findings or skipped files'} got no annotation (see this table and the SARIF report).</p>`, true);
  }

  if (d.showFix && d.rows.length > 0) {
    summary.addHeading('How to fix', 3);
    if (d.fix.commands.length > 0) {
      summary.addRaw('<p>Still present at head: rewrite the plaintext into encrypted or external secrets, commit the result, and rotate the values (they were pushed).</p>', true);
      summary.addCodeBlock(d.fix.commands.map(markdownText).join('\n'), 'sh');
      if (d.fix.omitted) summary.addRaw(`<p>${plural(d.fix.omitted, 'more file')} to fix: run <code>sealgate scan</code> to list them.</p>`, true);
    }
    if (d.fix.manual.length > 0) {
      summary.addRaw(
        `<p>Still present at head, no automatic fix: move the value out of ${d.fix.manual.map(markdownCode).join(', ')} (a secret store, or a SealedSecret) and rotate it.</p>`,
        true,
      );
    }
    if (d.fix.rotate.length > 0) {
      summary.addRaw(
        `<p>Rotate: values added in ${d.fix.rotate.map(markdownCode).join(', ')} were removed later but stay in the Git history; revoke them at their issuer and issue new ones. Deleting the line does not un-leak them.</p>`,
        true,
      );
    }
    summary.addRaw(
      '<p>A false positive: add a <code># sealgate:allow</code> comment on its line, or record it with <code>sealgate baseline</code>.</p>',
      true,
    );
  }

  if (d.skipped.length > 0) {
    summary.addHeading('Not scanned', 3);
    const shown = d.skipped.slice(0, 100);
    summary.addList(shown.map((s) => `${markdownCode(s.file)}${s.commit ? ` (${esc(s.commit.slice(0, 7))})` : ''}: ${esc(s.reason)}`));
    if (d.skipped.length > shown.length) summary.addRaw(`<p>${d.skipped.length - shown.length} more files were not scanned (see the SARIF report's run properties and the step log).</p>`, true);
  }
}

function row(r: Row, d: SummaryData): string[] {
  const where = `${r.at.file}:${r.at.line}`;
  const fileUrl = r.at.sha ? blobUrl(d.links, r.at.sha, r.at.file, r.at.line) : undefined;
  const sha = r.introduced?.sha;
  const commitUrl = sha ? commitLink(d.links, sha) : undefined;
  return [
    link(where, fileUrl),
    markdownCode(r.finding.ruleId),
    esc(resource(r.finding.resource)),
    sha ? link(sha.slice(0, 7), commitUrl) : '',
    esc(r.status === 'live' ? STATUS_LIVE : statusRotate(d.rotateWhere)),
  ];
}

export function resource(res?: ResourceRef): string {
  if (!res) return '';
  const name = [res.namespace, res.name].filter(Boolean).join('/');
  return `${res.kind}${name ? ` ${name}` : ''}${res.key ? ` key ${res.key}` : ''}`;
}

export function blobUrl(l: Links, sha: string, file: string, line: number): string | undefined {
  if (!l.server || !l.repository) return undefined;
  const p = file.split('/').map(encodeURIComponent).join('/');
  return `${l.server.replace(/\/+$/, '')}/${l.repository}/blob/${sha}/${p}#L${line}`;
}

export function commitLink(l: Links, sha: string): string | undefined {
  if (!l.server || !l.repository) return undefined;
  return `${l.server.replace(/\/+$/, '')}/${l.repository}/commit/${sha}`;
}

function link(text: string, href?: string): string {
  return href ? `<a href="${htmlText(href)}">${esc(text)}</a>` : esc(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * File names, resource names and messages come from the repository under test: never let them inject
 * HTML or Markdown, nor end a table cell (see markdownText).
 */
export const esc = markdownText;
