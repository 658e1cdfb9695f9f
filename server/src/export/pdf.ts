// PDF export: the paginated preview (render.ts, standalone) printed by a local Chromium through
// playwright-core, one sheet per page box, with its page numbers. The page is served from a private origin
// that answers only itself and files under the document's folder: nothing remote is fetched or embedded.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Route } from 'playwright-core';

/** Chromium's flags for a quiet, offline, throw-away run. */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const ORIGIN = 'https://prfaq-export.invalid';
const PAGE = `${ORIGIN}/__prfaq_export__.html`;

export interface PdfResult {
  pdf: Uint8Array;
  /** Page boxes in the printed layout (one sheet each). */
  pages: number;
  /** Requests refused: remote resources the document names, left out of the PDF. */
  refused: string[];
}

type Playwright = typeof import('playwright-core');

/** playwright-core, or null when it is not installed next to prfaq. Loaded at run time, never bundled. */
export function loadPlaywright(): Playwright | null {
  try {
    // A variable keeps esbuild from bundling the (large) library; it resolves from prfaq's node_modules.
    const name = 'playwright-core';
    return require(name) as Playwright;
  } catch {
    return null;
  }
}

/** The file under `folder` a page URL names, or null: nothing outside it, not even through a symlink. */
function servesFile(folder: string, url: URL): string | null {
  try {
    const root = fs.realpathSync(folder);
    const file = fs.realpathSync(path.resolve(root, `.${decodeURIComponent(url.pathname)}`));
    return file.startsWith(root + path.sep) && fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Prints `html` (a standalone preview page) to PDF; relative images are read from `folder`. */
export async function printPdf(playwright: Playwright, executablePath: string, html: string, folder: string): Promise<PdfResult> {
  const browser: Browser = await playwright.chromium.launch({ executablePath, headless: true, args: FLAGS, timeout: 60000 });
  const refused: string[] = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1100, height: 900 } });
    await context.route('**/*', (route: Route) => {
      const url = new URL(route.request().url());
      if (url.href === PAGE) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (url.origin === ORIGIN) {
        const file = servesFile(folder, url);
        return file ? route.fulfill({ status: 200, path: file }) : route.fulfill({ status: 404, body: '' });
      }
      if (!refused.includes(url.href)) refused.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(PAGE, { waitUntil: 'load', timeout: 60000 });
    await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 60000 });
    // page.pdf() fires no beforeprint: the page is told, and lays itself out for paper (no on-screen findings).
    await page.emulateMedia({ media: 'print' });
    const pages = await page.evaluate(() => {
      const w = globalThis as unknown as { dispatchEvent(e: unknown): void; Event: new (type: string) => unknown; document: { documentElement: { getAttribute(n: string): string | null } } };
      w.dispatchEvent(new w.Event('beforeprint'));
      return Number(w.document.documentElement.getAttribute('data-pages'));
    });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { pdf: new Uint8Array(pdf), pages, refused };
  } finally {
    await browser.close();
  }
}
