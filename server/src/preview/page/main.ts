// The preview's only script (bundled by esbuild into the page: scripts/pageScript.mjs). Lays the pages out,
// keeps them laid out on resize, images and print, and, inside a VS Code webview, talks to the editor.
import { createLayout } from './layout';
import { connectToEditor, type VsCodeApi } from './messaging';

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const layout = createLayout(document, window);

// In-page links (footnotes, the table of contents) scroll to their target in the pages, in every host.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  event.preventDefault();
  layout.scrollToFragment(decodeURIComponent(href.slice(1)));
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (layout.fitZoom()) layout.relayout();
  }, 100);
});
// Print: lay the pages out again at full size and without the on-screen findings, so each sheet is one page box.
window.addEventListener('beforeprint', () => { layout.setPrinting(true); layout.relayout(); });
window.addEventListener('afterprint', () => { layout.setPrinting(false); layout.relayout(); });

layout.paginate();
if (typeof acquireVsCodeApi === 'function') connectToEditor(acquireVsCodeApi(), layout, document, window);
