// Times one preview update of a six-page PR/FAQ: server side (check + render) and browser side
// (the webview's update: swap the body, paginate in Chromium). Run: npm run bench:preview
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { check } from '../server/src/core/check';
import { renderHtml } from '../server/src/preview/render';
import { sixPageDocument } from '../test/preview/documents';

// Code inside page.evaluate runs in the browser; the project compiles without the DOM library.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function requestAnimationFrame(callback: () => void): number;

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const base = sixPageDocument();
const forWebview = { nonce: 'benchnonce', cspSource: "'self'", baseUri: 'file:///' };

// The server checks each version once for its diagnostics; a render request reuses that result.
const checkTimes: number[] = [];
const serverTimes: number[] = [];
const versions: string[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  const text = `${base}\nEdit number ${i}.\n`;
  const t0 = performance.now();
  const result = check(text);
  const t1 = performance.now();
  const html = renderHtml(result, { paper: 'letter', theme: 'light', forWebview });
  const t2 = performance.now();
  if (i >= 3) {
    checkTimes.push(t1 - t0);
    serverTimes.push(t2 - t1);
  }
  versions.push(html);
}
const words = check(base).model.words.total;

if (!fs.existsSync('/usr/bin/chromium')) {
  console.log(JSON.stringify({ words, checkMedianMs: +median(checkTimes).toFixed(1), renderMedianMs: +median(serverTimes).toFixed(1), browser: 'skipped: /usr/bin/chromium missing (apt-get install -y chromium)' }));
  process.exit(0);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const first = path.join(profile, 'first.html');
  fs.writeFileSync(first, versions[0]);
  const page = await context.newPage();
  // Live updates are the webview's: give the page the VS Code API it looks for.
  await page.addInitScript(() => { window.acquireVsCodeApi = () => ({ postMessage: () => undefined, getState: () => undefined, setState: () => undefined }); });
  await page.goto(`file://${first}`);
  await page.waitForSelector('html.paginated-done', { state: 'attached' });
  const browserTimes: number[] = [];
  const frameTimes: number[] = [];
  let pages = 0;
  for (let i = 1; i < versions.length; i++) {
    const timing = await page.evaluate(async (html: string) => {
      const t0 = performance.now();
      let handled = 0;
      // Listeners run in order: the page's own update (swap + paginate) runs first, then this one.
      window.addEventListener('message', () => { handled = performance.now(); }, { once: true });
      window.postMessage({ type: 'update', html }, '*');
      await new Promise<void>((resolve) => { const poll = () => (handled ? resolve() : setTimeout(poll, 0)); poll(); });
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { update: handled - t0, frame: performance.now() - t0, pages: Number(document.documentElement.dataset.pages) };
    }, versions[i]);
    if (i > 3) {
      browserTimes.push(timing.update);
      frameTimes.push(timing.frame);
    }
    pages = timing.pages;
  }
  const server = median(serverTimes);
  const browser = median(browserTimes);
  console.log(JSON.stringify({
    words, layoutPages: pages, runs: browserTimes.length,
    checkMedianMs: +median(checkTimes).toFixed(1),
    renderMedianMs: +server.toFixed(1),
    browserUpdateMedianMs: +browser.toFixed(1),
    browserUntilPaintedMedianMs: +median(frameTimes).toFixed(1),
    renderPlusBrowserMedianMs: +(server + median(frameTimes)).toFixed(1),
  }));
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
