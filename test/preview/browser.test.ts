// Loads exported HTML (`prfaq render`) in headless Chromium: real pagination, limits, no script from the document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_HINT, launchChromium } from './chromium';
import { hostileDocument, onePageExample, prose, sixPageDocument } from './documents';
import { check } from '../../server/src/core/check';
import { renderHtml } from '../../server/src/preview/render';

// Code inside page.evaluate runs in the browser. The project compiles without the DOM library (server code
// must not use it), so the few browser globals used here are declared for this file only.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare const location: any;
declare function getComputedStyle(element: any): any;

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const inCi = process.env.CI === 'true';
const haveChromium = chromiumAvailable();

if (!haveChromium && !inCi) {
  console.warn(`\n*** SKIPPING the preview browser tests: ${CHROMIUM_PATH} is missing. Install it: ${INSTALL_HINT} ***\n`);
}

describe.runIf(!haveChromium && inCi)('preview in Chromium (CI)', () => {
  it('needs Debian chromium', () => {
    throw new Error(`${CHROMIUM_PATH} is missing; the preview browser tests cannot run. Install it: ${INSTALL_HINT}`);
  });
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-preview-'));

/** Writes the document, renders it with the bundled CLI, returns the HTML file. */
function exportHtml(name: string, text: string, extra: string[] = []): string {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const input = path.join(work, `${name}.prfaq.md`);
  const output = path.join(work, `${name}.html`);
  fs.writeFileSync(input, text);
  execFileSync(process.execPath, [CLI, 'render', input, '-o', output, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  return output;
}

async function open(context: BrowserContext, file: string, { asWebview = false } = {}): Promise<Page> {
  const page = await context.newPage();
  if (asWebview) await page.addInitScript(() => { window.acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined }); });
  await page.goto(`file://${file}`);
  await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 15000 });
  return page;
}

interface Layout {
  pages: number;
  boxes: number;
  heights: number[];
  numbers: string[];
  overflowing: number;
  sourceText: string;
  pagesText: string;
  flowPages: number;
  /** Pages (but the last) whose last block is a heading cut off from its text. */
  endingInHeading: number;
  limits: { page: string; text: string }[];
}

/** Reads the laid-out pages, and how many pages the unpaginated flow would need. */
function readLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    const boxes = (Array.from(document.querySelectorAll('#prfaq-pages .page')) as any[]);
    const contents = boxes.map((b) => b.querySelector('.page-content'));
    const overflowing = contents.filter((c) => {
      const last = c.lastElementChild;
      return last !== null && last.getBoundingClientRect().bottom > c.getBoundingClientRect().bottom + 1;
    }).length;
    const pagesText = contents.map((c) => squash(c.textContent ?? '')).join('');
    // The same blocks as one long flow at the same width: its height in page heights.
    const source = document.getElementById('prfaq-source')!;
    document.documentElement.classList.remove('paginated');
    const style = getComputedStyle(source);
    const flow = source.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const sourceText = squash(source.textContent ?? '');
    document.documentElement.classList.add('paginated');
    const contentHeight = contents[0]!.getBoundingClientRect().height;
    return {
      pages: Number(document.documentElement.dataset.pages),
      boxes: boxes.length,
      heights: boxes.map((b) => Math.round(b.getBoundingClientRect().height * 10) / 10),
      numbers: boxes.map((b) => b.querySelector('.page-number')?.textContent ?? ''),
      overflowing,
      sourceText,
      pagesText,
      flowPages: flow / contentHeight,
      endingInHeading: contents.slice(0, -1).filter((c) => /^H[1-6]$/.test(c.lastElementChild?.tagName ?? '')).length,
      limits: (Array.from(document.querySelectorAll('.page-limit')) as any[]).map((l) => ({ page: l.closest('.page')!.getAttribute('data-page')!, text: l.textContent ?? '' })),
    };
  });
}

