// The page layout: pours the rendered blocks (#prfaq-source) into fixed-size page boxes (#prfaq-pages),
// measured in the browser, and draws the press-release and document limits. Knows nothing of VS Code:
// the exported page and the webview use it alike (messaging.ts is the webview's part).

/** Blocks whose children may continue on the next page (a heading, an image or a table row never splits). */
const SPLITTABLE = /^(UL|OL|BLOCKQUOTE|DIV|DL|DETAILS|SECTION|P|PRE|LI|DD|TABLE|TBODY|TD|TH|EM|STRONG|SPAN|A|CODE)$/;

interface PageBox {
  box: HTMLElement;
  content: HTMLElement;
  /** Nothing placed on it yet: whatever comes next stays here even when it does not fit. */
  fresh: boolean;
}

/** Where the reader is: the block at the top of the view (nth tells a block split over pages from its continuation). */
export interface Anchor {
  line: number;
  nth: number;
  top: number;
}

export interface Layout {
  /** Lays the pages out from #prfaq-source; returns how many pages there are. */
  paginate(): number;
  /** Lays out again and keeps the reader on the block they were reading. */
  relayout(): void;
  /** Swaps in the source and figures of a newly rendered page (the webview's live update), then lays out again. */
  update(html: string): void;
  /** Scales the pages to the view's width; true when the scale changed. */
  fitZoom(): boolean;
  setPrinting(printing: boolean): void;
  topVisible(): Anchor | null;
  scrollToLine(line: number, offset?: number, nth?: number): void;
  scrollToFragment(fragment: string): void;
  /** Height of the figures bar that stays on top of the view. */
  headerHeight(): number;
}

const isHeading = (el: Element | null | undefined): boolean => !!el && /^H[1-6]$/.test(el.tagName);

