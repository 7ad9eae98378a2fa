import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);
import {
  rotationLink
} from "./chunk-4XUYWVBN.js";
import "./chunk-5ZWGGM7B.js";
import "./chunk-A2I6SM73.js";
import "./chunk-YI7WNR7U.js";
import "./chunk-YTBNLI2I.js";
import {
  init_define_SEALGATE_EMBEDDED_RULES
} from "./chunk-EFRCBL4A.js";

// src/audit/html.ts
init_define_SEALGATE_EMBEDDED_RULES();
import { createHash } from "node:crypto";

// src/audit/html-charts.ts
init_define_SEALGATE_EMBEDDED_RULES();

// src/audit/html-escape.ts
init_define_SEALGATE_EMBEDDED_RULES();
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(ch) {
  const code = ch.charCodeAt(0);
  if (code < 32) return String.fromCharCode(9216 + code);
  if (code === 127) return "\u2421";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}
function esc(value) {
  if (value === void 0 || value === null) return "";
  const text = String(value).replace(INVISIBLE, visible).replace(/\t/g, " ");
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function num(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "0";
}

// src/audit/html-charts.ts
function r(n) {
  return String(Math.round(n * 10) / 10);
}
function barChart(id, title, bars, footHtml = "") {
  if (bars.length === 0) return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><p class="empty">Nothing to chart.</p></figure>`;
  const max = Math.max(...bars.map((b) => b.live + b.history), 1);
  const rows = bars.map((b) => {
    const total = b.live + b.history;
    const wLive = b.live / max * 1e3;
    const wHist = b.history / max * 1e3;
    const tip = `${b.label}: ${num(total)} (${num(b.live)} live at HEAD, ${num(b.history)} history only)`;
    return `<li class="bar-row" data-label="${esc(b.label)}" data-live="${b.live}" data-history="${b.history}"${b.rest ? ` data-rest="${b.rest}"` : ""}><span class="bar-label" title="${esc(tip)}">${esc(b.label)}</span><svg class="bar" viewBox="0 0 1000 12" preserveAspectRatio="none" role="img" aria-label="${esc(tip)}"><title>${esc(tip)}</title>` + (b.live ? `<rect class="s-live" x="0" y="0" width="${r(wLive)}" height="12"/>` : "") + (b.history ? `<rect class="s-history" x="${r(wLive)}" y="0" width="${r(wHist)}" height="12"/>` : "") + `</svg><span class="bar-n">${num(total)}</span></li>`;
  });
  return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><ol class="bars">${rows.join("")}</ol>${footHtml}</figure>`;
}
var W = 1e3;
var H = 230;
var LEFT = 40;
var RIGHT = 10;
var TOP = 16;
var BOTTOM = 30;
function timelineChart(t) {
  const head = `<figure class="chart wide" id="chart-timeline"><figcaption>When secrets were introduced and removed, by month</figcaption>`;
  const undated = t.undated ? `<p class="note">${num(t.undated)} ${t.undated === 1 ? "secret has" : "secrets have"} no known introducing commit (not in the history scanned) and ${t.undated === 1 ? "is" : "are"} not on the timeline.</p>` : "";
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
  const parts = [];
  parts.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${r(y0)}" y2="${r(y0)}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(y0 + 4)}" text-anchor="end">0</text>`);
  if (maxIn > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP + 4)}" text-anchor="end">+${num(maxIn)}</text>`);
  if (maxOut > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP + plotH)}" text-anchor="end">\u2212${num(maxOut)}</text>`);
  t.months.forEach((m, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    const tip = `${m.month}: ${num(m.introduced)} introduced, ${num(m.removed)} removed`;
    parts.push(`<g class="month" data-month="${esc(m.month)}" data-introduced="${m.introduced}" data-removed="${m.removed}"><title>${esc(tip)}</title>`);
    parts.push(`<rect class="hit" x="${r(LEFT + i * slot)}" y="${TOP}" width="${r(slot)}" height="${plotH}"/>`);
    if (m.introduced) parts.push(`<rect class="s-introduced" x="${r(x)}" y="${r(y0 - m.introduced * scale)}" width="${r(barW)}" height="${r(m.introduced * scale)}"/>`);
    if (m.removed) parts.push(`<rect class="s-removed" x="${r(x)}" y="${r(y0)}" width="${r(barW)}" height="${r(m.removed * scale)}"/>`);
    parts.push(`</g>`);
    if (i % every === 0) parts.push(`<text class="tick" x="${r(LEFT + i * slot + slot / 2)}" y="${H - 10}" text-anchor="middle">${esc(m.month)}</text>`);
  });
  const totalIn = t.months.reduce((s, m) => s + m.introduced, 0);
  const totalOut = t.months.reduce((s, m) => s + m.removed, 0);
  const label = `${num(totalIn)} secrets introduced and ${num(totalOut)} removed between ${t.months[0].month} and ${t.months[n - 1].month}`;
  const svg = `<div class="scroll"><svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join("")}</svg></div><p class="legend"><span class="key k-introduced"></span>introduced <span class="key k-removed"></span>removed from the tree</p>`;
  const rows = t.months.filter((m) => m.introduced || m.removed).map((m) => `<tr><td>${esc(m.month)}</td><td class="num">${num(m.introduced)}</td><td class="num">${num(m.removed)}</td></tr>`).join("");
  const table = `<details class="data"><summary>Timeline as a table</summary><table class="mini"><thead><tr><th scope="col">Month</th><th scope="col">Introduced</th><th scope="col">Removed</th></tr></thead><tbody>${rows}</tbody></table></details>`;
  return `${head}${svg}${undated}${table}</figure>`;
}
function progressBar(share, label) {
  const w = Math.max(0, Math.min(1, share)) * 1e3;
  return `<svg class="progress" viewBox="0 0 1000 14" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title><rect class="track" x="0" y="0" width="1000" height="14"/>` + (w > 0 ? `<rect class="s-safe" x="0" y="0" width="${r(w)}" height="14"/>` : "") + `</svg>`;
}