describe.runIf(haveChromium)('preview in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  // Starting Chromium on a busy two-core machine can take longer than vitest's 10 s hook default.
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(work, { recursive: true, force: true });
  }, 60000);

  it('lays a six-page document out on Letter pages, nothing lost, nothing overflowing', async () => {
    const page = await open(browser.context, exportHtml('six-pages', sixPageDocument()));
    const layout = await readLayout(page);
    expect(layout.boxes).toBe(layout.pages);
    // Pages are split where the flow runs out of room: never fewer than the flow needs, at most one more.
    expect(layout.pages).toBeGreaterThanOrEqual(Math.ceil(layout.flowPages - 0.01));
    expect(layout.pages).toBeLessThanOrEqual(Math.ceil(layout.flowPages) + 1);
    expect(layout.pages).toBeGreaterThanOrEqual(4);
    expect(layout.pages).toBeLessThanOrEqual(8);
    expect(new Set(layout.heights)).toEqual(new Set([1056])); // 11 in at 96 px/in
    expect(layout.numbers).toEqual(layout.numbers.map((_, i) => `Page ${i + 1} of ${layout.pages}`));
    expect(layout.overflowing).toBe(0);
    expect(layout.endingInHeading).toBe(0);
    expect(layout.pagesText).toBe(layout.sourceText);
    expect(layout.limits).toEqual([
      { page: '1', text: 'End of page 1: press release limit' },
      ...(layout.pages >= 6 ? [{ page: '6', text: 'End of page 6: document limit' }] : []),
    ]);
    console.log(`six-page document: ${layout.pages} Letter pages in the layout (flow ${layout.flowPages.toFixed(2)} pages)`);
    // Printing gives one sheet per page box (the browser fires beforeprint; page.pdf does not, so the test does).
    const printPages = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return Number(document.documentElement.dataset.pages);
    });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(printPages);
    await page.close();
  });

  it('uses A4 pages when asked', async () => {
    const page = await open(browser.context, exportHtml('six-pages-a4', sixPageDocument(), ['--paper', 'a4']));
    const layout = await readLayout(page);
    expect(new Set(layout.heights)).toEqual(new Set([1122.5])); // 297 mm at 96 px/in
    expect(layout.overflowing).toBe(0);
    expect(layout.pagesText).toBe(layout.sourceText);
    await page.close();
  });

  it('holds the whole release of a one-page example on page 1, and saves a screenshot', async () => {
    const page = await open(browser.context, exportHtml('one-page', onePageExample()));
    const where = await page.evaluate(() => {
      const pageOf = (selector: string) => document.querySelector(`#prfaq-pages ${selector}`)?.closest('.page')?.getAttribute('data-page') ?? null;
      return {
        headline: pageOf('.pr-headline'),
        releaseEnd: pageOf('[data-pr-end]'),
        releaseEndPage: document.documentElement.dataset.releaseEndPage,
        quotes: document.querySelectorAll('#prfaq-pages .pr-quote').length,
        faqQuestions: document.querySelectorAll('#prfaq-pages .faq-q').length,
      };
    });
    expect(where).toEqual({ headline: '1', releaseEnd: '1', releaseEndPage: '1', quotes: 2, faqQuestions: 3 });
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results/preview.png'), fullPage: true });
    await page.close();
  });

  it('runs no script from a hostile document', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`file://${exportHtml('hostile', hostileDocument())}`);
    await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 15000 });
    const pages = page.locator('#prfaq-pages');
    await pages.getByText('click me').click();
    await pages.getByText('raw link').click();
    await pages.getByText('hover me').hover();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: unknown }).pwned ?? null,
      url: location.href,
      scripts: document.scripts.length,
      handlers: (Array.from(document.querySelectorAll('*')) as any[]).filter((el) => (Array.from(el.attributes) as any[]).some((a) => /^on/i.test(a.name))).length,
    }));
    // Our own pagination script ran (the page is paginated) and is the only script.
    expect(state).toEqual({ pwned: null, url: expect.stringMatching(/hostile\.html$/), scripts: 1, handlers: 0 });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('keeps the reader on the same block when the webview gets an updated document', async () => {
    const first = exportHtml('update-a', sixPageDocument());
    // Live updates are the webview's: the page listens for them only where VS Code's API is there.
    const page = await open(browser.context, first, { asWebview: true });
    await page.evaluate(() => document.querySelectorAll('#prfaq-pages .page')[3]!.scrollIntoView());
    const before = await page.evaluate(() => {
      const top = (Array.from(document.querySelectorAll('#prfaq-pages [data-line]')) as any[]).find((el) => el.getBoundingClientRect().bottom > 0)!;
      return top.getAttribute('data-line');
    });
    const updated = fs.readFileSync(exportHtml('update-b', sixPageDocument() + '\nOne more closing line.\n'), 'utf8');
    const after = await page.evaluate(async (html) => {
      const done = new Promise<void>((resolve) => window.addEventListener('message', () => setTimeout(resolve, 0), { once: true }));
      window.postMessage({ type: 'update', html }, '*');
      await done;
      const top = (Array.from(document.querySelectorAll('#prfaq-pages [data-line]')) as any[]).find((el) => el.getBoundingClientRect().bottom > 0)!;
      return { line: top.getAttribute('data-line'), text: document.getElementById('prfaq-source')!.textContent };
    }, updated);
    expect(after.text).toContain('One more closing line.');
    expect(after.line).toBe(before);
    await page.close();
  });

  it('talks to VS Code from a webview, with only its nonce script running', async () => {
    const text = sixPageDocument();
    const lineOf = (snippet: string) => text.slice(0, text.indexOf(snippet)).split('\n').length;
    const file = path.join(work, 'webview.html');
    const html = renderHtml(check(text), { forWebview: { nonce: 'n0nce-for-test', cspSource: "'self'", baseUri: `file://${work}/` } });
    // As if the sanitizer had let a script through: the CSP must still stop it.
    fs.writeFileSync(file, html.replace('</body>', '<script>window.slipped = true</script><img src="x" onerror="window.slipped = true"></body>'));
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const posted: unknown[] = [];
      window.posted = posted;
      window.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
    });
    await page.goto(`file://${file}`);
    await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 15000 });
    await page.locator('#prfaq-pages .pr-headline').click();
    await page.locator('#prfaq-pages a[href^="https:"]').click();
    const why = lineOf('### Question 12:');
    const after = await page.evaluate((line: number) => {
      // Listeners run in the order they were added: the page's (added at load) scrolls before this one measures.
      const measured = new Promise((resolve) => window.addEventListener('message', () => {
        const target = document.querySelector(`#prfaq-pages [data-line="${line}"]`);
        const below = document.getElementById('prfaq-stats').getBoundingClientRect().height + 8;
        resolve({ slipped: window.slipped ?? false, posted: window.posted, url: location.href, gap: Math.abs(Math.round(target.getBoundingClientRect().top - below)) });
      }, { once: true }));
      window.postMessage({ type: 'scroll-to-line', line }, '*');
      return measured;
    }, why);
    expect(after).toEqual({
      slipped: false,
      posted: [
        { type: 'ready' },
        { type: 'reveal-line', line: lineOf('# Acme launches') },
        { type: 'open-link', href: 'https://widgets.example.com' },
      ],
      url: `file://${file}`,
      gap: 0,
    });
    await page.close();
  });

  it('lays the pages out again when an image arrives, and follows footnote links inside the pages', async () => {
    const tall = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="700"><rect width="300" height="700" fill="#888"/></svg>';
    fs.writeFileSync(path.join(work, 'tall.svg'), tall);
    const text = onePageExample().replace('## Problem', '![A tall mock-up](tall.svg)\n\nSee the note.[^1]\n\n## Problem') + '\n[^1]: The footnote text.\n';
    const page = await open(browser.context, exportHtml('image', text));
    await page.waitForFunction(() => {
      const images = Array.from(document.querySelectorAll('#prfaq-pages img')) as any[];
      return images.length > 0 && images.every((img) => img.complete && img.naturalHeight > 0) && Number(document.documentElement.dataset.layouts) >= 2;
    }, undefined, { timeout: 15000 });
    const layout = await readLayout(page);
    expect(layout.overflowing).toBe(0);
    expect(layout.pagesText).toBe(layout.sourceText);
    await page.locator('#prfaq-pages a[data-footnote-ref]').click();
    const note = await page.evaluate(() => {
      const target = document.querySelector('#prfaq-pages [id="user-content-fn-1"]');
      const r = target.getBoundingClientRect();
      return { visible: r.top >= 0 && r.top < window.innerHeight, url: location.href };
    });
    expect(note).toEqual({ visible: true, url: expect.stringMatching(/image\.html$/) });
    await page.close();
  });

  it('scales the pages down to a narrow view, still laid out whole', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 520, height: 800 });
    await page.goto(`file://${exportHtml('narrow', sixPageDocument())}`);
    await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 15000 });
    const layout = await readLayout(page);
    const width = await page.evaluate(() => document.querySelector('#prfaq-pages .page').getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(520);
    expect(width).toBeGreaterThan(400);
    expect(layout.overflowing).toBe(0);
    expect(layout.pagesText).toBe(layout.sourceText);
    await page.close();
  });

  it('prints without the on-screen findings, one sheet per page box', async () => {
    const text = `# Acme launches Widgets\n\n${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => prose(120, 300 + i)).join('\n\n')}\n`;
    const page = await open(browser.context, exportHtml('print', text));
    const onScreen = await page.evaluate(() => document.querySelectorAll('#prfaq-pages .pr-missing').length);
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const visible = (Array.from(document.querySelectorAll('#prfaq-pages .pr-missing')) as any[]).filter((b) => b.getBoundingClientRect().height > 0);
      return { pages: Number(document.documentElement.dataset.pages), visibleMissing: visible.length };
    });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(onScreen).toBeGreaterThan(0);
    expect(printed.visibleMissing).toBe(0);
    expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(printed.pages);
    await page.close();
  });
});
