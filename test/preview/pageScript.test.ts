// The page script's own tests (server/src/preview/page): its layout module on hand-made pages in headless
// Chromium, with page boxes small enough to see each rule of the layout at work, and its messaging module
// with a stand-in for VS Code's webview API. The whole preview in a page is browser.test.ts.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_HINT, launchChromium } from './chromium';

// Code inside page.evaluate runs in the browser (the project compiles without the DOM library).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: any;
declare const MouseEvent: any;

const PAGE_DIR = path.resolve(__dirname, '../../server/src/preview/page');
const inCi = process.env.CI === 'true';
const haveChromium = chromiumAvailable();

if (!haveChromium && !inCi) console.warn(`\n*** SKIPPING the page script tests: ${CHROMIUM_PATH} is missing. Install it: ${INSTALL_HINT} ***\n`);
describe.runIf(!haveChromium && inCi)('page script in Chromium (CI)', () => {
  it('needs Debian chromium', () => {
    throw new Error(`${CHROMIUM_PATH} is missing; the page script tests cannot run. Install it: ${INSTALL_HINT}`);
  });
});

/** The two modules, bundled as they are for the page, exposed as window.PrfaqPage. */
async function bundleModules(): Promise<string> {
  const out = await esbuild.build({
    stdin: { contents: "export { createLayout } from './layout'; export { connectToEditor, readMessage, savedAnchor } from './messaging';", resolveDir: PAGE_DIR, loader: 'ts' },
    bundle: true, write: false, format: 'iife', globalName: 'PrfaqPage', target: 'es2017', logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** A page 300 px wide whose page boxes hold 200 px of 20 px lines: ten lines a page. */
const shell = (source: string, attributes = '') => `<!DOCTYPE html>
<html ${attributes}><head><style>
  :root { --page-width: 300px; }
  body { margin: 0; font: 16px/20px monospace; }
  #prfaq-source { position: absolute; visibility: hidden; width: 300px; }
  .page { width: 300px; margin-bottom: 10px; }
  .page-content { height: 200px; overflow: hidden; }
  p, h2, ul, ol, li { margin: 0; }
</style></head>
<body><div id="prfaq-stats">figures</div><main id="prfaq-source">${source}</main><div id="prfaq-pages"></div></body></html>`;

const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe.runIf(haveChromium)('page script in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let modules: string;
  beforeAll(async () => {
    [browser, modules] = await Promise.all([launchChromium(), bundleModules()]);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  }, 60000);

  async function laidOut(source: string, attributes = ''): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.setContent(shell(source, attributes));
    await page.addScriptTag({ content: modules });
    await page.evaluate(() => { window.layout = window.PrfaqPage.createLayout(document, window); window.count = window.layout.paginate(); });
    return page;
  }

  /** Per page box: the text of its content, whitespace squashed. */
  const pageTexts = (page: Page): Promise<string[]> =>
    page.evaluate(() => (Array.from(document.querySelectorAll('#prfaq-pages .page-content')) as any[]).map((c) => c.textContent.replace(/\s+/g, ' ').trim()));

  it('splits a long paragraph between words over as many pages as it needs, losing nothing', async () => {
    // 30 words of 8 characters, about one word a line at 300 px: three or four pages of ten lines.
    const words = Array.from({ length: 30 }, (_, i) => `word${String(i).padStart(4, '0')}`);
    const page = await laidOut(`<p data-line="3">${words.join(' ')} ${'x'.repeat(200)}</p>`);
    const texts = await pageTexts(page);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.join(' ').split(' ')).toEqual([...words, 'x'.repeat(200)]);
    // Every piece of the paragraph keeps its source line, for scroll sync.
    expect(await page.evaluate(() => (Array.from(document.querySelectorAll('#prfaq-pages p')) as any[]).map((p) => p.getAttribute('data-line')))).toEqual(texts.map(() => '3'));
    await page.close();
  });

  it('numbers a list cut over two pages on: the continuation starts where the first page stopped', async () => {
    const items = Array.from({ length: 14 }, (_, i) => `<li>item ${i + 1}</li>`).join('');
    const page = await laidOut(`<ol>${items}</ol>`);
    const lists = await page.evaluate(() => (Array.from(document.querySelectorAll('#prfaq-pages ol')) as any[]).map((ol) => ({ start: ol.getAttribute('start'), first: ol.firstElementChild.textContent, items: ol.children.length })));
    expect(lists).toHaveLength(2);
    expect(lists[0]).toEqual({ start: null, first: 'item 1', items: 10 });
    expect(lists[1]).toEqual({ start: '11', first: 'item 11', items: 4 });
    await page.close();
  });

  it('moves a heading left at the foot of a page down with its text', async () => {
    // Nine lines fill the first page but one; the heading would sit on the last line, its paragraph on page 2.
    const page = await laidOut(`<p>${lines(9, 'a')}</p><h2>Heading</h2><p>${lines(4, 'b')}</p>`);
    await page.evaluate(() => { document.querySelector('#prfaq-source p').style.width = '20px'; });
    await page.evaluate(() => window.layout.paginate());
    const lastOfPage = await page.evaluate(() => (Array.from(document.querySelectorAll('#prfaq-pages .page-content')) as any[]).map((c) => c.lastElementChild?.tagName));
    const headingPage = await page.evaluate(() => document.querySelector('#prfaq-pages h2').closest('.page').getAttribute('data-page'));
    expect(lastOfPage.slice(0, -1)).not.toContain('H2');
    expect(headingPage).toBe('2');
    await page.close();
  });

  it('keeps a block that cannot split and is taller than a page on a page of its own, marked, and ends', async () => {
    const page = await laidOut('<p>before</p><figure style="height: 500px; margin: 0">tall</figure><p>after</p>');
    const result = await page.evaluate(() => ({
      count: window.count,
      overflowing: (Array.from(document.querySelectorAll('#prfaq-pages .overflowing')) as any[]).map((e) => e.textContent),
    }));
    expect(result).toEqual({ count: 3, overflowing: ['tall'] });
    await page.close();
  });

  it('numbers the pages and draws the press-release and document limits the page asks for', async () => {
    const blocks = Array.from({ length: 5 }, (_, i) => `<p${i === 1 ? ' data-pr-end=""' : ''}>${lines(10, `p${i}-`)}</p>`).join('');
    const page = await laidOut(blocks, 'data-release-pages="1" data-total-pages="3"');
    await page.evaluate(() => { for (const p of Array.from(document.querySelectorAll('#prfaq-source p')) as any[]) p.style.width = '40px'; });
    await page.evaluate(() => window.layout.paginate());
    const figures = await page.evaluate(() => ({
      pages: document.documentElement.getAttribute('data-pages'),
      releaseEnd: document.documentElement.getAttribute('data-release-end-page'),
      numbers: (Array.from(document.querySelectorAll('.page-number')) as any[]).map((n) => n.textContent),
      limits: (Array.from(document.querySelectorAll('.page-limit')) as any[]).map((l) => `${l.closest('.page').getAttribute('data-page')}: ${l.textContent}`),
      over: (Array.from(document.querySelectorAll('.page.over-limit')) as any[]).map((p) => p.getAttribute('data-page')),
    }));
    const n = Number(figures.pages);
    expect(n).toBeGreaterThan(3);
    expect(figures.numbers).toEqual(Array.from({ length: n }, (_, i) => `Page ${i + 1} of ${n}`));
    expect(Number(figures.releaseEnd)).toBeGreaterThan(1);
    expect(figures.limits).toEqual(['1: End of page 1: press release limit', '3: End of page 3: document limit']);
    expect(figures.over).toEqual(Array.from({ length: n - 3 }, (_, i) => String(i + 4)));
    await page.close();
  });

  it('reads only well-formed editor messages and saved positions', async () => {
    const page = await laidOut('<p>x</p>');
    const read = await page.evaluate(() => {
      const { readMessage, savedAnchor } = window.PrfaqPage;
      return {
        update: readMessage({ type: 'update', html: '<p>y</p>' }),
        scroll: readMessage({ type: 'scroll-to-line', line: 4 }),
        bad: [readMessage(null), readMessage('update'), readMessage({ type: 'update' }), readMessage({ type: 'scroll-to-line', line: '4' }), readMessage({ type: 'other' })],
        anchor: savedAnchor({ line: 7, nth: 1, top: 12 }),
        partial: savedAnchor({ line: 7 }),
        noAnchor: [savedAnchor(undefined), savedAnchor({ line: 0 }), savedAnchor({ line: 'x' })],
      };
    });
    expect(read).toEqual({
      update: { type: 'update', html: '<p>y</p>' },
      scroll: { type: 'scroll-to-line', line: 4 },
      bad: [null, null, null, null, null],
      anchor: { line: 7, nth: 1, top: 12 },
      partial: { line: 7, nth: 0, top: 0 },
      noAnchor: [null, null, null],
    });
    await page.close();
  });

  it('in a webview: says ready, reveals a clicked line, hands links to VS Code, not while text is selected', async () => {
    const page = await laidOut('<p data-line="5">Go to <a href="https://example.com/x">the site</a>.</p><p data-line="9">Another block.</p>');
    await page.evaluate(() => {
      window.posted = [];
      window.PrfaqPage.connectToEditor({ postMessage: (m: unknown) => window.posted.push(m), getState: () => undefined, setState: () => undefined }, window.layout, document, window);
    });
    await page.locator('#prfaq-pages [data-line="9"]').click();
    await page.locator('#prfaq-pages a').click();
    // A click that ends a selection is not a request to jump.
    await page.evaluate(() => {
      const block = document.querySelector('#prfaq-pages [data-line="5"]');
      window.getSelection().selectAllChildren(block);
      block.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(await page.evaluate(() => ({ posted: window.posted, url: location.href }))).toEqual({
      posted: [{ type: 'ready' }, { type: 'reveal-line', line: 9 }, { type: 'open-link', href: 'https://example.com/x' }],
      url: 'about:blank',
    });
    await page.close();
  });
});
