// The preview inside a real VS Code (code-server 4.100.3 + headless Debian chromium, offline), as a user sees it:
// opens launch.prfaq.md, runs "PR/FAQ: Open Preview to the Side", and reads the webview itself: pages laid out
// under the webview's CSP, a click on a block moves the editor cursor to its line, typing updates the preview
// in place, and a window reload brings the preview back. Saves test-results/preview-vscode.png. Usage: npm run build && node test/preview/webview-ui.mjs
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, prepareEditor, freshState, startCodeServer, launchChromium, removeState } from '../e2e/host.mjs';

const results = { passed: 0, failed: 0 };
const check = (name, ok, detail = '') => {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}${detail ? `: ${detail}` : ''}`);
};
const screenshot = path.join(ROOT, 'test-results/preview-vscode.png');

const codeServer = prepareEditor('preview-ui');

const dirs = freshState('prfaq-preview-ui-', path.join(ROOT, 'test/e2e/workspace'));
const consoleLines = [];
let server, context;
try {
  server = await startCodeServer(codeServer, dirs);
  context = await launchChromium(dirs);
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => consoleLines.push(m.text()));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['skipWelcome', 'true']]);
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(dirs.ws)}&payload=${encodeURIComponent(payload)}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  await openWithQuickOpen(page, 'launch.prfaq.md');
  const budget = await waitForStatusBar(page, /pages/);
  check('the language server is running (budget in the status bar)', !!budget);

  await runCommand(page, 'PR/FAQ: Open Preview to the Side');
  const preview = await findPreviewFrame(page);
  check('the preview opens in a webview and lays out pages', !!preview);
  if (!preview) throw new Error('no preview frame');

  const shown = await preview.evaluate(() => ({
    pages: Number(document.documentElement.dataset.pages),
    headline: document.querySelector('#prfaq-pages .pr-headline')?.textContent ?? null,
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    theme: document.documentElement.dataset.theme,
    bodyClass: document.body.className,
    stats: document.getElementById('prfaq-stats')?.textContent ?? '',
  }));
  check('page boxes, the headline and the core figures are shown', shown.pages >= 1 && /Tidepool/.test(shown.headline ?? '') && /words a page/.test(shown.stats), `${shown.pages} page(s)`);
  check("the page's CSP allows only its nonce script", /script-src 'nonce-[^']+'(;|$)/.test(shown.csp) && /default-src 'none'/.test(shown.csp), shown.csp);
  check("the 'auto' theme sees VS Code's theme class", shown.theme === 'auto' && /vscode-(light|dark|high-contrast)/.test(shown.bodyClass), shown.bodyClass);

  // Click a block: the editor cursor goes to its source line.
  const target = await preview.evaluate(() => {
    const block = Array.from(document.querySelectorAll('#prfaq-pages h2[data-line]')).find((h) => /Problem/.test(h.textContent));
    return block ? Number(block.getAttribute('data-line')) : null;
  });
  await preview.locator('#prfaq-pages h2', { hasText: 'Problem' }).first().click();
  const cursor = await waitForStatusBar(page, new RegExp(`Ln ${target},`));
  check('clicking a block in the preview puts the editor cursor on its line', !!cursor && target !== null, `line ${target}`);

  // Type in the editor: the same webview updates (no reload), still laid out.
  const before = await preview.evaluate(() => { window.__sameDocument = true; return document.documentElement.dataset.layouts; });
  await page.keyboard.press('End');
  await page.keyboard.type(' Zebra crossing.');
  const updated = await preview.waitForFunction(() => document.querySelector('#prfaq-pages')?.textContent?.includes('Zebra crossing') && window.__sameDocument === true,
    undefined, { timeout: 30000 }).then(() => true).catch(() => false);
  const after = await preview.evaluate(() => document.documentElement.dataset.layouts);
  check('typing updates the open preview in place', updated && Number(after) > Number(before), `layouts ${before} → ${after}`);

  const refused = consoleLines.filter((l) => /Refused to|Content Security Policy/i.test(l));
  check('no CSP violation reported', refused.length === 0, refused.slice(0, 3).join(' | '));

  // Reload the window: VS Code keeps the panel and the extension's serializer brings the preview back.
  await page.evaluate(() => { window.__prfaqBeforeReload = true; });
  const loaded = page.waitForEvent('load', { timeout: 60000 }).then(() => true, () => false);
  await runCommand(page, 'Developer: Reload Window');
  check('the window reloads', await loaded && (await page.evaluate(() => window.__prfaqBeforeReload)) === undefined);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60000 });
  const reloaded = await findPreviewFrame(page);
  const restored = reloaded ? await reloaded.evaluate(() => ({
    pages: Number(document.documentElement.dataset.pages),
    headline: document.querySelector('#prfaq-pages .pr-headline')?.textContent ?? null,
  })).catch(() => null) : null;
  check('the preview survives a window reload, showing the same document', !!restored && restored.pages >= 1 && /Tidepool/.test(restored.headline ?? ''),
    restored ? `${restored.pages} page(s)` : 'no preview after the reload');

  fs.mkdirSync(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`# screenshot: ${path.relative(ROOT, screenshot)}`);
} catch (e) {
  check('the preview UI check ran to the end', false, e instanceof Error ? e.message : String(e));
  if (server) console.log(server.log().slice(-2000));
} finally {
  await context?.close().catch(() => {});
  server?.stop();
  removeState(dirs);
}
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);

async function openWithQuickOpen(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(name);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.editor-instance .view-lines', { timeout: 30000 });
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10000 });
  await page.keyboard.type(title);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** The webview's inner frame holding our page, once it is laid out; null after a minute. */
async function findPreviewFrame(page) {
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ready = await frame.evaluate(() => document.documentElement.classList.contains('paginated-done')).catch(() => false);
      if (ready) return frame;
    }
    await page.waitForTimeout(250);
  }
  return null;
}

function waitForStatusBar(page, pattern) {
  return page.waitForFunction((source) => {
    const text = document.querySelector('.part.statusbar')?.innerText ?? '';
    return new RegExp(source).test(text) && text;
  }, pattern.source, { timeout: 60000 }).then((h) => h.jsonValue()).catch(() => null);
}
