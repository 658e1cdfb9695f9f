// The page estimate of the diagnostics (core/pages.ts) against the preview's real layout in headless
// Chromium: English, Japanese, Chinese and Korean PR/FAQs of about one, three and six pages. The layout's
// figure is the height the content fills on the printed pages (on-screen finding boxes hidden), in page
// content heights; the estimate must be within ±15 % of it. Needs Debian's chromium and fonts-noto-cjk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_HINT, launchChromium } from './chromium';
import { scriptDocument, type Script } from './scriptDocuments';
import { check } from '../../server/src/core/check';
import type { Paper } from '../../server/src/preview/styles';
import { measurePrintLayout, openPreview, paragraphFonts } from './layout';

const inCi = process.env.CI === 'true';
const haveChromium = chromiumAvailable();
const FONT_HINT = 'apt-get install -y fonts-noto-cjk';
// Debian's fonts-noto-cjk, or the same fonts wherever fontconfig finds them (the test then checks that Chromium draws with them).
const haveCjkFonts = fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') || (() => {
  try {
    execFileSync('fc-list', ['-q', 'Noto Sans CJK JP'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const ready = haveChromium && haveCjkFonts;

if (!ready && !inCi) {
  const missing = [haveChromium ? '' : `${CHROMIUM_PATH} (${INSTALL_HINT})`, haveCjkFonts ? '' : `the Noto CJK fonts (${FONT_HINT})`].filter(Boolean).join(' and ');
  console.warn(`\n*** SKIPPING the page-estimate layout tests: ${missing} missing ***\n`);
}

describe.runIf(!ready && inCi)('page estimate against the layout (CI)', () => {
  it('needs Debian chromium and fonts-noto-cjk', () => {
    throw new Error(`the page-estimate layout tests cannot run: ${haveChromium ? '' : `${CHROMIUM_PATH} is missing (${INSTALL_HINT}); `}${haveCjkFonts ? '' : `Noto Sans CJK is missing (${FONT_HINT})`}`);
  });
});

/** About one, three and six pages: release sentences, FAQ questions, whether the release parts have headings. */
const SIZES = [
  { pages: 1, release: 21, questions: 2, partHeadings: false },
  { pages: 3, release: 21, questions: 14, partHeadings: true },
  { pages: 6, release: 28, questions: 35, partHeadings: true },
] as const;
const SCRIPTS: Script[] = ['en', 'ja', 'zh', 'ko'];
/** The Noto CJK family the preview's font stack must pick for each language (Debian's fonts-noto-cjk). */
const CJK_FAMILY: Partial<Record<Script, string>> = { ja: 'Noto Sans CJK JP', zh: 'Noto Sans CJK SC', ko: 'Noto Sans CJK KR' };
const TOLERANCE = 0.15;

describe.runIf(ready)('page estimate against the preview layout in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-pages-'));
  const rows: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(work, { recursive: true, force: true });
    console.log(['page estimate vs layout (Letter is asserted; A4 is shown)', 'paper   document      estimate  layout  difference  pages in the preview', ...rows].join('\n'));
  }, 60000);

  async function open(script: Script, size: (typeof SIZES)[number], paper: Paper) {
    const result = check(scriptDocument(script, size.release, size.questions, size.partHeadings));
    return { page: await openPreview(browser.context, work, `${script}-${size.pages}`, result, paper), result };
  }

  for (const script of SCRIPTS) {
    for (const size of SIZES) {
      it(`${script}, about ${size.pages} ${size.pages === 1 ? 'page' : 'pages'}: the estimate is within ±15 % of the Letter layout`, async () => {
        for (const paper of ['letter', 'a4'] as const) {
          const { page, result } = await open(script, size, paper);
          const layout = await measurePrintLayout(page);
          const estimate = result.pages.total;
          const difference = estimate / layout.filled - 1;
          rows.push(`${paper.padEnd(7)} ${`${script} ${size.pages}p`.padEnd(12)}  ${estimate.toFixed(2).padStart(8)}  ${layout.filled.toFixed(2).padStart(6)}  ${`${difference >= 0 ? '+' : ''}${(difference * 100).toFixed(1)} %`.padStart(10)}  ${layout.boxes}`);
          if (paper === 'letter') {
            // The fixture is what its name says, and laid out whole.
            expect(layout.filled, 'the document is about its size').toBeGreaterThan(size.pages * 0.75);
            expect(layout.filled, 'the document is about its size').toBeLessThan(size.pages * 1.35);
            expect(layout.overflowing).toBe(0);
            expect(layout.lost).toBe(false);
            expect(result.pages.unit).toBe(script === 'ja' || script === 'zh' ? 'characters' : 'words');
            expect(Math.abs(difference), `estimate ${estimate.toFixed(2)} pages, layout ${layout.filled.toFixed(2)} pages`).toBeLessThanOrEqual(TOLERANCE);
            const family = CJK_FAMILY[script];
            if (family) expect((await paragraphFonts(page))[0]).toBe(family);
          }
          await page.close();
        }
      }, 60000);
    }
  }
});
