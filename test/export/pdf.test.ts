// PDF export: `prfaq render FILE -o out.pdf` prints the paginated preview through a real Chromium. Its page
// count and text agree with the preview's; a hostile document runs no script and fetches nothing remote.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/check';
import { hasStackTrace, ROOT, runCli, tempTree } from '../cli/helpers';
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_HINT as CHROMIUM_HINT, launchChromium } from '../preview/chromium';
import { sixPageDocument } from '../preview/documents';
import { expectedParts, have, inCi, INSTALL_HINT, missingInOrder, pdfPages, pdfText } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/complete.prfaq.md'), 'utf8');
const ready = chromiumAvailable() && have('pdftotext') && have('pdfinfo');

if (!ready && !inCi) console.warn(`\n*** SKIPPING the PDF export tests: ${CHROMIUM_PATH} or poppler is missing. Install them: ${CHROMIUM_HINT} poppler-utils ***\n`);

describe.runIf(!ready && inCi)('PDF export (CI)', () => {
  it('needs Chromium and poppler', () => {
    throw new Error(`${CHROMIUM_PATH}, pdftotext or pdfinfo is missing. Install them: ${CHROMIUM_HINT}; ${INSTALL_HINT}`);
  });
});

/** Pages in the preview itself: the exported HTML laid out by Chromium, as on screen. */
async function previewPages(html: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`file://${html}`);
    await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 30000 });
    return Number(await page.getAttribute('html', 'data-pages'));
  } finally {
    await browser.close();
  }
}

async function exportBoth(name: string, text: string): Promise<{ dir: string; pdf: string; html: string; ms: number }> {
  const dir = tempTree({ [`${name}.prfaq.md`]: text });
  const started = performance.now();
  const r = await runCli(['render', `${name}.prfaq.md`, '-o', `${name}.pdf`], { cwd: dir, env: { CHROMIUM: CHROMIUM_PATH } });
  const ms = performance.now() - started;
  expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  expect((await runCli(['render', `${name}.prfaq.md`, '-o', `${name}.html`], { cwd: dir })).code).toBe(0);
  return { dir, pdf: path.join(dir, `${name}.pdf`), html: path.join(dir, `${name}.html`), ms };
}

describe.runIf(ready)('prfaq render -o out.pdf', () => {
  it('prints the example: as many pages as the preview, every part in order, page numbers', async () => {
    const { pdf, html } = await exportBoth('example', EXAMPLE);
    const pages = pdfPages(pdf);
    expect(pages).toBe(await previewPages(html));
    const text = pdfText(pdf);
    expect(missingInOrder(text, ['FOR IMMEDIATE RELEASE', ...expectedParts(check(EXAMPLE))])).toEqual([]);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // The figures bar and the page-limit markers are for the screen.
    expect(text).not.toMatch(/words a page|press release limit/);
  }, 120000);

  it('prints the six-page document on as many sheets as the preview has pages', async () => {
    const text = sixPageDocument();
    const { pdf, html, ms } = await exportBoth('six-pages', text);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBe(await previewPages(html));
    expect(missingInOrder(pdfText(pdf), expectedParts(check(text)))).toEqual([]);
    console.log(`six-page document: PDF of ${pages} pages written in ${ms.toFixed(0)} ms (CLI and Chromium start included)`);
  }, 120000);

  it('says in one line, exit 2, that no browser was found, and suggests the other formats', async () => {
    const dir = tempTree({ 'launch.prfaq.md': EXAMPLE });
    const r = await runCli(['render', 'launch.prfaq.md', '-o', 'launch.pdf'], { cwd: dir, env: { CHROMIUM: path.join(dir, 'no-such-browser') } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^prfaq render: cannot print a PDF: CHROMIUM=.*no-such-browser is not a file; export a \.docx or \.html instead/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'launch.pdf'))).toBe(false);
  });

  it('prints images under the document\'s folder, and none from outside it', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const outside = tempTree({ 'secret.png': png });
    const dir = tempTree({ 'launch/chart.png': png, 'launch/a.prfaq.md': '# Acme launches Widgets\n\n![A chart](chart.png)\n', 'launch/b.prfaq.md': '# Acme launches Widgets\n\n![Linked](link.png)\n\n![Up](../secret.png)\n' });
    fs.symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'launch/link.png'));
    fs.copyFileSync(path.join(outside, 'secret.png'), path.join(dir, 'secret.png'));
    // Our 1 × 1 picture; a refused one is drawn as Chromium's 14 × 16 broken-image icon instead.
    const image = /\/Subtype\s*\/Image\s*\/Width 1\s*\/Height 1\b/;
    for (const [name, embeds] of [['a', true], ['b', false]] as const) {
      const r = await runCli(['render', `launch/${name}.prfaq.md`, '-o', `${name}.pdf`], { cwd: dir, env: { CHROMIUM: CHROMIUM_PATH } });
      expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(image.test(fs.readFileSync(path.join(dir, `${name}.pdf`)).toString('latin1'))).toBe(embeds);
    }
  }, 120000);

  describe('a hostile document', () => {
    let server: http.Server;
    const hits: string[] = [];
    let origin = '';
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        hits.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'image/png' }).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('runs no script and embeds no remote resource', async () => {
      const text = [
        '# Acme launches Widgets', '',
        '<script>document.body.innerHTML = "PWNED-SCRIPT"</script>', '',
        `<img src="${origin}/raw.png" onerror="document.body.innerHTML = 'PWNED-ONERROR'">`, '',
        `![remote](${origin}/markdown.png)`, '',
        `<img src="https://example.invalid/remote.png">`, '',
        `<iframe src="${origin}/frame"></iframe>`, '',
        `<link rel="stylesheet" href="${origin}/style.css">`, '',
        '<svg onload="document.body.innerHTML = \'PWNED-SVG\'"></svg>', '',
        'The release text stays.', '',
      ].join('\n');
      const dir = tempTree({ 'hostile.prfaq.md': text });
      const r = await runCli(['render', 'hostile.prfaq.md', '-o', 'hostile.pdf'], { cwd: dir, env: { CHROMIUM: CHROMIUM_PATH } });
      expect(r.code).toBe(0);
      // The page's CSP stops http images before they are asked for; what it lets through (https) the export refuses.
      expect(r.stderr).toBe('prfaq render: left out a remote resource: https://example.invalid/remote.png\n');
      const printed = pdfText(path.join(dir, 'hostile.pdf'));
      expect(printed).toContain('The release text stays.');
      expect(printed).not.toContain('PWNED');
      // The local server saw no request: nothing remote was fetched, so nothing remote is in the PDF.
      expect(hits).toEqual([]);
    }, 120000);
  });
});