// src/audit/html-stats.ts
init_define_SEALGATE_EMBEDDED_RULES();
function topFolder(file) {
  const slash = file.indexOf("/");
  return slash > 0 ? file.slice(0, slash) + "/" : "(root)";
}
function countBy(entries, key) {
  const bars = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const label = key(e);
    let bar = bars.get(label);
    if (!bar) bars.set(label, bar = { label, live: 0, history: 0 });
    if (e.status === "live") bar.live++;
    else bar.history++;
  }
  return [...bars.values()].sort((a, b) => b.live + b.history - (a.live + a.history) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
function byRule(entries) {
  return countBy(entries, (e) => e.ruleId);
}
function byFolder(entries) {
  return countBy(entries, (e) => topFolder(e.file));
}
function topBars(bars, limit) {
  if (bars.length <= limit) return bars;
  const kept = bars.slice(0, limit - 1);
  const cut = bars.slice(limit - 1);
  const other = { label: `${cut.length} others`, live: 0, history: 0, rest: cut.length };
  for (const b of cut) {
    other.live += b.live;
    other.history += b.history;
  }
  return [...kept, other];
}
function monthOf(isoDate) {
  const m = /^(\d{4})-(0[1-9]|1[0-2])/.exec(isoDate ?? "");
  return m ? `${m[1]}-${m[2]}` : void 0;
}
function nextMonth(month) {
  let y = Number(month.slice(0, 4));
  let m = Number(month.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}
function timeline(entries) {
  const introduced = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  let undated = 0;
  for (const e of entries) {
    const inMonth = monthOf(e.introduced?.date);
    if (inMonth) introduced.set(inMonth, (introduced.get(inMonth) ?? 0) + 1);
    else undated++;
    const outMonth = monthOf(e.removed?.date);
    if (outMonth) removed.set(outMonth, (removed.get(outMonth) ?? 0) + 1);
  }
  const all = [...introduced.keys(), ...removed.keys()].sort();
  const months = [];
  if (all.length > 0) {
    const last = all[all.length - 1];
    let month = all[0];
    for (let guard = 0; guard < 600; guard++) {
      months.push({ month, introduced: introduced.get(month) ?? 0, removed: removed.get(month) ?? 0 });
      if (month >= last) break;
      month = nextMonth(month);
    }
    if (months[months.length - 1].month < last) {
      months.length = 0;
      for (const m of all.filter((x, i) => x !== all[i - 1])) months.push({ month: m, introduced: introduced.get(m) ?? 0, removed: removed.get(m) ?? 0 });
    }
  }
  return { months, undated };
}
function safeShare(summary) {
  const total = summary.safe + summary.live;
  return total === 0 ? 1 : summary.safe / total;
}

// src/audit/html-style.ts
init_define_SEALGATE_EMBEDDED_RULES();
var STYLE = `
:root{--bg:#f6f7f9;--fg:#1c2230;--muted:#5d6678;--card:#fff;--border:#dfe3ea;--accent:#3451c6;
--live:#cf2f55;--history:#d98a00;--safe:#17925f;--introduced:#cf2f55;--removed:#17925f;--track:#e7eaf0;
--code:#eef1f6;--error:#cf2f55;--warning:#b87400;--note:#3a6fd8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#14171d;--fg:#e4e7ee;--muted:#9aa3b5;--card:#1c2029;--border:#2e3441;
--accent:#8ea2ff;--live:#ff6b8b;--history:#ffb547;--safe:#3fcf8e;--introduced:#ff6b8b;--removed:#3fcf8e;--track:#2a303c;
--code:#262b36;--error:#ff6b8b;--warning:#ffb547;--note:#7ea6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:1.5rem;margin:0 0 2px}
h2{font-size:1.1rem;margin:28px 0 10px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.92em}
.muted{color:var(--muted)}
.small{font-size:.85em}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header .meta{color:var(--muted);margin:0;overflow-wrap:anywhere}
header .meta code{color:var(--fg)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px;margin-top:18px}
.card{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:14px 16px;border-top:4px solid var(--border)}
.card .n{display:block;font-size:2.1rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.card .t{display:block;font-weight:600}
.card .d{display:block;color:var(--muted);font-size:.88em;margin-top:4px}
.card.m-distinct{border-top-color:var(--accent)}
.card.m-live{border-top-color:var(--live)}
.card.m-live .n{color:var(--live)}
.card.m-history{border-top-color:var(--history)}
.card.m-safe{border-top-color:var(--safe)}
.card.m-safe .n{color:var(--safe)}
.progress-block{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px;margin-top:12px}
.progress-block p{margin:0 0 8px}
svg.progress{display:block;width:100%;height:14px;border-radius:7px;margin-bottom:6px}
.track{fill:var(--track)}
.s-safe{fill:var(--safe)}
.s-live,.s-introduced{fill:var(--live)}
.s-history{fill:var(--history)}
.s-removed{fill:var(--removed)}
.hit{fill:transparent}
.month:hover .hit{fill:var(--track)}
.axis{stroke:var(--muted);stroke-width:1}
.tick{fill:var(--muted);font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:12px}
.chart{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px;margin:0;min-width:0}
.chart.wide{grid-column:1/-1}
figcaption{font-weight:600;margin-bottom:8px}
.bars{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:fit-content(55%) minmax(60px,1fr) auto;column-gap:10px}
.bar-row{display:grid;grid-column:1/-1;grid-template-columns:subgrid;align-items:center;padding:2px 4px;border-radius:6px}
.js .bar-row:not([data-rest]){cursor:pointer}
.js .bar-row:not([data-rest]):hover,.bar-row:focus{background:var(--track);outline:none}
.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
svg.bar{display:block;width:100%;height:12px}
.bar-n{text-align:right;font-variant-numeric:tabular-nums}
.bar-row[data-rest] .bar-label{font-family:inherit;color:var(--muted);font-style:italic}
.legend{margin:8px 0 0;color:var(--muted);font-size:.88em}
.key{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px}
.legend .key:first-child{margin-left:0}
.k-live,.k-introduced{background:var(--live)}
.k-history{background:var(--history)}
.k-removed{background:var(--removed)}
.k-safe{background:var(--safe)}
.scroll{overflow-x:auto}
svg.timeline{display:block;width:100%;min-width:680px;height:auto}
.note{color:var(--muted);font-size:.88em;margin:6px 0 0}
.empty{color:var(--muted);margin:4px 0}
details.data{margin-top:6px}
details summary{cursor:pointer;color:var(--accent)}
table.mini{border-collapse:collapse;margin-top:6px}
table.mini td,table.mini th{padding:2px 10px;border-bottom:1px solid var(--border);text-align:left}
.num{text-align:right;font-variant-numeric:tabular-nums}
.panel{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px}
.panel>p:first-child{margin-top:0}
.panel>p:last-child{margin-bottom:0}
pre.cmds{margin:8px 0 0;padding:10px 12px;background:var(--code);border-radius:8px;overflow-x:auto;white-space:pre}
.controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:flex-end;margin-bottom:10px}
.controls[hidden],.pager[hidden]{display:none}
.controls label{display:flex;flex-direction:column;font-size:.82em;color:var(--muted);gap:2px}
.controls input,.controls select{font:inherit;font-size:14px;color:var(--fg);background:var(--card);border:1px solid var(--border);border-radius:6px;padding:5px 8px;max-width:100%}
.controls input{width:260px}
.controls select{max-width:220px}
.count{margin:0 0 8px;color:var(--muted)}
.tablewrap{background:var(--card);border:1px solid var(--border);border-radius:10px;overflow-x:auto}
#findings{width:100%;border-collapse:collapse;font-size:13px}
#findings th{text-align:left;font-weight:600;padding:8px;border-bottom:2px solid var(--border);position:sticky;top:0;background:var(--card)}
#findings td{padding:7px 8px;border-bottom:1px solid var(--border);vertical-align:top}
#findings tbody tr:hover{background:color-mix(in srgb,var(--track) 45%,transparent)}
#findings th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}
#findings th button::after{content:"\\2195";color:var(--muted);margin-left:4px;font-size:.9em}
#findings th[aria-sort=ascending] button::after{content:"\\2191";color:var(--accent)}
#findings th[aria-sort=descending] button::after{content:"\\2193";color:var(--accent)}
#findings code{background:var(--code);padding:1px 4px;border-radius:4px}
#findings .path{overflow-wrap:anywhere}
#findings .msg{color:var(--muted);font-size:.92em;margin-top:2px;max-width:28em}
#findings .cred{font-size:.88em;margin-top:2px}
#findings .cred a{margin-left:.4em}
#findings .secret{white-space:nowrap}
#findings .cmd{display:block;white-space:pre-wrap;overflow-wrap:anywhere;user-select:all;-webkit-user-select:all;min-width:12em}
#findings td:nth-child(2){min-width:9em}
#findings td:nth-child(3){min-width:10em}
#findings time{white-space:nowrap}
#findings td:nth-child(5){max-width:16em;overflow-wrap:anywhere}
#findings .none td{text-align:center;color:var(--muted);padding:20px}
.others ul{margin:4px 0 0;padding-left:18px}
.sev,.st{display:inline-block;padding:1px 7px;border-radius:999px;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.sev-error{color:var(--error)}
.sev-warning{color:var(--warning)}
.sev-note{color:var(--note)}
.st-live{color:#fff;background:var(--live);border-color:var(--live)}
.st-history{color:#1c2230;background:var(--history);border-color:var(--history)}
.copy{display:none;font:inherit;font-size:.82em;margin-top:4px;padding:2px 8px;border:1px solid var(--border);border-radius:6px;background:var(--card);color:var(--accent);cursor:pointer}
.js .copy{display:inline-block}
.pager{display:flex;align-items:center;gap:10px;justify-content:flex-end;margin-top:10px}
.pager button{font:inherit;padding:4px 12px;border:1px solid var(--border);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer}
.pager button:disabled{opacity:.45;cursor:default}
.js #findings tbody tr:nth-child(n+101){display:none}
ul.plain{margin:6px 0 0;padding-left:18px}
footer{margin-top:32px;color:var(--muted);font-size:.85em}
@media (max-width:900px){
main{padding:14px 12px 30px}
.controls input{width:100%}
.controls label{flex:1 1 140px}
.controls select{max-width:none}
.tablewrap{background:none;border:0;overflow:visible}
#findings,#findings tbody,#findings tr,#findings td{display:block;width:auto}
#findings thead{display:none}
.js #findings thead{display:block}
.js #findings thead tr{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.js #findings th{position:static;border:1px solid var(--border);border-radius:999px;padding:3px 10px;font-size:.9em}
#findings tr{background:var(--card);border:1px solid var(--border);border-radius:10px;margin-bottom:10px;padding:6px 12px}
#findings td{border:0;padding:4px 0 4px 7.2em;position:relative;max-width:none}
#findings td:nth-child(2),#findings td:nth-child(3),#findings td:nth-child(5){min-width:0;max-width:none}
#findings td::before{position:absolute;left:0;top:5px;width:6.8em;color:var(--muted);font-size:.85em}
#findings td:nth-child(1)::before{content:"Severity"}
#findings td:nth-child(2)::before{content:"Rule"}
#findings td:nth-child(3)::before{content:"File:line"}
#findings td:nth-child(4)::before{content:"Resource"}
#findings td:nth-child(5)::before{content:"Secret"}
#findings td:nth-child(6)::before{content:"Introduced"}
#findings td:nth-child(7)::before{content:"Status"}
#findings td:nth-child(8)::before{content:"Fix"}
#findings .none td{padding:14px 0}
#findings .none td::before{content:none}
#findings .msg{max-width:none}
.pager{justify-content:space-between}
}
@media print{.controls,.pager,.copy{display:none!important}}
`;

// src/audit/html-table.ts
init_define_SEALGATE_EMBEDDED_RULES();
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
var COLUMNS = [
  { key: "severity", title: "Severity", type: "num" },
  { key: "rule", title: "Rule", type: "text" },
  { key: "location", title: "File:line", type: "text" },
  { key: "resource", title: "Resource", type: "text" },
  { key: "secret", title: "Secret", type: "text" },
  { key: "introduced", title: "Introduced", type: "num" },
  { key: "status", title: "Status", type: "num" },
  { key: "fix", title: "Fix", type: "text" }
];
function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || (a.status === b.status ? 0 : a.status === "live" ? -1 : 1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line
  );
}
function shortSha(sha) {
  return sha.slice(0, 8);
}
function day(iso) {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}
function epoch(iso) {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? String(t) : "";
}
function commitHtml(c) {
  const who = c.email ? `${c.author} <${c.email}>` : c.author;
  return `<code class="sha" title="${esc(c.sha)}">${esc(shortSha(c.sha))}</code> <span class="who" title="${esc(who)}">${esc(c.author)}</span> <time datetime="${esc(c.date)}" title="${esc(c.date)}">${esc(day(c.date))}</time>`;
}
function resourceHtml(ref) {
  if (!ref) return '<span class="muted">\u2014</span>';
  const where = [ref.namespace, ref.name].filter((x) => x !== void 0 && x !== "").join("/");
  return `<span class="kind">${esc(ref.kind)}</span>` + (where ? ` <span class="rname">${esc(where)}</span>` : "") + (ref.key !== void 0 ? ` <span class="rkey">\xB7 ${esc(ref.key)}</span>` : "");
}
function locationHtml(e) {
  let html = `<code class="path">${esc(e.file)}</code><span class="line">:${esc(e.line)}</span>`;
  if (e.otherFiles.length > 0) {
    const items = e.otherFiles.map((f) => `<li><code class="path">${esc(f)}</code></li>`).join("");
    html += `<details class="others"><summary>+${num(e.otherFiles.length)} other ${e.otherFiles.length === 1 ? "file" : "files"}</summary><ul>${items}</ul></details>`;
  }
  if (e.occurrences > 1) html += `<div class="muted small">seen in ${num(e.occurrences)} places</div>`;
  return html;
}
function statusHtml(e) {
  if (e.status === "live") {
    const refs = e.refs?.length ? `<br><span class="muted">still in ${e.refs.map((r2) => `<code>${esc(r2)}</code>`).join(", ")}</span>` : "";
    return `<span class="st st-live">live</span>${refs}`;
  }
  const removed = e.removed ? `<div class="muted small">removed in ${commitHtml(e.removed)}</div>` : "";
  return `<span class="st st-history">history only: rotate</span>${removed}`;
}
function fixHtml(e) {
  if (e.fixCommand) {
    return `<code class="cmd">${esc(e.fixCommand)}</code><button type="button" class="copy" aria-label="Copy the fix command">Copy</button>`;
  }
  if (e.status === "history") return '<span class="muted">Rotate the value: it stays readable in git history.</span>';
  return '<span class="muted">Move the value to a secret store.</span>';
}
function credentialHtml(e) {
  if (!e.credential) return "";
  const rotate = rotationLink(e.credential);
  const link = rotate ? ` <a class="rotate" href="${esc(rotate)}" rel="noopener noreferrer" target="_blank">how to rotate it</a>` : "";
  return `<div class="cred">${esc(e.credential)}${link}</div>`;
}
function row(e) {
  const loc = `${e.file}:${String(e.line).padStart(9, "0")}`;
  return `<tr data-status="${e.status === "live" ? "live" : "history"}" data-severity="${esc(e.severity)}" data-rule="${esc(e.ruleId)}" data-folder="${esc(topFolder(e.file))}"><td data-s="${SEVERITY_RANK[e.severity] ?? 9}"><span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></td><td><code class="rule">${esc(e.ruleId)}</code><div class="msg">${esc(e.message)}</div>${credentialHtml(e)}</td><td data-s="${esc(loc)}">${locationHtml(e)}</td><td>${resourceHtml(e.resource)}</td><td><code class="secret">${esc(e.secret)}</code></td><td data-s="${epoch(e.introduced?.date)}">${e.introduced ? commitHtml(e.introduced) : '<span class="muted">working tree</span>'}</td><td data-s="${e.status === "live" ? 0 : 1}">${statusHtml(e)}</td><td>${fixHtml(e)}</td></tr>`;
}
function findingsTable(entries) {
  const head = COLUMNS.map(
    (c) => `<th scope="col" data-key="${c.key}" data-type="${c.type}"><span class="th">${esc(c.title)}</span></th>`
  ).join("");
  const body = entries.length ? sortEntries(entries).map(row).join("\n") : `<tr class="none"><td colspan="${COLUMNS.length}">No secrets found.</td></tr>`;
  return `<table id="findings" data-total="${entries.length}"><caption class="sr-only">Every distinct secret found, one row each</caption><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>`;
}

// src/audit/html.ts
var SCRIPT = '"use strict";\n(() => {\n  // src/audit/page/script.ts\n  var doc = document;\n  doc.documentElement.classList.add("js");\n  function fmt(n) {\n    return n.toLocaleString("en-US");\n  }\n  function $(id) {\n    return doc.getElementById(id);\n  }\n  function init() {\n    const table = doc.getElementById("findings");\n    if (!table || !table.tBodies.length || !table.tHead) return;\n    const tbody = table.tBodies[0];\n    const ths = Array.prototype.slice.call(table.tHead.rows[0].cells);\n    const items = [];\n    Array.prototype.forEach.call(tbody.rows, (tr) => {\n      var _a;\n      if (tr.classList.contains("none")) return;\n      const keys = ths.map((th, c) => {\n        var _a2;\n        const td = tr.cells[c];\n        const raw = (_a2 = td.hasAttribute("data-s") ? td.getAttribute("data-s") : td.textContent) != null ? _a2 : "";\n        if (th.getAttribute("data-type") === "num") return raw === "" ? NaN : Number(raw);\n        return raw.toLowerCase();\n      });\n      items.push({\n        tr,\n        i: items.length,\n        keys,\n        text: ((_a = tr.textContent) != null ? _a : "").toLowerCase(),\n        status: tr.getAttribute("data-status"),\n        severity: tr.getAttribute("data-severity"),\n        rule: tr.getAttribute("data-rule"),\n        folder: tr.getAttribute("data-folder")\n      });\n    });\n    const q = $("q");\n    const fStatus = $("f-status");\n    const fSeverity = $("f-severity");\n    const fRule = $("f-rule");\n    const fFolder = $("f-folder");\n    const fSize = $("f-size");\n    const count = $("count");\n    const pager = $("pager");\n    const prev = $("prev");\n    const next = $("next");\n    const pageInfo = $("pageinfo");\n    let sortCol = -1;\n    let sortDir = 1;\n    let page = 0;\n    let list = items;\n    const noneRow = doc.createElement("tr");\n    noneRow.className = "none";\n    noneRow.appendChild(doc.createElement("td")).colSpan = ths.length;\n    noneRow.cells[0].textContent = items.length ? "No secrets match these filters." : "No secrets found.";\n    ths.forEach((th, c) => {\n      var _a;\n      const label = (_a = th.textContent) != null ? _a : "";\n      const b = doc.createElement("button");\n      b.type = "button";\n      b.textContent = label;\n      b.title = "Sort by " + label;\n      th.textContent = "";\n      th.appendChild(b);\n      b.addEventListener("click", () => {\n        if (sortCol === c) sortDir = -sortDir;\n        else {\n          sortCol = c;\n          sortDir = 1;\n        }\n        ths.forEach((h, k) => {\n          if (k === sortCol) h.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");\n          else h.removeAttribute("aria-sort");\n        });\n        filter();\n      });\n    });\n    function compare(a, b) {\n      const x = a.keys[sortCol];\n      const y = b.keys[sortCol];\n      const xn = typeof x === "number" && isNaN(x);\n      const yn = typeof y === "number" && isNaN(y);\n      if (xn || yn) return xn && yn ? a.i - b.i : xn ? 1 : -1;\n      if (x < y) return -sortDir;\n      if (x > y) return sortDir;\n      return a.i - b.i;\n    }\n    function filter() {\n      const terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean);\n      const st = fStatus.value;\n      const sv = fSeverity.value;\n      const ru = fRule.value;\n      const fo = fFolder.value;\n      list = items.filter((it) => {\n        if (st && it.status !== st) return false;\n        if (sv && it.severity !== sv) return false;\n        if (ru && it.rule !== ru) return false;\n        if (fo && it.folder !== fo) return false;\n        for (let k = 0; k < terms.length; k++) if (it.text.indexOf(terms[k]) < 0) return false;\n        return true;\n      });\n      if (sortCol >= 0) list.sort(compare);\n      page = 0;\n      show();\n    }\n    function show() {\n      const size = Number(fSize.value) || list.length || 1;\n      const pages = Math.max(1, Math.ceil(list.length / size));\n      if (page >= pages) page = pages - 1;\n      if (page < 0) page = 0;\n      const from = page * size;\n      const to = Math.min(list.length, from + size);\n      const frag = doc.createDocumentFragment();\n      for (let k = from; k < to; k++) frag.appendChild(list[k].tr);\n      if (!list.length) frag.appendChild(noneRow);\n      tbody.textContent = "";\n      tbody.appendChild(frag);\n      const shown = list.length ? fmt(from + 1) + "\\u2013" + fmt(to) : "0";\n      count.textContent = "Showing " + shown + " of " + fmt(list.length) + (list.length === items.length ? " secrets" : " matching secrets (" + fmt(items.length) + " in all)");\n      pageInfo.textContent = "Page " + fmt(page + 1) + " of " + fmt(pages);\n      prev.disabled = page === 0;\n      next.disabled = page >= pages - 1;\n      pager.hidden = pages <= 1;\n    }\n    [q, fStatus, fSeverity, fRule, fFolder].forEach((el) => el.addEventListener("input", filter));\n    fSize.addEventListener("change", () => {\n      page = 0;\n      show();\n    });\n    prev.addEventListener("click", () => {\n      page--;\n      show();\n      table.scrollIntoView({ block: "start" });\n    });\n    next.addEventListener("click", () => {\n      page++;\n      show();\n      table.scrollIntoView({ block: "start" });\n    });\n    function pick(select, value) {\n      const ok = Array.prototype.some.call(select.options, (o) => o.value === value);\n      if (!ok || value === null) return;\n      select.value = select.value === value ? "" : value;\n      filter();\n      $("table-section").scrollIntoView({ block: "start" });\n    }\n    [["chart-rules", fRule], ["chart-folders", fFolder]].forEach(([id, select]) => {\n      const chart = doc.getElementById(id);\n      if (!chart) return;\n      Array.prototype.forEach.call(chart.querySelectorAll(".bar-row:not([data-rest])"), (li) => {\n        li.tabIndex = 0;\n        li.setAttribute("role", "button");\n        li.title = "Show only these in the table";\n        const go = () => pick(select, li.getAttribute("data-label"));\n        li.addEventListener("click", go);\n        li.addEventListener("keydown", (ev) => {\n          if (ev.key === "Enter" || ev.key === " ") {\n            ev.preventDefault();\n            go();\n          }\n        });\n      });\n    });\n    doc.addEventListener("click", (ev) => {\n      var _a;\n      const target = ev.target;\n      const btn = target && target.closest ? target.closest("button.copy") : null;\n      if (!btn) return;\n      const code = btn.previousElementSibling;\n      if (!code) return;\n      const select = () => {\n        const range = doc.createRange();\n        range.selectNodeContents(code);\n        const sel = window.getSelection();\n        if (!sel) return;\n        sel.removeAllRanges();\n        sel.addRange(range);\n      };\n      const done = (ok) => {\n        btn.textContent = ok ? "Copied" : "Selected: press Ctrl+C";\n        setTimeout(() => {\n          btn.textContent = "Copy";\n        }, 1600);\n      };\n      try {\n        navigator.clipboard.writeText((_a = code.textContent) != null ? _a : "").then(\n          () => done(true),\n          () => {\n            select();\n            done(false);\n          }\n        );\n      } catch (e) {\n        select();\n        done(false);\n      }\n    });\n    let sizeBeforePrint = null;\n    window.addEventListener("beforeprint", () => {\n      sizeBeforePrint = fSize.value;\n      fSize.value = "0";\n      show();\n    });\n    window.addEventListener("afterprint", () => {\n      if (sizeBeforePrint !== null) {\n        fSize.value = sizeBeforePrint;\n        sizeBeforePrint = null;\n        show();\n      }\n    });\n    $("controls").hidden = false;\n    show();\n  }\n  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", init);\n  else init();\n})();\n';
var CHART_BARS = 15;
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}
var CSP = [
  "default-src 'none'",
  `style-src 'sha256-${sha256(STYLE)}'`,
  `script-src 'sha256-${sha256(SCRIPT)}'`,
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
function bytes(n) {
  if (n < 1024) return `${num(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
function plural(n, one, many) {
  return `${num(n)} ${n === 1 ? one : many}`;
}
function header(r2) {
  const scope = r2.history ? `full history: ${plural(r2.commitsScanned, "commit", "commits")} scanned` : "working tree only (add <code>--history</code> to include past commits)";
  return `<header><h1>Secret audit of <code>${esc(r2.repository)}</code></h1><p class="meta">${r2.head ? `HEAD <code>${esc(r2.head.slice(0, 12))}</code> \xB7 ` : ""}${scope}, ${bytes(r2.bytesScanned)} read \xB7 generated <time datetime="${esc(r2.generatedAt)}">${esc(r2.generatedAt)}</time> by ${esc(r2.tool.name)} ${esc(r2.tool.version)}</p></header>`;
}
function card(metric, n, title, detail) {
  return `<div class="card m-${metric}" data-metric="${metric}"><span class="n">${num(n)}</span><span class="t">${esc(title)}</span><span class="d">${detail}</span></div>`;
}
function safeKinds(r2) {
  const kinds = /* @__PURE__ */ new Map();
  for (const s of r2.safe) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  if (kinds.size === 0) return "SealedSecrets, ExternalSecrets, SOPS and the like: none yet";
  return [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${esc(k)} ${num(n)}`).join(", ");
}
function headline(r2) {
  const s = r2.summary;
  const places = r2.entries.reduce((t, e) => t + e.occurrences, 0);
  const share = safeShare(s);
  const pct = Math.floor(share * 100);
  const verdict = s.live === 0 ? `<strong>No plaintext secret at HEAD.</strong>` : `<strong>${pct}% safe</strong>: ${plural(s.safe, "object keeps its values safe", "objects keep their values safe")}, ${plural(s.live, "plaintext secret is", "plaintext secrets are")} still live at HEAD.`;
  const label = `${pct}% of secret-carrying objects at HEAD are safe (${num(s.safe)} safe, ${num(s.live)} plaintext)`;
  const blocking = s.blocking ? `<p class="muted small" data-metric="blocking">${plural(s.blocking, "finding has", "findings have")} severity error and would block a commit.</p>` : "";
  return `<section id="headline" aria-label="Headline numbers"><div class="cards">` + card("distinct", s.distinct, "distinct secrets", `grouped by value; seen in ${plural(places, "place", "places")} across commits and files`) + card("live", s.live, "live at HEAD", "plaintext in the current tree: fix these now") + card("history", s.historyOnly, "in history only", "no longer in the tree but readable in git history: rotate") + card("safe", s.safe, "already safe", safeKinds(r2)) + `</div><div class="progress-block" data-share="${share.toFixed(4)}"><p>${verdict} Progress toward zero plaintext:</p>${progressBar(share, label)}${blocking}</div></section>`;
}
function charts(entries) {
  const legend = `<p class="legend"><span class="key k-live"></span>live at HEAD <span class="key k-history"></span>history only</p>`;
  return `<section id="charts"><h2>Where the secrets are</h2><div class="charts">` + barChart("chart-rules", "Secrets by rule", topBars(byRule(entries), CHART_BARS), legend) + barChart("chart-folders", "Secrets by top-level folder", topBars(byFolder(entries), CHART_BARS), legend) + timelineChart(timeline(entries)) + `</div></section>`;
}
function fixAll(entries) {
  const commands = [...new Set(entries.filter((e) => e.status === "live" && e.fixCommand).map((e) => e.fixCommand))].sort();
  const history = entries.filter((e) => e.status === "history").length;
  if (commands.length === 0 && history === 0) return "";
  let html = `<section id="todo"><h2>What to do</h2><div class="panel">`;
  if (commands.length) {
    html += `<p>Repair the live plaintext Secrets (run from the repository root; each file is backed up under <code>.git/sealgate/backups/</code>):</p><pre class="cmds" id="fix-commands">${commands.map(esc).join("\n")}</pre><button type="button" class="copy" aria-label="Copy all fix commands">Copy</button>`;
  }
  if (history) {
    html += `<p>${plural(history, "secret is", "secrets are")} gone from the tree but still readable by anyone with a clone: revoke and rotate ${history === 1 ? "it" : "them"} at the issuer. Rewriting history does not help copies already made.</p>`;
  }
  return html + `</div></section>`;
}
function option(value, label) {
  return `<option value="${esc(value)}">${esc(label)}</option>`;
}
function tableSection(entries) {
  const rules = byRule(entries).map((b) => b.label).sort();
  const folders = byFolder(entries).map((b) => b.label).sort();
  const controls = `<div class="controls" id="controls" hidden><label>Search<input type="search" id="q" placeholder="file, resource, author, commit\u2026" autocomplete="off"></label><label>Status<select id="f-status">${option("", "all")}${option("live", "live at HEAD")}${option("history", "history only")}</select></label><label>Severity<select id="f-severity">${option("", "all")}${option("error", "error")}${option("warning", "warning")}${option("note", "note")}</select></label><label>Rule<select id="f-rule">${option("", "all")}${rules.map((x) => option(x, x)).join("")}</select></label><label>Folder<select id="f-folder">${option("", "all")}${folders.map((x) => option(x, x)).join("")}</select></label><label>Rows per page<select id="f-size">${option("100", "100")}${option("250", "250")}${option("1000", "1,000")}${option("0", "all")}</select></label></div>`;
  return `<section id="table-section"><h2>Every secret</h2>${controls}<p class="count" id="count" aria-live="polite">${plural(entries.length, "secret", "secrets")}, all shown.</p><div class="tablewrap">${findingsTable(entries)}</div><nav class="pager" id="pager" aria-label="Table pages" hidden><button type="button" id="prev">\u2039 Previous</button><span id="pageinfo"></span><button type="button" id="next">Next \u203A</button></nav></section>`;
}
function safeSection(r2) {
  if (r2.safe.length === 0) return "";
  const items = r2.safe.map((s) => {
    const where = [s.namespace, s.name].filter(Boolean).join("/");
    return `<li><strong>${esc(s.kind)}</strong>${where ? ` ${esc(where)}` : ""} in <code>${esc(s.file)}</code></li>`;
  }).join("");
  return `<section id="safe"><h2>Already safe</h2><details class="panel"><summary>${plural(r2.safe.length, "object keeps", "objects keep")} values out of plaintext (${safeKinds(r2)})</summary><ul class="plain">${items}</ul></details></section>`;
}
function skippedSection(r2) {
  if (r2.skipped.length === 0) return "";
  const items = r2.skipped.map((s) => `<li><code>${esc(s.file)}</code>: ${esc(s.reason)}</li>`).join("");
  return `<section id="skipped"><h2>Not scanned</h2><details class="panel" open><summary>${plural(r2.skipped.length, "file was", "files were")} skipped; secrets in ${r2.skipped.length === 1 ? "it" : "them"} would not be counted above</summary><ul class="plain">${items}</ul></details></section>`;
}
function incompleteSection(r2) {
  if (!r2.incomplete?.length) return "";
  const items = r2.incomplete.map((s) => `<li>${esc(s)}</li>`).join("");
  return `<section id="incomplete" role="alert"><h2>Incomplete audit</h2><p>${plural(r2.incomplete.length, "part", "parts")} of the repository could not be read; secrets there are not counted below. Everything else is reported.</p><ul class="plain">${items}</ul></section>`;
}
function renderAuditHtml(report) {
  const title = `Secret audit: ${report.repository}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
<script>${SCRIPT}</script>
</head>
<body>
<main>
` + header(report) + incompleteSection(report) + headline(report) + charts(report.entries) + fixAll(report.entries) + tableSection(report.entries) + safeSection(report) + skippedSection(report) + `<footer>Secret values are masked unless the audit ran with <code>--show-secrets</code>. Generated by ${esc(report.tool.name)} ${esc(report.tool.version)}; this page loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
export {
  renderAuditHtml
};
