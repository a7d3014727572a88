// Checked figures in the reader: a quiet underline and a small mark per
// verdict, a tip with the store's figure and source on hover, the rows behind
// it on click, and a summary line above the document. Everything is set as
// text (textContent), never as HTML.
'use strict';

window.stratosClaims = (function () {
  const LABEL = { 'agrees': 'Agrees with the store', 'differs': 'Differs from the store',
                  'no data': 'No data in the store', 'unclear': 'Unclear' };
  const CLASS = { 'agrees': 'agrees', 'differs': 'differs', 'no data': 'nodata', 'unclear': 'unclear' };
  let items = [];

  function byId(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The summary line and the rows panel live in the document's header.
  function ensureChrome() {
    let line = byId('claims-summary');
    if (!line) {
      line = el('p', '');
      line.id = 'claims-summary';
      const header = document.querySelector('#doc header');
      if (header) header.appendChild(line);
    }
    let tip = byId('claim-tip');
    if (!tip) {
      tip = el('div', '');
      tip.id = 'claim-tip';
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    let panel = byId('claim-rows');
    if (!panel) {
      panel = el('aside', '');
      panel.id = 'claim-rows';
      panel.hidden = true;
      document.body.appendChild(panel);
    }
    return { line, tip, panel };
  }

  // Splits the text nodes of box at the claims' offsets into the raw text and
  // wraps each claim's part in a span. Page headings stand for their raw marker.
  function wrap(box, list) {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    const texts = [];
    let offset = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.classList.contains('page')) offset = Number(n.dataset.end || offset);
        continue;
      }
      if (n.parentElement && n.parentElement.classList.contains('page')) continue;
      // Rendered Markdown leaves its markup out: a text node says where it starts in the raw text.
      if (n.srcStart !== undefined) offset = n.srcStart;
      texts.push({ node: n, start: offset });
      offset += n.data.length;
    }
    for (const t of texts) {
      let node = t.node, start = t.start;
      for (const c of list) {
        const end = start + node.data.length;
        if (c.end <= start || c.start >= end) continue;
        const a = Math.max(c.start, start) - start;
        const b = Math.min(c.end, end) - start;
        const middle = a > 0 ? node.splitText(a) : node;
        const rest = b - a < middle.data.length ? middle.splitText(b - a) : null;
        const span = el('span', 'claim claim-' + (CLASS[c.verdict] || 'unclear'));
        span.dataset.claim = String(c.index);
        span.dataset.verdict = c.verdict;
        middle.parentNode.replaceChild(span, middle);
        span.appendChild(middle);
        if (!rest) break;
        node = rest;
        start += b;
      }
    }
  }

  function tipText(c) {
    const lines = [LABEL[c.verdict] || c.verdict, 'Read as: ' + c.claim];
    if (c.storeFigure) lines.push('Store: ' + c.storeFigure + (c.rowsSummary ? ' (' + c.rowsSummary + ')' : ''));
    if (c.source) lines.push('Source: ' + c.source);
    if (c.note) lines.push(c.note);
    return lines.join('\n');
  }

  function showTip(span) {
    const c = items[Number(span.dataset.claim)];
    const tip = byId('claim-tip');
    if (!c || !tip) return;
    tip.textContent = tipText(c);
    tip.dataset.claim = span.dataset.claim;
    tip.hidden = false;
    const r = span.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)) + 'px';
    tip.style.top = (r.bottom + 6 + tip.offsetHeight > window.innerHeight ? r.top - tip.offsetHeight - 6 : r.bottom + 6) + 'px';
  }

  function hideTip() { const tip = byId('claim-tip'); if (tip) tip.hidden = true; }

  // The rows behind a figure, as Ask's data citations show them.
  function openRows(index) {
    const c = items[index];
    const panel = byId('claim-rows');
    if (!c || !panel) return false;
    panel.textContent = '';
    const close = el('button', 'close', '×');
    close.title = 'Close';
    close.addEventListener('click', () => { panel.hidden = true; });
    panel.appendChild(close);
    panel.appendChild(el('p', 'kicker', 'Data from the store'));
    panel.appendChild(el('h2', '', c.figure + ' — ' + (LABEL[c.verdict] || c.verdict)));
    panel.appendChild(el('p', 'claim-read', c.claim + (c.storeFigure ? ' · store: ' + c.storeFigure : '')));
    const list = el('ul', 'rows');
    for (const r of c.rows || []) list.appendChild(el('li', '', r.text + '  [' + r.table + ']'));
    if (!(c.rows || []).length) list.appendChild(el('li', 'none', c.note || 'No rows: the store has nothing for this figure.'));
    panel.appendChild(list);
    if (c.source) panel.appendChild(el('p', 'source', 'Source: ' + c.source));
    panel.hidden = false;
    panel.dataset.claim = String(index);
    return true;
  }

  // Called by the reader after it has rendered a document.
  function apply(box, claims) {
    const chrome = ensureChrome();
    chrome.tip.hidden = true;
    chrome.panel.hidden = true;
    items = (claims && Array.isArray(claims.items)) ? claims.items : [];
    items.forEach((c, i) => { c.index = i; });
    chrome.line.textContent = claims && claims.summary ? claims.summary : '';
    chrome.line.hidden = !chrome.line.textContent;
    if (!items.length) return 0;
    wrap(box, items.slice().sort((a, b) => a.start - b.start));
    for (const span of box.querySelectorAll('span.claim')) {
      span.addEventListener('mouseenter', () => showTip(span));
      span.addEventListener('mouseleave', hideTip);
      span.addEventListener('click', () => openRows(Number(span.dataset.claim)));
    }
    return box.querySelectorAll('span.claim').length;
  }

  return { apply, openRows };
})();
