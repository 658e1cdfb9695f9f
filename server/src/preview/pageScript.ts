// The preview's only script: splits the rendered blocks into fixed-size page boxes (real layout,
// measured in the browser), draws the page-1 and page-6 limits, and talks to VS Code when hosted
// in a webview (scroll sync, click to reveal, links, live updates). Plain ES2017, no imports.
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  var root = document.documentElement;
  var RELEASE_LIMIT = Number(root.getAttribute('data-release-pages') || 1);
  var DOCUMENT_LIMIT = Number(root.getAttribute('data-total-pages') || 6);
  var SPLITTABLE = /^(UL|OL|BLOCKQUOTE|DIV|DL|DETAILS|SECTION|P|PRE|LI|DD|TABLE|TBODY|TD|TH|EM|STRONG|SPAN|A|CODE)$/;
  var page = null;
  var pagesEl = null;

  function newPage() {
    var box = document.createElement('div');
    box.className = 'page';
    var content = document.createElement('div');
    content.className = 'page-content doc';
    box.appendChild(content);
    pagesEl.appendChild(box);
    page = { box: box, content: content, fresh: true };
    return page;
  }

  function overflows() {
    var last = page.content.lastElementChild;
    if (!last) return false;
    return last.getBoundingClientRect().bottom > page.content.getBoundingClientRect().bottom + 0.5;
  }

  // Rebuilds the chain of (shallow) ancestors of node on a fresh page and returns the copy of node.
  function continueOnNewPage(node) {
    var chain = [];
    for (var n = node; n !== page.content; n = n.parentNode) chain.unshift(n);
    pruneEmpty(node);
    newPage();
    var parent = page.content, copy = null;
    chain.forEach(function (original) {
      copy = original.cloneNode(false);
      if (original.tagName === 'OL') copy.setAttribute('start', String((original.start || 1) + original.querySelectorAll(':scope > li').length - (original.lastElementChild && original.lastElementChild.tagName === 'LI' && chain.indexOf(original.lastElementChild) >= 0 ? 1 : 0)));
      if (original.tagName === 'LI') copy.classList.add('continued');
      copy.removeAttribute('id');
      parent.appendChild(copy);
      parent = copy;
    });
    return copy;
  }

  // Shells left empty at the bottom of a page (an empty list item still draws its number) go.
  function pruneEmpty(node) {
    while (node && node !== page.content && !node.textContent.trim() && !node.querySelector('img, hr, svg, video, input, table')) {
      var parent = node.parentNode;
      parent.removeChild(node);
      node = parent;
    }
  }

  // Break points: spaces, and between the characters of scripts written without them (Chinese,
  // Japanese), where closing punctuation stays with the character before it.
  var TOKEN = /\s+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF][\u3001\u3002\u300D\u300F\u3011\u3015\u3009\u300B\uFF09\uFF0C\uFF0E\uFF01\uFF1F\uFF1A\uFF1B]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/g;

  function pourText(value, shell) {
    var tokens = value.match(TOKEN) || [];
    while (tokens.length) {
      var node = document.createTextNode('');
      shell.appendChild(node);
      var lo = 0, hi = tokens.length;
      while (lo < hi) {
        var mid = Math.ceil((lo + hi) / 2);
        node.data = tokens.slice(0, mid).join('');
        if (overflows()) hi = mid - 1; else lo = mid;
      }
      if (lo === 0 && page.fresh) lo = 1; // never loop: a word taller than a page stays
      node.data = tokens.slice(0, lo).join('');
      if (lo > 0) page.fresh = false;
      tokens = tokens.slice(lo);
      while (tokens.length && /^\s+$/.test(tokens[0])) tokens.shift();
      if (tokens.length) shell = continueOnNewPage(shell);
    }
    return shell;
  }

  // Pours node's children into shallow copies of node across as many pages as needed.
  function pour(node, parent) {
    var shell = node.cloneNode(false);
    parent.appendChild(shell);
    Array.prototype.slice.call(node.childNodes).forEach(function (kid) {
      shell.appendChild(kid);
      if (!overflows()) { page.fresh = false; return; }
      shell.removeChild(kid);
      if (kid.nodeType === 3) { shell = pourText(kid.data, shell); return; }
      if (kid.nodeType === 1 && SPLITTABLE.test(kid.tagName) && kid.childNodes.length > 0) {
        shell = pour(kid, shell).parentNode;
        return;
      }
      if (!page.fresh) shell = continueOnNewPage(shell);
      shell.appendChild(kid);
      page.fresh = false;
    });
    return shell;
  }

  function isHeading(el) { return el && /^H[1-6]$/.test(el.tagName); }

  function place(block) {
    page.content.appendChild(block);
    if (!overflows()) { page.fresh = false; return; }
    page.content.removeChild(block);
    if (!page.fresh && keepHeadingsWithNext()) { place(block); return; }
    if (isHeading(block) || !SPLITTABLE.test(block.tagName)) {
      if (!page.fresh) newPage();
      page.content.appendChild(block);
      if (overflows()) block.classList.add('overflowing');
      page.fresh = false;
      return;
    }
    pour(block, page.content);
  }

  // Headings left at the foot of a page with less than about two lines under them move down with their text.
  function keepHeadingsWithNext() {
    var kids = page.content.children;
    var n = kids.length, k = n;
    while (k > 0 && isHeading(kids[k - 1])) k--;
    if (k === n || k === 0) return false;
    var last = kids[n - 1].getBoundingClientRect();
    if (page.content.getBoundingClientRect().bottom - last.bottom >= 2.5 * last.height) return false;
    var moving = Array.prototype.slice.call(kids, k);
    newPage();
    moving.forEach(function (heading) { page.content.appendChild(heading); });
    return true;
  }

  function addLimit(box, text) {
    var marker = document.createElement('div');
    marker.className = 'page-limit';
    var label = document.createElement('span');
    label.textContent = text;
    marker.appendChild(label);
    box.appendChild(marker);
  }

  function decoratePages() {
    var boxes = pagesEl.querySelectorAll('.page');
    boxes.forEach(function (box, i) {
      var number = document.createElement('div');
      number.className = 'page-number';
      number.textContent = 'Page ' + (i + 1) + ' of ' + boxes.length;
      box.appendChild(number);
      box.setAttribute('data-page', String(i + 1));
      if (i + 1 > DOCUMENT_LIMIT) box.classList.add('over-limit');
      if (i + 1 === RELEASE_LIMIT) addLimit(box, 'End of page ' + RELEASE_LIMIT + ': press release limit');
      if (i + 1 === DOCUMENT_LIMIT) addLimit(box, 'End of page ' + DOCUMENT_LIMIT + ': document limit');
    });
    var end = pagesEl.querySelector('[data-pr-end]');
    var endPage = end ? Number(end.closest('.page').getAttribute('data-page')) : 0;
    root.setAttribute('data-pages', String(boxes.length));
    root.setAttribute('data-release-end-page', String(endPage));
    var out = document.getElementById('prfaq-layout');
    if (out) {
      out.textContent = 'Layout: ' + boxes.length + (boxes.length === 1 ? ' page' : ' pages') +
        (endPage > RELEASE_LIMIT ? ' (press release runs to page ' + endPage + ')' : '');
      out.classList.toggle('over', boxes.length > DOCUMENT_LIMIT || endPage > RELEASE_LIMIT);
    }
  }

  // A page is wider than a side panel: scale the pages down to the view's width (layout stays in page units).
  var zoom = 1;
  function fitZoom() {
    var probe = document.createElement('div');
    probe.style.width = 'var(--page-width)';
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    document.body.appendChild(probe);
    var pageWidth = probe.getBoundingClientRect().width;
    probe.remove();
    var room = document.documentElement.clientWidth - 16;
    zoom = printing || !pageWidth ? 1 : Math.min(1, room / pageWidth);
    ['prfaq-pages', 'prfaq-source'].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) el.style.zoom = String(zoom);
    });
  }

  function paginate() {
    var source = document.getElementById('prfaq-source');
    pagesEl = document.getElementById('prfaq-pages');
    fitZoom();
    pagesEl.textContent = '';
    root.classList.add('paginated');
    newPage();
    Array.prototype.slice.call(source.children).forEach(function (block) { place(block.cloneNode(true)); });
    decoratePages();
    watchImages();
    root.setAttribute('data-layouts', String(Number(root.getAttribute('data-layouts') || 0) + 1));
    root.classList.add('paginated-done');
  }

  // An image changes the layout when it arrives: lay the pages out again, once per new image.
  var settledImages = {};
  var relayoutTimer = 0;
  function watchImages() {
    pagesEl.querySelectorAll('img').forEach(function (img) {
      var key = img.getAttribute('src') || '';
      if (settledImages[key]) return;
      var settle = function () {
        if (settledImages[key]) return;
        settledImages[key] = true;
        clearTimeout(relayoutTimer);
        relayoutTimer = setTimeout(relayout, 30);
      };
      if (img.complete) settledImages[key] = true;
      else {
        img.addEventListener('load', settle, { once: true });
        img.addEventListener('error', settle, { once: true });
      }
    });
  }

  function relayout() {
    var anchor = topVisible();
    paginate();
    if (anchor) scrollToLine(anchor.line, anchor.top, anchor.nth);
  }

  // Ids are duplicated between the hidden source and the pages: look in the pages.
  function scrollToFragment(fragment) {
    var ids = [fragment, 'user-content-' + fragment];
    for (var i = 0; i < ids.length; i++) {
      var target = pagesEl.querySelector('[id="' + ids[i].replace(/["\\]/g, '\\$&') + '"]');
      if (target) { target.scrollIntoView(); return; }
    }
  }

  function blockForLine(line) {
    var best = null;
    pagesEl.querySelectorAll('[data-line]').forEach(function (el) {
      var l = Number(el.getAttribute('data-line'));
      if (l <= line && (!best || l > Number(best.getAttribute('data-line')))) best = el;
    });
    return best;
  }

  // The block at the top of the view; nth tells a block split over pages from its continuation.
  function topVisible() {
    var all = pagesEl.querySelectorAll('[data-line]');
    for (var i = 0; i < all.length; i++) {
      var r = all[i].getBoundingClientRect();
      if (r.bottom <= 0) continue;
      var line = all[i].getAttribute('data-line');
      var same = Array.prototype.slice.call(pagesEl.querySelectorAll('[data-line="' + line + '"]'));
      return { line: Number(line), nth: same.indexOf(all[i]), top: r.top };
    }
    return null;
  }

  // The figures bar stays on top of the view: a block scrolled to the top goes just below it.
  function headerHeight() {
    var bar = document.getElementById('prfaq-stats');
    return bar ? bar.getBoundingClientRect().height + 8 : 8;
  }

  function scrollToLine(line, offset, nth) {
    var same = pagesEl.querySelectorAll('[data-line="' + line + '"]');
    var el = same.length ? same[Math.min(nth || 0, same.length - 1)] : blockForLine(line);
    if (el) window.scrollBy(0, el.getBoundingClientRect().top - (offset || 0));
  }

  function update(html) {
    var anchor = topVisible();
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    ['prfaq-source', 'prfaq-stats'].forEach(function (id) {
      var next = fresh.getElementById(id), current = document.getElementById(id);
      if (next && current) current.replaceWith(document.adoptNode(next));
    });
    ['data-release-pages', 'data-total-pages'].forEach(function (name) {
      var v = fresh.documentElement.getAttribute(name);
      if (v) root.setAttribute(name, v);
    });
    RELEASE_LIMIT = Number(root.getAttribute('data-release-pages') || 1);
    DOCUMENT_LIMIT = Number(root.getAttribute('data-total-pages') || 6);
    paginate();
    if (anchor) scrollToLine(anchor.line, anchor.top, anchor.nth);
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    var href = link ? link.getAttribute('href') : '';
    if (link && href.charAt(0) === '#') {
      event.preventDefault();
      scrollToFragment(decodeURIComponent(href.slice(1)));
      return;
    }
    if (link && vscode) {
      // The webview never navigates: VS Code opens the link.
      event.preventDefault();
      vscode.postMessage({ type: 'open-link', href: href });
      return;
    }
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    var block = event.target.closest ? event.target.closest('[data-line]') : null;
    if (block && vscode) vscode.postMessage({ type: 'reveal-line', line: Number(block.getAttribute('data-line')) });
  });

  window.addEventListener('message', function (event) {
    var message = event.data || {};
    if (message.type === 'update' && typeof message.html === 'string') update(message.html);
    else if (message.type === 'scroll-to-line' && typeof message.line === 'number') scrollToLine(message.line, headerHeight());
  });

  var saveTimer = 0;
  window.addEventListener('scroll', function () {
    if (!vscode) return;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () { var a = topVisible(); if (a) vscode.setState({ line: a.line, nth: a.nth, top: a.top }); }, 200);
  });

  var resizeTimer = 0;
  var printing = false;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { var before = zoom; fitZoom(); if (zoom !== before) relayout(); }, 100);
  });
  // Print: lay the pages out again at full size and without the on-screen findings, so each sheet is one page box.
  window.addEventListener('beforeprint', function () { printing = true; root.classList.add('printing'); relayout(); });
  window.addEventListener('afterprint', function () { printing = false; root.classList.remove('printing'); relayout(); });

  paginate();
  var state = vscode && vscode.getState();
  if (state && state.line) scrollToLine(state.line, state.top || 0, state.nth || 0);
  if (vscode) vscode.postMessage({ type: 'ready' });
})();`;
