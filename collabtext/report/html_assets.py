"""The report's inline stylesheet and script (kept in Python so that every install has them).

Colours: text #1a1a1a on white (contrast 17:1), links #0b5394 (8:1), muted text #4d4d4d (8.6:1),
highlights #ffe08a behind black text (15:1); chart colours are Okabe-Ito. The script only reads
``data-*`` attributes and toggles ``hidden``/classes and ``textContent``; it never builds HTML.
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { --ink: #1a1a1a; --muted: #4d4d4d; --line: #c8c8c8; --band: #f3f5f7; --link: #0b5394;
  --mark: #ffe08a; --mark-on: #ffc533; --neg: #e6e6e6;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45; font-size: 15px; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 3px solid #0072B2; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: .98rem; margin: 1.1rem 0 .35rem; }
.subtitle { font-weight: normal; color: var(--muted); font-size: .92rem; }
a { color: var(--link); }
a:focus-visible, select:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
.meta, .note, figcaption { color: var(--muted); font-size: .88rem; }
nav ol { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; margin: .6rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .86rem; margin: .4rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); border-bottom: 2px solid #8c8c8c; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.be { white-space: nowrap; } td.be span { margin-left: .35rem; font-variant-numeric: tabular-nums; }
svg.mini { vertical-align: middle; }
.scroll { overflow-x: auto; }
table.speakers { width: auto; min-width: 50%; }
table.overview th[scope="row"] { min-width: 16rem; max-width: 22rem; overflow-wrap: anywhere; font-weight: normal; }
table.overview td.themes { min-width: 11rem; }
figure.chart-fig { margin: .6rem 0 1.2rem; }
svg.chart { width: 100%; height: auto; max-width: 760px; display: block; }
dl.facts { display: flex; flex-wrap: wrap; gap: .2rem 1.4rem; margin: .3rem 0 .5rem; }
dl.facts div { display: flex; gap: .35rem; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; font-weight: 600; }
dl.labels { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; font-size: .88rem; }
dl.labels dt { color: var(--muted); } dl.labels dd { margin: 0; }
details { font-size: .86rem; margin-bottom: .4rem; }
article.doc { border-top: 1px solid var(--line); padding-top: .2rem; }
ul.flags { margin: 0; padding-left: 1rem; }
table.matrix td.st { text-align: center; font-weight: 600; }
td.st-present { background: #d7e9f7; } td.st-in_attendance { background: #e6f3fb; }
td.st-apologies { background: #fbe8c8; } td.st-absent { background: #eeeeee; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; position: sticky; top: 0;
  background: #fff; padding: .6rem 0; border-bottom: 1px solid var(--line); z-index: 1; }
form.filters label { display: flex; flex-direction: column; font-size: .82rem; color: var(--muted); gap: .15rem; }
select, button { font: inherit; font-size: .9rem; padding: .25rem .4rem; color: var(--ink); max-width: 22rem; }
button { background: var(--band); border: 1px solid #8c8c8c; border-radius: 3px; cursor: pointer; }
ol.ev-list { list-style: none; padding: 0; margin: 0; }
li.ev { border-left: 3px solid var(--line); padding: .25rem .7rem; margin: .5rem 0; }
.ev-meta { margin: 0; font-size: .8rem; color: var(--muted); }
.ev-meta .sec { font-style: italic; }
.ev-text { margin: .15rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); color: #000; padding: 0 .1em; border-radius: 2px; }
mark.neg { background: var(--neg); text-decoration: line-through; }
mark.on { background: var(--mark-on); outline: 1px solid #8a5a00; }
mark.dim { background: transparent; color: inherit; box-shadow: inset 0 -2px 0 #c9c9c9; }
ul.chips { list-style: none; padding: 0; margin: .2rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem; }
ul.chips li.on { background: var(--mark-on); border-color: #8a5a00; font-weight: 600; }
ul.chips li.dim { background: transparent; box-shadow: none; }
ul.chips li { font-size: .74rem; border: 1px solid #8c8c8c; border-radius: 9px; padding: 0 .45rem; color: var(--ink); }
[hidden] { display: none !important; }
footer { margin-top: 3rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
@media print {
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav, form.filters, #ev-count, details { display: none !important; }
  a { color: var(--ink); text-decoration: none; }
  h2 { break-before: page; } #overview h2 { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr, li.ev, dl { break-inside: avoid; }
  .scroll { overflow: visible; }
  mark, thead th, td.st { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg.chart { max-width: 100%; }
  @page { margin: 14mm 12mm; }
}
"""

JS = """
(function () {
  'use strict';
  var form = document.getElementById('ev-filters');
  if (!form) { return; }
  var fw = document.getElementById('f-fw');
  var cat = document.getElementById('f-cat');
  var doc = document.getElementById('f-doc');
  var count = document.getElementById('ev-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('li.ev'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.ev-doc'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('li.ev mark[data-l], ul.chips li[data-l]'));
  function tokens(el, name) { return (el.getAttribute(name) || '').split(' ').filter(Boolean); }
  function frameworkOf(token) { return token.split(':')[0]; }
  function wanted(list, f, c) {
    // A category also matches its sub-categories (barrier.structures -> barrier.structures.process).
    if (c) { return list.some(function (t) { return t === c || t.indexOf(c + '.') === 0; }); }
    if (f) { return list.some(function (t) { return frameworkOf(t) === f; }); }
    return true;
  }
  function syncCategories(f) {
    Array.prototype.forEach.call(cat.options, function (o) {
      if (!o.value) { return; }
      var ok = !f || o.getAttribute('data-fw') === f;
      o.hidden = !ok;
      o.disabled = !ok;
    });
    if (cat.value && f && frameworkOf(cat.value) !== f) { cat.value = ''; }
  }
  function update() {
    var f = fw.value;
    syncCategories(f);
    var c = cat.value, d = doc.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!d || r.getAttribute('data-doc') === d) && wanted(tokens(r, 'data-labels'), f, c);
      r.hidden = !ok;
      if (ok) { shown += 1; }
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('li.ev:not([hidden])'); });
    marks.forEach(function (m) {
      var hit = (f || c) ? wanted(tokens(m, 'data-l'), f, c) : false;
      m.classList.toggle('on', hit);
      m.classList.toggle('dim', Boolean(f || c) && !hit);
    });
    count.textContent = shown + ' of ' + rows.length + ' passages shown';
  }
  fw.addEventListener('change', update);
  cat.addEventListener('change', update);
  doc.addEventListener('change', update);
  document.getElementById('f-reset').addEventListener('click', function () {
    fw.value = ''; cat.value = ''; doc.value = ''; update();
  });
  form.hidden = false;
  update();
}());
"""


def script_hash(script: str = JS) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


CSP = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_hash()}; base-uri 'none'; form-action 'none'"
