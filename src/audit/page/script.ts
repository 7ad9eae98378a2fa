// The HTML audit page's only script: sorting, filtering and paging of the server-rendered table.
// It reads everything from the DOM (no data is embedded in script, so nothing untrusted is ever in
// a script context), writes only text and nodes it moved, and is allowed by its hash in the CSP.
// Without it the page shows the complete table. Browser code: type-checked with the DOM library
// (tsconfig.page.json) and bundled to one ES2017 IIFE that html.ts inlines (scripts/build-options.mjs).

interface Item {
  tr: HTMLTableRowElement;
  i: number;
  keys: (string | number)[];
  text: string;
  status: string | null;
  severity: string | null;
  rule: string | null;
  folder: string | null;
}

const doc = document;
// Set before the body is parsed, so CSS can show only the first page of a huge table at once.
doc.documentElement.classList.add('js');

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  return doc.getElementById(id) as T;
}

function init(): void {
  const table = doc.getElementById('findings') as HTMLTableElement | null;
  if (!table || !table.tBodies.length || !table.tHead) return;
  const tbody = table.tBodies[0]!;
  const ths = Array.prototype.slice.call(table.tHead.rows[0]!.cells) as HTMLTableCellElement[];
  const items: Item[] = [];
  Array.prototype.forEach.call(tbody.rows, (tr: HTMLTableRowElement) => {
    if (tr.classList.contains('none')) return;
    const keys = ths.map((th, c) => {
      const td = tr.cells[c]!;
      const raw = (td.hasAttribute('data-s') ? td.getAttribute('data-s') : td.textContent) ?? '';
      if (th.getAttribute('data-type') === 'num') return raw === '' ? NaN : Number(raw);
      return raw.toLowerCase();
    });
    items.push({
      tr,
      i: items.length,
      keys,
      text: (tr.textContent ?? '').toLowerCase(),
      status: tr.getAttribute('data-status'),
      severity: tr.getAttribute('data-severity'),
      rule: tr.getAttribute('data-rule'),
      folder: tr.getAttribute('data-folder'),
    });
  });

  const q = $<HTMLInputElement>('q');
  const fStatus = $<HTMLSelectElement>('f-status');
  const fSeverity = $<HTMLSelectElement>('f-severity');
  const fRule = $<HTMLSelectElement>('f-rule');
  const fFolder = $<HTMLSelectElement>('f-folder');
  const fSize = $<HTMLSelectElement>('f-size');
  const count = $('count');
  const pager = $('pager');
  const prev = $<HTMLButtonElement>('prev');
  const next = $<HTMLButtonElement>('next');
  const pageInfo = $('pageinfo');
  let sortCol = -1;
  let sortDir = 1;
  let page = 0;
  let list = items;
  const noneRow = doc.createElement('tr');
  noneRow.className = 'none';
  noneRow.appendChild(doc.createElement('td')).colSpan = ths.length;
  noneRow.cells[0]!.textContent = items.length ? 'No secrets match these filters.' : 'No secrets found.';

  ths.forEach((th, c) => {
    const label = th.textContent ?? '';
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.title = 'Sort by ' + label;
    th.textContent = '';
    th.appendChild(b);
    b.addEventListener('click', () => {
      if (sortCol === c) sortDir = -sortDir;
      else {
        sortCol = c;
        sortDir = 1;
      }
      ths.forEach((h, k) => {
        if (k === sortCol) h.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        else h.removeAttribute('aria-sort');
      });
      filter();
    });
  });

  function compare(a: Item, b: Item): number {
    const x = a.keys[sortCol]!;
    const y = b.keys[sortCol]!;
    // Unknown values (no date) go last whichever way the column is sorted.
    const xn = typeof x === 'number' && isNaN(x);
    const yn = typeof y === 'number' && isNaN(y);
    if (xn || yn) return xn && yn ? a.i - b.i : xn ? 1 : -1;
    if (x < y) return -sortDir;
    if (x > y) return sortDir;
    return a.i - b.i;
  }

  function filter(): void {
    const terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    const st = fStatus.value;
    const sv = fSeverity.value;
    const ru = fRule.value;
    const fo = fFolder.value;
    list = items.filter((it) => {
      if (st && it.status !== st) return false;
      if (sv && it.severity !== sv) return false;
      if (ru && it.rule !== ru) return false;
      if (fo && it.folder !== fo) return false;
      for (let k = 0; k < terms.length; k++) if (it.text.indexOf(terms[k]!) < 0) return false;
      return true;
    });
    if (sortCol >= 0) list.sort(compare);
    page = 0;
    show();
  }

  function show(): void {
    const size = Number(fSize.value) || list.length || 1;
    const pages = Math.max(1, Math.ceil(list.length / size));
    if (page >= pages) page = pages - 1;
    if (page < 0) page = 0;
    const from = page * size;
    const to = Math.min(list.length, from + size);
    const frag = doc.createDocumentFragment();
    for (let k = from; k < to; k++) frag.appendChild(list[k]!.tr);
    if (!list.length) frag.appendChild(noneRow);
    tbody.textContent = '';
    tbody.appendChild(frag);
    const shown = list.length ? fmt(from + 1) + '\u2013' + fmt(to) : '0';
    count.textContent =
      'Showing ' + shown + ' of ' + fmt(list.length) + (list.length === items.length ? ' secrets' : ' matching secrets (' + fmt(items.length) + ' in all)');
    pageInfo.textContent = 'Page ' + fmt(page + 1) + ' of ' + fmt(pages);
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    pager.hidden = pages <= 1;
  }

  [q, fStatus, fSeverity, fRule, fFolder].forEach((el) => el.addEventListener('input', filter));
  fSize.addEventListener('change', () => {
    page = 0;
    show();
  });
  prev.addEventListener('click', () => {
    page--;
    show();
    table.scrollIntoView({ block: 'start' });
  });
  next.addEventListener('click', () => {
    page++;
    show();
    table.scrollIntoView({ block: 'start' });
  });

  // A bar in the rule or folder chart filters the table to it.
  function pick(select: HTMLSelectElement, value: string | null): void {
    const ok = Array.prototype.some.call(select.options, (o: HTMLOptionElement) => o.value === value);
    if (!ok || value === null) return;
    select.value = select.value === value ? '' : value;
    filter();
    $('table-section').scrollIntoView({ block: 'start' });
  }
  ([['chart-rules', fRule], ['chart-folders', fFolder]] as const).forEach(([id, select]) => {
    const chart = doc.getElementById(id);
    if (!chart) return;
    Array.prototype.forEach.call(chart.querySelectorAll('.bar-row:not([data-rest])'), (li: HTMLElement) => {
      li.tabIndex = 0;
      li.setAttribute('role', 'button');
      li.title = 'Show only these in the table';
      const go = () => pick(select, li.getAttribute('data-label'));
      li.addEventListener('click', go);
      li.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          go();
        }
      });
    });
  });

  // Copy buttons next to fix commands: the clipboard when allowed, else select the text for Ctrl+C.
  doc.addEventListener('click', (ev) => {
    const target = ev.target as Element | null;
    const btn = target && target.closest ? (target.closest('button.copy') as HTMLButtonElement | null) : null;
    if (!btn) return;
    const code = btn.previousElementSibling;
    if (!code) return;
    const select = () => {
      const range = doc.createRange();
      range.selectNodeContents(code);
      const sel = window.getSelection();
      if (!sel) return;
      sel.removeAllRanges();
      sel.addRange(range);
    };
    const done = (ok: boolean) => {
      btn.textContent = ok ? 'Copied' : 'Selected: press Ctrl+C';
      setTimeout(() => {
        btn.textContent = 'Copy';
      }, 1600);
    };
    try {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => done(true),
        () => {
          select();
          done(false);
        },
      );
    } catch {
      select();
      done(false);
    }
  });

  // Print every matching row, not just the page on screen.
  let sizeBeforePrint: string | null = null;
  window.addEventListener('beforeprint', () => {
    sizeBeforePrint = fSize.value;
    fSize.value = '0';
    show();
  });
  window.addEventListener('afterprint', () => {
    if (sizeBeforePrint !== null) {
      fSize.value = sizeBeforePrint;
      sizeBeforePrint = null;
      show();
    }
  });

  $('controls').hidden = false;
  show();
}

if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init);
else init();