/** Lays out `doc` (the preview page) in `win`. */
export function createLayout(doc: Document, win: Window): Layout {
  const root = doc.documentElement;
  let releaseLimit = 1;
  let documentLimit = 6;
  let pagesEl: HTMLElement = doc.getElementById('prfaq-pages') ?? doc.body;
  let page: PageBox = { box: pagesEl, content: pagesEl, fresh: true };
  let zoom = 1;
  let printing = false;

  const readLimits = () => {
    releaseLimit = Number(root.getAttribute('data-release-pages') || 1);
    documentLimit = Number(root.getAttribute('data-total-pages') || 6);
  };

  function newPage(): PageBox {
    const box = doc.createElement('div');
    box.className = 'page';
    const content = doc.createElement('div');
    content.className = 'page-content doc';
    box.appendChild(content);
    pagesEl.appendChild(box);
    page = { box, content, fresh: true };
    return page;
  }

  function overflows(): boolean {
    const last = page.content.lastElementChild;
    if (!last) return false;
    return last.getBoundingClientRect().bottom > page.content.getBoundingClientRect().bottom + 0.5;
  }

  /** Shells left empty at the bottom of a page (an empty list item still draws its number) go. */
  function pruneEmpty(node: Node | null): void {
    while (node && node !== page.content && !(node.textContent ?? '').trim() && !(node as Element).querySelector?.('img, hr, svg, video, input, table')) {
      const parent: Node | null = node.parentNode;
      parent?.removeChild(node);
      node = parent;
    }
  }

  /** Rebuilds the chain of (shallow) ancestors of node on a fresh page and returns the copy of node. */
  function continueOnNewPage(node: HTMLElement): HTMLElement {
    const chain: HTMLElement[] = [];
    for (let n: HTMLElement = node; n !== page.content; n = n.parentNode as HTMLElement) chain.unshift(n);
    pruneEmpty(node);
    newPage();
    let parent: HTMLElement = page.content;
    let copy: HTMLElement = parent;
    for (const original of chain) {
      copy = original.cloneNode(false) as HTMLElement;
      if (original instanceof HTMLOListElement) {
        const items = original.querySelectorAll(':scope > li').length;
        const lastItem = original.lastElementChild;
        // The item cut in two is numbered on the page it starts on, and continues unnumbered here.
        const splitItem = lastItem && lastItem.tagName === 'LI' && chain.includes(lastItem as HTMLElement) ? 1 : 0;
        copy.setAttribute('start', String((original.start || 1) + items - splitItem));
      }
      if (original.tagName === 'LI') copy.classList.add('continued');
      copy.removeAttribute('id');
      parent.appendChild(copy);
      parent = copy;
    }
    return copy;
  }

  // Break points: spaces, and between the characters of scripts written without them (Chinese,
  // Japanese), where closing punctuation stays with the character before it.
  const TOKEN = /\s+|[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF][\u3001\u3002\u300D\u300F\u3011\u3015\u3009\u300B\uFF09\uFF0C\uFF0E\uFF01\uFF1F\uFF1A\uFF1B]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/g;

  /** Pours a text node's words into `shell`, continuing on new pages; returns the shell it ended in. */
  function pourText(value: string, shell: HTMLElement): HTMLElement {
    let tokens: string[] = value.match(TOKEN) ?? [];
    while (tokens.length) {
      const node = doc.createTextNode('');
      shell.appendChild(node);
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        node.data = tokens.slice(0, mid).join('');
        if (overflows()) hi = mid - 1;
        else lo = mid;
      }
      if (lo === 0 && page.fresh) lo = 1; // never loop: a word taller than a page stays
      node.data = tokens.slice(0, lo).join('');
      if (lo > 0) page.fresh = false;
      tokens = tokens.slice(lo);
      while (tokens.length && /^\s+$/.test(tokens[0]!)) tokens.shift();
      if (tokens.length) shell = continueOnNewPage(shell);
    }
    return shell;
  }

  /** Pours node's children into shallow copies of node across as many pages as needed. */
  function pour(node: HTMLElement, parent: HTMLElement): HTMLElement {
    let shell = node.cloneNode(false) as HTMLElement;
    parent.appendChild(shell);
    for (const kid of Array.from(node.childNodes)) {
      shell.appendChild(kid);
      if (!overflows()) {
        page.fresh = false;
        continue;
      }
      shell.removeChild(kid);
      if (kid instanceof Text) {
        shell = pourText(kid.data, shell);
        continue;
      }
      if (kid instanceof HTMLElement && SPLITTABLE.test(kid.tagName) && kid.childNodes.length > 0) {
        shell = pour(kid, shell).parentNode as HTMLElement;
        continue;
      }
      if (!page.fresh) shell = continueOnNewPage(shell);
      shell.appendChild(kid);
      page.fresh = false;
    }
    return shell;
  }

  /** Headings left at the foot of a page with less than about two lines under them move down with their text. */
  function keepHeadingsWithNext(): boolean {
    const kids = page.content.children;
    const n = kids.length;
    let k = n;
    while (k > 0 && isHeading(kids[k - 1])) k--;
    if (k === n || k === 0) return false;
    const last = kids[n - 1]!.getBoundingClientRect();
    if (page.content.getBoundingClientRect().bottom - last.bottom >= 2.5 * last.height) return false;
    const moving = Array.from(kids).slice(k);
    newPage();
    for (const heading of moving) page.content.appendChild(heading);
    return true;
  }

  function place(block: HTMLElement): void {
    page.content.appendChild(block);
    if (!overflows()) {
      page.fresh = false;
      return;
    }
    page.content.removeChild(block);
    if (!page.fresh && keepHeadingsWithNext()) {
      place(block);
      return;
    }
    if (isHeading(block) || !SPLITTABLE.test(block.tagName)) {
      if (!page.fresh) newPage();
      page.content.appendChild(block);
      if (overflows()) block.classList.add('overflowing');
      page.fresh = false;
      return;
    }
    pour(block, page.content);
  }

  function addLimit(box: HTMLElement, text: string): void {
    const marker = doc.createElement('div');
    marker.className = 'page-limit';
    const label = doc.createElement('span');
    label.textContent = text;
    marker.appendChild(label);
    box.appendChild(marker);
  }

  function decoratePages(): number {
    const boxes = pagesEl.querySelectorAll<HTMLElement>('.page');
    boxes.forEach((box, i) => {
      const number = doc.createElement('div');
      number.className = 'page-number';
      number.textContent = `Page ${i + 1} of ${boxes.length}`;
      box.appendChild(number);
      box.setAttribute('data-page', String(i + 1));
      if (i + 1 > documentLimit) box.classList.add('over-limit');
      if (i + 1 === releaseLimit) addLimit(box, `End of page ${releaseLimit}: press release limit`);
      if (i + 1 === documentLimit) addLimit(box, `End of page ${documentLimit}: document limit`);
    });
    const end = pagesEl.querySelector('[data-pr-end]');
    const endPage = end ? Number(end.closest('.page')?.getAttribute('data-page') ?? 0) : 0;
    root.setAttribute('data-pages', String(boxes.length));
    root.setAttribute('data-release-end-page', String(endPage));
    const out = doc.getElementById('prfaq-layout');
    if (out) {
      out.textContent = `Layout: ${boxes.length}${boxes.length === 1 ? ' page' : ' pages'}` +
        (endPage > releaseLimit ? ` (press release runs to page ${endPage})` : '');
      out.classList.toggle('over', boxes.length > documentLimit || endPage > releaseLimit);
    }
    return boxes.length;
  }

  /** A page is wider than a side panel: scale the pages down to the view's width (layout stays in page units). */
  function fitZoom(): boolean {
    const probe = doc.createElement('div');
    probe.style.width = 'var(--page-width)';
    probe.style.position = 'absolute';
    probe.style.visibility = 'hidden';
    doc.body.appendChild(probe);
    const pageWidth = probe.getBoundingClientRect().width;
    probe.remove();
    const room = root.clientWidth - 16;
    const before = zoom;
    zoom = printing || !pageWidth ? 1 : Math.min(1, room / pageWidth);
    for (const id of ['prfaq-pages', 'prfaq-source']) {
      const el = doc.getElementById(id);
      if (el) el.style.zoom = String(zoom);
    }
    return zoom !== before;
  }

  // An image changes the layout when it arrives: lay the pages out again, once per new image.
  const settledImages = new Set<string>();
  let relayoutTimer: ReturnType<typeof setTimeout> | undefined;
  function watchImages(): void {
    pagesEl.querySelectorAll('img').forEach((img) => {
      const key = img.getAttribute('src') || '';
      if (settledImages.has(key)) return;
      const settle = () => {
        if (settledImages.has(key)) return;
        settledImages.add(key);
        clearTimeout(relayoutTimer);
        relayoutTimer = setTimeout(relayout, 30);
      };
      if (img.complete) settledImages.add(key);
      else {
        img.addEventListener('load', settle, { once: true });
        img.addEventListener('error', settle, { once: true });
      }
    });
  }

  function paginate(): number {
    readLimits();
    const source = doc.getElementById('prfaq-source');
    const target = doc.getElementById('prfaq-pages');
    if (!source || !target) return 0;
    pagesEl = target;
    fitZoom();
    pagesEl.textContent = '';
    root.classList.add('paginated');
    newPage();
    for (const block of Array.from(source.children)) place(block.cloneNode(true) as HTMLElement);
    const count = decoratePages();
    watchImages();
    root.setAttribute('data-layouts', String(Number(root.getAttribute('data-layouts') || 0) + 1));
    root.classList.add('paginated-done');
    return count;
  }

  function blockForLine(line: number): Element | null {
    let best: Element | null = null;
    pagesEl.querySelectorAll('[data-line]').forEach((el) => {
      const l = Number(el.getAttribute('data-line'));
      if (l <= line && (!best || l > Number(best.getAttribute('data-line')))) best = el;
    });
    return best;
  }

  function topVisible(): Anchor | null {
    for (const el of Array.from(pagesEl.querySelectorAll('[data-line]'))) {
      const r = el.getBoundingClientRect();
      if (r.bottom <= 0) continue;
      const line = el.getAttribute('data-line');
      const same = Array.from(pagesEl.querySelectorAll(`[data-line="${line}"]`));
      return { line: Number(line), nth: same.indexOf(el), top: r.top };
    }
    return null;
  }

  function scrollToLine(line: number, offset = 0, nth = 0): void {
    const same = pagesEl.querySelectorAll(`[data-line="${line}"]`);
    const el = same.length ? same[Math.min(nth, same.length - 1)]! : blockForLine(line);
    if (el) win.scrollBy(0, el.getBoundingClientRect().top - offset);
  }

  /** Ids are duplicated between the hidden source and the pages: look in the pages. */
  function scrollToFragment(fragment: string): void {
    for (const id of [fragment, `user-content-${fragment}`]) {
      const target = pagesEl.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
  }

  function headerHeight(): number {
    const bar = doc.getElementById('prfaq-stats');
    return bar ? bar.getBoundingClientRect().height + 8 : 8;
  }

  function relayout(): void {
    const anchor = topVisible();
    paginate();
    if (anchor) scrollToLine(anchor.line, anchor.top, anchor.nth);
  }

  function update(html: string): void {
    const anchor = topVisible();
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    for (const id of ['prfaq-source', 'prfaq-stats']) {
      const next = fresh.getElementById(id);
      const current = doc.getElementById(id);
      if (next && current) current.replaceWith(doc.adoptNode(next));
    }
    for (const name of ['data-release-pages', 'data-total-pages']) {
      const v = fresh.documentElement.getAttribute(name);
      if (v) root.setAttribute(name, v);
    }
    paginate();
    if (anchor) scrollToLine(anchor.line, anchor.top, anchor.nth);
  }

  return {
    paginate,
    relayout,
    update,
    fitZoom,
    setPrinting(value) {
      printing = value;
      root.classList.toggle('printing', value);
    },
    topVisible,
    scrollToLine,
    scrollToFragment,
    headerHeight,
  };
}
