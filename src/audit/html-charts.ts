// Inline SVG charts for the HTML audit page: no library, no script, nothing fetched.
// Colours come from CSS classes so the page's light and dark themes apply to the charts too.
import { esc, num } from './html-escape.js';
import type { Bar, Timeline } from './html-stats.js';

/** Round SVG coordinates so the page does not carry 17-digit floats. */
function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * A horizontal stacked bar chart (live, history only). Each row is a label, a bar and its count in
 * HTML, with the bar itself drawn as inline SVG: labels stay readable however narrow the window.
 */
export function barChart(id: string, title: string, bars: Bar[], footHtml = ''): string {
  if (bars.length === 0) return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><p class="empty">Nothing to chart.</p></figure>`;
  const max = Math.max(...bars.map((b) => b.live + b.history), 1);
  const rows = bars.map((b) => {
    const total = b.live + b.history;
    const wLive = (b.live / max) * 1000;
    const wHist = (b.history / max) * 1000;
    const tip = `${b.label}: ${num(total)} (${num(b.live)} live at HEAD, ${num(b.history)} history only)`;
    return (
      `<li class="bar-row" data-label="${esc(b.label)}" data-live="${b.live}" data-history="${b.history}"${b.rest ? ` data-rest="${b.rest}"` : ''}>` +
      `<span class="bar-label" title="${esc(tip)}">${esc(b.label)}</span>` +
      `<svg class="bar" viewBox="0 0 1000 12" preserveAspectRatio="none" role="img" aria-label="${esc(tip)}">` +
      `<title>${esc(tip)}</title>` +
      (b.live ? `<rect class="s-live" x="0" y="0" width="${r(wLive)}" height="12"/>` : '') +
      (b.history ? `<rect class="s-history" x="${r(wLive)}" y="0" width="${r(wHist)}" height="12"/>` : '') +
      `</svg>` +
      `<span class="bar-n">${num(total)}</span>` +
      `</li>`
    );
  });
  return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><ol class="bars">${rows.join('')}</ol>${footHtml}</figure>`;
}

const W = 1000;
const H = 230;
const LEFT = 40;
const RIGHT = 10;
const TOP = 16;
const BOTTOM = 30;

/**
 * Secrets introduced (above the axis) and removed (below it) per month, as one SVG. Every month
 * gets a <title> tooltip, and the same numbers follow in a collapsed table for screen readers.
 */
export function timelineChart(t: Timeline): string {
  const head = `<figure class="chart wide" id="chart-timeline"><figcaption>When secrets were introduced and removed, by month</figcaption>`;
  const undated = t.undated
    ? `<p class="note">${num(t.undated)} ${t.undated === 1 ? 'secret has' : 'secrets have'} no known introducing commit (not in the history scanned) and ${t.undated === 1 ? 'is' : 'are'} not on the timeline.</p>`
    : '';
  if (t.months.length === 0) return `${head}<p class="empty">No dated commits to chart.</p>${undated}</figure>`;

  const n = t.months.length;
  const maxIn = Math.max(...t.months.map((m) => m.introduced));
  const maxOut = Math.max(...t.months.map((m) => m.removed));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const scale = plotH / Math.max(maxIn + maxOut, 1);
  const y0 = TOP + maxIn * scale;
  const slot = plotW / n;
  const barW = Math.min(slot * 0.72, 36);
  const every = Math.ceil(n / 12);

  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${r(y0)}" y2="${r(y0)}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(y0 + 4)}" text-anchor="end">0</text>`);
  if (maxIn > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP + 4)}" text-anchor="end">+${num(maxIn)}</text>`);
  if (maxOut > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP + plotH)}" text-anchor="end">−${num(maxOut)}</text>`);
  t.months.forEach((m, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    const tip = `${m.month}: ${num(m.introduced)} introduced, ${num(m.removed)} removed`;
    parts.push(`<g class="month" data-month="${esc(m.month)}" data-introduced="${m.introduced}" data-removed="${m.removed}"><title>${esc(tip)}</title>`);
    // An invisible full-height target so the tooltip works on months with tiny bars.
    parts.push(`<rect class="hit" x="${r(LEFT + i * slot)}" y="${TOP}" width="${r(slot)}" height="${plotH}"/>`);
    if (m.introduced) parts.push(`<rect class="s-introduced" x="${r(x)}" y="${r(y0 - m.introduced * scale)}" width="${r(barW)}" height="${r(m.introduced * scale)}"/>`);
    if (m.removed) parts.push(`<rect class="s-removed" x="${r(x)}" y="${r(y0)}" width="${r(barW)}" height="${r(m.removed * scale)}"/>`);
    parts.push(`</g>`);
    if (i % every === 0) parts.push(`<text class="tick" x="${r(LEFT + i * slot + slot / 2)}" y="${H - 10}" text-anchor="middle">${esc(m.month)}</text>`);
  });

  const totalIn = t.months.reduce((s, m) => s + m.introduced, 0);
  const totalOut = t.months.reduce((s, m) => s + m.removed, 0);
  const label = `${num(totalIn)} secrets introduced and ${num(totalOut)} removed between ${t.months[0]!.month} and ${t.months[n - 1]!.month}`;
  const svg =
    `<div class="scroll"><svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join('')}</svg></div>` +
    `<p class="legend"><span class="key k-introduced"></span>introduced <span class="key k-removed"></span>removed from the tree</p>`;
  const rows = t.months
    .filter((m) => m.introduced || m.removed)
    .map((m) => `<tr><td>${esc(m.month)}</td><td class="num">${num(m.introduced)}</td><td class="num">${num(m.removed)}</td></tr>`)
    .join('');
  const table = `<details class="data"><summary>Timeline as a table</summary><table class="mini"><thead><tr><th scope="col">Month</th><th scope="col">Introduced</th><th scope="col">Removed</th></tr></thead><tbody>${rows}</tbody></table></details>`;
  return `${head}${svg}${undated}${table}</figure>`;
}

/** The progress bar toward zero plaintext at HEAD. */
export function progressBar(share: number, label: string): string {
  const w = Math.max(0, Math.min(1, share)) * 1000;
  return (
    `<svg class="progress" viewBox="0 0 1000 14" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>` +
    `<rect class="track" x="0" y="0" width="1000" height="14"/>` +
    (w > 0 ? `<rect class="s-safe" x="0" y="0" width="${r(w)}" height="14"/>` : '') +
    `</svg>`
  );
}
