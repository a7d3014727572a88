// Markdown in the reader: headings, lists, tables, links, code and emphasis
// rendered as elements built from the source, each text node made from a
// [start, end) range of the source, so the cited span is highlighted exactly
// where it is, even inside a table cell. Markup characters are not shown;
// nothing from the document is ever parsed as HTML.
'use strict';

window.stratosMarkdown = (function () {
  // run(parent, a, b): appends source [a, b) as text, highlighted where cited.
  function inline(parent, src, a, b, run) {
    const re = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+)\*\*|`([^`\n]+)`|\*([^*\n]+)\*|_([^_\n]+)_/g;
    re.lastIndex = a;
    let last = a;
    let m;
    const slice = src.slice(0, b);
    while ((m = re.exec(slice)) !== null) {
      if (m.index > last) run(parent, last, m.index);
      let tag = 'strong', inner = m.index + 2, len = 0;
      if (m[1] !== undefined) { tag = 'span'; inner = m.index + 1; len = m[1].length; }
      else if (m[3] !== undefined) { tag = 'strong'; inner = m.index + 2; len = m[3].length; }
      else if (m[4] !== undefined) { tag = 'code'; inner = m.index + 1; len = m[4].length; }
      else if (m[5] !== undefined) { tag = 'em'; inner = m.index + 1; len = m[5].length; }
      else { tag = 'em'; inner = m.index + 1; len = m[6].length; }
      const e = document.createElement(tag);
      if (m[1] !== undefined) { // a link: its text, styled, never an anchor (the reader follows nothing)
        e.title = m[2];
        e.className = 'md-link';
      }
      run(e, inner, inner + len);
      parent.appendChild(e);
      last = re.lastIndex;
    }
    if (b > last) run(parent, last, b);
  }

  function lines(src, from, to) {
    const out = [];
    let s = from;
    while (s < to) {
      let e = src.indexOf('\n', s);
      if (e < 0 || e > to) e = to;
      out.push({ start: s, end: e, text: src.slice(s, e) });
      s = e + 1;
    }
    return out;
  }

  // Cells of a table row with their source ranges (leading/trailing pipes dropped).
  function cells(line) {
    const out = [];
    let s = line.start;
    const t = line.text;
    let i = 0;
    while (i < t.length && t[i] === ' ') i++;
    if (t[i] === '|') i++;
    let cellStart = i;
    for (; i <= t.length; i++) {
      if (i === t.length || (t[i] === '|' && t[i - 1] !== '\\')) {
        let a = cellStart, b = i;
        while (a < b && t[a] === ' ') a++;
        while (b > a && t[b - 1] === ' ') b--;
        if (!(i === t.length && a === b && cellStart === t.length)) out.push({ start: s + a, end: s + b });
        cellStart = i + 1;
      }
    }
    if (out.length && out[out.length - 1].start === out[out.length - 1].end && t.trimEnd().endsWith('|')) out.pop();
    return out;
  }

  const DELIM = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

  function render(box, src, from, to, run) {
    const ls = lines(src, from, to);
    let i = 0;
    let para = null;
    let list = null;
    const close = () => { para = null; list = null; };
    while (i < ls.length) {
      const l = ls[i];
      const t = l.text;
      let m;
      if (/^\s*$/.test(t)) { close(); i++; continue; }
      if (/^\s*```/.test(t)) { // fenced code: shown as it is
        close();
        const pre = document.createElement('pre');
        const code = document.createElement('code');
        let j = i + 1;
        while (j < ls.length && !/^\s*```/.test(ls[j].text)) j++;
        if (j > i + 1) run(code, ls[i + 1].start, ls[j - 1].end);
        pre.appendChild(code);
        box.appendChild(pre);
        i = Math.min(j + 1, ls.length);
        continue;
      }
      if ((m = /^(#{1,6})\s+/.exec(t)) !== null) {
        close();
        const h = document.createElement('h' + Math.min(6, m[1].length + 1));
        h.className = 'md-h';
        let end = l.end;
        while (end > l.start + m[0].length && src[end - 1] === '#') end--;
        inline(h, src, l.start + m[0].length, end, run);
        box.appendChild(h);
        i++;
        continue;
      }
      if (t.includes('|') && i + 1 < ls.length && DELIM.test(ls[i + 1].text)) {
        close();
        const table = document.createElement('table');
        table.className = 'md-table';
        const head = document.createElement('tr');
        for (const c of cells(l)) {
          const th = document.createElement('th');
          inline(th, src, c.start, c.end, run);
          head.appendChild(th);
        }
        table.appendChild(head);
        let j = i + 2;
        while (j < ls.length && ls[j].text.includes('|') && !/^\s*$/.test(ls[j].text)) {
          const tr = document.createElement('tr');
          for (const c of cells(ls[j])) {
            const td = document.createElement('td');
            inline(td, src, c.start, c.end, run);
            tr.appendChild(td);
          }
          table.appendChild(tr);
          j++;
        }
        box.appendChild(table);
        i = j;
        continue;
      }
      if ((m = /^\s*([-*+]|\d{1,3}[.)])\s+/.exec(t)) !== null) {
        const ordered = /\d/.test(m[1]);
        if (!list || list.ordered !== ordered) {
          list = document.createElement(ordered ? 'ol' : 'ul');
          list.ordered = ordered;
          box.appendChild(list);
        }
        para = null;
        const li = document.createElement('li');
        inline(li, src, l.start + m[0].length, l.end, run);
        list.appendChild(li);
        i++;
        continue;
      }
      if ((m = /^\s*>\s?/.exec(t)) !== null) {
        close();
        const q = document.createElement('blockquote');
        inline(q, src, l.start + m[0].length, l.end, run);
        box.appendChild(q);
        i++;
        continue;
      }
      if (list && /^\s{2,}\S/.test(t)) { // a list item's continuation line
        const li = list.lastChild;
        run(li, l.start - 1, l.start);
        inline(li, src, l.start, l.end, run);
        i++;
        continue;
      }
      if (!para) {
        list = null;
        para = document.createElement('p');
        box.appendChild(para);
      } else {
        run(para, l.start - 1, l.start); // the line break, shown as a space
      }
      inline(para, src, l.start, l.end, run);
      i++;
    }
  }

  // Plain text: one paragraph per blank-line-separated block.
  function renderParagraphs(box, src, from, to, run) {
    const re = /\n[ \t]*\n\s*/g;
    re.lastIndex = from;
    let s = from;
    let m;
    const slice = src.slice(0, to);
    while (true) {
      m = re.exec(slice);
      const e = m ? m.index : to;
      if (e > s) {
        const p = document.createElement('p');
        run(p, s, e);
        box.appendChild(p);
      }
      if (!m) break;
      // The blank lines stay as text between the paragraphs: the box's text is the document's.
      box.appendChild(document.createTextNode(src.slice(e, re.lastIndex)));
      s = re.lastIndex;
    }
  }

  return { render, renderParagraphs };
})();
