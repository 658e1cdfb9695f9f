// Times one preview update of a six-page PR/FAQ: server side (check + render) and browser side
// (the webview's update: swap the body, paginate in Chromium). Run: node bench/preview-update.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;

async function loadSources() {
  const out = await esbuild.build({
    stdin: {
      contents: `export { check } from './server/src/core/check';
        export { renderHtml } from './server/src/preview/render';
        export { sixPageDocument } from './test/preview/documents';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
  });
  const file = path.join(os.tmpdir(), `prfaq-bench-${process.pid}.cjs`);
  fs.writeFileSync(file, out.outputFiles[0].text);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const { check, renderHtml, sixPageDocument } = await loadSources();
const base = sixPageDocument();
const forWebview = { nonce: 'benchnonce', cspSource: "'self'", baseUri: 'file:///' };

// The server checks each version once for its diagnostics; a render request reuses that result.
const checkTimes = [];
const serverTimes = [];
const versions = [];
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
  await page.goto(`file://${first}`);
  await page.waitForSelector('html.paginated-done', { state: 'attached' });
  const browserTimes = [];
  const frameTimes = [];
  let pages = 0;
  for (let i = 1; i < versions.length; i++) {
    const timing = await page.evaluate(async (html) => {
      const t0 = performance.now();
      let handled = 0;
      // Listeners run in order: the page's own update (swap + paginate) runs first, then this one.
      window.addEventListener('message', () => { handled = performance.now(); }, { once: true });
      window.postMessage({ type: 'update', html }, '*');
      await new Promise((resolve) => { const check = () => (handled ? resolve() : setTimeout(check, 0)); check(); });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
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
