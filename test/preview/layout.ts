// Reads the preview's page layout in Chromium as it will print: shared by the page-estimate test
// (pages.test.ts) and its calibration (scripts/calibrate-pages.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { CheckResult } from '../../server/src/core/types';
import { renderHtml } from '../../server/src/preview/render';
import type { Paper } from '../../server/src/preview/styles';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

export interface PrintLayout {
  /** Height the content fills on the pages (to the bottom of each page's last drawn block), in page content heights. */
  filled: number;
  /** Page boxes. */
  boxes: number;
  /** Pages whose content runs past the page. */
  overflowing: number;
  /** Text on the pages differs from the document's. */
  lost: boolean;
}

/** Renders a check result (`prfaq render`'s export) and opens it once the pages are laid out. */
export async function openPreview(context: BrowserContext, dir: string, name: string, result: CheckResult, paper: Paper): Promise<Page> {
  const file = path.join(dir, `${name}-${paper}.html`);
  fs.writeFileSync(file, renderHtml(result, { paper, standalone: true }));
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.waitForSelector('html.paginated-done', { state: 'attached', timeout: 30000 });
  return page;
}

/** Lays the pages out for print (as the browser does before printing: no on-screen finding boxes) and measures them. */
export function measurePrintLayout(page: Page): Promise<PrintLayout> {
  return page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const squash = (s: string) => s.replace(/\s+/g, '');
    const contents = Array.from(document.querySelectorAll('#prfaq-pages .page-content')) as any[];
    const height = contents[0].getBoundingClientRect().height;
    let filled = 0;
    let overflowing = 0;
    for (const c of contents) {
      // The last block that is drawn (finding boxes are not printed).
      const drawn = (Array.from(c.children) as any[]).filter((el) => el.getClientRects().length > 0);
      const last = drawn[drawn.length - 1];
      if (!last) continue;
      const used = last.getBoundingClientRect().bottom - c.getBoundingClientRect().top;
      if (used > height + 1) overflowing++;
      filled += Math.min(used, height) / height;
    }
    return {
      filled,
      boxes: contents.length,
      overflowing,
      lost: contents.map((c) => squash(c.textContent ?? '')).join('') !== squash(document.getElementById('prfaq-source').textContent ?? ''),
    };
  });
}

/** The font families Chromium drew the first body paragraph of the pages with, most glyphs first. */
export async function paragraphFonts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#prfaq-pages .page-content > p:not(.pr-subheadline)' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
}
