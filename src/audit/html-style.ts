// The HTML audit page's stylesheet, inlined (the page fetches nothing) and allowed by its hash in the CSP.
// System fonts only; light and dark themes; below 900px the table turns into one card per secret.

export const STYLE = `
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
