// The reader: shows one document, or one data fact, and highlights a character
// span. Everything from the document is set as text (textContent), never as
// HTML, so markup in a document stays inert.
'use strict';

window.stratosReader = (function () {
  const PAGE_MARKER = /(^|\n)\[Page (\d+)\]\n/g;

  function byId(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // [start, end) pieces of text: plain runs and (for PDFs) page markers.
  function segments(text, pdf) {
    const out = [];
    let last = 0;
    if (pdf) {
      let m;
      PAGE_MARKER.lastIndex = 0;
      while ((m = PAGE_MARKER.exec(text)) !== null) {
        const at = m.index + m[1].length;
        if (at > last) out.push({ start: last, end: at, page: 0 });
        out.push({ start: at, end: PAGE_MARKER.lastIndex, page: Number(m[2]) });
        last = PAGE_MARKER.lastIndex;
      }
    }
    if (last < text.length) out.push({ start: last, end: text.length, page: 0 });
    return out;
  }

  // Appends text[a, b) to parent, wrapping the part inside [hs, he) in <mark>.
  function appendRun(parent, text, a, b, hs, he) {
    const s = Math.max(a, Math.min(b, hs));
    const e = Math.max(s, Math.min(b, he));
    // Each text node knows where it starts in the raw text (srcStart, a property, not
    // an attribute): rendered Markdown leaves markup out, and claims.js maps offsets.
    const textNode = (from, to) => {
      const t = document.createTextNode(text.slice(from, to));
      t.srcStart = from;
      return t;
    };
    if (s > a) parent.appendChild(textNode(a, s));
    if (e > s) {
      const m = el('mark', 'hl');
      m.appendChild(textNode(s, e));
      m.dataset.from = String(s); // the source range, so a rendered highlight can be checked
      m.dataset.to = String(e);
      parent.appendChild(m);
    }
    if (b > e) parent.appendChild(textNode(e, b));
  }

  function show(p) {
    byId('empty').hidden = true;
    byId('data').hidden = true;
    const doc = byId('doc');
    doc.hidden = false;
    byId('title').textContent = p.title || '';
    byId('meta').textContent = p.meta || '';
    byId('url').textContent = p.url || '';
    const box = byId('text');
    box.textContent = '';
    const text = String(p.text || '');
    const hs = Number.isInteger(p.start) ? p.start : -1;
    const he = Number.isInteger(p.end) ? p.end : -1;
    box.classList.toggle('rendered', !!p.markdown || !!p.paragraphs);
    const run = (parent, a, b) => appendRun(parent, text, a, b, hs, he);
    for (const seg of segments(text, !!p.pdf)) {
      if (seg.page) {
        const heading = box.appendChild(el('div', 'page', 'Page ' + seg.page));
        heading.dataset.end = String(seg.end); // where the raw text resumes (claims.js)
        continue;
      }
      if (p.markdown) window.stratosMarkdown.render(box, text, seg.start, seg.end, run);
      else if (p.paragraphs) window.stratosMarkdown.renderParagraphs(box, text, seg.start, seg.end, run);
      else appendRun(box, text, seg.start, seg.end, hs, he);
    }
    if (window.stratosClaims) stratosClaims.apply(box, p.claims);
    const first = box.querySelector('mark.hl');
    if (first) {
      first.id = 'hl-first';
      first.scrollIntoView({ block: 'center' });
    } else {
      window.scrollTo(0, 0);
    }
    document.body.dataset.shown = String(p.token || '');
    return document.querySelectorAll('mark.hl').length;
  }

  function showData(p) {
    byId('empty').hidden = true;
    byId('doc').hidden = true;
    byId('data').hidden = false;
    byId('data-label').textContent = p.label || '';
    byId('data-text').textContent = p.text || '';
    byId('data-table').textContent = p.table || '';
    byId('data-rows').textContent = p.rows || '';
    window.scrollTo(0, 0);
    document.body.dataset.shown = String(p.token || '');
  }

  function highlighted() {
    return Array.from(document.querySelectorAll('mark.hl')).map(m => m.textContent).join('');
  }

  function setTheme(dark) { document.documentElement.classList.toggle('dark', !!dark); }

  return { show, showData, highlighted, setTheme };
})();
