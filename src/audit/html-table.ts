// The findings table of the HTML audit page, rendered in full on the server so the page works
// without JavaScript; the page script only sorts, filters and paginates these rows.
import { rotationLink } from '../rules/rotation.js';
import type { CommitInfo, ResourceRef, Severity } from '../types.js';
import { esc, num } from './html-escape.js';
import { topFolder } from './html-stats.js';
import type { AuditEntry } from '../report/audit-model.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Column order, headings and sort types; the CSS card view labels cells by this order too. */
export const COLUMNS = [
  { key: 'severity', title: 'Severity', type: 'num' },
  { key: 'rule', title: 'Rule', type: 'text' },
  { key: 'location', title: 'File:line', type: 'text' },
  { key: 'resource', title: 'Resource', type: 'text' },
  { key: 'secret', title: 'Secret', type: 'text' },
  { key: 'introduced', title: 'Introduced', type: 'num' },
  { key: 'status', title: 'Status', type: 'num' },
  { key: 'fix', title: 'Fix', type: 'text' },
] as const;

/** Most urgent first: errors before warnings, live before history-only, then by place. */
export function sortEntries(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort(
    (a, b) =>
      (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
      (a.status === b.status ? 0 : a.status === 'live' ? -1 : 1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line,
  );
}

function shortSha(sha: string): string {
  return sha.slice(0, 8);
}

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

function epoch(iso: string | undefined): string {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? String(t) : '';
}

function commitHtml(c: CommitInfo): string {
  const who = c.email ? `${c.author} <${c.email}>` : c.author;
  return (
    `<code class="sha" title="${esc(c.sha)}">${esc(shortSha(c.sha))}</code> ` +
    `<span class="who" title="${esc(who)}">${esc(c.author)}</span> ` +
    `<time datetime="${esc(c.date)}" title="${esc(c.date)}">${esc(day(c.date))}</time>`
  );
}

function resourceHtml(ref: ResourceRef | undefined): string {
  if (!ref) return '<span class="muted">—</span>';
  const where = [ref.namespace, ref.name].filter((x) => x !== undefined && x !== '').join('/');
  return (
    `<span class="kind">${esc(ref.kind)}</span>` +
    (where ? ` <span class="rname">${esc(where)}</span>` : '') +
    (ref.key !== undefined ? ` <span class="rkey">· ${esc(ref.key)}</span>` : '')
  );
}

function locationHtml(e: AuditEntry): string {
  let html = `<code class="path">${esc(e.file)}</code><span class="line">:${esc(e.line)}</span>`;
  if (e.otherFiles.length > 0) {
    const items = e.otherFiles.map((f) => `<li><code class="path">${esc(f)}</code></li>`).join('');
    html += `<details class="others"><summary>+${num(e.otherFiles.length)} other ${e.otherFiles.length === 1 ? 'file' : 'files'}</summary><ul>${items}</ul></details>`;
  }
  if (e.occurrences > 1) html += `<div class="muted small">seen in ${num(e.occurrences)} places</div>`;
  return html;
}

function statusHtml(e: AuditEntry): string {
  if (e.status === 'live') {
    const refs = e.refs?.length ? `<br><span class="muted">still in ${e.refs.map((r) => `<code>${esc(r)}</code>`).join(', ')}</span>` : '';
    return `<span class="st st-live">live</span>${refs}`;
  }
  const removed = e.removed ? `<div class="muted small">removed in ${commitHtml(e.removed)}</div>` : '';
  return `<span class="st st-history">history only: rotate</span>${removed}`;
}

function fixHtml(e: AuditEntry): string {
  if (e.fixCommand) {
    return `<code class="cmd">${esc(e.fixCommand)}</code><button type="button" class="copy" aria-label="Copy the fix command">Copy</button>`;
  }
  if (e.status === 'history') return '<span class="muted">Rotate the value: it stays readable in git history.</span>';
  return '<span class="muted">Move the value to a secret store.</span>';
}

/** The recognised credential and a link to the provider's page on rotating it (links come from the rules). */
function credentialHtml(e: AuditEntry): string {
  if (!e.credential) return '';
  const rotate = rotationLink(e.credential);
  const link = rotate ? ` <a class="rotate" href="${esc(rotate)}" rel="noopener noreferrer" target="_blank">how to rotate it</a>` : '';
  return `<div class="cred">${esc(e.credential)}${link}</div>`;
}

function row(e: AuditEntry): string {
  const loc = `${e.file}:${String(e.line).padStart(9, '0')}`;
  return (
    `<tr data-status="${e.status === 'live' ? 'live' : 'history'}" data-severity="${esc(e.severity)}" data-rule="${esc(e.ruleId)}" data-folder="${esc(topFolder(e.file))}">` +
    `<td data-s="${SEVERITY_RANK[e.severity] ?? 9}"><span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></td>` +
    `<td><code class="rule">${esc(e.ruleId)}</code><div class="msg">${esc(e.message)}</div>${credentialHtml(e)}</td>` +
    `<td data-s="${esc(loc)}">${locationHtml(e)}</td>` +
    `<td>${resourceHtml(e.resource)}</td>` +
    `<td><code class="secret">${esc(e.secret)}</code></td>` +
    `<td data-s="${epoch(e.introduced?.date)}">${e.introduced ? commitHtml(e.introduced) : '<span class="muted">working tree</span>'}</td>` +
    `<td data-s="${e.status === 'live' ? 0 : 1}">${statusHtml(e)}</td>` +
    `<td>${fixHtml(e)}</td>` +
    `</tr>`
  );
}

/** The complete table: every entry, most urgent first. */
export function findingsTable(entries: readonly AuditEntry[]): string {
  const head = COLUMNS.map(
    (c) => `<th scope="col" data-key="${c.key}" data-type="${c.type}"><span class="th">${esc(c.title)}</span></th>`,
  ).join('');
  const body = entries.length
    ? sortEntries(entries).map(row).join('\n')
    : `<tr class="none"><td colspan="${COLUMNS.length}">No secrets found.</td></tr>`;
  return (
    `<table id="findings" data-total="${entries.length}">` +
    `<caption class="sr-only">Every distinct secret found, one row each</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`
  );
}
