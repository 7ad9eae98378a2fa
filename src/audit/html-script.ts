// The HTML audit page's only script: sorting, filtering and paging of the server-rendered table.
// It reads everything from the DOM (no data is embedded in script, so nothing untrusted is ever in
// a script context), writes only text and nodes it moved, and is allowed by its hash in the CSP.
// Without it the page shows the complete table. Plain ES2017, kept as a string: it is not bundled.

export const SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  // Set before the body is parsed, so CSS can show only the first page of a huge table at once.
  doc.documentElement.classList.add('js');

  function fmt(n) { return n.toLocaleString('en-US'); }
  function $(id) { return doc.getElementById(id); }

  function init() {
    var table = $('findings');
    if (!table || !table.tBodies.length) return;
    var tbody = table.tBodies[0];
    var ths = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var items = [];
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      if (tr.classList.contains('none')) return;
      var keys = ths.map(function (th, c) {
        var td = tr.cells[c];
        var raw = td.hasAttribute('data-s') ? td.getAttribute('data-s') : td.textContent;
        if (th.getAttribute('data-type') === 'num') return raw === '' ? NaN : Number(raw);
        return raw.toLowerCase();
      });
      items.push({
        tr: tr, i: items.length, keys: keys, text: tr.textContent.toLowerCase(),
        status: tr.getAttribute('data-status'), severity: tr.getAttribute('data-severity'),
        rule: tr.getAttribute('data-rule'), folder: tr.getAttribute('data-folder')
      });
    });

    var q = $('q'), fStatus = $('f-status'), fSeverity = $('f-severity'), fRule = $('f-rule'),
      fFolder = $('f-folder'), fSize = $('f-size'), count = $('count'), pager = $('pager'),
      prev = $('prev'), next = $('next'), pageInfo = $('pageinfo');
    var sortCol = -1, sortDir = 1, page = 0, list = items;
    var noneRow = doc.createElement('tr');
    noneRow.className = 'none';
    noneRow.appendChild(doc.createElement('td')).colSpan = ths.length;
    noneRow.cells[0].textContent = items.length ? 'No secrets match these filters.' : 'No secrets found.';

    ths.forEach(function (th, c) {
      var label = th.textContent;
      var b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.title = 'Sort by ' + label;
      th.textContent = '';
      th.appendChild(b);
      b.addEventListener('click', function () {
        if (sortCol === c) sortDir = -sortDir; else { sortCol = c; sortDir = 1; }
        ths.forEach(function (h, k) {
          if (k === sortCol) h.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
          else h.removeAttribute('aria-sort');
        });
        filter();
      });
    });

    function compare(a, b) {
      var x = a.keys[sortCol], y = b.keys[sortCol];
      // Unknown values (no date) go last whichever way the column is sorted.
      var xn = typeof x === 'number' && isNaN(x), yn = typeof y === 'number' && isNaN(y);
      if (xn || yn) return xn && yn ? a.i - b.i : xn ? 1 : -1;
      if (x < y) return -sortDir;
      if (x > y) return sortDir;
      return a.i - b.i;
    }

    function filter() {
      var terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var st = fStatus.value, sv = fSeverity.value, ru = fRule.value, fo = fFolder.value;
      list = items.filter(function (it) {
        if (st && it.status !== st) return false;
        if (sv && it.severity !== sv) return false;
        if (ru && it.rule !== ru) return false;
        if (fo && it.folder !== fo) return false;
        for (var k = 0; k < terms.length; k++) if (it.text.indexOf(terms[k]) < 0) return false;
        return true;
      });
      if (sortCol >= 0) list.sort(compare);
      page = 0;
      show();
    }

    function show() {
      var size = Number(fSize.value) || list.length || 1;
      var pages = Math.max(1, Math.ceil(list.length / size));
      if (page >= pages) page = pages - 1;
      if (page < 0) page = 0;
      var from = page * size, to = Math.min(list.length, from + size);
      var frag = doc.createDocumentFragment();
      for (var k = from; k < to; k++) frag.appendChild(list[k].tr);
      if (!list.length) frag.appendChild(noneRow);
      tbody.textContent = '';
      tbody.appendChild(frag);
      var shown = list.length ? fmt(from + 1) + '\\u2013' + fmt(to) : '0';
      count.textContent = 'Showing ' + shown + ' of ' + fmt(list.length) +
        (list.length === items.length ? ' secrets' : ' matching secrets (' + fmt(items.length) + ' in all)');
      pageInfo.textContent = 'Page ' + fmt(page + 1) + ' of ' + fmt(pages);
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      pager.hidden = pages <= 1;
    }

    [q, fStatus, fSeverity, fRule, fFolder].forEach(function (el) { el.addEventListener('input', filter); });
    fSize.addEventListener('change', function () { page = 0; show(); });
    prev.addEventListener('click', function () { page--; show(); table.scrollIntoView({ block: 'start' }); });
    next.addEventListener('click', function () { page++; show(); table.scrollIntoView({ block: 'start' }); });

    // A bar in the rule or folder chart filters the table to it.
    function pick(select, value) {
      var ok = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      if (!ok) return;
      select.value = select.value === value ? '' : value;
      filter();
      $('table-section').scrollIntoView({ block: 'start' });
    }
    [['chart-rules', fRule], ['chart-folders', fFolder]].forEach(function (pair) {
      var chart = $(pair[0]);
      if (!chart) return;
      Array.prototype.forEach.call(chart.querySelectorAll('.bar-row:not([data-rest])'), function (li) {
        li.tabIndex = 0;
        li.setAttribute('role', 'button');
        li.title = 'Show only these in the table';
        function go() { pick(pair[1], li.getAttribute('data-label')); }
        li.addEventListener('click', go);
        li.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
      });
    });

    // Copy buttons next to fix commands: the clipboard when allowed, else select the text for Ctrl+C.
    doc.addEventListener('click', function (ev) {
      var btn = ev.target && ev.target.closest ? ev.target.closest('button.copy') : null;
      if (!btn) return;
      var code = btn.previousElementSibling;
      if (!code) return;
      function select() {
        var range = doc.createRange();
        range.selectNodeContents(code);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      }
      function done(ok) {
        btn.textContent = ok ? 'Copied' : 'Selected: press Ctrl+C';
        setTimeout(function () { btn.textContent = 'Copy'; }, 1600);
      }
      try {
        navigator.clipboard.writeText(code.textContent).then(function () { done(true); }, function () { select(); done(false); });
      } catch (e) { select(); done(false); }
    });

    // Print every matching row, not just the page on screen.
    var sizeBeforePrint = null;
    window.addEventListener('beforeprint', function () { sizeBeforePrint = fSize.value; fSize.value = '0'; show(); });
    window.addEventListener('afterprint', function () { if (sizeBeforePrint !== null) { fSize.value = sizeBeforePrint; sizeBeforePrint = null; show(); } });

    $('controls').hidden = false;
    show();
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', init); else init();
})();
`;
