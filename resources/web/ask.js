// The Ask panel's page. It talks to the app only through the QWebChannel
// bridge. Questions, answers and document text are untrusted: they are put in
// the page as text nodes, and citations are built with createElement.
'use strict';

(function () {
  let bridge = null;
  let busy = false;
  const messages = new Map(); // id -> { id, role, text, status, error, sources, node }
  // The same grammar as the app's citation check: [3], [1, 2], [1; 4], [2-4].
  const CITE = /\[\s*(\d{1,4}(?:\s*[-\u2013,;]\s*\d{1,4})*)\s*\]/g;
  const ITEM = /(\d{1,4})(?:\s*[-\u2013]\s*(\d{1,4}))?/g;

  function numbers(inside) {
    const out = [];
    let m;
    ITEM.lastIndex = 0;
    while ((m = ITEM.exec(inside)) !== null) {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      // A long range ("[1-999]") is one invented citation, as in the app.
      if (to < from || to - from > 10) { out.push({ n: from, bad: true }); continue; }
      for (let n = from; n <= to; n++) out.push({ n, bad: false });
    }
    return out;
  }

  function byId(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function button(label, cls, onClick) {
    const b = el('button', cls, label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function sourceByNumber(msg, n) { return (msg.sources || []).find(s => s.n === n); }

  // Citations in the order they first appear; invented ones separately.
  function citations(msg) {
    const cited = [], invented = [];
    const text = msg.text || '';
    CITE.lastIndex = 0;
    let m;
    while ((m = CITE.exec(text)) !== null) {
      for (const { n, bad } of numbers(m[1])) {
        const list = !bad && sourceByNumber(msg, n) ? cited : invented;
        if (!list.includes(n)) list.push(n);
      }
    }
    return { cited, invented };
  }

  // Markdown links in quoted text ("[CNBC](https://...)") read as their label;
  // the address is only a tooltip, never a link the page could follow.
  const MD_LINK = /\[([^\[\]\n]{1,120})\]\((https?:\/\/[^\s()]{1,500})\)/g;
  function appendText(box, text) {
    let last = 0;
    let m;
    MD_LINK.lastIndex = 0;
    while ((m = MD_LINK.exec(text)) !== null) {
      if (m.index > last) box.appendChild(document.createTextNode(text.slice(last, m.index)));
      const ref = el('span', 'ref', m[1]);
      ref.title = m[2];
      box.appendChild(ref);
      last = MD_LINK.lastIndex;
    }
    if (last < text.length) box.appendChild(document.createTextNode(text.slice(last)));
  }

  // A cited passage with a figure that differs from the store's data says so.
  function noteDiffers(parent, src) {
    if (!src || !Array.isArray(src.differs) || !src.differs.length) return;
    parent.appendChild(el('span', 'cite-differs', ' (differs from the data: ' + src.differs.join('; ') + ')'));
  }

  function renderBody(box, msg) {
    box.textContent = '';
    const text = msg.text || '';
    let last = 0;
    CITE.lastIndex = 0;
    let m;
    while ((m = CITE.exec(text)) !== null) {
      if (m.index > last) appendText(box, text.slice(last, m.index));
      for (const { n, bad } of numbers(m[1])) {
        const src = bad ? null : sourceByNumber(msg, n);
        if (src) {
          const a = el('a', 'cite' + (src.kind === 'data' ? ' data' : ''), '[' + n + ']');
          a.href = '#';
          a.dataset.msg = String(msg.id);
          a.dataset.n = String(n);
          a.title = src.title + (src.location ? ' — ' + src.location : '');
          box.appendChild(a);
          noteDiffers(box, src);
        } else {
          const s = el('span', 'cite invented', '[' + n + ']');
          s.title = 'Not one of the sources given to the model: this citation was invented';
          box.appendChild(s);
        }
      }
      last = CITE.lastIndex;
    }
    if (last < text.length) appendText(box, text.slice(last));
    if (msg.status === 'streaming') box.appendChild(el('span', 'caret'));
  }

  function renderSources(box, msg) {
    box.textContent = '';
    if (msg.status === 'streaming') return;
    const { cited, invented } = citations(msg);
    if (cited.length) {
      box.appendChild(el('div', 'label', 'Sources'));
      const list = el('ol', 'sources');
      for (const n of cited) {
        const s = sourceByNumber(msg, n);
        const li = el('li');
        const a = el('a', 'cite' + (s.kind === 'data' ? ' data' : ''), '[' + n + ']');
        a.href = '#';
        a.dataset.msg = String(msg.id);
        a.dataset.n = String(n);
        li.appendChild(a);
        li.appendChild(el('span', 'src-title', (s.kind === 'data' ? 'Data: ' : '') + s.title));
        if (s.location) li.appendChild(el('span', 'src-loc', s.location));
        noteDiffers(li, s);
        list.appendChild(li);
      }
      box.appendChild(list);
    } else if (msg.status === 'ok' && (msg.text || '').trim()) {
      box.appendChild(el('div', 'warn', 'This answer cites none of the passages it was given. Check it against your documents before you rely on it.'));
    }
    if (invented.length) {
      box.appendChild(el('div', 'warn',
        'Flagged: ' + invented.map(n => '[' + n + ']').join(' ') +
        (invented.length === 1 ? ' was' : ' were') + ' not among the sources given to the model, so ' +
        (invented.length === 1 ? 'it is' : 'they are') + ' not sources.'));
    }
  }

  function renderMessage(msg) {
    if (!msg.node) {
      msg.node = el('div', 'msg ' + msg.role);
      msg.node.dataset.id = String(msg.id);
      if (msg.role === 'assistant') {
        msg.node.appendChild(el('div', 'body'));
        msg.node.appendChild(el('div', 'error'));
        msg.node.appendChild(el('div', 'foot'));
        const actions = el('div', 'actions');
        actions.appendChild(button('Copy answer', 'small', () => bridge && bridge.copyAnswer(msg.id)));
        msg.node.appendChild(actions);
      }
      byId('log').appendChild(msg.node);
    }
    if (msg.role === 'user') {
      msg.node.textContent = msg.text;
      return;
    }
    msg.node.classList.toggle('streaming', msg.status === 'streaming');
    renderBody(msg.node.querySelector('.body'), msg);
    const err = msg.node.querySelector('.error');
    err.textContent = msg.status === 'stopped' ? 'Stopped.' : msg.status === 'failed' ? (msg.error || 'Failed.') : '';
    err.className = 'error ' + msg.status;
    renderSources(msg.node.querySelector('.foot'), msg);
    msg.node.querySelector('.actions').hidden = msg.status === 'streaming' || !(msg.text || '').trim();
  }

  let scheduled = new Set();
  function scheduleRender(msg) {
    if (scheduled.size === 0) {
      requestAnimationFrame(() => {
        const list = Array.from(scheduled);
        scheduled = new Set();
        list.forEach(renderMessage);
        scrollToEnd();
      });
    }
    scheduled.add(msg);
  }

  function scrollToEnd() {
    const s = byId('scroll');
    s.scrollTop = s.scrollHeight;
  }

  function updateEmpty() { byId('empty').hidden = messages.size > 0; }

  function addMessage(m) {
    const msg = Object.assign({ sources: [], text: '', status: 'ok' }, m);
    messages.set(msg.id, msg);
    renderMessage(msg);
    updateEmpty();
    scrollToEnd();
  }

  function setBusy(b) {
    busy = b;
    const send = byId('send');
    send.textContent = b ? 'Stop' : 'Ask';
    send.classList.toggle('stop', b);
    document.body.dataset.busy = b ? '1' : '0';
  }

  function submit() {
    if (!bridge) return;
    if (busy) {
      bridge.stop();
      return;
    }
    const q = byId('question').value.trim();
    if (!q) return;
    byId('question').value = '';
    autosize();
    bridge.ask(q);
  }

  function autosize() {
    const t = byId('question');
    t.style.height = 'auto';
    t.style.height = Math.min(t.scrollHeight, 160) + 'px';
  }

  function toast(text) {
    const t = byId('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 3500);
  }

  function connect(b) {
    bridge = b;
    b.conversationLoaded.connect(list => {
      messages.clear();
      byId('log').textContent = '';
      (list || []).forEach(addMessage);
      updateEmpty();
    });
    b.messageAdded.connect(addMessage);
    b.tokenReceived.connect((id, text) => {
      const msg = messages.get(id);
      if (!msg) return;
      msg.text += text;
      scheduleRender(msg);
    });
    const mergeMessage = m => {
      const msg = messages.get(m.id);
      if (!msg) return addMessage(m);
      Object.assign(msg, m);
      scheduleRender(msg);
    };
    b.messageFinished.connect(mergeMessage);
    b.messageUpdated.connect(mergeMessage);
    b.busyChanged.connect(setBusy);
    b.notice.connect(toast);
    b.backendChanged.connect(label => {
      byId('backend').textContent = label;
      byId('backend').title = label + ' (change it in Ask → Settings…)';
    });
    b.suggestionsChanged.connect(list => {
      const box = byId('suggestions');
      box.textContent = '';
      (list || []).forEach(q => box.appendChild(button(q, 'suggestion', () => bridge.ask(q))));
    });
    b.pageReady();
    document.body.dataset.ready = '1';
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('send').addEventListener('click', submit);
    byId('question').focus(); // the page is for asking: typing goes straight in
    byId('question').addEventListener('input', autosize);
    byId('question').addEventListener('keydown', e => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        submit();
      } else if (e.key === 'Escape' && busy && bridge) {
        bridge.stop();
      }
    });
    byId('new').addEventListener('click', () => bridge && bridge.newConversation());
    byId('export').addEventListener('click', () => bridge && bridge.exportMarkdown());
    byId('settings').addEventListener('click', () => bridge && bridge.openSettings());
    byId('log').addEventListener('click', e => {
      const a = e.target.closest('a.cite');
      if (!a) return;
      e.preventDefault();
      if (bridge) bridge.openCitation(Number(a.dataset.msg), Number(a.dataset.n));
      document.querySelectorAll('a.cite.active').forEach(x => x.classList.remove('active'));
      a.classList.add('active');
    });
    if (typeof QWebChannel === 'undefined' || typeof qt === 'undefined') {
      toast('The Ask panel could not connect to Stratos.');
      return;
    }
    new QWebChannel(qt.webChannelTransport, ch => connect(ch.objects.bridge));
  });
})();
